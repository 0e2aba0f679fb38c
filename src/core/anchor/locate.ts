/**
 * Finding an anchor in a (possibly changed) text, in three steps of rising cost and falling certainty,
 * as Hypothesis's anchoring does for TextPosition/TextQuote selectors:
 *   1. position: the quote is still at its old offsets and its context agrees;
 *   2. quote: exact occurrences of the quote, told apart by their context (approximate similarity of
 *      prefix and suffix) and, only when the context cannot tell, by proximity to the expected offset;
 *   3. fuzzy: approximate occurrences of the quote (approx-string-match, a bounded number of edits),
 *      near the expected offset first, then further.
 * Every step answers nothing below its thresholds. Three guards keep a claim off words that are not
 * its own: a near match that changes a figure ("12 killed" → "15 killed") is never taken; a quote
 * that started or ended at a word edge must still ("a" is not inside "natural"); and when the old
 * context held another copy of the quote, the few characters next to it must agree (so a deleted
 * "the" does not slide onto the "the" a word away). The claim then becomes an orphan for the
 * journalist to re-attach, rather than a claim silently sitting on a different number.
 * With a `range` (reanchorAll gives the new places of the claim's neighbours), candidates inside it
 * need less context; outside it, only a nearly intact, unrivalled context counts (a moved passage).
 */
import type { Anchor } from '../model'
import {
  combinedScore,
  contextScore,
  contextScorer,
  figuresOf,
  isWordEdge,
  meritScore,
  positionScore,
  searchApprox,
  type ContextScorer,
  type ContextScores
} from './score'
import { scanFinder, type Finder } from './find'

export type LocateMethod = 'position' | 'quote' | 'fuzzy'

/** A place found for an anchor: UTF-16 offsets into the searched text (end exclusive), how, and how surely (0–1). */
export interface Located {
  start: number
  end: number
  method: LocateMethod
  score: number
}

/**
 * Context score (mean of prefix and suffix similarity) at which the old position is taken without
 * looking further. High, because a short quote ("the", "12") can sit at the old offset by chance.
 */
export const POSITION_CONTEXT_SURE = 0.9
/**
 * Least context score for an exact occurrence of the quote found anywhere. Unrelated text scores
 * about 0.25–0.4 against a 32-character context; a context with a word or two edited, 0.7 and more.
 */
export const QUOTE_CONTEXT_MIN = 0.75
/**
 * A quote at least this long (code units, about three words) that occurs once in the text is evidence
 * by itself, and needs only DISTINCTIVE_CONTEXT_MIN of context.
 */
export const DISTINCTIVE_LENGTH = 16
/** Unrelated contexts score 0.25 (median), 0.375 (99th percentile), 0.52 (99.9th) on generated news text. */
export const DISTINCTIVE_CONTEXT_MIN = 0.5
/** Least context score for an exact occurrence between the places of the anchors around it (`range`). */
export const IN_RANGE_CONTEXT_MIN = 0.6
/** The same when that occurrence is the quote's only one in the whole text and the quote was not deleted there. */
export const IN_RANGE_UNIQUE_CONTEXT_MIN = 0.45
/**
 * Least context score for an occurrence outside the range its neighbours give (a moved passage, or a
 * copy of a deleted one): the quote must be distinctive (DISTINCTIVE_LENGTH), nearly all of the
 * context must have moved with it, and no rival come close.
 */
export const MOVED_CONTEXT_MIN = 0.9
/** Least context score for an approximate occurrence: the quote itself changed, so the context must vouch more. */
export const FUZZY_CONTEXT_MIN = 0.75
/**
 * Least agreement of the ~8 characters next to the quote, on the better side, required of approximate
 * matches and of exact ones when the old context held another copy of the quote: a quote deleted
 * from "A the B the C" leaves the first "the" with a context that is the old one shifted by a word —
 * similar overall, but wrong right next to the quote on both sides.
 */
export const NEAR_MIN = 0.75
/** Code units of prefix end and suffix start that make the junction `closedUp` looks for. */
const JUNCTION_SIDE = 12
/** Candidates whose merit (score without position) is this close cannot be told apart by context; proximity decides. */
export const AMBIGUITY_MARGIN = 0.03
/**
 * The same between an anchor's neighbours, where the hint comes from their shifts and is good to a
 * few words: there proximity is real evidence, and a copy of the phrase a paragraph away with a
 * somewhat better context must not beat the place the neighbours point to.
 */
