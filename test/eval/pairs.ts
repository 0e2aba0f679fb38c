/**
 * Pairs of articles on one event: both imported as a user would (import.ts), claims suggested on
 * each and compared with `compareArticles`, and what the comparison reports scored against the
 * pair gold (test/eval/corpus/README.md).
 *
 * A claim is on a gold quote when it is of the item's kind (any kind for `different_sources`,
 * which have none) and overlaps one of the quote's places in the imported text by the matcher's
 * rule (half of the shorter span). Orientation does not matter: each side of a reported match is
 * read by its article.
 * - found with both sides: a reported conflict with one claim on `a` and the other on `b`;
 * - found in substance: a reported conflict of the item's kind with a claim on `a` or on `b`;
 * - false conflict: a reported conflict that is not found in substance for any expected or
 *   optional conflict (one with the right claim on one side and the wrong on the other is a miss
 *   of "both sides", not also a false alarm);
 * - agreement found: an `agree` verdict with both sides; and for compatible_not_conflicts,
 *   different_sources and not_conflicts, how many were reported as conflicts with both sides.
 * A gold quote that is not in the imported text (a headline, which import keeps as the title) is
 * reported; an item with such a quote cannot be found and still counts.
 */
import path from 'node:path'
import { readFileSync } from 'node:fs'
import { compareArticles } from '@core/compare'
import { suggestClaims } from '@core/extract'
import { normalizeText } from '@core/text'
import {
  articleFromDraft,
  claimFromDraft,
  type Article,
  type Claim,
  type ClaimKind,
  type Comparison
} from '@core/model'
import { checkQuotes, EvalInputError, readJson, splitOf, type ArticleRef, type Corpus, type Split } from './corpus'
import { importBytes, importRecord } from './import'
import { MATCH_SHARE, overlapShare, type Span } from './score'

export interface PairItem {
  kind?: ClaimKind
  a: string
  b: string
  why?: string
}

export interface PairGold {
  id?: string
  split?: string
  lang?: string
  articles: Array<ArticleRef | string>
  expected_conflicts?: PairItem[]
  optional_conflicts?: PairItem[]
  agreements?: PairItem[]
  compatible_not_conflicts?: PairItem[]
  different_sources?: PairItem[]
  not_conflicts?: PairItem[]
  no_conflicts?: boolean
}

/** Item groups of a pair file that hold quotes. */
export const PAIR_GROUPS = [
  'expected_conflicts',
  'optional_conflicts',
  'agreements',
  'compatible_not_conflicts',
  'different_sources',
  'not_conflicts'
] as const
/** The groups whose items must not be reported as conflicts. */
export const TRAP_GROUPS = ['compatible_not_conflicts', 'different_sources', 'not_conflicts'] as const
export type TrapGroup = (typeof TRAP_GROUPS)[number]

export interface PairScore {
  id: string
  split: Split
  lang: string
  goldConflicts: number
  /** gold conflicts whose two quotes are both in the imported texts */
  findable: number
  foundBoth: number
  foundSubstance: number
  reportedConflicts: number
  falseConflicts: number
  goldAgreements: number
  agreementsFound: number
  traps: Record<TrapGroup, { gold: number; reported: number }>
  /** for reading */
  missed: string[]
  falseList: string[]
  trapsReported: string[]
  agreementsMissed: string[]
  notInText: string[]
}

interface Side {
  article: Article
  claims: readonly Claim[]
}

/**
 * Where a gold quote sits in the imported text. The gold quotes the record as stored (double spaces,
 * U+200F marks); import makes the text canonical, so the quote is made canonical the same way first.
 */
function places(text: string, raw: string): Span[] {
  const quote = normalizeText(raw)
  const out: Span[] = []
  for (let i = text.indexOf(quote); i >= 0 && quote; i = text.indexOf(quote, i + 1))
    out.push({ start: i, end: i + quote.length })
  return out
}

function onQuote(claim: Claim, kind: ClaimKind | undefined, quotePlaces: readonly Span[]): boolean {
  if (kind && claim.kind !== kind) return false
  return quotePlaces.some((p) => overlapShare(claim.anchor, p) >= MATCH_SHARE)
}

const brief = (c: Claim) => `${c.kind} ${JSON.stringify(c.anchor.exact)}`

function emptyPairScore(meta: { id: string; split: Split; lang: string }): PairScore {
  return {
    ...meta,
    goldConflicts: 0,
    findable: 0,
    foundBoth: 0,
    foundSubstance: 0,
    reportedConflicts: 0,
    falseConflicts: 0,
    goldAgreements: 0,
    agreementsFound: 0,
    traps: {
      compatible_not_conflicts: { gold: 0, reported: 0 },
      different_sources: { gold: 0, reported: 0 },
      not_conflicts: { gold: 0, reported: 0 }
    },
    missed: [],
    falseList: [],
    trapsReported: [],
    agreementsMissed: [],
    notInText: []
  }
}

