/**
 * The case a journalist is working on: its articles side by side (any two, chosen per pane, with a
 * swap), a single reader when there is one article, and a helpful empty state when there is none.
 */
import type { Article, Case } from '@core/model'
import { ArticlePane } from './ArticlePane'

export interface PaneChoice {
  left: string | null
  right: string | null
}

interface CaseViewProps {
  kase: Case
  articles: readonly Article[]
  panes: PaneChoice
  onChoose: (side: 'left' | 'right', articleId: string) => void
  onSwap: () => void
  onEdit: (article: Article) => void
  onDelete: (article: Article) => void
  onOpenFiles: () => void
  onPaste: () => void
}

/** Which two articles to show: the chosen ones if they still exist, else the first two. */
export function resolvePanes(articles: readonly Article[], chosen: PaneChoice): { left?: Article; right?: Article } {
  const find = (id: string | null) => (id ? articles.find((a) => a.id === id) : undefined)
  const left = find(chosen.left) ?? articles[0]
  const right = find(chosen.right) ?? articles.find((a) => a.id !== left?.id)
  return { left, right: right && right.id !== left?.id ? right : articles.find((a) => a.id !== left?.id) }
}

export function CaseView({ kase, articles, panes, onChoose, onSwap, onEdit, onDelete, onOpenFiles, onPaste }: CaseViewProps) {
  if (articles.length === 0) {
    return (
      <div className="empty-state">
        <h2>{kase.name} has no articles yet</h2>
        <p>Bring in the outlets’ accounts of the story you are checking: saved web pages (.html), text (.txt) or Markdown (.md).</p>
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

  const { left, right } = resolvePanes(articles, panes)
  if (!left) return null
  if (!right) {
    return (
      <div className="panes single">
        <ArticlePane article={left} side="single" choices={articles} onChoose={(id) => onChoose('left', id)} onEdit={() => onEdit(left)} onDelete={() => onDelete(left)} />
      </div>
    )
  }

  return (
    <div className="panes">
      <ArticlePane article={left} side="left" choices={articles} onChoose={(id) => onChoose('left', id)} onEdit={() => onEdit(left)} onDelete={() => onDelete(left)} />
      <div className="gutter">
        <button type="button" className="swap" onClick={onSwap} title="Swap the left and right articles" aria-label="Swap articles">
          ⇄
        </button>
      </div>
      <ArticlePane article={right} side="right" choices={articles} onChoose={(id) => onChoose('right', id)} onEdit={() => onEdit(right)} onDelete={() => onDelete(right)} />
    </div>
  )
}
