/**
 * One article as the journalist reads it: its details above, its canonical text below, always as
 * text (never as HTML), in the article's own direction so Arabic and Hebrew read right to left.
 */
import { useMemo } from 'react'
import type { Article } from '@core/model'
import { countWords, formatPublished, plural } from './format'

interface ArticlePaneProps {
  article: Article
  side: 'left' | 'right' | 'single'
  /** The case's articles, to choose which one this pane shows. */
  choices: readonly Article[]
  onChoose: (articleId: string) => void
  onEdit: () => void
  onDelete: () => void
}

/** Paragraphs with their start offsets in Article.text (UTF-16), for anchoring claims later. */
export function paragraphsOf(text: string): { start: number; text: string }[] {
  const result: { start: number; text: string }[] = []
  let start = 0
  for (const part of text.split('\n\n')) {
    if (part.trim()) result.push({ start, text: part })
    start += part.length + 2
  }
  return result
}

export function ArticlePane({ article, side, choices, onChoose, onEdit, onDelete }: ArticlePaneProps) {
  const paragraphs = useMemo(() => paragraphsOf(article.text), [article.text])
  const published = formatPublished(article.publishedAt)
  const label = side === 'single' ? 'Article' : side === 'left' ? 'Left article' : 'Right article'

  return (
    <section className="pane" aria-label={`${label}: ${article.title}`} data-side={side}>
      <div className="pane-bar">
        {choices.length > 1 ? (
          <select aria-label={`${label} shown`} value={article.id} onChange={(e) => onChoose(e.target.value)}>
            {choices.map((a) => (
              <option key={a.id} value={a.id}>
                {a.outlet ? `${a.outlet} — ${a.title}` : a.title}
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
          <button type="button" onClick={onDelete} className="quiet" title="Delete this article from the case">
            Delete
          </button>
        </div>
      </div>
      <div className="pane-scroll" tabIndex={0} aria-label={`${label} text`}>
        <header className="article-header" dir="auto">
          <p className="outlet">{article.outlet || 'Outlet unknown'}</p>
          <h1 className="article-title" dir="auto">
            {article.title}
          </h1>
          <p className="article-meta">
            {published ? <time dateTime={article.publishedAt}>{published}</time> : <span className="unknown">Date unknown</span>}
            {article.byline ? <span> · By <bdi>{article.byline}</bdi></span> : null}
            <span> · {plural(countWords(article.text), 'word')}</span>
          </p>
          {article.url ? (
            <p className="article-url" dir="ltr">
              {article.url}
            </p>
          ) : null}
          {article.captions.length > 0 ? (
            <details className="captions">
              <summary>{plural(article.captions.length, 'photo caption')}</summary>
              {article.captions.map((caption, i) => (
                <p key={i} dir="auto">
                  {caption}
                </p>
              ))}
            </details>
          ) : null}
        </header>
        <div className="article-text" dir={article.dir} lang={article.lang || undefined}>
          {paragraphs.map((p) => (
            <p key={p.start} data-start={p.start}>
              {p.text}
            </p>
          ))}
        </div>
      </div>
    </section>
  )
}
