/**
 * "Scroll together" by alignment: when one pane scrolls, the other is moved so that the partner of
 * the aligned passage nearest the top of the scrolled pane sits at the same height. Articles of
 * different lengths and orders then stay sentence by sentence, which relative position cannot do.
 */
import { boxOf, paragraphsIn } from './geometry'

type Span = { start: number; end: number }

/** Where the top of the reading area is taken to be: a little below the edge, where the eye rests. */
const READING_LINE = 48

/**
 * The scrollTop for `to` that lines up the passage pair nearest the top of `from`, or null when no
 * pair is within half a screen of it (the caller falls back to relative position).
 * `pairs` are oriented: `from` spans in the scrolled pane's article, sorted by from.start.
 */
export function alignedScrollTop(
  from: HTMLElement,
  to: HTMLElement,
  pairs: readonly { from: Span; to: Span }[]
): number | null {
  if (pairs.length === 0) return null
  const fromParagraphs = paragraphsIn(from)
  const line = from.getBoundingClientRect().top + READING_LINE
  // passages run down the page in text order: binary search for the first one below the line
  const topOf = (i: number) => boxOf(fromParagraphs, pairs[i]!.from.start, pairs[i]!.from.end)?.top ?? null
  let lo = 0
  let hi = pairs.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    const top = topOf(mid)
    if (top !== null && top < line) lo = mid + 1
    else hi = mid
  }
  let best: { i: number; dy: number } | null = null
  for (const i of [lo - 1, lo]) {
    if (i < 0 || i >= pairs.length) continue
    const top = topOf(i)
    if (top !== null && (!best || Math.abs(top - line) < Math.abs(best.dy))) best = { i, dy: top - line }
  }
  if (!best || Math.abs(best.dy) > from.clientHeight / 2) return null
  const partner = boxOf(paragraphsIn(to), pairs[best.i]!.to.start, pairs[best.i]!.to.end)
  if (!partner) return null
  const toLine = to.getBoundingClientRect().top + READING_LINE
  const wanted = to.scrollTop + (partner.top - toLine) - best.dy
  return Math.max(0, Math.min(to.scrollHeight - to.clientHeight, Math.round(wanted)))
}
