/**
 * Describing a span of an article's text as an Anchor: a W3C TextPositionSelector (start/end in
 * UTF-16 code units, end exclusive) plus a TextQuoteSelector (the exact text and up to 32 code units
 * of context on each side), so that the span can be found again when the text changes.
 */
import type { Anchor } from '../model'

/** Code units of prefix and suffix an anchor keeps (W3C TextQuote context; Hypothesis keeps 32 too). */
export const CONTEXT_LENGTH = 32

/**
 * The anchor of text[start, end): offsets in UTF-16 code units, end exclusive; prefix and suffix of up
 * to 32 code units, shortened by one rather than cut through a surrogate pair.
 * Throws RangeError when an offset is not an integer inside the text or start >= end (a caller's bug).
 */
export function anchorAt(text: string, start: number, end: number): Anchor {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`anchorAt: span [${start}, ${end}) is not a non-empty span of a ${text.length}-unit text`)
  }
  let prefixStart = Math.max(0, start - CONTEXT_LENGTH)
  if (
    prefixStart > 0 &&
    isLowSurrogate(text.charCodeAt(prefixStart)) &&
    isHighSurrogate(text.charCodeAt(prefixStart - 1))
  ) {
    prefixStart += 1
  }
  let suffixEnd = Math.min(text.length, end + CONTEXT_LENGTH)
  if (
    suffixEnd < text.length &&
    isHighSurrogate(text.charCodeAt(suffixEnd - 1)) &&
    isLowSurrogate(text.charCodeAt(suffixEnd))
  ) {
    suffixEnd -= 1
  }
  return {
    start,
    end,
    exact: text.slice(start, end),
    prefix: text.slice(prefixStart, start),
    suffix: text.slice(end, suffixEnd)
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}
