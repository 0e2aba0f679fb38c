/**
 * Where a span of an article sits on screen. The reader renders each paragraph as
 * <p data-start> holding the paragraph's text in order (split by highlight spans only), so an
 * offset into Article.text is found by walking one paragraph's text nodes, never the whole text.
 */

export interface Box {
  top: number
  bottom: number
}

/** The paragraphs of a pane's article text, in text order. */
export function paragraphsIn(root: ParentNode): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>('.article-text > p[data-start]'))
}

/** The paragraph holding `offset` (UTF-16 into Article.text): the last one starting at or before it. */
function paragraphAt(paragraphs: readonly HTMLElement[], offset: number): HTMLElement | null {
  let lo = 0
  let hi = paragraphs.length - 1
  let found: HTMLElement | null = null
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (Number(paragraphs[mid]!.dataset.start) <= offset) {
      found = paragraphs[mid]!
      lo = mid + 1
    } else hi = mid - 1
  }
  return found
}

/** The text node and offset inside it for an offset into Article.text; clamped to the paragraph. */
function pointAt(paragraph: HTMLElement, offset: number): [Node, number] | null {
  let left = Math.max(0, offset - Number(paragraph.dataset.start))
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT)
  let last: Text | null = null
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (left <= node.length) return [node, left]
    left -= node.length
    last = node
  }
  return last ? [last, last.length] : null
}

/** A DOM range over [start, end) of the article text, or null when the text is not rendered. */
export function rangeOf(paragraphs: readonly HTMLElement[], start: number, end: number): Range | null {
  const from = paragraphAt(paragraphs, start)
  const to = paragraphAt(paragraphs, Math.max(start, end - 1))
  const a = from && pointAt(from, start)
  const b = to && pointAt(to, end)
  if (!a || !b) return null
  const range = document.createRange()
  range.setStart(...a)
  range.setEnd(...b)
  return range
}

/** The vertical extent of a span in viewport coordinates, or null when it has no layout. */
export function boxOf(paragraphs: readonly HTMLElement[], start: number, end: number): Box | null {
  const range = rangeOf(paragraphs, start, end)
  // jsdom has ranges without layout
  if (!range || typeof range.getClientRects !== 'function') return null
  let top = Infinity
  let bottom = -Infinity
  for (const r of Array.from(range.getClientRects())) {
    if (r.height === 0) continue
    top = Math.min(top, r.top)
    bottom = Math.max(bottom, r.bottom)
  }
  return top <= bottom ? { top, bottom } : null
}
