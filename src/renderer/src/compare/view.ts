/**
 * From a comparison to what the reader shows: the journalist's own links laid over compare's
 * verdicts (mergeLinks, the "which link wins" rule of core/compare, which reports follow too), the
 * rows of the verdicts panel in triage order, and the connectors of the gutter, all oriented to the
 * panes (left article first). Pure functions of their inputs.
 */
import { mergeLinks, pairKey, type MergedMatch } from '@core/compare'
import type { AlignedPair, Claim, Comparison, VerdictKind } from '@core/model'
import { infoOf, worse } from './verdicts'

export { mergeLinks, pairKey, type MergedMatch }

export interface RowSide {
  claimId: string
  articleId: string
  quote: string
  start: number
  end: number
  suggested: boolean
}

export interface VerdictRow {
  /** pairKey of the two claims, or the claim id of an only-in-one row. */
  key: string
  verdict: VerdictKind
  reason: string
  manual: boolean
  linkId?: string
  auto?: { verdict: VerdictKind; reason: string }
  a: RowSide
  b?: RowSide
}

function sideOf(claim: Claim): RowSide {
  return {
    claimId: claim.id,
    articleId: claim.articleId,
    quote: claim.anchor.exact,
    start: claim.anchor.start,
    end: claim.anchor.end,
    suggested: claim.id.startsWith('s:')
  }
}

/**
 * The rows of the verdicts panel, conflicts first (then different source, compatible, agree,
 * related, only in one), each group in text order of its first side. With `pair`, only the matches
 * between those two articles, side a = pair[0]; without, the whole case in case order.
 */
export function verdictRows(
  matches: readonly MergedMatch[],
  claimsById: ReadonlyMap<string, Claim>,
  articleIds: readonly string[],
  pair?: readonly [string, string]
): VerdictRow[] {
  const rows: VerdictRow[] = []
  const matched = new Set<string>()
  const scope = new Set(pair ?? articleIds)
  for (const m of matches) {
    let [x, y] = m.claimIds.map((id) => claimsById.get(id))
    if (!x || !y) continue
    if (pair) {
      if (pairKey(m.articleIds[0], m.articleIds[1]) !== pairKey(pair[0], pair[1])) continue
      if (x.articleId !== pair[0]) [x, y] = [y, x]
    }
    matched.add(x.id).add(y.id)
    rows.push({
      key: pairKey(x.id, y.id),
      verdict: m.verdict,
      reason: m.reason,
      manual: m.manual,
      linkId: m.linkId,
      auto: m.auto,
      a: sideOf(x),
      b: sideOf(y)
    })
  }
  for (const c of claimsById.values()) {
    if (!scope.has(c.articleId) || matched.has(c.id) || c.orphan || c.status === 'rejected') continue
    rows.push({
      key: c.id,
      verdict: 'only-in-one',
      reason: 'No counterpart in the other article',
      manual: false,
      a: sideOf(c)
    })
  }
  const order = (id: string) => (pair ? pair.indexOf(id) : articleIds.indexOf(id))
  return rows.sort(
    (p, q) =>
      infoOf(p.verdict).rank - infoOf(q.verdict).rank ||
      order(p.a.articleId) - order(q.a.articleId) ||
      p.a.start - q.a.start ||
      (p.key < q.key ? -1 : 1)
  )
}

/** Rows per verdict. */
export function countVerdicts(rows: readonly VerdictRow[]): Map<VerdictKind, number> {
  const counts = new Map<VerdictKind, number>()
  for (const r of rows) counts.set(r.verdict, (counts.get(r.verdict) ?? 0) + 1)
  return counts
}

type Span = { start: number; end: number }

/** One link drawn in the gutter: a passage of the left article joined to one of the right. */
export interface Connector {
  key: string
  left: Span
  right: Span
  /** The worst verdict among the claims the two passages hold; null when they hold none judged. */
  verdict: VerdictKind | null
  /** Keys of the verdict rows inside, worst first. */
  rowKeys: string[]
}

const overlaps = (x: Span, y: Span) => x.start < y.end && y.start < x.end

/**
 * The connectors between the shown articles: every aligned passage pair, coloured by its claims;
 * a judged pair of claims outside every aligned passage gets a connector of its own, so no
 * conflict goes without one. Rows must be oriented to the panes (verdictRows with `pair`).
 */
export function connectorsOf(
  comparison: Comparison,
  left: string,
  right: string,
  rows: readonly VerdictRow[]
): Connector[] {
  const alignment = comparison.pairs.find((p) => pairKey(p.articleIds[0], p.articleIds[1]) === pairKey(left, right))
  const flip = alignment?.articleIds[0] !== left
  const passages = (alignment?.passages ?? []).map((p: AlignedPair) =>
    flip ? { left: p.b, right: p.a } : { left: p.a, right: p.b }
  )
  const judged = rows.filter((r) => r.b && r.verdict !== 'only-in-one')
  const used = new Set<string>()
  const out: Connector[] = passages.map((p) => {
    const inside = judged.filter((r) => overlaps(r.a, p.left) && overlaps(r.b!, p.right))
    inside.forEach((r) => used.add(r.key))
    return {
      key: `p:${p.left.start}:${p.right.start}`,
      left: p.left,
      right: p.right,
      verdict: inside.reduce<VerdictKind | null>((w, r) => worse(w, r.verdict), null),
      rowKeys: inside.map((r) => r.key)
    }
  })
  for (const r of judged) {
    if (used.has(r.key)) continue
    out.push({
      key: `c:${r.key}`,
      left: { start: r.a.start, end: r.a.end },
      right: { start: r.b!.start, end: r.b!.end },
      verdict: r.verdict,
      rowKeys: [r.key]
    })
  }
  return out.sort((p, q) => p.left.start - q.left.start || p.right.start - q.right.start)
}

/** The sentence around a span: back to the previous sentence end or paragraph break, on to the next. */
export function sentenceAround(text: string, start: number, end: number): Span {
  let from = start
  while (from > 0 && !/[.!?]\s$|\n$/.test(text.slice(Math.max(0, from - 2), from))) from--
  let to = end
  while (to < text.length && !/^[.!?](\s|$)|^\n/.test(text.slice(to, to + 2))) to++
  return { start: from, end: Math.min(text.length, to + (/[.!?]/.test(text[to] ?? '') ? 1 : 0)) }
}

/** The two passages to diff for a row: its aligned passage pair if there is one, else each claim's sentence. */
export function passagesOfRow(
  row: VerdictRow,
  comparison: Comparison,
  textOf: (articleId: string) => string
): { a: string; b: string } | null {
  const b = row.b
  if (!b) return null
  const alignment = comparison.pairs.find(
    (p) => pairKey(p.articleIds[0], p.articleIds[1]) === pairKey(row.a.articleId, b.articleId)
  )
  const flip = alignment?.articleIds[0] !== row.a.articleId
  const passage = alignment?.passages
    .map((p) => (flip ? { a: p.b, b: p.a } : p))
    .find((p) => overlaps(p.a, row.a) && overlaps(p.b, b))
  const ta = textOf(row.a.articleId)
  const tb = textOf(b.articleId)
  const sa = passage?.a ?? sentenceAround(ta, row.a.start, row.a.end)
  const sb = passage?.b ?? sentenceAround(tb, b.start, b.end)
  return { a: ta.slice(sa.start, sa.end).trim(), b: tb.slice(sb.start, sb.end).trim() }
}