export const IN_RANGE_AMBIGUITY_MARGIN = 0.1
/**
 * Most edits tolerated in the quote (approx-string-match's cost is O(⌈maxErrors/32⌉ · text.length),
 * so 32 keeps it to one 32-bit block per text character), and at most a quarter of the quote.
 */
export const MAX_ERRORS_CAP = 32
/**
 * Quotes shorter than this (code units) are never matched approximately: one edit to a short word
 * makes another word ("sand" → "and", "killed" → "filled"), not the same claim reworded.
 */
export const MIN_FUZZY_LENGTH = 8
/** Half-width, in code units, of the first fuzzy search around the expected offset (before the whole text). */
export const FUZZY_WINDOW = 1024

/** How `locateIn` searches. */
export interface LocateSearch {
  /** Expected start offset in the searched text (the old start, or one corrected by neighbouring anchors). */
  hint: number
  /**
   * Offsets between which the anchor is expected (its neighbours' new places): candidates with
   * from ≤ start and end ≤ to need less context, others must be nearly intact and unrivalled, and the
   * approximate search stays inside. Without it, the whole text is searched with one threshold.
   */
  range?: { from: number; to: number }
  maxErrors?: number
  /** Run the approximate search (step 3). */
  fuzzy: boolean
  /** Spans already given to other anchors, which this one may not take. */
  taken?: (start: number, end: number) => boolean
  /** How exact occurrences are found in the text (default: scanning it). */
  finder?: Finder
}

/** Where an anchor lies in `text` now (UTF-16 offsets, end exclusive), or null when it cannot be placed confidently (an orphan). */
export function locateAnchor(text: string, anchor: Anchor, options: { maxErrors?: number } = {}): Located | null {
  return locateIn(text, anchor, { hint: anchor.start, maxErrors: options.maxErrors, fuzzy: true })
}

/**
 * The places that need no judgement: the old position with its context (nearly) unchanged, or the one
 * occurrence of prefix + quote + suffix together. Null when neither holds (which is not an orphan yet).
 */
export function locateSure(text: string, anchor: Anchor, finder: Finder = scanFinder(text)): Located | null {
  if (anchor.exact.length === 0) return null
  return (
    locatePosition(text, anchor, contextScorer(anchor.prefix, anchor.suffix), () => false) ??
    uniqueIntact(text, anchor, finder)
  )
}

/** The three steps (position, exact quote, approximate quote) for one anchor; null when none places it confidently. */
export function locateIn(text: string, anchor: Anchor, search: LocateSearch): Located | null {
  if (anchor.exact.length === 0) return null
  const taken = search.taken ?? (() => false)
  const scorer = contextScorer(anchor.prefix, anchor.suffix)
  const range =
    search.range === undefined
      ? undefined
      : { from: Math.max(0, search.range.from), to: Math.min(text.length, search.range.to) }
  const finder = search.finder ?? scanFinder(text)
  const query: Query = { text, anchor, scorer, hint: search.hint, range, taken, finder }

  const atPosition = locatePosition(text, anchor, scorer, taken)
  if (atPosition !== null) return atPosition
  const quoted = locateQuote(query)
  if (quoted !== null || !search.fuzzy) return quoted
  return locateFuzzy(query, search.maxErrors)
}

/** What the steps share about one search. */
interface Query {
  text: string
  anchor: Anchor
  scorer: ContextScorer
  hint: number
  range: { from: number; to: number } | undefined
  taken: (start: number, end: number) => boolean
  finder: Finder
}

interface Candidate {
  start: number
  end: number
  /** 1 − edits / quote length. */
  quote: number
  context: ContextScores
}

function locatePosition(
  text: string,
  anchor: Anchor,
  scorer: ContextScorer,
  taken: (s: number, e: number) => boolean
): Located | null {
  const { start, end, exact, prefix, suffix } = anchor
  if (end > text.length || !text.startsWith(exact, start) || taken(start, end)) return null
  if (text.startsWith(suffix, end) && start >= prefix.length && text.startsWith(prefix, start - prefix.length)) {
    return { start, end, method: 'position', score: 1 }
  }
  const context = scorer(text, start, end)
  if (contextScore(context) < POSITION_CONTEXT_SURE) return null
  return { start, end, method: 'position', score: combinedScore(1, context, 1) }
}

/**
 * The one occurrence of prefix + quote + suffix (64 code units of context unchanged), or null when
 * there is none or several. One indexOf of a long pattern, which engines search with skips.
 */
