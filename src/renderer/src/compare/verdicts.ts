/**
 * How each verdict looks and where it sorts: the order journalists triage in (conflicts first),
 * a label, and a symbol so that no verdict is told apart by colour alone.
 */
import type { VerdictKind } from '@core/model'

export interface VerdictInfo {
  kind: VerdictKind
  label: string
  /** The non-colour cue, shown in the gutter, the counts and every row. */
  symbol: string
  /** Worst first: a passage with a conflict and an agreement shows as a conflict. */
  rank: number
}

export const verdictInfo: readonly VerdictInfo[] = [
  { kind: 'conflict', label: 'Conflict', symbol: '≠', rank: 0 },
  { kind: 'different-source', label: 'Different source', symbol: '⇄', rank: 1 },
  { kind: 'compatible', label: 'Compatible', symbol: '≈', rank: 2 },
  { kind: 'agree', label: 'Agree', symbol: '=', rank: 3 },
  { kind: 'related', label: 'Related', symbol: '∼', rank: 4 },
  { kind: 'only-in-one', label: 'Only in one', symbol: '○', rank: 5 }
]

const byKind = new Map(verdictInfo.map((v) => [v.kind, v]))

export const infoOf = (kind: VerdictKind): VerdictInfo => byKind.get(kind)!

/** The worse of two verdicts (lower rank); null is "no claims judged here". */
export function worse(a: VerdictKind | null, b: VerdictKind | null): VerdictKind | null {
  if (a === null) return b
  if (b === null) return a
  return infoOf(a).rank <= infoOf(b).rank ? a : b
}
