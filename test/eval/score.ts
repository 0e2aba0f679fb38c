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

/** A span of text: UTF-16 offsets, end exclusive. */
export interface Span {
  start: number
  end: number
}

/**
 * One place where a gold item may be found. Any of its spans may be overlapped (PolNeAR: the cue,
 * or the source with its cue); a place takes at most one suggestion.
 */
export interface GoldPlace {
  spans: readonly Span[]
  /** index of the gold item the place belongs to */
  gold: number
}

function occurrences(text: string, exact: string): Span[] {
  const out: Span[] = []
  if (!exact) return out
  for (let i = text.indexOf(exact); i >= 0; i = text.indexOf(exact, i + 1))
    out.push({ start: i, end: i + exact.length })
  return out
}

/** Overlap as a share of the shorter span (1 when one contains the other). */
export function overlapShare(a: Span, b: Span): number {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start)
  if (shared <= 0) return 0
  return shared / Math.min(a.end - a.start, b.end - b.start)
}

export const MATCH_SHARE = 0.5

/** How much a suggestion overlaps a place: its best share over the place's spans. */
export function placeShare(s: Span, place: GoldPlace): number {
  let best = 0
  for (const span of place.spans) best = Math.max(best, overlapShare(s, span))
  return best
}

export interface SpanMatch {
  /** suggestion index → place index, for suggestions matched to a place */
  matched: Map<number, number>
  /** suggestions matching no place and no ignored span: false positives */
  unmatched: number[]
  /** suggestions matching no place but an ignored span (PolNeAR cues not counted, TimeML durations): neither way */
  ignored: number[]
}

/**
 * The matcher every table uses: a suggestion and a place match when they overlap by at least
 * MATCH_SHARE of the shorter span; one to one, best overlap first (ties in suggestion order).
 * A suggestion left over that overlaps an ignored span by the same rule counts neither way,
 * however many do: being near a thing we do not score is no error and no find.
 */
export function matchSpans(
  suggestions: readonly Span[],
  places: readonly GoldPlace[],
  ignore: readonly Span[] = []
): SpanMatch {
  const pairs: Array<{ s: number; p: number; share: number }> = []
  suggestions.forEach((s, si) =>
    places.forEach((p, pi) => {
      const share = placeShare(s, p)
      if (share >= MATCH_SHARE) pairs.push({ s: si, p: pi, share })
    })
  )
  pairs.sort((a, b) => b.share - a.share)
  const matched = new Map<number, number>()
  const pTaken = new Set<number>()
  for (const pair of pairs) {
    if (matched.has(pair.s) || pTaken.has(pair.p)) continue
    matched.set(pair.s, pair.p)
    pTaken.add(pair.p)
  }
  const unmatched: number[] = []
  const ignored: number[] = []
  suggestions.forEach((s, si) => {
    if (matched.has(si)) return
    if (ignore.some((x) => overlapShare(s, x) >= MATCH_SHARE)) ignored.push(si)
    else unmatched.push(si)
  })
  return { matched, unmatched, ignored }
}

/** A name as compared: lower case, no leading article, no possessive, letters, digits, spaces and hyphens only. */
export function normalizeName(s: unknown): string | undefined {
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
      return (
        normalizeName(got.speaker) === normalizeName(want.speaker) && normalizeName(got.via) === normalizeName(want.via)
      )
    case 'quantity':
      return same(got.amount, want.amount)
  }
}