/** Scores one compared pair against its gold; `a` is the gold's first article, `b` its second. */
export function scorePair(
  meta: { id: string; split: Split; lang: string },
  gold: PairGold,
  a: Side,
  b: Side,
  comparison: Comparison
): PairScore {
  const byId = new Map([...a.claims, ...b.claims].map((c) => [c.id, c]))
  const sides = (m: Comparison['matches'][number]) => {
    const [x, y] = m.claimIds.map((id) => byId.get(id))
    if (!x || !y) return null
    return x.articleId === a.article.id ? { ca: x, cb: y } : { ca: y, cb: x }
  }
  const reported = comparison.matches.filter((m) => m.verdict === 'conflict')
  const score = emptyPairScore(meta)
  score.reportedConflicts = reported.length
  const located = (group: string, item: PairItem) => {
    const pa = places(a.article.text, item.a)
    const pb = places(b.article.text, item.b)
    if (pa.length === 0) score.notInText.push(`${group}: a ${JSON.stringify(item.a)}`)
    if (pb.length === 0) score.notInText.push(`${group}: b ${JSON.stringify(item.b)}`)
    return { pa, pb }
  }
  const both = (matches: Comparison['matches'], item: PairItem, pa: Span[], pb: Span[]) =>
    matches.some((m) => {
      const s = sides(m)
      return s !== null && onQuote(s.ca, item.kind, pa) && onQuote(s.cb, item.kind, pb)
    })
  const substance = (m: Comparison['matches'][number], item: PairItem, pa: Span[], pb: Span[]) => {
    const s = sides(m)
    return s !== null && (onQuote(s.ca, item.kind, pa) || onQuote(s.cb, item.kind, pb))
  }

  const conflictItems = [...(gold.expected_conflicts ?? []), ...(gold.optional_conflicts ?? [])].map((item) => ({
    item,
    ...located('conflict', item)
  }))
  const expected = conflictItems.slice(0, gold.expected_conflicts?.length ?? 0)
  const mentions = mentionsOf(expected, conflictItems.slice(expected.length))
  for (const [k, item] of (gold.expected_conflicts ?? []).entries()) {
    const { pa, pb } = conflictItems[k]!
    score.goldConflicts++
    if (pa.length > 0 && pb.length > 0) score.findable++
    if (both(reported, item, pa, pb) || mentions[k]!.some((o) => both(reported, o.item, o.pa, o.pb))) score.foundBoth++
    else score.missed.push(`${item.kind ?? ''} ${JSON.stringify(item.a)} / ${JSON.stringify(item.b)}`)
    if (reported.some((m) => substance(m, item, pa, pb))) score.foundSubstance++
  }
  for (const m of reported) {
    if (conflictItems.some(({ item, pa, pb }) => substance(m, item, pa, pb))) continue
    score.falseConflicts++
    const s = sides(m)
    score.falseList.push(s ? `${brief(s.ca)} / ${brief(s.cb)}: ${m.reason}` : m.reason)
  }
  const agreeing = comparison.matches.filter((m) => m.verdict === 'agree')
  for (const item of gold.agreements ?? []) {
    const { pa, pb } = located('agreement', item)
    score.goldAgreements++
    if (both(agreeing, item, pa, pb)) score.agreementsFound++
    else if (pa.length > 0 && pb.length > 0)
      score.agreementsMissed.push(`${item.kind ?? ''} ${JSON.stringify(item.a)} / ${JSON.stringify(item.b)}`)
  }
  for (const group of TRAP_GROUPS) {
    for (const item of gold[group] ?? []) {
      const { pa, pb } = located(group, item)
      score.traps[group].gold++
      if (both(reported, item, pa, pb)) {
        score.traps[group].reported++
        score.trapsReported.push(`${group}: ${JSON.stringify(item.a)} / ${JSON.stringify(item.b)}`)
      }
    }
  }
  return score
}

/** How the gold marks an optional conflict that is another mention of an expected one ("the same conflict, a repeated mention of the toll"). */
const MENTION = /^the same (?:\w+ )?(?:conflict|discrepancy)\b/i

interface Located {
  item: PairItem
  pa: Span[]
  pb: Span[]
}

/**
 * For each expected conflict, the optional items that are other mentions of it: the gold lists a
 * conflict mentioned again (headline and body, lead and body) once as expected and its other
 * mentions as optional, "so that finding any mention counts" (test/eval/corpus/README.md). An
 * optional item marked so is a mention of the expected conflict it shares a quote with; one that
 * shares a quote with two expected conflicts could be either and counts for neither.
 */
