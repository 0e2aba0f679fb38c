/**
 * Selecting text without a mouse, so a claim can be tagged from the keyboard alone. In a focused
 * pane: Alt+↓ / Alt+↑ select the next / previous sentence; Alt+Shift+→ / Alt+Shift+← move the
 * selection's end a word later / earlier; Alt+→ / Alt+← move its start a word later / earlier
 * (in reading order, whatever the script's direction). The selection is the browser's own, so
 * the pane reports it as it does a mouse selection, and C, D, A, Q or O tags it.
 */
import type { KeyboardEvent } from 'react'
import { segmentSentences, segmentTokens, type TextSpan } from '@core/text'
import { selectedRange, type TextRange } from './selection'

export type SelectMove =
  'next-sentence' | 'previous-sentence' | 'end-later' | 'end-earlier' | 'start-later' | 'start-earlier'

/** The move a key asks for, or null for any other key. */
export function moveForKey(
  event: Pick<KeyboardEvent, 'key' | 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey'>
): SelectMove | null {
  if (!event.altKey || event.ctrlKey || event.metaKey) return null
  if (event.key === 'ArrowDown' && !event.shiftKey) return 'next-sentence'
  if (event.key === 'ArrowUp' && !event.shiftKey) return 'previous-sentence'
  if (event.key === 'ArrowRight') return event.shiftKey ? 'end-later' : 'start-later'
  if (event.key === 'ArrowLeft') return event.shiftKey ? 'end-earlier' : 'start-earlier'
  return null
}

// one text's sentences and words at a time: the same pane asks again at every key
let cached: { text: string; sentences: TextSpan[]; words: TextSpan[] } | null = null
function spansOf(text: string) {
  if (cached?.text !== text) cached = { text, sentences: segmentSentences(text), words: segmentTokens(text) }
  return cached
}

/** The range after a move, in Article.text offsets (UTF-16); `from` is the current selection or the reading position. */
export function moveSelection(
  text: string,
  current: TextRange | null,
  move: SelectMove,
  readingAt = 0
): TextRange | null {
  const { sentences, words } = spansOf(text)
  if (move === 'next-sentence') {
    const after = current ? current.end : readingAt
    const next = current ? sentences.find((s) => s.start >= after) : sentences.find((s) => s.end > after)
    return next ? { start: next.start, end: next.end } : current
  }
  if (move === 'previous-sentence') {
    const before = current ? current.start : readingAt
    const previous = [...sentences].reverse().find((s) => s.end <= before)
    return previous ? { start: previous.start, end: previous.end } : current
  }
  if (!current) return null
  // a word's end after the current end, or before it; a word's start after the current start, or before it
  if (move === 'end-later') {
    const word = words.find((w) => w.end > current.end)
    return word ? { start: current.start, end: word.end } : current
  }
  if (move === 'end-earlier') {
    const word = [...words].reverse().find((w) => w.end < current.end && w.end > current.start)
    return word ? { start: current.start, end: word.end } : current
  }
  if (move === 'start-later') {
    const word = words.find((w) => w.start > current.start && w.start < current.end)
    return word ? { start: word.start, end: current.end } : current
  }
  const word = [...words].reverse().find((w) => w.start < current.start)
  return word ? { start: word.start, end: current.end } : current
}

/** The DOM point of an Article.text offset inside `root`'s paragraphs (each carries data-start / data-end). */
function pointAt(root: Element, offset: number): [Node, number] | null {
  for (const p of root.querySelectorAll<HTMLElement>('[data-start]')) {
    const start = Number(p.dataset.start)
    const end = Number(p.dataset.end)
    if (offset < start || offset > end) continue
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT)
    let seen = start
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.textContent?.length ?? 0
      if (offset <= seen + length) return [node, offset - seen]
      seen += length
    }
  }
  return null
}

/** Makes `range` the browser's selection inside `root` and scrolls it into view; false when it is not rendered. */
export function selectOffsets(root: Element, range: TextRange): boolean {
  const start = pointAt(root, range.start)
  const end = pointAt(root, range.end)
  if (!start || !end) return false
  const dom = document.createRange()
  dom.setStart(...start)
  dom.setEnd(...end)
  const selection = window.getSelection()
  selection?.removeAllRanges()
  selection?.addRange(dom)
  const element = start[0].parentElement
  element?.scrollIntoView({ block: 'nearest' })
  return true
}

/** The offset of the first paragraph in view in a scrolled pane: where a first sentence is taken from. */
function readingPosition(scroll: HTMLElement, root: Element): number {
  const top = scroll.getBoundingClientRect().top
  for (const p of root.querySelectorAll<HTMLElement>('[data-start]')) {
    if (p.getBoundingClientRect().bottom > top) return Number(p.dataset.start)
  }
  return 0
}

/** A pane's keydown: handles the selection keys (true) and leaves every other key alone (false). */
export function handleSelectKey(event: KeyboardEvent<HTMLElement>, text: string): boolean {
  const move = moveForKey(event)
  const root = event.currentTarget.querySelector('.article-text')
  if (!move || !root) return false
  event.preventDefault()
  const current = selectedRange(root, text)
  const next = moveSelection(text, current, move, readingPosition(event.currentTarget, root))
  if (next) selectOffsets(root, next)
  return true
}