/** Scores one article's suggestions against its gold. */
export function scoreArticle(text: string, gold: GoldFile, suggestions: readonly ClaimDraft[]): ArticleScore {
  const result: ArticleScore = {
    article: gold.article,
    kinds: [],
    missingFromText: [],
    negativeHits: [],
    falsePositives: [],
    misses: [],
    wrongValues: []
  }
  const claims = gold.claims.map((c) => {
    const places = occurrences(text, c.exact)
    if (places.length === 0) result.missingFromText.push(`${c.kind}: ${JSON.stringify(c.exact)}`)
    return { ...c, optional: c.optional === true || places.length === 0, places }
  })
  for (const neg of gold.negatives ?? []) {
    for (const place of occurrences(text, neg.exact)) {
      const hit = suggestions.find((s) => s.kind === neg.kind && overlapShare(s.anchor, place) > 0)
      if (hit)
        result.negativeHits.push(
          `${neg.kind}: ${JSON.stringify(neg.exact)} (suggested ${JSON.stringify(hit.anchor.exact)})`
        )
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
    const places: GoldPlace[] = goldOfKind.flatMap((c, gi) => c.places.map((p) => ({ spans: [p], gold: gi })))
    const { matched } = matchSpans(
      sugg.map((s) => s.anchor),
      places
    )
    const score: KindScore = {
      kind,
      gold: 0,
      suggested: sugg.length,
      tp: 0,
      fp: 0,
      matchedGold: 0,
      valuePairs: 0,
      valueCorrect: 0
    }
    const matchedGold = new Set<number>()
    sugg.forEach((s, si) => {
      const pi = matched.get(si)
      if (pi === undefined) {
        score.fp++
        result.falsePositives.push({ kind, exact: s.anchor.exact })
        return
      }
      const gi = (places[pi] as GoldPlace).gold
      const g = goldOfKind[gi]
      if (!g) return
      if (!g.optional) {
        score.tp++
        matchedGold.add(gi)
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
  return SCORED_KINDS.map((kind) =>
    poolKind(
      kind,
      articles.flatMap((a) => a.kinds.filter((k) => k.kind === kind))
    )
  )
}

/** Reasons the bar is not met (empty when it is): each bar kind's F1 and value accuracy, per article and pooled; no negatives. */
export function barFailures(articles: readonly ArticleScore[]): string[] {
  const failures: string[] = []
  const check = (where: string, kinds: readonly KindScore[]) => {
    for (const k of kinds) {
      if (!BAR_KINDS.includes(k.kind)) continue
      const r = rates(k)
      if (r.f1 < BAR.f1) failures.push(`${where} ${k.kind}: F1 ${r.f1.toFixed(2)} < ${BAR.f1}`)
      if (r.valueAccuracy < BAR.valueAccuracy)
        failures.push(`${where} ${k.kind}: value accuracy ${r.valueAccuracy.toFixed(2)} < ${BAR.valueAccuracy}`)
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
  return formatRows(
    title,
    kinds.map((k) => ({ label: k.kind, score: k }))
  )
}

/** The same table with a label of one's own per row (a system, a split). */
export function formatRows(
  title: string,
  rowsIn: ReadonlyArray<{ label: string; score: KindScore }>,
  firstHead = 'kind'
): string {
  const head = [firstHead, 'gold', 'sugg', 'TP', 'FP', 'P', 'R', 'F1', 'value']
  const rows = rowsIn.map(({ label, score: k }) => {
    const r = rates(k)
    const value = k.valuePairs === 0 ? '–' : `${r.valueAccuracy.toFixed(2)} (${k.valueCorrect}/${k.valuePairs})`
    return [
      label,
      String(k.gold),
      String(k.suggested),
      String(k.tp),
      String(k.fp),
      r.precision.toFixed(2),
      r.recall.toFixed(2),
      r.f1.toFixed(2),
      value
    ]
  })
  return fixedWidth(title, head, rows)
}

/** Columns padded to their widest cell; the first left-aligned, the rest right-aligned. */
export function fixedWidth(title: string, head: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ')
  return [title, line(head), ...rows.map(line)].join('\n')
}

/** One gold item given by offsets (TimeML, PolNeAR): one place, required or counted neither way. */
export interface SpanGold<V> {
  spans: readonly Span[]
  required: boolean
  value?: V
  /** the gold text, for reading */
  label: string
}

/** Exact-span counts: a match only when the suggestion's span equals one of the place's spans. */
export interface StrictScore {
  tp: number
  fp: number
  gold: number
  matchedGold: number
}

export interface SpanScore<S, V> {
  score: KindScore
  strict: StrictScore
  /** matched pairs (suggestion, gold item), for value checks of one's own */
  matches: Array<{ suggestion: S; gold: SpanGold<V> }>
  falsePositives: S[]
  misses: Array<SpanGold<V>>
  wrongValues: Array<{ suggestion: S; gold: SpanGold<V> }>
}

/**
 * Scores suggestions (distinct spans; a repeated span counts once) against offset gold with the
 * matcher above. Precision and recall as scoreArticle counts them; value accuracy over matched
 * pairs whose gold has a value, by `valueRight`. Ignored spans: see matchSpans.
 */
export function scoreSpanGold<S extends Span, V>(
  kind: ScoredKind,
  gold: ReadonlyArray<SpanGold<V>>,
  suggestionsIn: readonly S[],
  ignore: readonly Span[] = [],
  valueRight?: (s: S, want: V) => boolean
): SpanScore<S, V> {
  const seen = new Set<string>()
  const suggestions = suggestionsIn.filter((s) => {
    const k = `${s.start}:${s.end}`
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
  const places: GoldPlace[] = gold.map((g, gi) => ({ spans: g.spans, gold: gi }))
  const { matched, unmatched } = matchSpans(suggestions, places, ignore)
  const score: KindScore = {
    kind,
    gold: 0,
    suggested: suggestions.length,
    tp: 0,
    fp: unmatched.length,
    matchedGold: 0,
    valuePairs: 0,
    valueCorrect: 0
  }
  const strict: StrictScore = { tp: 0, fp: 0, gold: 0, matchedGold: 0 }
  const out: SpanScore<S, V> = {
    score,
    strict,
    matches: [],
    falsePositives: unmatched.map((i) => suggestions[i] as S),
    misses: [],
    wrongValues: []
  }
  const found = new Set<number>()
  for (const [si, pi] of matched) {
    const s = suggestions[si] as S
    const g = gold[pi] as SpanGold<V>
    out.matches.push({ suggestion: s, gold: g })
    if (!g.required) continue
    score.tp++
    found.add(pi)
    if (g.spans.some((x) => x.start === s.start && x.end === s.end)) strict.tp++
    if (g.value !== undefined && valueRight) {
      score.valuePairs++
      if (valueRight(s, g.value)) score.valueCorrect++
      else out.wrongValues.push({ suggestion: s, gold: g })
    }
  }
  gold.forEach((g, gi) => {
    if (!g.required) return
    score.gold++
    if (found.has(gi)) score.matchedGold++
    else out.misses.push(g)
  })
  strict.gold = score.gold
  strict.matchedGold = strict.tp
  strict.fp = score.tp + score.fp - strict.tp
  return out
}

/** Sums strict counts. */
export function poolStrict(scores: readonly StrictScore[]): StrictScore {
  return scores.reduce(
    (a, b) => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, gold: a.gold + b.gold, matchedGold: a.matchedGold + b.matchedGold }),
    { tp: 0, fp: 0, gold: 0, matchedGold: 0 }
  )
}

/** Sums kind scores of one kind. */
export function poolKind(kind: ScoredKind, scores: readonly KindScore[]): KindScore {
  const total: KindScore = { kind, gold: 0, suggested: 0, tp: 0, fp: 0, matchedGold: 0, valuePairs: 0, valueCorrect: 0 }
  for (const k of scores) {
    total.gold += k.gold
    total.suggested += k.suggested
    total.tp += k.tp
    total.fp += k.fp
    total.matchedGold += k.matchedGold
    total.valuePairs += k.valuePairs
    total.valueCorrect += k.valueCorrect
  }
  return total
}