function mentionsOf(expected: readonly Located[], optional: readonly Located[]): Located[][] {
  const overlaps = (x: readonly Span[], y: readonly Span[]) =>
    x.some((p) => y.some((q) => overlapShare(p, q) >= MATCH_SHARE))
  const out: Located[][] = expected.map(() => [])
  for (const o of optional) {
    if (!MENTION.test(o.item.why ?? '')) continue
    const of = expected.flatMap((e, k) => (overlaps(e.pa, o.pa) || overlaps(e.pb, o.pb) ? [k] : []))
    if (of.length === 1) out[of[0]!]!.push(o)
  }
  return out
}

const NOW = '2026-01-01T00:00:00.000Z'

/** Suggests claims on an article and gives them identities, as accepting every suggestion would. */
export function suggestedClaims(article: Article): Claim[] {
  let k = 0
  return suggestClaims(article).map((d) =>
    claimFromDraft(d, { id: `${article.id}#${++k}`, articleId: article.id }, NOW)
  )
}

/** Compares two imported articles on their suggested claims and scores the result. */
export function runPair(
  meta: { id: string; split: Split; lang: string },
  gold: PairGold,
  a: Article,
  b: Article
): PairScore {
  const sa = { article: a, claims: suggestedClaims(a) }
  const sb = { article: b, claims: suggestedClaims(b) }
  const comparison = compareArticles({ articles: [a, b], claims: [...sa.claims, ...sb.claims] })
  return scorePair(meta, gold, sa, sb, comparison)
}

function quotesOf(gold: PairGold, side: 'a' | 'b'): string[] {
  return PAIR_GROUPS.flatMap((g) => (gold[g] ?? []).map((item) => item[side]))
}

/** Loads one corpus pair file: checks its shape and quotes, imports both articles. */
export function loadCorpusPair(
  file: string,
  corpus: Corpus
): { meta: { id: string; split: Split; lang: string }; gold: PairGold; a: Article; b: Article } {
  const gold = readJson<PairGold>(file)
  const id = gold.id ?? path.basename(file, '.pair.json')
  const split = splitOf(file, gold.split)
  if (!Array.isArray(gold.articles) || gold.articles.length !== 2)
    throw new EvalInputError(`${file}: "articles" must name two articles`)
  for (const g of PAIR_GROUPS) {
    const items = gold[g]
    if (items !== undefined && !Array.isArray(items)) throw new EvalInputError(`${file}: "${g}" must be a list`)
  }
  const [ra, rb] = gold.articles.map((r, i) => {
    if (typeof r === 'string')
      throw new EvalInputError(`${file}: article ${i + 1} must be a reference object ({ "corpus": … })`)
    return r
  }) as [ArticleRef, ArticleRef]
  const ca = corpus.article(ra, file)
  const cb = corpus.article(rb, file)
  checkQuotes(file, ca, quotesOf(gold, 'a'))
  checkQuotes(file, cb, quotesOf(gold, 'b'))
  const da = importRecord(`${id}-a.txt`, ca.title, ca.text, ra.publishedAt ?? ca.date, file)
  const db = importRecord(`${id}-b.txt`, cb.title, cb.text, rb.publishedAt ?? cb.date, file)
  return {
    meta: { id, split, lang: gold.lang ?? (file.includes(`${path.sep}ar${path.sep}`) ? 'ar' : 'en') },
    gold,
    a: articleFromDraft(da, { id: `${id}/a`, caseId: id }, NOW),
    b: articleFromDraft(db, { id: `${id}/b`, caseId: id }, NOW)
  }
}

/** Loads a seed pair of test/fixtures/gold (articles named by fixture file, imported from test/fixtures/articles). */
export function loadSeedPair(
  file: string,
  articlesDir: string
): { meta: { id: string; split: Split; lang: string }; gold: PairGold; a: Article; b: Article } {
  const gold = readJson<PairGold>(file)
  const id = path.basename(file, '.pair.json')
  const [na, nb] = gold.articles as [string, string]
  const load = (name: string, side: string) => {
    const draft = importBytes(name, new Uint8Array(readFileSync(path.join(articlesDir, name))), undefined, file)
    return articleFromDraft(draft, { id: `${id}/${side}`, caseId: id }, NOW)
  }
  return { meta: { id, split: 'dev', lang: 'en' }, gold, a: load(na, 'a'), b: load(nb, 'b') }
}

/** Sums pair scores (a pooled row of the pairs table). */
export function poolPairs(id: string, scores: readonly PairScore[]): PairScore & { pairs: number } {
  const total = emptyPairScore({ id, split: 'dev', lang: '' })
  for (const s of scores) {
    total.goldConflicts += s.goldConflicts
    total.findable += s.findable
    total.foundBoth += s.foundBoth
    total.foundSubstance += s.foundSubstance
    total.reportedConflicts += s.reportedConflicts
    total.falseConflicts += s.falseConflicts
    total.goldAgreements += s.goldAgreements
    total.agreementsFound += s.agreementsFound
    for (const g of TRAP_GROUPS) {
      total.traps[g].gold += s.traps[g].gold
      total.traps[g].reported += s.traps[g].reported
    }
  }
  return { ...total, pairs: scores.length }
}
