/**
 * From the browser's selection to offsets in Article.text. Each rendered paragraph carries its
 * start offset (`data-start`) and renders its text exactly, with highlights as nested spans that
 * add no characters, so an offset is the paragraph's start plus the characters before the point.
 */

export interface TextRange {
  start: number
  end: number
}

function paragraphOf(node: Node, root: Element): HTMLElement | null {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement
  const paragraph = element?.closest<HTMLElement>('[data-start]') ?? null
  return paragraph && root.contains(paragraph) ? paragraph : null
}

/** The offset in Article.text of a DOM point inside `root`'s paragraphs, or null outside them. */
export function offsetOf(root: Element, node: Node, offset: number): number | null {
  const paragraph = paragraphOf(node, root)
  if (!paragraph) return null
  const base = Number(paragraph.dataset.start)
  const before = document.createRange()
  before.setStart(paragraph, 0)
  before.setEnd(node, offset)
  return base + before.toString().length
}

/**
 * The selected range in `root` as Article.text offsets, trimmed of surrounding white space; null
 * when the selection is empty, outside the root, or only white space.
 */
export function selectedRange(
  root: Element,
  text: string,
  selection: Selection | null = window.getSelection()
): TextRange | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null
  const range = selection.getRangeAt(0)
  let start = offsetOf(root, range.startContainer, range.startOffset)
  let end = offsetOf(root, range.endContainer, range.endOffset)
  // A selection that starts or ends between paragraphs snaps to the nearest paragraph edge.
  if (start === null && root.contains(range.startContainer)) start = firstParagraphStartAfter(root, range)
  if (end === null && root.contains(range.endContainer)) end = lastParagraphEndBefore(root, range)
  if (start === null || end === null) return null
  if (end < start) [start, end] = [end, start]
  return trimRange(text, { start, end })
}

/** Shrinks a range past white space at either end; null if nothing is left. */
export function trimRange(text: string, range: TextRange): TextRange | null {
  let { start, end } = range
  start = Math.max(0, Math.min(start, text.length))
  end = Math.max(0, Math.min(end, text.length))
  while (start < end && /\s/.test(text[start]!)) start++
  while (end > start && /\s/.test(text[end - 1]!)) end--
  return end > start ? { start, end } : null
}

function firstParagraphStartAfter(root: Element, range: Range): number | null {
  for (const p of root.querySelectorAll<HTMLElement>('[data-start]')) {
    if (range.intersectsNode(p)) return Number(p.dataset.start)
  }
  return null
}

function lastParagraphEndBefore(root: Element, range: Range): number | null {
  let end: number | null = null
  for (const p of root.querySelectorAll<HTMLElement>('[data-start]')) {
    if (range.intersectsNode(p))
      end = p.dataset.end !== undefined ? Number(p.dataset.end) : Number(p.dataset.start) + (p.textContent?.length ?? 0)
  }
  return end
}
