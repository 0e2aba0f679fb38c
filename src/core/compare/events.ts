/**
 * Whether two sentences (one per article) report the same event: their term overlap, their
 * neighbours', their dates, and the full names around them. Matching asks this for tens of
 * thousands of sentence pairs (every date of A against every date of B), so every answer is kept
 * per pair, in flat arrays indexed by sentence numbers rather than maps keyed by pair numbers.
 */
import { findNames, nameParts, partsSimilarity } from './entities'
import type { DocFeatures } from './features'
import { termSpace, type SentenceVector, type TermSpace, type TermVector } from './termids'

/** The neighbourhood of a sentence says less about the event than the sentence itself. */
const CONTEXT_FACTOR = 0.85
/** Bonus when the two sentences were aligned as reporting the same thing. */
const ALIGNED_BONUS = 0.1
/** Day-dates further apart than this mark different events (a conflicting date is a day or two off). */
export const SAME_EVENT_DAYS = 3
/** Largest sentence grid (sentences of A × of B) kept in a flat array (8 bytes a cell); larger grids use a Map. */
const FLAT_CELLS = 1 << 22

/** A number per sentence pair (i of A, j of B), NaN until set. */
class PairTable {
  private flat: Float64Array | null = null
  private map: Map<number, number> | null = null
  constructor(
    private na: number,
    private nb: number
  ) {}
  get(i: number, j: number): number {
    if (this.flat) return this.flat[i * this.nb + j]!
    return this.map?.get(i * 1_000_003 + j) ?? NaN
  }
  set(i: number, j: number, v: number): void {
    if (this.flat) this.flat[i * this.nb + j] = v
    else if (this.map) this.map.set(i * 1_000_003 + j, v)
    // allocated on first use: a comparison without claims needs neither table
    else if (this.na * this.nb <= FLAT_CELLS) {
      this.flat = new Float64Array(this.na * this.nb).fill(NaN)
      this.flat[i * this.nb + j] = v
    } else this.map = new Map([[i * 1_000_003 + j, v]])
  }
}

/** Scores how surely two sentences (with their neighbours) report the same event; cached per pair. */
export class EventScorer {
  private cache: PairTable
  private pairCache: PairTable
  private space: TermSpace
  /** term vectors of each sentence's window (itself and its neighbours), by sentence index */
  private windowsA: TermVector[] = []
  private windowsB: TermVector[] = []
  /** sentence vectors by index: an array read, where TermSpace.sentence is a WeakMap lookup */
  private sentencesA: SentenceVector[] = []
  private sentencesB: SentenceVector[] = []
  constructor(
    private a: DocFeatures,
    private b: DocFeatures,
    idf: ReadonlyMap<string, number>,
    private aligned: ReadonlySet<number>
  ) {
    this.space = termSpace(idf)
    this.cache = new PairTable(a.sentences.length, b.sentences.length)
    this.pairCache = new PairTable(a.sentences.length, b.sentences.length)
  }
  private vectorOf(side: 0 | 1, i: number): SentenceVector {
    return side === 0
      ? (this.sentencesA[i] ??= this.space.sentence(this.a.sentences[i]!))
      : (this.sentencesB[i] ??= this.space.sentence(this.b.sentences[i]!))
  }
  /** The terms of sentence i and its neighbours, distinct, in order. */
  private window(side: 0 | 1, i: number): TermVector {
    const n = (side === 0 ? this.a : this.b).sentences.length
    const parts: TermVector[] = []
    for (let k = Math.max(0, i - 1); k <= Math.min(n - 1, i + 1); k++) parts.push(this.vectorOf(side, k))
    return this.space.union(parts)
  }
  /** One sentence against one, with the alignment bonus. */
  private pair(i: number, j: number): number {
    let v = this.pairCache.get(i, j)
    if (v !== v) {
      // NaN: not scored yet
      v =
        this.space.score(this.vectorOf(0, i), this.vectorOf(1, j)) +
        (this.aligned.has(i * 1_000_003 + j) ? ALIGNED_BONUS : 0)
      this.pairCache.set(i, j, v)
    }
    return v
  }
  /**
   * The dated event score of sentences i and j (`score(i, j, true)`), or -Infinity when it is surely
   * below `floor`: most date pairs fall far short of their threshold, and proving it skips their
   * clause pairs (nothing is cached then; a later ask scores the pair in full).
   */
  datedAbove(i: number, j: number, floor: number): number {
    return this.pairAbove(i, j, floor)
  }
  /** `pair(i, j)`, or -Infinity when it is surely below `floor` (then not cached). */
  private pairAbove(i: number, j: number, floor: number): number {
    const v = this.pairCache.get(i, j)
    if (v === v) return v
    const bonus = this.aligned.has(i * 1_000_003 + j) ? ALIGNED_BONUS : 0
    const s = this.space.scoreAbove(this.vectorOf(0, i), this.vectorOf(1, j), floor - bonus)
    if (s === -Infinity) return s
    this.pairCache.set(i, j, s + bonus)
    return s + bonus
  }
  /**
   * Event score of sentences i (of A) and j (of B). For a date (`dated`), only the two sentences
   * themselves count: the sentence next door may tell of another day.
   */
  score(i: number, j: number, dated: boolean): number {
    if (dated) return this.pair(i, j)
    let base = this.cache.get(i, j)
    if (base !== base) {
      const sentence = this.pair(i, j)
      const wa = (this.windowsA[i] ??= this.window(0, i))
      const wb = (this.windowsB[j] ??= this.window(1, j))
      const context = this.space.similarity(wa, wb)
      // the name or the date often sits in the sentence next door: "... killed a financier. Sami al-Juburi had ..."
      // A neighbour pair counts only above what the sentence and the context give (`floor`): one
      // surely below it leaves the score as it is, and its clause pairs need not be scored.
      const floor = Math.max(sentence, CONTEXT_FACTOR * context) / CONTEXT_FACTOR
      const na = this.a.sentences.length
      const nb = this.b.sentences.length
      let neighbour = 0
      if (i >= 1) neighbour = Math.max(neighbour, this.pairAbove(i - 1, j, floor))
      if (i + 1 < na) neighbour = Math.max(neighbour, this.pairAbove(i + 1, j, floor))
      if (j >= 1) neighbour = Math.max(neighbour, this.pairAbove(i, j - 1, floor))
      if (j + 1 < nb) neighbour = Math.max(neighbour, this.pairAbove(i, j + 1, floor))
      base = Math.max(sentence, CONTEXT_FACTOR * Math.max(context, neighbour))
      this.cache.set(i, j, base)
    }
    // for a toll or a figure, sentences dated days apart tell of different events
    const da = this.a.sentences[i]!.days
    const db = this.b.sentences[j]!.days
    if (da.length > 0 && db.length > 0 && !da.some((x) => db.some((y) => Math.abs(x - y) <= SAME_EVENT_DAYS)))
      return base * 0.3
    return base
  }
}

