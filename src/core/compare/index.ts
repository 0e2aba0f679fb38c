/**
 * Compare: two or more articles → aligned passages, matched claims with verdicts and reasons,
 * claims only one article has, shared names, and (n-way) facts with consensus and outliers.
 * Every article is analysed once; each pair of articles is aligned and matched within a work
 * budget, and the result says `partial` rather than hang (STYLE 8). The word diff of one aligned
 * pair is computed on demand by `diffPassages`, never over whole articles.
 *
 * Only the body (`Article.text`) is compared, never the title: claims anchor in the body, and a
 * headline is the same source as its body, restating the body's toll or an earlier one the body
 * supersedes ("Over 20 Dead" over "has risen to 70"), so the body's latest figure speaks for both.
 * Which claims are one event's is matching's (match.ts: days, places, scope from tolls.ts);
 * which link wins, the journalist's or compare's, is links.ts's.
 */
import { diffWords } from 'diff'
import {
  autoLinkId,
  type Article,
  type Claim,
  type ClaimMatch,
  type Comparison,
  type Link,
  type PassageAlignment,
  type SharedEntity
} from '@core/model'
import { alignDocs } from './align'
import { findNames, nameParts, nameSkeleton, partsSimilarity } from './entities'
import { analyzeText, pairIdf, type DocFeatures } from './features'
import { clusterFacts } from './facts'
import { matchClaims } from './match'

export type { AlignedPair, ClaimMatch, Comparison, Fact, Verdict, VerdictKind } from '@core/model'
export { alignPassages, ALIGN_THRESHOLD } from './align'
export { judge, FAR_APART, type JudgeContext, type Judgement } from './judge'
export { nameSimilarity, nameSkeleton, sameSource } from './entities'
export { conflictingClaims, valueLabel } from './facts'
export { MATCH_THRESHOLD } from './match'
export { linksInForce, mergeLinks, pairKey, relationLabels, relationOrder, type MergedMatch } from './links'

export interface CompareOptions {
  /** work budget per pair of articles: sentence pairs scored in alignment, and claim pairs scored in matching */
  maxPairs?: number
}

/** Distinct names of a document (first mention of each), with their parts. */
function namesOf(doc: DocFeatures) {
  const seen = new Map<string, { start: number; end: number; text: string; parts: readonly string[] }>()
  for (const n of findNames(doc.text, doc.sentences)) {
    const key = n.text.toLowerCase()
    if (!seen.has(key)) seen.set(key, { ...n, parts: nameParts(n.text) })
  }
  return [...seen.values()]
}

/** Names of `a` found in `b` too, spelled alike or transliterated; first mention of each. */
function sharedNames(a: DocFeatures, b: DocFeatures, articleIds: [string, string]): SharedEntity[] {
  const nb = namesOf(b)
  // candidates through the consonant skeletons of their parts, not every name against every name
  const index = new Map<string, number[]>()
  nb.forEach((y, k) => {
    for (const key of new Set(y.parts.map(nameSkeleton))) {
      const list = index.get(key)
      if (list) list.push(k)
      else index.set(key, [k])
    }
  })
  const out: SharedEntity[] = []
  for (const x of namesOf(a)) {
    let best: { k: number; score: number } | null = null
    const candidates = new Set(x.parts.flatMap((p) => index.get(nameSkeleton(p)) ?? []))
    for (const k of [...candidates].sort((p, q) => p - q)) {
      const score = partsSimilarity(x.parts, nb[k]!.parts)
      if (score === 1 && (!best || nb[k]!.text.length > nb[best.k]!.text.length)) best = { k, score }
    }
    if (best) {
      const { parts: _pa, ...ea } = x
      const { parts: _pb, ...eb } = nb[best.k]!
      out.push({ articleIds, a: ea, b: eb, score: best.score })
    }
  }
  return out
}

/**
 * Compares every pair of the given articles (in order: pair (i, j) with i < j has side a = articles[i])
 * using the claims given (rejected claims are ignored). Matches are one-to-one per pair of articles.
 */
export function compareArticles(
  input: { articles: readonly Article[]; claims: readonly Claim[] },
  options: CompareOptions = {}
): Comparison {
  const { articles } = input
  const claims = input.claims.filter((c) => c.status !== 'rejected')
  const docs = articles.map((a) => analyzeText(a.text))
  const byArticle = new Map<string, Claim[]>(articles.map((a) => [a.id, []]))
  for (const c of claims) byArticle.get(c.articleId)?.push(c)

  const pairs: PassageAlignment[] = []
  const matches: ClaimMatch[] = []
  const entities: SharedEntity[] = []
  let partial = false
  for (let i = 0; i < articles.length; i++) {
    for (let j = i + 1; j < articles.length; j++) {
      const ids: [string, string] = [articles[i]!.id, articles[j]!.id]
      const idf = pairIdf(docs[i]!, docs[j]!)
      const aligned = alignDocs(docs[i]!, docs[j]!, idf, { maxPairs: options.maxPairs })
      pairs.push({ articleIds: ids, passages: aligned.pairs, partial: aligned.partial })
      const alignedSet = new Set(aligned.indexes.map(([x, y]) => x * 1_000_003 + y))
      const m = matchClaims(
        { articleId: ids[0], doc: docs[i]!, claims: byArticle.get(ids[0])!, publishedAt: articles[i]!.publishedAt },
        { articleId: ids[1], doc: docs[j]!, claims: byArticle.get(ids[1])!, publishedAt: articles[j]!.publishedAt },
        idf,
        alignedSet,
        options.maxPairs
      )
      matches.push(...m.matches)
      entities.push(...sharedNames(docs[i]!, docs[j]!, ids))
      partial ||= aligned.partial || m.partial
    }
  }
  const matched = new Set(matches.flatMap((m) => m.claimIds))
  const onlyIn = claims
    .filter((c) => byArticle.has(c.articleId) && !matched.has(c.id))
    .map((c) => ({ claimId: c.id, articleId: c.articleId }))
  const texts = new Map(articles.map((a) => [a.id, a.text]))
  const facts = clusterFacts(matches, claims, texts)
  return { articleIds: articles.map((a) => a.id), pairs, matches, onlyIn, entities, facts, partial }
}

/**
 * Links for the matched claims of a comparison (origin 'auto', relation = verdict); `only-in-one`
 * claims make no link. `now` is an ISO timestamp passed in (core reads no clock).
 */
export function linksFromComparison(c: Comparison, now: string): Link[] {
  return c.matches.map((m) => ({
    id: autoLinkId(m.claimIds),
    claimIds: [m.claimIds[0], m.claimIds[1]],
    relation: m.verdict,
    origin: 'auto',
    reason: m.reason,
    createdAt: now
  }))
}

/** Word-level diff of ONE aligned pair of passages (jsdiff diffWords), in order; never call it on whole articles. */
export function diffPassages(a: string, b: string): { value: string; added?: boolean; removed?: boolean }[] {
  return diffWords(a, b).map((c) => {
    const part: { value: string; added?: boolean; removed?: boolean } = { value: c.value }
    if (c.added) part.added = true
    if (c.removed) part.removed = true
    return part
  })
}
