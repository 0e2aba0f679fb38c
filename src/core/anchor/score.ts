/**
 * Scores for re-anchoring: how closely the text around a candidate place resembles the context an
 * anchor remembers, whether a near match changed a figure, and the weighted total.
 *
 * The weights follow Hypothesis's `annotator/anchoring/match-quote.ts` (quote 50, prefix 20,
 * suffix 20, position 2: position only breaks ties). The context similarity differs on purpose:
 * Hypothesis looks for the prefix anywhere in the 32 characters before a candidate; here the prefix
 * must end where the candidate starts (and the suffix start where it ends), so a word inserted next
 * to a quote costs its length once, and a context that merely appears nearby does not count as a match.
 * Callers compare scores against thresholds and answer `null` below them: for a fact-checker an
 * orphan is a nuisance, a claim silently moved onto other words is an error.
 */
import approxSearch from 'approx-string-match'

/** `approx-string-match`'s default export, typed at the boundary with the shape relied on here. */
type ApproxMatch = { start: number; end: number; errors: number }
export const searchApprox = approxSearch as (text: string, pattern: string, maxErrors: number) => ApproxMatch[]

export const QUOTE_WEIGHT = 50
export const PREFIX_WEIGHT = 20
export const SUFFIX_WEIGHT = 20
export const POSITION_WEIGHT = 2
const MAX_SCORE = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT

/** Characters of context next to the quote whose agreement `near` measures (about a word). */
const NEAR_LENGTH = 8
/** Extra text characters a side may consume (insertions before the context is used up): about two words. */
const SLACK = 16
/** The same for the near context. */
const NEAR_SLACK = 4

/**
 * Score of a side whose context the anchor does not know (the claim touched the start or the end of
 * the old text) when the candidate does not touch that edge either: neither evidence for nor against.
 */
const UNKNOWN_SIDE = 0.5

/**
 * Similarity in [0, 1] of a pattern (its first 32 UTF-16 units, or last 32 when read backwards, the
 * W3C/Hypothesis context length) to text read from one point in one direction:
 * 1 − d / pattern.length, where d is the least edit distance between the pattern and the first k text
 * characters read, over k (the far end is free: the context window's outer edge is arbitrary).
 * Myers' bit-vector algorithm in Hyyrö's edit-distance form (row 0 counts up, so `ph` shifts in a 1):
 * one 32-bit word per text character, O(pattern.length + slack) per call.
 */
export function anchoredMatcher(
  pattern: string,
  slack: number = SLACK,
  backwards = false
): (text: string, from: number, step: 1 | -1) => number {
  const m = Math.min(pattern.length, 32)
  if (m === 0) return () => 1
  const peq = new Map<number, number>()
  for (let i = 0; i < m; i++) {
    // Read backwards, the pattern is its last m units from the end inwards (no reversed copy made).
    const c = pattern.charCodeAt(backwards ? pattern.length - 1 - i : i)
    peq.set(c, (peq.get(c) ?? 0) | (1 << i))
  }
  const high = 1 << (m - 1)
  return (text, from, step) => {
    const available = step === 1 ? text.length - from : from + 1
    const n = Math.max(0, Math.min(m + slack, available))
    let pv = -1
    let mv = 0
    let score = m
    let best = m
    for (let k = 0; k < n; k++) {
      const eq = peq.get(text.charCodeAt(from + k * step)) ?? 0
      const xv = eq | mv
      const xh = (((eq & pv) + pv) ^ pv) | eq
      let ph = mv | ~(xh | pv)
      let mh = pv & xh
      if ((ph & high) !== 0) score += 1
      else if ((mh & high) !== 0) score -= 1
      ph = (ph << 1) | 1
      mh = mh << 1
      pv = mh | ~(xv | ph)
      mv = ph & xv
      if (score < best) best = score
    }
    return 1 - best / m
  }
}

/** The context parts of a candidate's score, each in [0, 1]. */
export interface ContextScores {
  prefix: number
  suffix: number
  /** The better of the two sides' agreement over the ~8 characters next to the quote. */
  near: number
}

/** Scores candidate places against one anchor's prefix and suffix; build once per anchor, call per candidate. */
export interface ContextScorer {
  (text: string, start: number, end: number): ContextScores
}

/**
 * A scorer of candidate places for an anchor with this prefix and suffix (UTF-16 offsets, end
 * exclusive). The prefix is matched backwards from the candidate's start one code unit at a time, so
 * a surrogate pair is compared as its two units, as it is stored.
 */
