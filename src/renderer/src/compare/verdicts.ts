/**
 * How each verdict looks and where it sorts: the order journalists triage in (core/compare's
 * relationOrder, which the reports follow too, then "only in one"), a label, and a symbol so that
 * no verdict is told apart by colour alone.
 */
import { relationOrder } from '@core/compare'
import type { VerdictKind } from '@core/model'

export interface VerdictInfo {
  kind: VerdictKind
  label: string
  /** The non-colour cue, shown in the gutter, the counts and every row. */
  symbol: string
  /** Worst first: a passage with a conflict and an agreement shows as a conflict. */
  rank: number
}

/** The reader's short words and symbols (the reports name verdicts with core's relationLabels). */
const looks: Record<VerdictKind, Pick<VerdictInfo, 'label' | 'symbol'>> = {
  conflict: { label: 'Conflict', symbol: '≠' },
  'different-source': { label: 'Different source', symbol: '⇄' },
  compatible: { label: 'Compatible', symbol: '≈' },
  agree: { label: 'Agree', symbol: '=' },
  related: { label: 'Related', symbol: '∼' },
  'only-in-one': { label: 'Only in one', symbol: '○' }
}

export const verdictInfo: readonly VerdictInfo[] = [...relationOrder, 'only-in-one' as const].map((kind, rank) => ({
  kind,
  ...looks[kind],
  rank
}))

const byKind = new Map(verdictInfo.map((v) => [v.kind, v]))

export const infoOf = (kind: VerdictKind): VerdictInfo => byKind.get(kind)!

/** The worse of two verdicts (lower rank); null is "no claims judged here". */
export function worse(a: VerdictKind | null, b: VerdictKind | null): VerdictKind | null {
  if (a === null) return b
  if (b === null) return a
  return infoOf(a).rank <= infoOf(b).rank ? a : b
}
