/**
 * Sentence scoring on integer term ids, for one pair of documents: the same arithmetic as
 * `sentenceScore` and `similarity` (features.ts, align.ts), in the same order, so the same numbers
 * to the last bit, without string hashing. A comparison of two 10,000-word articles scores tens of
 * thousands of sentence pairs (every date of A against every date of B), and Set<string>/Map<string>
 * lookups were most of its cost.
 *
 * Membership is a marker array: the other side's terms are stamped with a fresh number, and a term
 * is shared when its mark carries the current stamp. Cost per pair: O(|a| + |b|) array reads.
 */
import type { SentenceFeatures } from './features'

/** A sentence (or any term list) as ids, with its IDF weight summed in first-seen order as weightOf does. */
export interface TermVector {
  ids: Int32Array
  weight: number
}

export interface SentenceVector extends TermVector {
  /** the clauses' vectors; empty for a one-clause sentence (as SentenceFeatures.clauses) */
  clauses: TermVector[]
  /** the clauses, or the sentence itself when it has none: what `score` compares clause by clause (built once, not per pair) */
  parts: TermVector[]
}

/** A clause match counts for less than a whole-sentence match (align.ts CLAUSE_FACTOR). */
const CLAUSE_FACTOR = 0.75

export class TermSpace {
  private ids = new Map<string, number>()
  private weights: number[] = []
  private marks = new Int32Array(1024)
  private stamp = 0
  private sentenceCache = new WeakMap<SentenceFeatures, SentenceVector>()
  /** scratch of scoreAbove: the clauses of each side that can share three terms, and their shared weights */
  private keptX: TermVector[] = []
  private keptY: TermVector[] = []
  private sharedX: number[] = []

  constructor(private idf: ReadonlyMap<string, number>) {
    for (const [term, w] of idf) {
      this.ids.set(term, this.weights.length)
      this.weights.push(w)
    }
    this.marks = new Int32Array(Math.max(1024, this.weights.length))
  }

  /** How many ids are given out so far (ids run from 0). */
  get size(): number {
    return this.weights.length
  }

  /** The IDF weight of an id (`idf.get(term) ?? 0`). */
  weight(id: number): number {
    return this.weights[id]!
  }

  /** Ids of a term list; a term the IDF table lacks weighs 0 (as `idf.get(t) ?? 0`). */
  vector(terms: readonly string[]): TermVector {
    const ids = new Int32Array(terms.length)
    let weight = 0
    for (let k = 0; k < terms.length; k++) {
      const t = terms[k]!
      let id = this.ids.get(t)
      if (id === undefined) {
        id = this.weights.length
        this.ids.set(t, id)
        this.weights.push(this.idf.get(t) ?? 0)
        if (id >= this.marks.length) {
          const grown = new Int32Array(this.marks.length * 2)
          grown.set(this.marks)
          this.marks = grown
        }
      }
      ids[k] = id
      weight += this.weights[id]!
    }
    return { ids, weight }
  }

  /** The vectors of a sentence and its clauses, built once per sentence. */
  sentence(s: SentenceFeatures): SentenceVector {
    let v = this.sentenceCache.get(s)
    if (!v) {
      const whole = this.vector(s.terms)
      const clauses = s.clauses.map((c) => this.vector(c))
      // every field in the literal (no spread): one object shape for all sentences
      const made: SentenceVector = { ids: whole.ids, weight: whole.weight, clauses, parts: clauses }
      if (clauses.length === 0) made.parts = [made]
      v = made
      this.sentenceCache.set(s, v)
    }
    return v
  }

  /** `vector` of the distinct terms of several vectors in first-seen order, from their ids (no strings, no Set). */
  union(parts: readonly TermVector[]): TermVector {
    const stamp = ++this.stamp
    const marks = this.marks
    let total = 0
    for (const p of parts) total += p.ids.length
    const ids = new Int32Array(total)
    let n = 0
    let weight = 0
    for (const p of parts) {
      for (let k = 0; k < p.ids.length; k++) {
        const id = p.ids[k]!
        if (marks[id] === stamp) continue
        marks[id] = stamp
        ids[n++] = id
        weight += this.weights[id]!
      }
    }
    return { ids: n === total ? ids : ids.slice(0, n), weight }
  }

  private markAll(ids: Int32Array): number {
    const stamp = ++this.stamp
    const marks = this.marks
    for (let k = 0; k < ids.length; k++) marks[ids[k]!] = stamp
    return stamp
  }