export function contextScorer(prefix: string, suffix: string): ContextScorer {
  let matchers: { before: Matcher; after: Matcher; nearBefore: Matcher; nearAfter: Matcher } | null = null
  return (text, start, end) => {
    matchers ??= {
      before: anchoredMatcher(prefix, SLACK, true),
      after: anchoredMatcher(suffix),
      nearBefore: anchoredMatcher(prefix.slice(-NEAR_LENGTH), NEAR_SLACK, true),
      nearAfter: anchoredMatcher(suffix.slice(0, NEAR_LENGTH), NEAR_SLACK)
    }
    const { before, after, nearBefore, nearAfter } = matchers
    const atStart = start === 0 ? 1 : UNKNOWN_SIDE
    const atEnd = end === text.length ? 1 : UNKNOWN_SIDE
    const p = prefix === '' ? atStart : before(text, start - 1, -1)
    const s = suffix === '' ? atEnd : after(text, end, 1)
    const np = prefix === '' ? atStart : nearBefore(text, start - 1, -1)
    const ns = suffix === '' ? atEnd : nearAfter(text, end, 1)
    return { prefix: p, suffix: s, near: Math.max(np, ns) }
  }
}

type Matcher = ReturnType<typeof anchoredMatcher>

/** Mean of the prefix and suffix scores: the evidence that a candidate sits where the claim was. */
export function contextScore(s: Pick<ContextScores, 'prefix' | 'suffix'>): number {
  return (s.prefix + s.suffix) / 2
}

/** Proximity of `start` to `hint` in [0, 1], relative to the text length (Hypothesis's posScore). */
export function positionScore(start: number, hint: number, textLength: number): number {
  return textLength === 0 ? 1 : Math.max(0, 1 - Math.abs(start - hint) / textLength)
}

/** Weighted score in [0, 1] of a candidate (Hypothesis's weights); `quote` is 1 − edits / quote length. */
export function combinedScore(
  quote: number,
  context: Pick<ContextScores, 'prefix' | 'suffix'>,
  position: number
): number {
  return (
    (QUOTE_WEIGHT * quote +
      PREFIX_WEIGHT * context.prefix +
      SUFFIX_WEIGHT * context.suffix +
      POSITION_WEIGHT * position) /
    MAX_SCORE
  )
}

/** The weighted score without its position part, in [0, 1]: what candidates are compared on before proximity breaks ties. */
export function meritScore(quote: number, context: Pick<ContextScores, 'prefix' | 'suffix'>): number {
  return (
    (QUOTE_WEIGHT * quote + PREFIX_WEIGHT * context.prefix + SUFFIX_WEIGHT * context.suffix) /
    (MAX_SCORE - POSITION_WEIGHT)
  )
}

/**
 * The figures of a string: its runs of decimal digits (any script's, Unicode Nd), as ASCII digits
 * joined by '|'. "12 killed, 1,200 hurt" → "12|1|200"; Arabic-Indic "١٢" → "12".
 */
export function figuresOf(s: string): string {
  const runs = s.match(/\p{Nd}+/gu)
  if (runs === null) return ''
  return runs.map((run) => Array.from(run, digitValue).join('')).join('|')
}

/**
 * Value 0–9 of a Unicode decimal digit. Every Nd block is a run of code points 0..9 (some blocks are
 * adjacent, e.g. the mathematical digits), so the value is the count of Nd code points before it in
 * its run, modulo 10.
 */
function digitValue(ch: string): number {
  let cp = ch.codePointAt(0) ?? 0
  let n = 0
  while (n < 64 && /\p{Nd}/u.test(String.fromCodePoint(cp - 1))) {
    cp -= 1
    n += 1
  }
  return n % 10
}

const WORD = /[\p{L}\p{N}\p{M}]/u

/** Whether offset `at` of `text` is a word edge: not between two letters/digits/marks (UTF-16 offset; surrogate pairs read whole). */
export function isWordEdge(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return true
  const before = text.codePointAt(at - 1) ?? 0
  const beforeCp = before >= 0xdc00 && before <= 0xdfff && at >= 2 ? (text.codePointAt(at - 2) ?? before) : before
  const after = text.codePointAt(at) ?? 0
  return !(WORD.test(String.fromCodePoint(beforeCp)) && WORD.test(String.fromCodePoint(after)))
}
