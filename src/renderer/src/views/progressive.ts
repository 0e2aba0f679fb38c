/**
 * Rendering a long text a slice at a time. An article of 20,000 words with 2,000 highlights is
 * 500+ paragraphs and 2,000 spans: rendered, styled and laid out at once that is one task of
 * 100-400 ms on a loaded machine, in which the reader cannot paint or answer. Instead the first
 * screens render at once and the rest follow one slice per animation frame, each a few thousand
 * characters, so no task grows long; in the end every paragraph is in the DOM, as it always was
 * (selection, geometry, the gutter and scrolling to a claim read it).
 *
 * The same goes for highlights: each paragraph is rendered with a list of marks, and when the
 * wanted marks change, the paragraphs whose marks differ converge in slices, in text order. A
 * claim tagged or edited changes one paragraph, which fits in the first slice: it shows at once.
 */
import type { Highlight } from '../claims/highlights'

/** A highlight as one paragraph draws it: with its underline depth among overlapping claims. */
export interface PaintedMark extends Highlight {
  level: number
}

/** Per paragraph, the marks it is rendered with; undefined while it is not rendered at all. */
export type Shown = readonly (readonly PaintedMark[] | undefined)[]

/** Characters of text rendered before the first paint: two screens and more of the reader's column. */
export const FIRST_SLICE = 5000
/**
 * Characters (re)rendered per animation frame after that: about 10 ms of rendering, layout and
 * paint on the project's machine when quiet (a 20,000-word article with 2,000 highlights), and
 * about 50 with the CPU four times slower. (Smaller slices do not make frames much shorter: most
 * of a frame's work is the browser's own, for a text that grows by a slice.)
 */
export const SLICE = 3000

/** Characters of text per block of paragraphs (ArticleText): one block or two fill a screen. */
export const BLOCK = 4000

/** Paragraphs [from, to) rendered in one block. */
export interface Block {
  from: number
  to: number
}

/**
 * Consecutive paragraphs (`lengths` in characters) in blocks of at least `size` characters, the
 * last one maybe shorter; a paragraph longer than that is a block of its own.
 */
export function blocksOf(lengths: readonly number[], size = BLOCK): Block[] {
  const blocks: Block[] = []
  let from = 0
  let chars = 0
  for (let i = 0; i < lengths.length; i++) {
    chars += lengths[i]!
    if (chars >= size) {
      blocks.push({ from, to: i + 1 })
      from = i + 1
      chars = 0
    }
  }
  if (from < lengths.length) blocks.push({ from, to: lengths.length })
  return blocks
}

const sameMark = (a: PaintedMark, b: PaintedMark) =>
  a.id === b.id &&
  a.start === b.start &&
  a.end === b.end &&
  a.kind === b.kind &&
  a.variant === b.variant &&
  a.status === b.status &&
  a.title === b.title &&
  a.level === b.level

/** True when two paragraphs' marks draw the same. */
export function sameMarks(a: readonly PaintedMark[], b: readonly PaintedMark[]): boolean {
  return a === b || (a.length === b.length && a.every((m, i) => sameMark(m, b[i]!)))
}

/**
 * `next` with every paragraph's list replaced by `previous`'s where they draw the same, so an
 * unchanged paragraph keeps its list (and its memoised render) across highlight updates.
 */
export function keepSame(
  previous: readonly (readonly PaintedMark[])[],
  next: PaintedMark[][]
): (readonly PaintedMark[])[] {
  if (previous.length !== next.length) return next
  return next.map((marks, i) => (sameMarks(previous[i]!, marks) ? previous[i]! : marks))
}

/** The index of the first paragraph not rendered as wanted, or -1 when all are. */
export function firstPending(shown: Shown, wanted: readonly (readonly PaintedMark[])[]): number {
  for (let i = 0; i < wanted.length; i++) if (shown[i] !== wanted[i]) return i
  return -1
}

/**
 * One step toward `wanted`: in text order, paragraphs not rendered or rendered with other marks
 * take their wanted marks until `budget` characters (`lengths` per paragraph) were taken; at least
 * one paragraph is. Returns `shown` itself when there is nothing left to do.
 */
export function advance(
  shown: Shown,
  wanted: readonly (readonly PaintedMark[])[],
  lengths: readonly number[],
  budget: number
): Shown {
  let i = firstPending(shown, wanted)
  if (i < 0) return shown.length === wanted.length ? shown : wanted
  const next = shown.slice(0, wanted.length)
  let spent = 0
  for (; i < wanted.length && (spent === 0 || spent < budget); i++) {
    if (next[i] === wanted[i]) continue
    next[i] = wanted[i]
    spent += lengths[i]!
  }
  return next
}
