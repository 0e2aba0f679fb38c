/** The claim kinds as the reader presents them: the key that tags each, and its look. */
import { claimKinds, type ClaimKind } from '@core/model'

export interface KindInfo {
  kind: ClaimKind
  label: string
  /** The letter key that tags a selection with this kind; the digit key is its position. */
  key: string
  digit: string
}

/** One entry per kind (a kind without one does not compile); shown in claimKinds' order. */
const KINDS: Record<ClaimKind, Omit<KindInfo, 'kind'>> = {
  casualty: { label: 'Casualty', key: 'c', digit: '1' },
  date: { label: 'Date', key: 'd', digit: '2' },
  attribution: { label: 'Attribution', key: 'a', digit: '3' },
  quantity: { label: 'Quantity', key: 'q', digit: '4' },
  other: { label: 'Other', key: 'o', digit: '5' }
}

export const kindInfo: readonly KindInfo[] = claimKinds.map((kind) => ({ kind, ...KINDS[kind] }))

/** The kind a plain key press tags, or null (C/D/A/Q/O and 1–5). */
export function kindForKey(key: string): ClaimKind | null {
  const k = key.toLowerCase()
  return kindInfo.find((info) => info.key === k || info.digit === k)?.kind ?? null
}

export function kindLabel(kind: ClaimKind): string {
  return kindInfo.find((info) => info.kind === kind)?.label ?? kind
}
