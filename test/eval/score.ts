/**
 * Scores claim suggestions against hand-made gold (test/fixtures/gold/*.claims.json), as the
 * suggestion issue defines it. Shared by the `npm run eval` script and the gold regression test.
 *
 * Matching rule: a suggestion matches a gold claim of the same kind when their spans overlap by
 * at least half of the shorter span (so containment always matches: "he said" matches the gold
 * "he said, noting"). Gold claims are given by their exact text, so every occurrence of that text
 * in the article is a place the claim may be found. Matching is one to one (best overlap first):
 * a second suggestion on an already matched place is a false positive, as it would be a duplicate
 * on screen. Spans are counted distinct: the same kind and offsets suggested twice count once.
 *
 * Precision = suggestions matched to required gold / (those + suggestions matching no gold);
 * suggestions matched to optional gold count neither way. Recall = required gold claims matched
 * at least once / required gold claims. A gold claim whose exact text is not in the ingested text
 * (e.g. it sat in a caption that import keeps apart) is treated as optional and reported.
 * Value accuracy, over every matched pair (required or optional): casualty outcome, min and max
 * equal; date ISO value equal; attribution speaker and via equal after lower-casing and dropping
 * a leading article; quantity amount equal (printed only, not part of the bar).
 * Negatives: no suggestion of the negative's kind may overlap any occurrence of its text.
 */
import type { ClaimDraft, ClaimKind } from '@core/model'

export interface GoldClaim {
  kind: ClaimKind
  exact: string
  value?: Record<string, unknown>
  optional?: boolean
  note?: string
}

export interface GoldFile {
  article: string
  claims: GoldClaim[]
  negatives?: Array<{ kind: ClaimKind; exact: string; why?: string }>
}

export const SCORED_KINDS = ['casualty', 'date', 'attribution', 'quantity'] as const
export type ScoredKind = (typeof SCORED_KINDS)[number]
/** Kinds the bar applies to (quantities are printed, not required). */
export const BAR_KINDS: readonly ScoredKind[] = ['casualty', 'date', 'attribution']
export const BAR = { f1: 0.9, valueAccuracy: 0.9 }

export interface KindScore {
  kind: ScoredKind
  gold: number
  suggested: number
  tp: number
  fp: number
  matchedGold: number
  valuePairs: number
  valueCorrect: number
}

export interface ArticleScore {
  article: string
  kinds: KindScore[]
  /** gold exacts absent from the ingested text (scored as optional) */
  missingFromText: string[]
  /** negatives that were suggested */
  negativeHits: string[]
  /** false positives and misses, for reading */
  falsePositives: Array<{ kind: string; exact: string }>
  misses: Array<{ kind: string; exact: string }>
  wrongValues: Array<{ kind: string; exact: string; got: unknown; want: unknown }>
}

interface Place {
  start: number
  end: number
  gold: number
}

function occurrences(text: string, exact: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = []
  if (!exact) return out
  for (let i = text.indexOf(exact); i >= 0; i = text.indexOf(exact, i + 1)) out.push({ start: i, end: i + exact.length })
  return out
}

/** Overlap as a share of the shorter span (1 when one contains the other). */
export function overlapShare(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start)
  if (shared <= 0) return 0
  return shared / Math.min(a.end - a.start, b.end - b.start)
}

export const MATCH_SHARE = 0.5

