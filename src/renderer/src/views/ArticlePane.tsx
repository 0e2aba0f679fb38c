/**
 * One article as the journalist reads it: its details above, its canonical text below with the
 * claims highlighted, always as text (never as HTML), in the article's own direction so Arabic and
 * Hebrew read right to left. Selecting text reports the range; clicking a highlight selects it.
 */
import { forwardRef, useMemo, type MouseEvent, type UIEvent } from 'react'
import { articleName, type Article } from '@core/model'
import { formatPublished } from '@core/report'
import { handleSelectKey } from '../claims/keyboardSelect'
import { selectedRange } from '../claims/selection'
import type { PendingSelection } from '../claims/useClaims'
import { ArticleText, type Highlight } from './ArticleText'
import { isolate } from './bidi'
import { ExternalLink } from './ExternalLink'
import { countWords, plural } from './format'

export type Side = 'left' | 'right' | 'single'

interface ArticlePaneProps {
  article: Article
  side: Side
  /** The case's articles, to choose which one this pane shows. */
  choices: readonly Article[]
  highlights: readonly Highlight[]
  selectedClaimId: string | null
  onChoose: (articleId: string) => void
  onEdit: () => void
  onDelete: () => void
  onReplaceText: () => void
  onSelectText: (selection: PendingSelection | null) => void
  onClaimClick: (claimId: string) => void
  onScroll?: (event: UIEvent<HTMLDivElement>) => void
}

const NO_HIGHLIGHTS: Highlight[] = []

/** The keyboard's way to select text (claims/keyboardSelect.ts), said once for every pane. */
export const SELECT_HINT_ID = 'pane-select-hint'
export const SELECT_HINT =
  'Alt+Down or Alt+Up selects the next or previous sentence; Alt+Shift+Right or Left moves its end a word, Alt+Right or Left its start; then C, D, A, Q or O tags it.'

export const ArticlePane = forwardRef<HTMLDivElement, ArticlePaneProps>(function ArticlePane(props, scrollRef) {
  const { article, side, choices } = props
  const label = side === 'single' ? 'Article' : side === 'left' ? 'Left article' : 'Right article'

  const reportSelection = (event: { currentTarget: HTMLElement }) => {
    const root = event.currentTarget.querySelector('.article-text')
    const range = root ? selectedRange(root, article.text) : null
    if (!range) return props.onSelectText(null)
    const rect = window.getSelection()!.getRangeAt(0).getBoundingClientRect()
    const pane = event.currentTarget.getBoundingClientRect()
    props.onSelectText({
      articleId: article.id,
      ...range,
      rect: { top: rect.top, left: rect.left, bottom: rect.bottom },
      bounds: { left: pane.left, right: pane.right }
    })
  }

  const onClick = (event: MouseEvent<HTMLElement>) => {
    if (!window.getSelection()?.isCollapsed) return
    const mark = (event.target as HTMLElement).closest<HTMLElement>('[data-claim-id]')
    if (mark?.dataset.claimId) props.onClaimClick(mark.dataset.claimId)
  }

  return (
    <section className="pane" aria-label={`${label}: ${article.title}`} data-side={side} data-article-id={article.id}>
      <PaneBar
        article={article}
        label={label}
        choices={choices}
        onChoose={props.onChoose}
        onEdit={props.onEdit}
        onReplaceText={props.onReplaceText}
        onDelete={props.onDelete}
      />
      <div
        ref={scrollRef}
        className="pane-scroll"
        tabIndex={0}
        aria-label={`${label} text`}
        aria-describedby={SELECT_HINT_ID}
        onMouseUp={reportSelection}
        onKeyUp={reportSelection}
        onKeyDown={(event) => handleSelectKey(event, article.text) && reportSelection(event)}
        onClick={onClick}
        onScroll={props.onScroll}
      >
        <ArticleHeader article={article} />
        <ArticleText
          text={article.text}
          dir={article.dir}
          lang={article.lang}
          highlights={props.highlights ?? NO_HIGHLIGHTS}
          selectedId={props.selectedClaimId}
        />
      </div>
    </section>
  )
})

/** A choice of article in a pane's list: the short name, with the title where two articles share a name. */
export function choiceLabel(article: Article, choices: readonly Article[]): string {
  const name = articleName(article)
  // Isolated: an override in an imported title cannot flip the name beside it.
  return choices.some((b) => b.id !== article.id && articleName(b) === name)
    ? `${isolate(name)} — ${isolate(article.title)}`
    : isolate(name)
}

type PaneBarProps = Pick<
  ArticlePaneProps,
  'article' | 'choices' | 'onChoose' | 'onEdit' | 'onReplaceText' | 'onDelete'
> & { label: string }

/** Which article the pane shows, and what can be done to it. */
function PaneBar({ article, label, choices, onChoose, onEdit, onReplaceText, onDelete }: PaneBarProps) {
  return (
    <div className="pane-bar">
      {choices.length > 1 ? (
        <select
          aria-label={`${label} shown`}
          title={article.title}
          dir={article.dir}
          value={article.id}
          onChange={(e) => onChoose(e.target.value)}
        >
          {choices.map((a) => (
            <option key={a.id} value={a.id}>
              {choiceLabel(a, choices)}
            </option>
          ))}
        </select>
      ) : (
        <span />
      )}
      <div className="pane-actions">
        <button type="button" onClick={onEdit} title="Edit title, outlet, byline, date and URL">
          Details…
        </button>
        <button
          type="button"
          onClick={onReplaceText}
          className="quiet"
          title="Replace the text with a newer version; claims follow it"
        >
          Replace…
        </button>
        <button type="button" onClick={onDelete} className="quiet" title="Delete this article from the case">
          Delete
        </button>
      </div>
    </div>
  )
}

/** The article's name, title, date, byline, length, address, captions and notes. */
function ArticleHeader({ article }: { article: Article }) {
  const published = formatPublished(article.publishedAt)
  // (a pass over the whole text: not at every render of the pane)
  const words = useMemo(() => countWords(article.text), [article.text])
  // the header reads in the article's direction: a right-to-left article's name, title and meta line align right
  return (
    <header className="article-header" dir={article.dir}>
      <p className="outlet">{articleName(article)}</p>
      <h1 className="article-title" dir="auto">
        {article.title}
      </h1>
      <p className="article-meta">
        {published ? (
          <time dateTime={article.publishedAt}>{published}</time>
        ) : (
          <span className="unknown">Date unknown</span>
        )}
        {article.byline ? (
          <span>
            {' '}
            · By <bdi>{article.byline}</bdi>
          </span>
        ) : null}
        <span> · {plural(words, 'word')}</span>
      </p>
      {article.url ? (
        <p className="article-url" dir="ltr">
          <ExternalLink url={article.url} />
        </p>
      ) : null}
      <Folded className="captions" what="photo caption" items={article.captions} />
      <Folded className="captions notes" what="note" items={article.notes ?? []} />
    </header>
  )
}

/** Texts kept beside the article (photo captions, a document's notes), folded under their count. */
function Folded({ className, what, items }: { className: string; what: string; items: readonly string[] }) {
  if (items.length === 0) return null
  return (
    <details className={className}>
      <summary>{plural(items.length, what)}</summary>
      {items.map((text, i) => (
        <p key={i} dir="auto">
          {text}
        </p>
      ))}
    </details>
  )
}
