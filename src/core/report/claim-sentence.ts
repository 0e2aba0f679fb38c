/**
 * A claim in one short sentence, for ClaimReview's `claimReviewed`: the sentence the claim sits in
 * (the quote alone, "July 29th", says nothing), cut to at most 75 characters at word boundaries
 * around the quote (Google's guidance for the property), with an ellipsis where words were left
 * out, and its quotation marks balanced: a cut inside a quotation opens or closes it again, so a
 * reader never sees a quotation that starts and does not end.
 */
import { segmentSentences } from '@core/text'

/** Google asks for claimReviewed under 75 characters. */
export const CLAIM_SENTENCE_MAX = 75

const ELLIPSIS = '…'
/** How far either side of a claim its sentence is looked for (UTF-16 units). */
const WINDOW = 2000
/** Curly and angle quotation marks, opener → closer (single curly quotes are apostrophes too often to count). */
const PAIRS: Record<string, string> = { '\u201C': '\u201D', '\u00AB': '\u00BB' }
const CLOSERS = new Map(Object.entries(PAIRS).map(([open, close]) => [close, open]))
const STRAIGHT = '"'

/** Characters as a reader counts them (code points, so an emoji is one). */
const length = (s: string) => [...s].length

/**
 * Reads the quotation marks of `s`, starting with the quotations `open` (a stack of openers,
 * outermost first): which are still open at its end, and the openers of closers that nothing
 * before them opened (their quotation began earlier than anything read).
 */
function readQuotes(s: string, open: readonly string[]): { open: string[]; unopened: string[] } {
  const stack = [...open]
  const unopened: string[] = []
  for (const ch of s) {
    if (ch === STRAIGHT) {
      if (stack[stack.length - 1] === STRAIGHT) stack.pop()
      else stack.push(STRAIGHT)
    } else if (PAIRS[ch]) stack.push(ch)
    else if (CLOSERS.has(ch)) {
      const opener = CLOSERS.get(ch)!
      const at = stack.lastIndexOf(opener)
      if (at >= 0) stack.splice(at)
      else unopened.unshift(opener)
    }
  }
  return { open: stack, unopened }
}

/**
 * `body` as shown: an ellipsis for each cut, and its quotation marks balanced: the openers of the
 * quotations open where it starts (`openBefore`) or that it closes without opening go in front,
 * the closers of those it leaves open behind.
 */
function balance(body: string, openBefore: readonly string[], cutLeft: boolean, cutRight: boolean): string {
  const { open, unopened } = readQuotes(body, openBefore)
  const lead = unopened.concat(openBefore)
  const tail = [...open].reverse().map((q) => PAIRS[q] ?? q)
  return lead.join('') + (cutLeft ? ELLIPSIS : '') + body + (cutRight ? ELLIPSIS : '') + tail.join('')
}

/** Word starts and ends of `text[from, to)` as offsets: where a cut may fall. */
function wordEdges(text: string, from: number, to: number): { starts: number[]; ends: number[] } {
  const starts: number[] = []
  const ends: number[] = []
  for (let i = from; i < to; i++) {
    const space = /\s/.test(text[i]!)
    const before = i === from || /\s/.test(text[i - 1]!)
    if (!space && before) starts.push(i)
    if (!space && (i + 1 === to || /\s/.test(text[i + 1]!))) ends.push(i + 1)
  }
  return { starts, ends }
}

/**
 * The claim at `text[start, end)` (UTF-16 offsets) as one sentence of at most `max` characters:
 * its sentence (or sentences, when it spans more than one), cut at word boundaries around the
 * quote, with an ellipsis for each cut and its quotation marks balanced.
 */
export function claimSentence(text: string, start: number, end: number, max = CLAIM_SENTENCE_MAX): string {
  // The paragraph, but never more than a window around the claim: a text without line breaks
  // would otherwise be segmented whole for each of its claims (a sentence is far shorter anyway).
  const paragraphStart = Math.max(text.lastIndexOf('\n', Math.max(0, start - 1)) + 1, start - WINDOW)
  const newline = text.indexOf('\n', end)
  const paragraphEnd = Math.min(newline < 0 ? text.length : newline, end + WINDOW)
  const sentences = segmentSentences(text, paragraphStart, paragraphEnd)
  const from = sentences.find((s) => s.end > start)?.start ?? start
  const to = [...sentences].reverse().find((s) => s.start < end)?.end ?? end
  const from0 = Math.min(from, start)
  const to0 = Math.max(to, end)
  const { starts, ends } = wordEdges(text, from0, to0)
  const make = (l: number, r: number) =>
    balance(text.slice(l, r).trim(), readQuotes(text.slice(paragraphStart, l), []).open, l > from0, r < to0)

  const whole = make(from0, to0)
  if (length(whole) <= max) return whole

  // The quote's own words: its first word start and last word end (a quote may begin or end mid-word).
  let left = [...starts].reverse().find((s) => s <= start) ?? from0
  let right = ends.find((e) => e >= end) ?? to0
  if (length(make(left, right)) > max) {
    // the quote alone is too long: keep its first words
    const fit = ends.filter((e) => e > left && e < right)
    let best = fit[0] ?? right
    for (const e of fit) if (length(make(left, e)) <= max) best = e
    return make(left, best)
  }
  // Grow a word at a time, on the side with less context so far, while it fits.
  for (;;) {
    const nextLeft = [...starts].reverse().find((s) => s < left)
    const nextRight = ends.find((e) => e > right)
    const tryLeft = nextLeft !== undefined && length(make(nextLeft, right)) <= max
    const tryRight = nextRight !== undefined && length(make(left, nextRight)) <= max
    if (!tryLeft && !tryRight) break
    if (tryLeft && (!tryRight || start - left <= right - end)) left = nextLeft!
    else right = nextRight!
  }
  return make(left, right)
}
