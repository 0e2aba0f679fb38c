/**
 * Re-anchoring all of an article's claims when its text is replaced (re-import, "Replace text").
 *
 * Claims keep their order in an edited article, and that order is the strongest evidence there is,
 * so the work goes in three passes:
 *   1. sure places only: the old position with its context, or the one occurrence of prefix + quote +
 *      suffix. Of these, the longest run that keeps the old order (as patience diff keeps unique lines
 *      that agree) are landmarks; an out-of-order one is a copy of the passage elsewhere.
 *   2. every other anchor, looked for between the new places of the landmarks around it, with a hint
 *      moved by their shifts (new start − old start): a far better hint than the old offset once
 *      edits have accumulated, and a range outside which only a nearly intact context is believed.
 *   3. a place from pass 2 that breaks the order of the others came from a nearby copy of the phrase;
 *      it is looked for again between its placed neighbours (and is most often an orphan).
 * Cost: one 8-gram index of the new text (find.ts), then per anchor a few indexOf/startsWith calls
 * and ~50-step similarity scores; approximate search only for quotes not found exactly.
 *
 * Budget (STYLE 8): with `now` and `budgetMs`, work stops once the budget is spent; anchors not tried
 * are returned as null, listed in `untried`, and `partial` is true, so a later call can retry them.
 * Core reads no clock: without `now` nothing is timed and everything is tried.
 */
import type { Anchor } from '../model'
import { anchorAt } from './anchor'
import { indexedFinder } from './find'
import { locateIn, locateSure, type Located, type LocateMethod } from './locate'

/** Where one anchor landed: the anchor re-described from the new text, how it was found, and how surely (0–1). */
export interface ReanchorResult {
  anchor: Anchor
  method: LocateMethod
  score: number
}

/** The outcome of `reanchorAll`; `results[i]` belongs to `anchors[i]`. */
export interface ReanchorOutcome {
  /** Per anchor: where it lies in the new text, or null (an orphan, or un-tried when `partial`). */
  results: (ReanchorResult | null)[]
  /** True when the budget ran out before every anchor was tried. */
  partial: boolean
  /** Indexes of the anchors not tried for lack of budget (their results are null but they are not known orphans). */
  untried: number[]
}

export interface ReanchorOptions {
  /** Milliseconds of work allowed, measured with `now`; ignored without `now`. */
  budgetMs?: number
  /** A millisecond clock (e.g. `performance.now`), given by the host because core reads no clock. */
  now?: () => number
}

/**
 * Re-anchors many claims' anchors against a new text, within a budget; returns per anchor the new
 * Anchor (re-described from the new text, UTF-16 offsets) or null: an orphan, or un-tried when the
 * budget ran out (then `partial` is true and its index is in `untried`).
 */
export function reanchorAll(
  newText: string,
  anchors: readonly Anchor[],
  options: ReanchorOptions = {}
): ReanchorOutcome {
  const { now, budgetMs } = options
  const startedAt = now?.() ?? 0
  const spent = (): boolean => now !== undefined && budgetMs !== undefined && now() - startedAt > budgetMs

  const finder = indexedFinder(newText)
  const found: (Located | null)[] = anchors.map(() => null)
  const finished: boolean[] = anchors.map(() => false)
  // Which old spans hold each new span, so that two claims on different words never merge into one place.
  const holders = new Map<string, Set<string>>()
  const spanKey = (start: number, end: number) => `${start}:${end}`
  const hold = (i: number, place: Located) => {
    const key = spanKey(place.start, place.end)
    const set = holders.get(key) ?? new Set<string>()
    set.add(spanKey((anchors[i] as Anchor).start, (anchors[i] as Anchor).end))
    holders.set(key, set)
  }

  const unhold = (i: number, place: Located) => {
    const key = spanKey(place.start, place.end)
    const set = holders.get(key)
    set?.delete(spanKey((anchors[i] as Anchor).start, (anchors[i] as Anchor).end))
    if (set?.size === 0) holders.delete(key)
  }

  // Pass 1: the places that need no judgement; they become landmarks.
  for (let i = 0; i < anchors.length; i++) {
    if (spent()) break
    const place = locateSure(newText, anchors[i] as Anchor, finder)
    finished[i] = true
    if (place !== null) {
      found[i] = place
      hold(i, place)
    }
  }
  // A sure place out of order with the others is a copy of the passage elsewhere, not a landmark.
  const demote = (keep: readonly boolean[], candidates: readonly boolean[]) => {
    const demoted: number[] = []
    for (let i = 0; i < anchors.length; i++) {
      if (found[i] !== null && candidates[i] && !keep[i]) {
        unhold(i, found[i] as Located)
        found[i] = null
        demoted.push(i)
      }
    }
    return demoted
  }
  const landmark = orderedLandmarks(anchors, found)
  const everyone = anchors.map(() => true)
  demote(landmark, everyone)

  const moved = anchors.map(() => false)
  /** Places the given anchors (in old-text order) between the places of the landmarks around each. */
  const place = (indices: readonly number[], landmarks: readonly boolean[]) => {
    const guesses = guessPlaces(anchors, found, landmarks)
    const wanted = new Set(indices)
    for (const i of guesses.order) {
      if (!wanted.has(i)) continue
      if (spent()) {
        finished[i] = false
        continue
      }
      const anchor = anchors[i] as Anchor
      const own = spanKey(anchor.start, anchor.end)
      const taken = (start: number, end: number) => {
        const set = holders.get(spanKey(start, end))
        return set !== undefined && !set.has(own)
      }
      const range = guesses.ranges[i]
      const at = locateIn(newText, anchor, { hint: guesses.hints[i] as number, range, fuzzy: true, taken, finder })
      if (at !== null) {
        found[i] = at
        hold(i, at)
        moved[i] = range !== undefined && (at.start < range.from || at.end > range.to)
      }
    }
  }

  // Pass 2: the rest, in old-text order, expected between the places of the landmarks around them.
  place(
    anchors.map((_, i) => i).filter((i) => finished[i] && !landmark[i]),
    landmark
  )

  // Pass 3: a place that breaks the order of the others (and was not taken as a moved passage) came
  // from a copy of the phrase nearby; it is looked for again between its now-placed neighbours.
  const settled = orderedLandmarks(
    anchors,
    found.map((at, i) => (moved[i] ? null : at))
  )
  const retry = demote(
    settled,
    moved.map((m) => !m)
  )
  place(retry, settled)

  const results = found.map((place) =>
    place === null
      ? null
      : { anchor: anchorAt(newText, place.start, place.end), method: place.method, score: place.score }
  )
  const untried = finished.flatMap((done, i) => (done ? [] : [i]))
  return { results, partial: untried.length > 0, untried }
}

