/**
 * Shared pieces of claim suggestion: the candidate shape each rule family produces and the overlap test used to keep one suggestion per stretch of text.
 */
import type { ClaimDraft } from '@core/model'

/** A suggestion before it becomes a draft: its kind and value and where it sits (UTF-16, end exclusive). */
export type Candidate = { start: number; end: number } & (
  | { kind: 'casualty'; value: Extract<ClaimDraft, { kind: 'casualty' }>['value'] }
  | { kind: 'date'; value: Extract<ClaimDraft, { kind: 'date' }>['value'] }
  | { kind: 'attribution'; value: Extract<ClaimDraft, { kind: 'attribution' }>['value'] }
  | { kind: 'quantity'; value: Extract<ClaimDraft, { kind: 'quantity' }>['value'] }
)

/** True when the two half-open ranges share at least one code unit. */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end
}

/**
 * Keeps, among candidates of one kind that overlap, the longest (then the earliest); input need not
 * be sorted. Rules of a family may fire on the same words ("12 were killed" inside "killing 12 ...").
 */
export function dropOverlapping<T extends { start: number; end: number }>(items: T[]): T[] {
  const sorted = [...items].sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: T[] = []
  // one sweep: an item overlapping the last kept one replaces it only when it is longer
  for (const item of sorted) {
    const last = kept[kept.length - 1]
    if (!last || !overlaps(last, item)) kept.push(item)
    else if (item.end - item.start > last.end - last.start) kept[kept.length - 1] = item
  }
  return kept
}

/** Removes trailing punctuation/space from [start, end) of text; returns the new end. */
export function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /[\s,;:.'"’”)]/.test(text[end - 1] ?? '')) end--
  return end
}

/** A sentence-sized stretch of text: [start, end) in UTF-16 units. */
export interface Unit {
  start: number
  end: number
}

/** A full stop that may end a sentence: after a word that is not a short capitalised abbreviation ("Gen.", "Aug.", "U.S."). */
const SENTENCE_END = /[.!?]["”’)]? +/g
const ABBREVIATED = /(?:^|[^\p{L}])(?:\p{Lu}\p{Ll}{0,3}|\p{Lu}(?:\.\p{Lu})*|\p{Ll})[.]$/u

/**
 * Splits text into lines, and lines into sentence-like units, in one pass. Used to run the costly
 * rule regexes only where a cheap trigger word occurs; a unit merged too eagerly only costs time,
 * and no rule's match spans a sentence end, so a conservative split loses nothing.
 */
export function splitUnits(text: string): Unit[] {
  const units: Unit[] = []
  let lineStart = 0
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd < 0) lineEnd = text.length
    let start = lineStart
    const line = text.slice(lineStart, lineEnd)
    SENTENCE_END.lastIndex = 0
    for (let m = SENTENCE_END.exec(line); m; m = SENTENCE_END.exec(line)) {
      const dot = m.index + (m[0][0] === '.' ? 1 : 0)
      if (m[0][0] === '.' && ABBREVIATED.test(line.slice(Math.max(0, dot - 6), dot))) continue
      const end = lineStart + m.index + m[0].trimEnd().length
      if (end > start) units.push({ start, end })
      start = lineStart + m.index + m[0].length
    }
    if (lineEnd > start) units.push({ start, end: lineEnd })
    lineStart = lineEnd + 1
  }
  return units
}

/** Runs `find` on each unit whose text passes `trigger`, shifting the results' offsets back into `text`. */
export function findInUnits<T extends { start: number; end: number }>(
  text: string,
  units: readonly Unit[],
  trigger: RegExp,
  find: (unitText: string) => T[]
): T[] {
  const out: T[] = []
  for (const u of units) {
    const s = text.slice(u.start, u.end)
    if (!trigger.test(s)) continue
    for (const c of find(s)) {
      c.start += u.start
      c.end += u.start
      out.push(c)
    }
  }
  return out
}

/**
 * The matches of a global regex in `text`, like String.prototype.matchAll but without cloning the
 * regex on every call (matchAll copies it, which for these large patterns costs more than the
 * search on a sentence).
 */
export function* matchesOf(re: RegExp, text: string): Generator<RegExpExecArray & { index: number }> {
  re.lastIndex = 0
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '') re.lastIndex++
    yield m
  }
}