/**
 * Whether the sentences around i (of A) and j (of B) name the same person: shareFullName on the
 * names in each sentence and its neighbours (the date's sentence may name the person in the next
 * one). Asked for thousands of date pairs, so each distinct full name gets a number per side, names
 * are read once per sentence, and each pair of distinct names is compared once.
 */
export class FullNames {
  private ids = [new Map<string, number>(), new Map<string, number>()] as const
  private parts: [(readonly string[])[], (readonly string[])[]] = [[], []]
  private perSentence: [number[][], number[][]] = [[], []]
  private near: [number[][], number[][]] = [[], []]
  private same = new Map<number, boolean>()
  constructor(
    private a: DocFeatures,
    private b: DocFeatures
  ) {}

  /** Ids of the full names (two parts or more) in sentence k of side s. */
  private of(s: 0 | 1, k: number): number[] {
    let found = this.perSentence[s][k]
    if (!found) {
      const doc = s === 0 ? this.a : this.b
      found = []
      for (const n of findNames(doc.text, [doc.sentences[k]!])) {
        const p = nameParts(n.text)
        if (p.length < 2) continue
        const key = p.join(' ')
        let id = this.ids[s].get(key)
        if (id === undefined) {
          id = this.parts[s].length
          this.ids[s].set(key, id)
          this.parts[s].push(p)
        }
        if (!found.includes(id)) found.push(id)
      }
      this.perSentence[s][k] = found
    }
    return found
  }

  private around(s: 0 | 1, i: number): number[] {
    let ids = this.near[s][i]
    if (!ids) {
      const doc = s === 0 ? this.a : this.b
      const all = new Set<number>()
      for (let k = Math.max(0, i - 1); k <= Math.min(doc.sentences.length - 1, i + 1); k++)
        for (const id of this.of(s, k)) all.add(id)
      ids = [...all]
      this.near[s][i] = ids
    }
    return ids
  }

  shared(i: number, j: number): boolean {
    const ia = this.around(0, i)
    if (ia.length === 0) return false
    const ib = this.around(1, j)
    for (const x of ia) {
      for (const y of ib) {
        const key = x * 1_000_003 + y
        let v = this.same.get(key)
        if (v === undefined) {
          v = partsSimilarity(this.parts[0][x]!, this.parts[1][y]!) === 1
          this.same.set(key, v)
        }
        if (v) return true
      }
    }
    return false
  }
}