  /** similarity(a, set(b)) of features.ts: shared IDF weight over the geometric mean of the two weights. */
  similarity(a: TermVector, b: TermVector): number {
    if (a.weight <= 0 || b.weight <= 0) return 0
    const stamp = this.markAll(b.ids)
    return this.sharedWeight(a.ids, stamp) / Math.sqrt(a.weight * b.weight)
  }

  private sharedWeight(a: Int32Array, stamp: number): number {
    const marks = this.marks
    const w = this.weights
    let shared = 0
    for (let k = 0; k < a.length; k++) {
      const id = a[k]!
      if (marks[id] === stamp) shared += w[id]!
    }
    return shared
  }

  private sharedCount(a: Int32Array, stamp: number, enough: number): number {
    const marks = this.marks
    let shared = 0
    for (let k = 0; k < a.length; k++) if (marks[a[k]!] === stamp && ++shared >= enough) break
    return shared
  }

  /** sentenceScore of align.ts: the whole-sentence similarity, or the best clause pair's (× 0.75) when one sentence quotes part of the other. */
  score(sa: SentenceVector, sb: SentenceVector): number {
    return this.scoreAbove(sa, sb, -Infinity)
  }

  /**
   * `score(sa, sb)`, or -Infinity when it is surely below `floor` (a date pair that cannot reach its
   * threshold): the clause pairs, most of the cost, are then bounded rather than scored. A clause's
   * terms are its sentence's, so clause x of sa shares with clause y of sb at most what x shares with
   * all of sb, and at most what y shares with all of sa. With floor = -Infinity this is `score`, the
   * same arithmetic in the same order (clauses that cannot share three terms are skipped first).
   */
  // -Infinity rather than null: a function that returns only numbers hands back unboxed doubles
  scoreAbove(sa: SentenceVector, sb: SentenceVector, floor: number): number {
    const stampB = this.markAll(sb.ids)
    let best =
      sa.weight <= 0 || sb.weight <= 0 ? 0 : this.sharedWeight(sa.ids, stampB) / Math.sqrt(sa.weight * sb.weight)
    const ca = sa.parts
    const cb = sb.parts
    if (ca.length === 1 && cb.length === 1) return best
    // a clause pair needs three shared terms, so the whole sentences need them too
    if (this.sharedCount(sa.ids, stampB, 3) < 3) return best
    // ... and so does each clause of sa with sb as a whole (read while sb's marks are current);
    // the clauses kept go to scratch arrays of the space, as this runs for every pair scored
    const xs = this.keptX
    const sharedX = this.sharedX
    const ys = this.keptY
    let nx = 0
    for (const x of ca) {
      if (x.weight <= 0 || this.sharedCount(x.ids, stampB, 3) < 3) continue
      if (best < floor) sharedX[nx] = this.sharedWeight(x.ids, stampB)
      xs[nx++] = x
    }
    if (nx === 0) return best
    let ny = 0
    let stampA = 0
    if (best < floor) {
      // ... and each clause of sb with sa as a whole; x shares with y at most what each shares with the other whole sentence
      stampA = this.markAll(sa.ids)
      let bound = 0
      for (const y of cb) {
        if (y.weight <= 0 || this.sharedCount(y.ids, stampA, 3) < 3) continue
        ys[ny++] = y
        const sharedY = this.sharedWeight(y.ids, stampA)
        for (let k = 0; k < nx; k++)
          bound = Math.max(bound, Math.min(sharedX[k]!, sharedY) / Math.sqrt(xs[k]!.weight * y.weight))
      }
      // the margin dwarfs any rounding between the bound's sums and the exact ones (other orders, fewer terms)
      if (CLAUSE_FACTOR * bound + 1e-9 < floor) return -Infinity
    } else for (const y of cb) if (y.weight > 0) ys[ny++] = y
    for (let m = 0; m < ny; m++) {
      const y = ys[m]!
      // y is sb itself when sb has no clauses: its marks are still current unless sa's were set since
      const stamp = y === sb && stampA === 0 ? stampB : this.markAll(y.ids)
      for (let k = 0; k < nx; k++) {
        const x = xs[k]!
        if (this.sharedCount(x.ids, stamp, 3) < 3) continue // two shared words between short clauses is chance
        best = Math.max(best, CLAUSE_FACTOR * (this.sharedWeight(x.ids, stamp) / Math.sqrt(x.weight * y.weight)))
      }
    }
    return best
  }
}

const spaces = new WeakMap<ReadonlyMap<string, number>, TermSpace>()

/** The TermSpace of an IDF table (one per pair of documents), shared by alignment and matching. */
export function termSpace(idf: ReadonlyMap<string, number>): TermSpace {
  let space = spaces.get(idf)
  if (!space) {
    space = new TermSpace(idf)
    spaces.set(idf, space)
  }
  return space
}