/**
 * Which sure places keep the old order: the longest run of them, in old-text order, whose new starts
 * never decrease (a longest non-decreasing subsequence, O(n log n), as patience diff keeps unique lines
 * that agree on order). Sure places outside it are copies of a passage found elsewhere.
 */
function orderedLandmarks(anchors: readonly Anchor[], found: readonly (Located | null)[]): boolean[] {
  const placed = anchors
    .map((_, i) => i)
    .filter((i) => found[i] !== null)
    .sort(
      (a, b) =>
        (anchors[a] as Anchor).start - (anchors[b] as Anchor).start ||
        (anchors[a] as Anchor).end - (anchors[b] as Anchor).end
    )
  const newStart = (i: number) => (found[i] as Located).start
  const tails: number[] = [] // tails[k]: index into `placed` ending the best run of length k + 1
  const previous: number[] = placed.map(() => -1)
  placed.forEach((i, k) => {
    let lo = 0
    let hi = tails.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (newStart(placed[tails[mid] as number] as number) <= newStart(i)) lo = mid + 1
      else hi = mid
    }
    previous[k] = lo > 0 ? (tails[lo - 1] as number) : -1
    tails[lo] = k
  })
  const keep = anchors.map(() => false)
  for (let k = tails.length > 0 ? (tails[tails.length - 1] as number) : -1; k !== -1; k = previous[k] as number) {
    keep[placed[k] as number] = true
  }
  return keep
}

/**
 * For each anchor: the expected new start (its old start moved by the shift, new start − old start, of
 * the nearest landmarks before and after it in old-text order, interpolated between them) and the range
 * between those landmarks' new places; the old start and no range when there are no landmarks.
 */
function guessPlaces(
  anchors: readonly Anchor[],
  found: readonly (Located | null)[],
  landmark: readonly boolean[]
): { order: number[]; hints: number[]; ranges: ({ from: number; to: number } | undefined)[] } {
  const order = anchors.map((_, i) => i).sort((a, b) => (anchors[a] as Anchor).start - (anchors[b] as Anchor).start)
  const hints = anchors.map((a) => a.start)
  const ranges: ({ from: number; to: number } | undefined)[] = anchors.map(() => undefined)
  const marks = order.filter((i) => landmark[i])
  const oldStart = (i: number) => (anchors[i] as Anchor).start
  const place = (i: number) => found[i] as Located
  const shiftOf = (i: number) => place(i).start - oldStart(i)

  let next = 0 // index into marks of the first landmark starting after the current anchor
  for (const i of order) {
    while (next < marks.length && oldStart(marks[next] as number) <= oldStart(i)) next += 1
    const before = next > 0 ? (marks[next - 1] as number) : undefined
    const after = next < marks.length ? (marks[next] as number) : undefined
    if (before === undefined && after === undefined) continue
    const from = before === undefined ? 0 : place(before).start
    const to = after === undefined ? Number.POSITIVE_INFINITY : place(after).end
    if (from <= to) ranges[i] = { from, to }
    if (before === undefined || after === undefined) {
      hints[i] = oldStart(i) + shiftOf((before ?? after) as number)
      continue
    }
    const span = oldStart(after) - oldStart(before)
    const t = span === 0 ? 0 : (oldStart(i) - oldStart(before)) / span
    hints[i] = Math.round(oldStart(i) + shiftOf(before) + t * (shiftOf(after) - shiftOf(before)))
  }
  return { order, hints, ranges }
}