function uniqueIntact(text: string, anchor: Anchor, finder: Finder): Located | null {
  const { exact, prefix, suffix } = anchor
  if (prefix.length === 0 || suffix.length === 0) return null
  const found = finder.occurrences(prefix + exact + suffix, 0, text.length, 2)
  if (found.length !== 1) return null
  const start = (found[0] as number) + prefix.length
  return {
    start,
    end: start + exact.length,
    method: 'quote',
    score: combinedScore(1, { prefix: 1, suffix: 1 }, positionScore(start, anchor.start, text.length))
  }
}

function locateQuote(q: Query): Located | null {
  const { text, anchor, scorer, hint, range, taken, finder } = q
  const { exact } = anchor
  // A quote that began (ended) at a word edge must still; "a" is not the "a" inside "natural".
  const startsAtEdge = isWordEdge(anchor.prefix.slice(-2) + exact.slice(0, 2), Math.min(2, anchor.prefix.length))
  const endsAtEdge = isWordEdge(exact.slice(-2) + anchor.suffix.slice(0, 2), Math.min(2, exact.length))
  const eligible = (s: number) =>
    isWordEdge(text, s) === startsAtEdge &&
    isWordEdge(text, s + exact.length) === endsAtEdge &&
    !taken(s, s + exact.length)
  const score = (s: number): Candidate => ({
    start: s,
    end: s + exact.length,
    quote: 1,
    context: scorer(text, s, s + exact.length)
  })
  const needsNear = repeatsInContext(anchor)
  const accept = (candidates: readonly Candidate[], min: number) =>
    candidates.filter((c) => acceptable(c, min, needsNear))

  if (range === undefined) {
    const intact = uniqueIntact(text, anchor, finder)
    if (intact !== null && !taken(intact.start, intact.end)) return intact
    const all = finder.occurrences(exact).filter(eligible).map(score)
    const distinctive = all.length === 1 && exact.length >= DISTINCTIVE_LENGTH
    const found = accept(all, distinctive ? DISTINCTIVE_CONTEXT_MIN : QUOTE_CONTEXT_MIN)
    return found.length > 0 ? placed(pickCandidate(found, hint, AMBIGUITY_MARGIN), 'quote', hint, text.length) : null
  }

  // Between the anchor's placed neighbours: there, less context suffices, and few candidates are scored.
  const inside = finder.occurrences(exact, range.from, range.to).filter(eligible).map(score)
  const found = accept(inside, IN_RANGE_CONTEXT_MIN)
  if (found.length > 0) return placed(pickCandidate(found, hint, IN_RANGE_AMBIGUITY_MARGIN), 'quote', hint, text.length)
  // The range shows the quote's own context closed up around a gap: its words were deleted here.
  if (closedUp(q, range)) return null
  const only = inside.length === 1 ? accept(inside, IN_RANGE_UNIQUE_CONTEXT_MIN) : []
  if (only.length === 1 && finder.occurrences(exact, 0, text.length, 2).length === 1) {
    return placed(only[0] as Candidate, 'quote', hint, text.length)
  }

  // Elsewhere only a distinctive quote with a nearly intact and unrivalled context will do: a claim
  // whose words were deleted must not follow a copy of them (a repeated masthead, a caption printed
  // twice) to another paragraph.
  const outside = finder
    .occurrences(exact)
    .filter((s) => s < range.from || s + exact.length > range.to)
    .filter(eligible)
    .map(score)
  if (exact.length < DISTINCTIVE_LENGTH) return null
  const moved = accept(outside, MOVED_CONTEXT_MIN)
  if (moved.length !== 1) return null
  const rivals = outside.filter(
    (c) => meritScore(c.quote, c.context) >= meritScore(1, (moved[0] as Candidate).context) - AMBIGUITY_MARGIN
  )
  return rivals.length === 1 ? placed(moved[0] as Candidate, 'quote', hint, text.length) : null
}

