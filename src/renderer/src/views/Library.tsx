/**
 * The library: every case with its articles, filtered as the journalist types (case name, article
 * title or outlet). Choosing an article opens its case with that article in view.
 */
import type { Ref } from 'react'
import { articleName, type Article, type Case } from '@core/model'
import { plural } from './format'

export interface LibraryEntry {
  kase: Case
  articles: Article[]
}

interface LibraryProps {
  entries: readonly LibraryEntry[]
  filter: string
  onFilter: (filter: string) => void
  filterRef: Ref<HTMLInputElement>
  selectedCaseId: string | null
  shownArticleIds: readonly string[]
  onSelectCase: (caseId: string) => void
  onSelectArticle: (caseId: string, articleId: string) => void
  onNewCase: () => void
  onRenameCase: (kase: Case) => void
  onDeleteCase: (kase: Case) => void
}

export function Library(props: LibraryProps) {
  const { entries, filter, selectedCaseId } = props
  return (
    <nav className="library" aria-label="Library">
      <div className="library-head">
        <h2>Cases</h2>
        <button type="button" onClick={props.onNewCase} title="New case (Ctrl+N)">
          New case
        </button>
      </div>
      <input
        ref={props.filterRef}
        type="search"
        className="library-filter"
        placeholder="Filter by title or outlet"
        aria-label="Filter cases and articles by title or outlet"
        value={filter}
        onChange={(e) => props.onFilter(e.target.value)}
        onKeyDown={(e) => e.key === 'Escape' && filter && (e.stopPropagation(), props.onFilter(''))}
      />
      {entries.length === 0 ? (
        <p className="library-empty">
          {filter ? `Nothing matches “${filter}”.` : 'No cases yet. Create one, or open articles to start.'}
        </p>
      ) : (
        <ul className="case-list">
          {entries.map(({ kase, articles }) => {
            const selected = kase.id === selectedCaseId
            const open = selected || filter.trim() !== ''
            return (
              <li key={kase.id} className={selected ? 'case selected' : 'case'}>
                <div className="case-row">
                  <button
                    type="button"
                    className="case-name"
                    aria-current={selected ? 'true' : undefined}
                    onClick={() => props.onSelectCase(kase.id)}
                    dir="auto"
                  >
                    {kase.name}
                    <span className="count">{plural(kase.articleIds.length, 'article')}</span>
                  </button>
                  <button
                    type="button"
                    className="icon"
                    aria-label={`Rename case ${kase.name}`}
                    title="Rename case"
                    onClick={() => props.onRenameCase(kase)}
                  >
                    ✎
                  </button>
                  <button
                    type="button"
                    className="icon"
                    aria-label={`Delete case ${kase.name}`}
                    title="Delete case"
                    onClick={() => props.onDeleteCase(kase)}
                  >
                    ✕
                  </button>
                </div>
                {open && articles.length > 0 ? (
                  <ul className="article-list">
                    {articles.map((article) => (
                      <li key={article.id}>
                        <button
                          type="button"
                          className={props.shownArticleIds.includes(article.id) ? 'article-item shown' : 'article-item'}
                          onClick={() => props.onSelectArticle(kase.id, article.id)}
                        >
                          <bdi className="title">{article.title}</bdi>
                          <span className="outlet">{articleName(article)}</span>
                        </button>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            )
          })}
        </ul>
      )}
    </nav>
  )
}
