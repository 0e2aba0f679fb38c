/**
 * Where a span of an article sits on screen. The reader renders each paragraph as
 * <p data-start data-end> holding the paragraph's text in order (split by highlight spans only), so
 * an offset into Article.text is found by walking one paragraph's text nodes, never the whole text.
 * A long text is rendered a slice at a time (views/ArticleText.tsx): spans not rendered yet have
 * no range and no box.
 */

export interface Box {
  top: number
  bottom: number
}

/** The rendered paragraphs of a pane's article text (in its blocks), in text order. */
export function paragraphsIn(root: ParentNode): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>('.article-text p[data-start]'))
}

const startOf = (el: HTMLElement) => Number(el.dataset.start)
const endOf = (el: HTMLElement) =>
  el.dataset.end !== undefined ? Number(el.dataset.end) : startOf(el) + (el.textContent?.length ?? 0)

/** The index of the last element starting at or before `offset` (UTF-16 into Article.text), or -1. */
function indexAt(elements: readonly HTMLElement[], offset: number): number {
  let lo = 0
  let hi = elements.length - 1
  let found = -1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (startOf(elements[mid]!) <= offset) {
      found = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  return found
}

/** The text node and offset inside it for an offset into Article.text; clamped to the paragraph. */
function pointAt(paragraph: HTMLElement, offset: number): [Node, number] | null {
  let left = Math.max(0, offset - startOf(paragraph))
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT)
  let last: Text | null = null
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (left <= node.length) return [node, left]
    left -= node.length
    last = node
  }
  return last ? [last, last.length] : null
}

/**
 * A DOM range over the rendered part of [start, end) of the article text, or null when none of it
 * is rendered. (A span reaching past the rendered paragraphs is cut at their edge.)
 */
export function rangeOf(paragraphs: readonly HTMLElement[], start: number, end: number): Range | null {
  let i = indexAt(paragraphs, start)
  let from = start
  if (i < 0 || start >= endOf(paragraphs[i]!)) {
    // start is not rendered (or lies between paragraphs): begin at the next rendered paragraph inside the span
    i++
    if (i >= paragraphs.length || startOf(paragraphs[i]!) >= end) return null
    from = startOf(paragraphs[i]!)
  }
  const j = indexAt(paragraphs, Math.max(from, end - 1))
  const a = pointAt(paragraphs[i]!, from)
  const b = pointAt(paragraphs[j]!, end)
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

/**
 * The part of the article text (UTF-16 offsets) whose paragraphs lie at least partly between `top`
 * and `bottom` (viewport coordinates), or null when none does. Reads the boxes of a few paragraphs
 * only (binary search), so it costs the same for a long article as for a short one.
 */
export function spanBetween(
  paragraphs: readonly HTMLElement[],
  top: number,
  bottom: number
): { start: number; end: number } | null {
  // paragraphs run down the page in text order: the first one ending below `top`...
  let lo = 0
  let hi = paragraphs.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (paragraphs[mid]!.getBoundingClientRect().bottom <= top) lo = mid + 1
    else hi = mid
  }
  const first = lo
  // ...and the first one starting below `bottom`
  hi = paragraphs.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (paragraphs[mid]!.getBoundingClientRect().top < bottom) lo = mid + 1
    else hi = mid
  }
  if (lo <= first) return null
  return { start: startOf(paragraphs[first]!), end: endOf(paragraphs[lo - 1]!) }
}