function norm(s: unknown): string | undefined {
  if (typeof s !== 'string' || s.trim() === '') return undefined
  return s
    .toLowerCase()
    .replace(/^(the|a|an) /, '')
    .replace(/[’']s\b/g, '')
    .replace(/[^\p{L}\p{N} -]/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
}

function same(a: unknown, b: unknown): boolean {
  return (a ?? undefined) === (b ?? undefined)
}

/** Whether a suggestion's value agrees with the gold value on the fields the issue scores. */
export function valueAgrees(kind: ScoredKind, got: Record<string, unknown>, want: Record<string, unknown>): boolean {
  switch (kind) {
    case 'casualty':
      return got.outcome === want.outcome && same(got.min, want.min) && same(got.max, want.max)
    case 'date':
      return got.iso === want.iso
    case 'attribution':
      return norm(got.speaker) === norm(want.speaker) && norm(got.via) === norm(want.via)
    case 'quantity':
      return same(got.amount, want.amount)
  }
}

/** Scores one article's suggestions against its gold. */
export function scoreArticle(text: string, gold: GoldFile, suggestions: readonly ClaimDraft[]): ArticleScore {
  const result: ArticleScore = { article: gold.article, kinds: [], missingFromText: [], negativeHits: [], falsePositives: [], misses: [], wrongValues: [] }
  const claims = gold.claims.map((c) => {
    const places = occurrences(text, c.exact)
    if (places.length === 0) result.missingFromText.push(`${c.kind}: ${JSON.stringify(c.exact)}`)
    return { ...c, optional: c.optional === true || places.length === 0, places }
  })
  for (const neg of gold.negatives ?? []) {
    for (const place of occurrences(text, neg.exact)) {
      const hit = suggestions.find((s) => s.kind === neg.kind && overlapShare(s.anchor, place) > 0)
      if (hit) result.negativeHits.push(`${neg.kind}: ${JSON.stringify(neg.exact)} (suggested ${JSON.stringify(hit.anchor.exact)})`)
    }
  }
  for (const kind of SCORED_KINDS) {
    const goldOfKind = claims.filter((c) => c.kind === kind)
    const seen = new Set<string>()
    const sugg = suggestions.filter((s) => {
      const k = `${s.anchor.start}:${s.anchor.end}`
      if (s.kind !== kind || seen.has(k)) return false
      seen.add(k)
      return true
    })
    const places: Place[] = goldOfKind.flatMap((c, gi) => c.places.map((p) => ({ ...p, gold: gi })))
    const pairs: Array<{ s: number; p: number; share: number }> = []
    sugg.forEach((s, si) =>
      places.forEach((p, pi) => {
        const share = overlapShare(s.anchor, p)
        if (share >= MATCH_SHARE) pairs.push({ s: si, p: pi, share })
      })
    )
    pairs.sort((a, b) => b.share - a.share)
    const sTaken = new Map<number, number>()
    const pTaken = new Set<number>()
    for (const pair of pairs) {
      if (sTaken.has(pair.s) || pTaken.has(pair.p)) continue
      sTaken.set(pair.s, pair.p)
      pTaken.add(pair.p)
    }
    const score: KindScore = { kind, gold: 0, suggested: sugg.length, tp: 0, fp: 0, matchedGold: 0, valuePairs: 0, valueCorrect: 0 }
    const matchedGold = new Set<number>()
    sugg.forEach((s, si) => {
      const pi = sTaken.get(si)
      if (pi === undefined) {
        score.fp++
        result.falsePositives.push({ kind, exact: s.anchor.exact })
        return
      }
      const g = goldOfKind[(places[pi] as Place).gold]
      if (!g) return
      if (!g.optional) {
        score.tp++
        matchedGold.add((places[pi] as Place).gold)
      }
      if (g.value) {
        score.valuePairs++
        const got = s.value as Record<string, unknown>
        if (valueAgrees(kind, got, g.value)) score.valueCorrect++
        else result.wrongValues.push({ kind, exact: g.exact, got, want: g.value })
      }
    })
    goldOfKind.forEach((g, gi) => {
      if (g.optional) return
      score.gold++
      if (matchedGold.has(gi)) score.matchedGold++
      else result.misses.push({ kind, exact: g.exact })
    })
    result.kinds.push(score)
  }
  return result
}

export interface Rates {
  precision: number
  recall: number
  f1: number
  valueAccuracy: number
}

/** Precision, recall, F1 and value accuracy; an empty side counts as perfect (nothing to find, nothing cried). */
export function rates(s: Pick<KindScore, 'tp' | 'fp' | 'gold' | 'matchedGold' | 'valuePairs' | 'valueCorrect'>): Rates {
  const precision = s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp)
  const recall = s.gold === 0 ? 1 : s.matchedGold / s.gold
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  const valueAccuracy = s.valuePairs === 0 ? 1 : s.valueCorrect / s.valuePairs
  return { precision, recall, f1, valueAccuracy }
}

/** Sums kind scores across articles (micro-average). */
export function pool(articles: readonly ArticleScore[]): KindScore[] {
  return SCORED_KINDS.map((kind) => {
    const total: KindScore = { kind, gold: 0, suggested: 0, tp: 0, fp: 0, matchedGold: 0, valuePairs: 0, valueCorrect: 0 }
    for (const a of articles) {
      const k = a.kinds.find((x) => x.kind === kind)
      if (!k) continue
      total.gold += k.gold
      total.suggested += k.suggested
      total.tp += k.tp
      total.fp += k.fp
      total.matchedGold += k.matchedGold
      total.valuePairs += k.valuePairs
      total.valueCorrect += k.valueCorrect
    }
    return total
  })
}

/** Reasons the bar is not met (empty when it is): each bar kind's F1 and value accuracy, per article and pooled; no negatives. */
export function barFailures(articles: readonly ArticleScore[]): string[] {
  const failures: string[] = []
  const check = (where: string, kinds: readonly KindScore[]) => {
    for (const k of kinds) {
      if (!BAR_KINDS.includes(k.kind)) continue
      const r = rates(k)
      if (r.f1 < BAR.f1) failures.push(`${where} ${k.kind}: F1 ${r.f1.toFixed(2)} < ${BAR.f1}`)
      if (r.valueAccuracy < BAR.valueAccuracy) failures.push(`${where} ${k.kind}: value accuracy ${r.valueAccuracy.toFixed(2)} < ${BAR.valueAccuracy}`)
    }
  }
  for (const a of articles) {
    check(a.article, a.kinds)
    for (const hit of a.negativeHits) failures.push(`${a.article}: negative suggested: ${hit}`)
  }
  check('overall', pool(articles))
  return failures
}

/** A fixed-width table: kind, gold, suggested, TP, FP, P, R, F1, value accuracy. */
export function formatTable(title: string, kinds: readonly KindScore[]): string {
  const head = ['kind', 'gold', 'sugg', 'TP', 'FP', 'P', 'R', 'F1', 'value']
  const rows = kinds.map((k) => {
    const r = rates(k)
    const value = k.valuePairs === 0 ? '–' : `${r.valueAccuracy.toFixed(2)} (${k.valueCorrect}/${k.valuePairs})`
    return [k.kind, String(k.gold), String(k.suggested), String(k.tp), String(k.fp), r.precision.toFixed(2), r.recall.toFixed(2), r.f1.toFixed(2), value]
  })
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ')
  return [title, line(head), ...rows.map(line)].join('\n')
}
