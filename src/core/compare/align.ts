/**
 * Passage alignment: which sentence of article B reports the same thing as a sentence of A, even
 * reworded, reordered or partly quoted. A word diff over whole articles is the wrong tool (jsdiff's
 * diffWords takes ~34 s on two different 10,000-word texts, and reordering defeats it); instead,
 * each sentence is a set of IDF-weighted terms, candidates come from an inverted index on B's rarer
 * terms (never all n×m pairs), and a greedy one-to-one assignment keeps the best pairs.
 * Cost: O(postings visited + candidates scored), both capped by `maxPairs` (STYLE 8).
 */
import type { AlignedPair } from '@core/model'
import { analyzeText, pairIdf, similarity, weightOf, type DocFeatures, type SentenceFeatures } from './features'
import { termSpace } from './termids'

export interface AlignOptions {
  /** most sentence pairs scored in full before giving up with partial = true (default 200,000) */
  maxPairs?: number
  /** lowest similarity (0..1) reported as an aligned pair (default ALIGN_THRESHOLD) */
  threshold?: number
}

/**
 * Below this, two sentences share a topic at most. Calibrated on the al-Qaim fixtures: sentences
 * reporting the same event score 0.3-0.75; reworded background on the same town 0.16-0.3.
 */
export const ALIGN_THRESHOLD = 0.16
const DEFAULT_MAX_PAIRS = 200_000
/** A term in more sentences than this is too common to find candidates by (it still counts in scoring). */
const postingCap = (n: number) => Math.max(12, Math.ceil(2 * Math.sqrt(n)))
/** Candidates per sentence scored in full, best first by their rare terms. */
const SHORTLIST = 8

/** Term sets of a sentence's clauses, built once per sentence (sentences are compared many times). */
const clauseSetCache = new WeakMap<SentenceFeatures, Set<string>[]>()
function clauseSets(s: SentenceFeatures): Set<string>[] {
  let sets = clauseSetCache.get(s)
  if (!sets) {
    sets = s.clauses.map((c) => new Set(c))
    clauseSetCache.set(s, sets)
  }
  return sets
}

/** A clause match counts for less than a whole-sentence match: it says "this part reports that", not "this sentence does". */
const CLAUSE_FACTOR = 0.75

/**
 * How closely two sentences report the same thing, 0..1: the whole-sentence similarity, or the best
 * clause-to-clause similarity when one long sentence quotes a phrase of the other.
 */
export function sentenceScore(
  sa: SentenceFeatures,
  sb: SentenceFeatures,
  bSet: ReadonlySet<string>,
  idf: ReadonlyMap<string, number>,
  wa = weightOf(sa.terms, idf),
  wb = weightOf(sb.terms, idf)
): number {
  let best = similarity(sa.terms, bSet, idf, wa, wb)
  const ca = sa.clauses.length > 0 ? sa.clauses : [sa.terms]
  const cb = sb.clauses.length > 0 ? sb.clauses : [sb.terms]
  if (ca.length === 1 && cb.length === 1) return best
  // a clause pair needs three shared terms, so the whole sentences need them too
  let shared = 0
  for (const t of sa.terms) if (bSet.has(t) && ++shared >= 3) break
  if (shared < 3) return best
  const cbSets = clauseSets(sb)
  const wy: number[] = []
  for (const x of ca) {
    let wx = -1
    for (let k = 0; k < cb.length; k++) {
      const ySet = cbSets[k] ?? bSet
      let shared = 0
      for (const t of x) if (ySet.has(t)) shared++
      if (shared < 3) continue // two shared words between short clauses is chance
      if (wx < 0) wx = weightOf(x, idf)
      wy[k] ??= weightOf(cb[k]!, idf)
      best = Math.max(best, CLAUSE_FACTOR * similarity(x, ySet, idf, wx, wy[k]!))
    }
  }
  return best
}

/**
 * The SHORTLIST best of n scored sentences (ids js, scores rs), best first: higher score, then lower
 * id (a total order, so the same as sorting them all and keeping the head), by insertion into a short list.
 */
function bestOf(js: Int32Array, rs: Float64Array, n: number): Int32Array {
  const topJ = new Int32Array(SHORTLIST)
  const topR = new Float64Array(SHORTLIST)
  let size = 0
  for (let k = 0; k < n; k++) {
    const j = js[k]!
    const r = rs[k]!
    let at = size
    while (at > 0 && (r > topR[at - 1]! || (r === topR[at - 1]! && j < topJ[at - 1]!))) at--
    if (at >= SHORTLIST) continue
    for (let m = Math.min(size, SHORTLIST - 1); m > at; m--) {
      topJ[m] = topJ[m - 1]!
      topR[m] = topR[m - 1]!
    }
    topJ[at] = j
    topR[at] = r
    if (size < SHORTLIST) size++
  }
  return topJ.subarray(0, size)
}

export interface AlignResult {
  pairs: AlignedPair[]
  partial: boolean
  /** sentence indexes of each pair, parallel to `pairs` */
  indexes: [number, number][]
}

