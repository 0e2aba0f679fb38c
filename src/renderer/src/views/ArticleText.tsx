/**
 * An article's canonical text with its claims highlighted. One style per kind that does not rely
 * on colour (solid, double, dotted, dashed, wavy underlines); suggestions are dashed boxes;
 * overlapping claims each keep their own underline depth, and a click selects the innermost.
 * Rendered as text nodes only: nothing of the article is ever parsed as HTML.
 */
import { Fragment, memo, useDeferredValue, useMemo, type ReactNode } from 'react'
import type { ClaimKind, ClaimStatus } from '@core/model'
import { levelsOf, runsOf, type Mark } from '../claims/highlights'

export interface Highlight extends Mark {
  kind: ClaimKind
  variant: 'claim' | 'suggestion'
  status?: ClaimStatus
  /** Shown on hover: the kind and value in words. */
  title: string
}

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

const NONE: readonly Highlight[] = []

export const ArticleText = memo(function ArticleText({ text, dir, lang, highlights: current, selectedId }: ArticleTextProps) {
  // The text paints first; thousands of highlights follow in a render React may interrupt.
  const highlights = useDeferredValue(current, NONE)
  const paragraphs = useMemo(() => paragraphsOf(text), [text])
  const levels = useMemo(() => levelsOf(highlights), [highlights])
  const byParagraph = useMemo(() => bucket(paragraphs, highlights), [paragraphs, highlights])
  return (
    <div className="article-text" dir={dir} lang={lang || undefined}>
      {paragraphs.map((p, i) => (
        <ParagraphView key={p.start} paragraph={p} highlights={byParagraph[i]!} levels={levels} selectedId={selectedId} />
      ))}
    </div>
  )
})

/** Each highlight goes to every paragraph it touches (binary search on starts; paragraphs are sorted). */
function bucket(paragraphs: readonly Paragraph[], highlights: readonly Highlight[]): Highlight[][] {
  const buckets: Highlight[][] = paragraphs.map(() => [])
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

const ParagraphView = memo(function ParagraphView({
  paragraph,
  highlights,
  levels,
  selectedId
}: {
  paragraph: Paragraph
  highlights: readonly Highlight[]
  levels: Map<string, number>
  selectedId: string | null
}) {
  const end = paragraph.start + paragraph.text.length
  const runs = highlights.length ? runsOf(paragraph.start, end, highlights) : [{ start: paragraph.start, end, marks: [] }]
  return (
    <p data-start={paragraph.start}>
      {runs.map((run) => {
        let node: ReactNode = paragraph.text.slice(run.start - paragraph.start, run.end - paragraph.start)
        // Innermost mark is the deepest element, so a click's closest() finds it first.
        for (let i = run.marks.length - 1; i >= 0; i--) {
          const m = run.marks[i]!
          const classes = ['hl', `hl-${m.kind}`, `hl-level-${Math.min(levels.get(m.id) ?? 0, 3)}`]
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
