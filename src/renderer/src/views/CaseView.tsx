/**
 * The case a journalist is working on: two articles side by side in resizable panes (any two,
 * chosen per pane, with a swap and "scroll together"), a single reader when there is one article,
 * and a helpful empty state when there is none.
 */
import { useRef, type KeyboardEvent, type PointerEvent, type ReactNode, type RefObject } from 'react'
import type { Article, Case } from '@core/model'
import { alignedScrollTop } from '../compare/follow'
import { followHeld } from '../compare/reveal'
import type { PendingSelection } from '../claims/useClaims'
import { ArticlePane, SELECT_HINT, SELECT_HINT_ID, type Side } from './ArticlePane'
import type { Highlight } from './ArticleText'
import { resolvePanes, type PaneChoice } from '../app/panes'

interface CaseViewProps {
  kase: Case
  articles: readonly Article[]
  panes: PaneChoice
  highlightsByArticle: ReadonlyMap<string, Highlight[]>
  selectedClaimId: string | null
  /** The left pane's share of the width, 0.2–0.8. */
  split: number
  onSplit: (split: number) => void
  scrollTogether: boolean
  onChoose: (side: 'left' | 'right', articleId: string) => void
  onSwap: () => void
  onEdit: (article: Article) => void
  onDelete: (article: Article) => void
  onReplaceText: (article: Article) => void
  onOpenFiles: () => void
  onPaste: () => void
  onSelectText: (selection: PendingSelection | null) => void
  onClaimClick: (claimId: string) => void
  /** Drawn in the gutter between the panes (the comparison's connectors). */
  gutter?: ReactNode
  /** Aligned passages of the two shown articles (UTF-16 spans), for scrolling together by alignment. */
  alignment?: readonly { left: { start: number; end: number }; right: { start: number; end: number } }[]
}

export const clampSplit = (split: number) => Math.min(0.8, Math.max(0.2, split))

/** The split after an arrow key on the resize handle (5 % a press), or null for another key. */
export function nudgedSplit(split: number, key: string): number | null {
  const step = key === 'ArrowLeft' ? -0.05 : key === 'ArrowRight' ? 0.05 : 0
  return step === 0 ? null : clampSplit(split + step)
}

type Alignment = NonNullable<CaseViewProps['alignment']>

/** The aligned passages as seen from the scrolled pane (`from` spans in its article), in its text order. */
export function pairsFrom(alignment: Alignment, fromLeft: boolean) {
  return alignment
    .map((p) => (fromLeft ? { from: p.left, to: p.right } : { from: p.right, to: p.left }))
    .sort((p, q) => p.from.start - q.from.start)
}

export function CaseView(props: CaseViewProps) {
  const { kase, articles, panes } = props
  const leftRef = useRef<HTMLDivElement>(null)
  const rightRef = useRef<HTMLDivElement>(null)
  const follow = useFollow(props, leftRef)

  if (articles.length === 0) return <EmptyCase kase={kase} onOpenFiles={props.onOpenFiles} onPaste={props.onPaste} />
  const { left, right } = resolvePanes(articles, panes)
  if (!left) return null

  const pane = (article: Article, side: Side, ref?: React.Ref<HTMLDivElement>, onScroll?: () => void) => (
    <ArticlePane
      ref={ref}
      article={article}
      side={side}
      choices={articles}
      highlights={props.highlightsByArticle.get(article.id) ?? []}
      selectedClaimId={props.selectedClaimId}
      onChoose={(id) => props.onChoose(side === 'right' ? 'right' : 'left', id)}
      onEdit={() => props.onEdit(article)}
      onDelete={() => props.onDelete(article)}
      onReplaceText={() => props.onReplaceText(article)}
      onSelectText={props.onSelectText}
      onClaimClick={props.onClaimClick}
      onScroll={onScroll}
    />
  )
  const hint = (
    <p id={SELECT_HINT_ID} className="sr-only">
      {SELECT_HINT}
    </p>
  )
  if (!right)
    return (
      <div className="panes single">
        {pane(left, 'single')}
        {hint}
      </div>
    )
  return (
    <SplitPanes split={props.split} onSplit={props.onSplit} onSwap={props.onSwap} gutter={props.gutter}>
      {pane(left, 'left', leftRef, () => follow(leftRef.current, rightRef.current))}
      {pane(right, 'right', rightRef, () => follow(rightRef.current, leftRef.current))}
      {hint}
    </SplitPanes>
  )
}