function locateFuzzy(q: Query, maxErrorsOption: number | undefined): Located | null {
  const { text, anchor, scorer, hint, range, taken } = q
  const { exact } = anchor
  if (exact.length < MIN_FUZZY_LENGTH) return null
  const maxErrors = Math.floor(maxErrorsOption ?? Math.min(MAX_ERRORS_CAP, exact.length / 4))
  if (maxErrors < 1) return null
  const figures = figuresOf(exact)

  const find = (from: number, to: number): Located | null => {
    // Exact occurrences were judged (and refused) by step 2; masking them keeps approx-string-match,
    // which reports only the lowest-cost matches, from hiding an edited quote behind an unedited copy.
    const slice = maskOccurrences(text.slice(from, to), exact)
    const candidates: Candidate[] = []
    for (const match of searchApprox(slice, exact, maxErrors)) {
      const [start, end] = trimToQuote(text, from + match.start, from + match.end, exact)
      if (start >= end || taken(start, end) || figuresOf(text.slice(start, end)) !== figures) continue
      const candidate = {
        start,
        end,
        quote: Math.max(0, 1 - match.errors / exact.length),
        context: scorer(text, start, end)
      }
      if (acceptable(candidate, FUZZY_CONTEXT_MIN, true)) candidates.push(candidate)
    }
    const margin = range === undefined ? AMBIGUITY_MARGIN : IN_RANGE_AMBIGUITY_MARGIN
    return candidates.length > 0 ? placed(pickCandidate(candidates, hint, margin), 'fuzzy', hint, text.length) : null
  }

  // Near the expected offset first (within the range, if any), then the whole range or text.
  const bounds = range ?? { from: 0, to: text.length }
  const at = Math.max(bounds.from, Math.min(bounds.to, hint))
  const from = Math.max(bounds.from, at - FUZZY_WINDOW)
  const to = Math.min(bounds.to, at + exact.length + FUZZY_WINDOW)
  const nearby = find(from, to)
  if (nearby !== null || (from === bounds.from && to === bounds.to)) return nearby
  return find(bounds.from, bounds.to)
}

/**
 * Whether text[range] holds the end of the prefix directly followed by the start of the suffix (up
 * to a few edits, e.g. the separator the deleted words took with them): the quote was deleted there.
 */
function closedUp(q: Query, range: { from: number; to: number }): boolean {
  const before = q.anchor.prefix.slice(-JUNCTION_SIDE)
  const after = q.anchor.suffix.slice(0, JUNCTION_SIDE)
  if (before.length + after.length < JUNCTION_SIDE) return false
  const junction = before + after
  const from = Math.max(0, range.from - junction.length)
  const to = Math.min(q.text.length, range.to + junction.length)
  return searchApprox(q.text.slice(from, to), junction, Math.floor(junction.length / 6)).length > 0
}

function acceptable(c: Candidate, contextMin: number, needsNear: boolean): boolean {
  return contextScore(c.context) >= contextMin && (!needsNear || c.context.near >= NEAR_MIN)
}

/** Whether the old text around the anchor (prefix, quote, suffix) held another copy of the quote. */
function repeatsInContext(anchor: Anchor): boolean {
  const around = anchor.prefix + anchor.exact + anchor.suffix
  const first = around.indexOf(anchor.exact)
  return first !== anchor.prefix.length || around.indexOf(anchor.exact, first + 1) !== -1
}

function placed(c: Candidate, method: LocateMethod, hint: number, textLength: number): Located {
  return {
    start: c.start,
    end: c.end,
    method,
    score: combinedScore(c.quote, c.context, positionScore(c.start, hint, textLength))
  }
}

/**
 * The best candidate by quote and context; when others come within `margin` of its merit, the one
 * nearest the hint among them — but never one whose adjacent characters disagree where the best's agree.
 */
function pickCandidate(candidates: readonly Candidate[], hint: number, margin: number): Candidate {
  const merit = (c: Candidate) => meritScore(c.quote, c.context)
  let best = candidates[0] as Candidate
  for (const c of candidates) if (merit(c) > merit(best)) best = c
  const nearEnough = Math.min(best.context.near, NEAR_MIN)
  let chosen = best
  for (const c of candidates) {
    if (
      merit(c) >= merit(best) - margin &&
      c.context.near >= nearEnough &&
      Math.abs(c.start - hint) < Math.abs(chosen.start - hint)
    )
      chosen = c
  }
  return chosen
}

/** `text` with each exact occurrence of `quote` replaced by as many U+FFFF (a noncharacter no quote contains), so offsets stay put. */
function maskOccurrences(text: string, quote: string): string {
  return text.includes(quote) ? text.split(quote).join('\uffff'.repeat(quote.length)) : text
}

/**
 * An approximate match's edges can take in or leave out a space next to the quote; trims whitespace
 * the quote does not have at that edge, so the re-described anchor reads like the quote.
 */
function trimToQuote(text: string, start: number, end: number, exact: string): [number, number] {
  if (!/^\s/.test(exact)) while (start < end && /\s/.test(text.charAt(start))) start += 1
  if (!/\s$/.test(exact)) while (end > start && /\s/.test(text.charAt(end - 1))) end -= 1
  return [start, end]
}
