/**
 * An article's canonical text with its claims highlighted. One style per kind that does not rely
 * on colour (solid, double, dotted, dashed, wavy underlines); suggestions are dashed boxes;
 * overlapping claims each keep their own underline depth, and a click selects the innermost.
 * Rendered as text nodes only: nothing of the article is ever parsed as HTML. A long text renders
 * its first screens at once and the rest a slice per frame (progressive.ts); `aria-busy` is set
 * until every paragraph is rendered with its highlights.
 *
 * Paragraphs come in blocks of a few thousand characters, each laid out and painted on its own
 * (`contain: content`): a slice added below leaves the blocks above as they were, so a frame costs
 * the browser the slice it adds and what is on screen, not all the text rendered so far (a 1 MB
 * page's frames grew to 30-60 ms by its end with 2,000 paragraphs side by side in one element), and
 * React compares a few hundred blocks' props at each slice, not every paragraph's. (Blocks off
 * screen are still laid out: `content-visibility: auto` would skip them, but then their heights are
 * estimates until seen, and a smooth scroll to a claim deep in the text lands off by their errors.)
 */
import { Fragment, memo, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { levelsOf, runsOf, type Highlight } from '../claims/highlights'
import {
  advance,
  blocksOf,
  firstPending,
  FIRST_SLICE,
  keepSame,
  SLICE,
  type Block,
  type PaintedMark,
  type Shown
} from './progressive'

export type { Highlight }

interface Paragraph {
  start: number
  text: string
}

/** Paragraphs with their start offsets in Article.text (UTF-16). */
export function paragraphsOf(text: string): Paragraph[] {
  const result: Paragraph[] = []
  let start = 0
  for (const part of text.split('\n\n')) {
    if (part.trim()) result.push({ start, text: part })
    start += part.length + 2
  }
  return result
}

interface ArticleTextProps {
  text: string
  dir: 'ltr' | 'rtl'
  lang: string
  highlights: readonly Highlight[]
  selectedId: string | null
}

export const ArticleText = memo(function ArticleText(props: ArticleTextProps) {
  // A new text starts afresh: sliced from its top, with none of the previous text's highlights.
  const version = useRef({ text: props.text, key: 0 })
  if (version.current.text !== props.text) version.current = { text: props.text, key: version.current.key + 1 }
  return <TextBody key={version.current.key} {...props} />
})

function TextBody({ text, dir, lang, highlights, selectedId }: ArticleTextProps) {
  const paragraphs = useMemo(() => paragraphsOf(text), [text])
  const lengths = useMemo(() => paragraphs.map((p) => p.text.length), [paragraphs])
  const blocks = useMemo(() => blocksOf(lengths), [lengths])
  // each paragraph's marks keep their identity while they draw the same: only changed paragraphs re-render
  const previous = useRef<(readonly PaintedMark[])[]>([])
  const wanted = useMemo(
    () => (previous.current = keepSame(previous.current, marksOf(paragraphs, highlights))),
    [paragraphs, highlights]
  )

  // What is rendered converges on what is wanted: the first screens at once, then a slice a frame.
  const [state, setState] = useState<{ wanted: typeof wanted; shown: Shown }>(() => ({
    wanted,
    shown: advance([], wanted, lengths, FIRST_SLICE)
  }))
  let shown = state.shown
  if (state.wanted !== wanted) {
    // new highlights: a change that fits in a slice (a claim tagged, edited) shows in this render
    shown = advance(shown, wanted, lengths, SLICE)
    setState({ wanted, shown })
  }
  const busy = firstPending(shown, wanted) >= 0
  useEffect(() => {
    if (!busy) return
    const frame = requestAnimationFrame(() =>
      setState((s) => {
        const next = advance(s.shown, s.wanted, lengths, SLICE)
        return next === s.shown ? s : { wanted: s.wanted, shown: next }
      })
    )
    return () => cancelAnimationFrame(frame)
  }, [busy, shown, lengths])

  const views: ReactNode[] = []
  for (const block of blocks) {
    if (!shown[block.from]) break
    views.push(
      <BlockView
        key={block.from}
        paragraphs={paragraphs}
        block={block}
        shown={shown}
        selectedId={selectedIn(shown, block, selectedId)}
      />
    )
  }
  return (
    <div className="article-text" dir={dir} lang={lang || undefined} aria-busy={busy || undefined}>
      {views}
    </div>
  )
}

const NO_MARKS: readonly PaintedMark[] = []

/** Per paragraph, the highlights it draws, each with its level (depth among overlapping claims). */
function marksOf(paragraphs: readonly Paragraph[], highlights: readonly Highlight[]): PaintedMark[][] {
  const levels = levelsOf(highlights)
  const painted = highlights.map((h) => ({ ...h, level: Math.min(levels.get(h.id) ?? 0, 3) }))
  return bucket(paragraphs, painted).map((marks) => (marks.length ? marks : (NO_MARKS as PaintedMark[])))
}

/** Each highlight goes to every paragraph it touches (binary search on starts; paragraphs are sorted). */
function bucket<H extends Highlight>(paragraphs: readonly Paragraph[], highlights: readonly H[]): H[][] {
  const buckets: H[][] = paragraphs.map(() => [])
  const find = (offset: number) => {
    let lo = 0
    let hi = paragraphs.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (paragraphs[mid]!.start <= offset) lo = mid
      else hi = mid - 1
    }
    return lo
  }
  for (const h of highlights) {
    for (let i = find(h.start); i < paragraphs.length && paragraphs[i]!.start < h.end; i++) buckets[i]!.push(h)
  }
  return buckets
}