function EmptyCase({ kase, onOpenFiles, onPaste }: { kase: Case; onOpenFiles: () => void; onPaste: () => void }) {
  return (
    <div className="empty-state">
      <h2>{kase.name} has no articles yet</h2>
      <p>
        Bring in the outlets’ accounts of the story you are checking: saved web pages (.html), text (.txt) or Markdown
        (.md).
      </p>
      <div className="empty-actions">
        <button type="button" className="primary" onClick={onOpenFiles}>
          Open articles…
        </button>
        <button type="button" onClick={onPaste}>
          Paste text…
        </button>
      </div>
      <p className="hint">or drop files anywhere on this window</p>
    </div>
  )
}

/**
 * Scrolling one pane moves the other so the partner of the aligned passage nearest the top sits
 * at the same height; with no aligned passage near, to the same relative position.
 */
function useFollow(
  props: Pick<CaseViewProps, 'scrollTogether' | 'alignment'>,
  leftRef: RefObject<HTMLDivElement | null>
) {
  // The pane a programmatic scroll was applied to, so its own scroll event is not echoed back.
  const echo = useRef<HTMLElement | null>(null)
  return (from: HTMLElement | null, to: HTMLElement | null) => {
    if (!props.scrollTogether || !from || !to || followHeld()) return
    if (echo.current === from) {
      echo.current = null
      return
    }
    const aligned = alignedScrollTop(from, to, pairsFrom(props.alignment ?? [], from === leftRef.current))
    if (aligned !== null) {
      if (Math.abs(aligned - to.scrollTop) >= 1) {
        echo.current = to
        to.scrollTop = aligned
      }
      return
    }
    const range = from.scrollHeight - from.clientHeight
    const ratio = range > 0 ? from.scrollTop / range : 0
    echo.current = to
    to.scrollTop = ratio * (to.scrollHeight - to.clientHeight)
  }
}

interface SplitPanesProps {
  split: number
  onSplit: (split: number) => void
  onSwap: () => void
  gutter?: ReactNode
  /** The left pane, the right pane, then anything after them. */
  children: [ReactNode, ReactNode, ReactNode]
}

/**
 * Two panes with the gutter between: a resize handle (drag, arrows, double-click), the swap button and the connectors.
 */
function SplitPanes({ split, onSplit, onSwap, gutter, children }: SplitPanesProps) {
  const gridRef = useRef<HTMLDivElement>(null)
  const [left, right, after] = children
  const drag = (event: PointerEvent<HTMLDivElement>) => {
    // the swap button and the connectors are inside the gutter: only its background drags
    if (event.target !== event.currentTarget && !(event.target as Element).classList.contains('gutter-handle')) return
    const grid = gridRef.current
    if (!grid) return
    event.currentTarget.setPointerCapture(event.pointerId)
    const box = grid.getBoundingClientRect()
    const move = (e: globalThis.PointerEvent) => onSplit(clampSplit((e.clientX - box.left) / box.width))
    const stop = () => {
      window.removeEventListener('pointermove', move)
      window.removeEventListener('pointerup', stop)
    }
    window.addEventListener('pointermove', move)
    window.addEventListener('pointerup', stop)
  }
  const nudge = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = nudgedSplit(split, event.key)
    if (next === null) return
    event.preventDefault()
    onSplit(next)
  }
  return (
    <div
      className="panes"
      ref={gridRef}
      style={{ gridTemplateColumns: `minmax(0, ${split}fr) 36px minmax(0, ${1 - split}fr)` }}
    >
      {left}
      <div className="gutter" onPointerDown={drag} onDoubleClick={() => onSplit(0.5)}>
        {/* the resize handle is the gutter's background, a sibling of its buttons: a separator may not hold controls */}
        <div
          className="gutter-handle"
          role="separator"
          aria-orientation="vertical"
          aria-label="Resize the panes"
          aria-valuemin={20}
          aria-valuemax={80}
          aria-valuenow={Math.round(split * 100)}
          tabIndex={0}
          onKeyDown={nudge}
        />
        <button
          type="button"
          className="swap"
          onClick={onSwap}
          title="Swap the left and right articles"
          aria-label="Swap articles"
        >
          ⇄
        </button>
        {gutter}
      </div>
      {right}
      {after}
    </div>
  )
}