/** Aligns the sentences of two analysed documents; `idf` from pairIdf(a, b). */
export function alignDocs(
  a: DocFeatures,
  b: DocFeatures,
  idf: ReadonlyMap<string, number>,
  options: AlignOptions = {}
): AlignResult {
  const maxPairs = options.maxPairs ?? DEFAULT_MAX_PAIRS
  const threshold = options.threshold ?? ALIGN_THRESHOLD
  const cap = postingCap(b.sentences.length)
  const space = termSpace(idf)
  const va = a.sentences.map((s) => space.sentence(s))
  const vb = b.sentences.map((s) => space.sentence(s))
  // postings by term id, not by term: array reads where string-keyed maps hashed every term
  // (a sentence's ids are its distinct terms, so counting them gives b.df)
  const dfB = new Int32Array(space.size)
  // indexed loops over the typed arrays: for-of made an iterator result per term
  for (const v of vb) for (let k = 0; k < v.ids.length; k++) dfB[v.ids[k]!]!++
  const postings: number[][] = []
  vb.forEach((v, j) => {
    for (let k = 0; k < v.ids.length; k++) {
      const id = v.ids[k]!
      if (dfB[id]! > cap) continue
      const list = postings[id]
      if (list) list.push(j)
      else postings[id] = [j]
    }
  })
  const wa = va.map((v) => v.weight)
  const wb = vb.map((v) => v.weight)

  const candidates: { i: number; j: number; score: number }[] = []
  let scored = 0
  let visited = 0
  let partial = false
  // rare-term weight per sentence of B, the sentences touched in first-touch order (what a Map's
  // insertion order gave) and which sentence of A last touched each: flat arrays, not a Map per posting
  const acc = new Float64Array(b.sentences.length)
  const touched = new Int32Array(b.sentences.length)
  const stamp = new Int32Array(b.sentences.length)
  const shortJ = new Int32Array(b.sentences.length)
  const shortR = new Float64Array(b.sentences.length)
  for (let i = 0; i < a.sentences.length && !partial; i++) {
    let n = 0
    const ids = va[i]!.ids
    for (let t = 0; t < ids.length; t++) {
      const id = ids[t]!
      const list = postings[id]
      if (!list) continue
      const w = space.weight(id)
      visited += list.length
      for (let p = 0; p < list.length; p++) {
        const j = list[p]!
        if (stamp[j] !== i + 1) {
          stamp[j] = i + 1
          touched[n++] = j
          acc[j] = w
        } else acc[j] = acc[j]! + w
      }
    }
    // the rare terms alone must already carry half the threshold (common ones cannot make up more),
    // and only the best few by rare terms are scored in full: one-to-one needs no more
    let ns = 0
    for (let k = 0; k < n; k++) {
      const j = touched[k]!
      const r = acc[j]! / Math.sqrt(wa[i]! * wb[j]!)
      if (r >= threshold / 2) {
        shortJ[ns] = j
        shortR[ns++] = r
      }
    }
    // in first-touch order when few, else the best SHORTLIST by (rare weight desc, j asc), best first
    const shortlist = ns > SHORTLIST ? bestOf(shortJ, shortR, ns) : shortJ.subarray(0, ns)
    for (let k = 0; k < shortlist.length; k++) {
      const j = shortlist[k]!
      if (++scored > maxPairs) {
        partial = true
        break
      }
      const score = space.score(va[i]!, vb[j]!)
      if (score >= threshold) candidates.push({ i, j, score })
    }
    if (visited > maxPairs * 20) partial = true
  }

  candidates.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j)
  const usedA = new Set<number>()
  const usedB = new Set<number>()
  const chosen: { i: number; j: number; score: number }[] = []
  for (const c of candidates) {
    if (usedA.has(c.i) || usedB.has(c.j)) continue
    usedA.add(c.i)
    usedB.add(c.j)
    chosen.push(c)
  }
  chosen.sort((x, y) => x.i - y.i)
  return {
    pairs: chosen.map(({ i, j, score }) => ({
      a: { start: a.sentences[i]!.start, end: a.sentences[i]!.end },
      b: { start: b.sentences[j]!.start, end: b.sentences[j]!.end },
      score: Math.min(1, Math.round(score * 1000) / 1000)
    })),
    indexes: chosen.map(({ i, j }) => [i, j]),
    partial
  }
}

/**
 * Aligns the sentences of two texts that report the same thing: one-to-one pairs of sentence
 * spans (UTF-16 offsets into `a` and `b`) with a score in (0, 1], in the order of `a`.
 * `partial` is true when the work budget ran out before every sentence was considered.
 */
export function alignPassages(
  a: string,
  b: string,
  options?: { maxPairs?: number }
): { pairs: AlignedPair[]; partial: boolean } {
  const da = analyzeText(a)
  const db = analyzeText(b)
  const { pairs, partial } = alignDocs(da, db, pairIdf(da, db), options)
  return { pairs, partial }
}