/** `selectedId` when a mark of the block's rendered paragraphs has it, else null. */
function selectedIn(shown: Shown, block: Block, selectedId: string | null): string | null {
  if (selectedId === null) return null
  for (let i = block.from; i < block.to && shown[i]; i++)
    if (shown[i]!.some((m) => m.id === selectedId)) return selectedId
  return null
}

interface BlockProps {
  paragraphs: readonly Paragraph[]
  block: Block
  shown: Shown
  selectedId: string | null
}

/** A block re-renders only when one of its paragraphs' marks, or the selection in it, changed. */
const sameBlock = (a: BlockProps, b: BlockProps) => {
  if (a.paragraphs !== b.paragraphs || a.block !== b.block || a.selectedId !== b.selectedId) return false
  for (let i = a.block.from; i < a.block.to; i++) if (a.shown[i] !== b.shown[i]) return false
  return true
}

/** The rendered paragraphs of a block (those before the first not rendered yet). */
const BlockView = memo(function BlockView({ paragraphs, block, shown, selectedId }: BlockProps) {
  const views: ReactNode[] = []
  for (let i = block.from; i < block.to && shown[i]; i++) {
    const marks = shown[i]!
    const selected = selectedId !== null && marks.some((m) => m.id === selectedId) ? selectedId : null
    views.push(
      <ParagraphView key={paragraphs[i]!.start} paragraph={paragraphs[i]!} marks={marks} selectedId={selected} />
    )
  }
  return <div className="text-block">{views}</div>
}, sameBlock)

const ParagraphView = memo(function ParagraphView({
  paragraph,
  marks,
  selectedId
}: {
  paragraph: Paragraph
  marks: readonly PaintedMark[]
  selectedId: string | null
}) {
  const end = paragraph.start + paragraph.text.length
  const runs = marks.length ? runsOf(paragraph.start, end, marks) : [{ start: paragraph.start, end, marks: [] }]
  return (
    <p data-start={paragraph.start} data-end={end}>
      {runs.map((run) => {
        let node: ReactNode = paragraph.text.slice(run.start - paragraph.start, run.end - paragraph.start)
        // Innermost mark is the deepest element, so a click's closest() finds it first.
        for (let i = run.marks.length - 1; i >= 0; i--) {
          const m = run.marks[i]!
          const classes = ['hl', `hl-${m.kind}`, `hl-level-${m.level}`]
          if (m.variant === 'suggestion') classes.push('hl-suggestion')
          if (m.status && m.status !== 'unreviewed') classes.push(`hl-${m.status}`)
          if (m.id === selectedId) classes.push('hl-selected')
          node = (
            <span className={classes.join(' ')} data-claim-id={m.id} title={m.title}>
              {node}
            </span>
          )
        }
        return <Fragment key={run.start}>{node}</Fragment>
      })}
    </p>
  )
})
