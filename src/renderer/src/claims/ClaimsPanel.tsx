/**
 * The claims panel: the claims of the articles in view or of the whole case, filtered by kind,
 * status, origin and article, searched across quotes, values and notes, sorted by position, kind
 * or date. The list is virtualised, so 10,000 claims scroll as smoothly as ten.
 */
import { useMemo, useRef, type KeyboardEvent, type Ref } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import { articleName, claimOrigins, claimStatuses, pageLabel, type Article, type Claim, type ClaimKind } from '@core/model'
import { formatValue, statusLabels } from '@core/report'
import { filterClaims, type ClaimFilter, type ClaimSort } from './filter'
import { kindInfo, kindLabel } from './kinds'
import { isSuggestionId } from './suggestionIds'
import type { Suggestion } from './suggestions'

export type ClaimScope = 'view' | 'case'

interface ClaimsPanelProps {
  claims: readonly Claim[]
  /** Suggestions waiting for review, listed with the claims and marked "to review". */
  suggestions: readonly Suggestion[]
  onAccept: (list: readonly Suggestion[]) => void
  onReject: (suggestion: Suggestion) => void
  /** The articles suggestions were asked for: "Suggest claims" offers the others in scope. */
  askedArticleIds: readonly string[]
  /** Asks for suggestions for these articles. */
  onSuggest: (articleIds: readonly string[]) => void
  suggestOnImport: boolean
  onSuggestOnImport: (on: boolean) => void
  articles: readonly Article[]
  shownArticleIds: readonly string[]
  scope: ClaimScope
  onScope: (scope: ClaimScope) => void
  filter: ClaimFilter
  onFilter: (filter: ClaimFilter) => void
  selectedId: string | null
  onSelect: (claim: Claim) => void
  onEdit: (claim: Claim) => void
  onDelete: (claim: Claim) => void
  /** "Link with…" on the selected claim: pick a claim in the other article to link it to by hand. */
  onLink?: (claim: Claim) => void
  searchRef?: Ref<HTMLInputElement>
}

const ROW_HEIGHT = 66

export function ClaimsPanel(props: ClaimsPanelProps) {
  const { articles, shownArticleIds, scope, filter, onFilter, selectedId } = props
  const listRef = useRef<HTMLDivElement>(null)
  const order = useMemo(() => [...shownArticleIds, ...articles.map((a) => a.id).filter((id) => !shownArticleIds.includes(id))], [articles, shownArticleIds])
  const claims = useMemo(() => [...props.claims, ...props.suggestions.map((s) => s.claim)], [props.claims, props.suggestions])
  const inScope = useMemo(() => (scope === 'view' ? claims.filter((c) => shownArticleIds.includes(c.articleId)) : claims), [claims, scope, shownArticleIds])
  const scopeIds = scope === 'view' ? shownArticleIds : articles.map((a) => a.id)
  const pending = useMemo(() => props.suggestions.filter((s) => scopeIds.includes(s.articleId)), [props.suggestions, scopeIds])
  const unasked = scopeIds.filter((id) => !props.askedArticleIds.includes(id))
  const suggestionOf = (claim: Claim) => props.suggestions.find((s) => s.id === claim.id)
  const shown = useMemo(() => filterClaims(inScope, filter, order), [inScope, filter, order])
  const outlets = useMemo(() => new Map(articles.map((a) => [a.id, articleName(a)])), [articles])
  const byId = useMemo(() => new Map(articles.map((a) => [a.id, a])), [articles])
  // a PDF's claims say their page, as the journalist will cite it ("p. 3")
  const pageOf = (claim: Claim) => {
    const article = byId.get(claim.articleId)
    return article ? pageLabel(article, claim.anchor.start) : ''
  }

  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => listRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    // jsdom and a hidden panel have no layout: assume a window's worth of rows.
    initialRect: { width: 320, height: 600 }
  })

  const toggleKind = (kind: ClaimKind) =>
    onFilter({ ...filter, kinds: filter.kinds.includes(kind) ? filter.kinds.filter((k) => k !== kind) : [...filter.kinds, kind] })

  const onListKey = (event: KeyboardEvent) => {
    const index = shown.findIndex((c) => c.id === selectedId)
    const move = (to: number) => {
      const claim = shown[Math.max(0, Math.min(shown.length - 1, to))]
      if (!claim) return
      event.preventDefault()
      props.onSelect(claim)
      virtualizer.scrollToIndex(shown.indexOf(claim))
    }
    if (event.key === 'ArrowDown') move(index + 1)
    else if (event.key === 'ArrowUp') move(index - 1)
    else if (event.key === 'Home') move(0)
    else if (event.key === 'End') move(shown.length - 1)
    else if (event.key === 'Enter' && shown[index]) {
      event.preventDefault()
      const suggestion = suggestionOf(shown[index]!)
      if (suggestion) props.onAccept([suggestion])
      else props.onEdit(shown[index]!)
    } else if ((event.key === 'l' || event.key === 'L') && shown[index] && props.onLink && !suggestionOf(shown[index]!) && !shown[index]!.orphan) {
      event.preventDefault()
      props.onLink(shown[index]!)
    } else if ((event.key === 'Delete' || event.key === 'Backspace') && shown[index]) {
      event.preventDefault()
      const suggestion = suggestionOf(shown[index]!)
      if (suggestion) props.onReject(suggestion)
      else props.onDelete(shown[index]!)
    }
  }

  const orphans = shown.filter((c) => c.orphan).length

  return (
    <aside className="claims-panel" aria-label="Claims">
      <div className="panel-head">
        <h2>
          Claims <span className="count">{shown.length === inScope.length ? inScope.length : `${shown.length} of ${inScope.length}`}</span>
        </h2>
        <div className="segmented" role="group" aria-label="Which claims">
          <button type="button" aria-pressed={scope === 'view'} onClick={() => props.onScope('view')}>
            In view
          </button>
          <button type="button" aria-pressed={scope === 'case'} onClick={() => props.onScope('case')}>
            Whole case
          </button>
        </div>
      </div>
      <input
        ref={props.searchRef}
        type="search"
        className="panel-search"
        placeholder="Search quotes, values, notes"
        aria-label="Search claims"
        value={filter.search}
        onChange={(e) => onFilter({ ...filter, search: e.target.value })}
      />
      <div className="kind-filters" role="group" aria-label="Filter by kind">
        {kindInfo.map((info) => (
          <button key={info.kind} type="button" className={`chip tag-${info.kind}`} aria-pressed={filter.kinds.includes(info.kind)} onClick={() => toggleKind(info.kind)}>
            {info.label}
          </button>
        ))}
      </div>
      <div className="panel-filters">
        <select aria-label="Filter by status" value={filter.statuses[0] ?? ''} onChange={(e) => onFilter({ ...filter, statuses: e.target.value ? [e.target.value as Claim['status']] : [] })}>
          <option value="">Any status</option>
          {claimStatuses.map((s) => (
            <option key={s} value={s}>
              {statusLabels[s]}
            </option>
          ))}
        </select>
        <select aria-label="Filter by origin" value={filter.origins[0] ?? ''} onChange={(e) => onFilter({ ...filter, origins: e.target.value ? [e.target.value as Claim['origin']] : [] })}>
          <option value="">Tagged or suggested</option>
          {claimOrigins.map((o) => (
            <option key={o} value={o}>
              {o === 'manual' ? 'Tagged by hand' : 'Suggested'}
            </option>
          ))}
        </select>
        <select aria-label="Filter by article" value={filter.articleIds[0] ?? ''} onChange={(e) => onFilter({ ...filter, articleIds: e.target.value ? [e.target.value] : [] })}>
          <option value="">All articles</option>
          {articles.map((a) => (
            <option key={a.id} value={a.id}>
              {`${articleName(a)} — ${a.title}`}
            </option>
          ))}
        </select>
        <select aria-label="Sort claims" value={filter.sort} onChange={(e) => onFilter({ ...filter, sort: e.target.value as ClaimSort })}>
          <option value="position">By position</option>
          <option value="kind">By kind</option>
          <option value="date">Newest first</option>
        </select>
      </div>
      <div className="review-bar">
        {pending.length > 0 ? (
          <>
            <button type="button" className="link" aria-pressed={filter.review === 'pending'} onClick={() => onFilter({ ...filter, review: filter.review === 'pending' ? undefined : 'pending' })}>
              {pending.length} to review
            </button>
            {kindInfo
              .map((info) => ({ info, list: pending.filter((s) => s.draft.kind === info.kind) }))
              .filter(({ list }) => list.length > 0)
              .map(({ info, list }) => (
                <button key={info.kind} type="button" className={`chip tag-${info.kind}`} onClick={() => props.onAccept(list)} title={`Accept all ${list.length} suggested ${info.label.toLowerCase()} claims`}>
                  Accept all {info.label.toLowerCase()} ({list.length})
                </button>
              ))}
          </>
        ) : null}
        {unasked.length > 0 ? (
          <button
            type="button"
            onClick={() => props.onSuggest(unasked)}
            title={`Find casualty counts, dates, attributions and figures in ${unasked.map((id) => outlets.get(id)).join(', ')}`}
          >
            Suggest claims{unasked.length < scopeIds.length ? ` in ${unasked.length === 1 ? outlets.get(unasked[0]!) : `${unasked.length} articles`}` : ''}
          </button>
        ) : null}
        <label className="check">
          <input type="checkbox" checked={props.suggestOnImport} onChange={(e) => props.onSuggestOnImport(e.target.checked)} /> Suggest on import
        </label>
      </div>
      {orphans > 0 ? <p className="orphan-banner">{orphans === 1 ? '1 claim lost its place' : `${orphans} claims lost their place`} when the text changed: select one, then select its new text to re-attach it.</p> : null}
      {shown.length === 0 ? (
        <p className="panel-empty">
          {inScope.length === 0 ? 'No claims yet. Select text in an article and press C, D, A, Q or O to tag it.' : 'No claim matches these filters.'}
        </p>
      ) : (
        <div
          ref={listRef}
          className="claim-list"
          role="listbox"
          aria-label="Claims"
          aria-description="Arrow keys move; Enter accepts a suggestion or edits a claim; Backspace rejects or deletes; L links a claim with one in the other article."
          tabIndex={0} onKeyDown={onListKey} aria-activedescendant={selectedId ? `claim-row-${selectedId}` : undefined}>
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const claim = shown[item.index]!
              const suggestion = isSuggestionId(claim.id) ? suggestionOf(claim) : undefined
              return (
                <div
                  key={claim.id}
                  id={`claim-row-${claim.id}`}
                  role="option"
                  aria-selected={claim.id === selectedId}
                  className={`claim-row${claim.id === selectedId ? ' selected' : ''}${claim.orphan ? ' orphan' : ''}${suggestion ? ' pending' : ''}`}
                  style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
                  onClick={() => props.onSelect(claim)}
                  onDoubleClick={() => (suggestion ? props.onAccept([suggestion]) : props.onEdit(claim))}
                >
                  <span className={`kind-badge tag-${claim.kind}`} title={kindLabel(claim.kind)}>
                    {kindLabel(claim.kind)[0]}
                  </span>
                  <span className="claim-row-body">
                    <bdi className="claim-row-quote">“{claim.anchor.exact}”</bdi>
                    <span className="claim-row-value">
                      <bdi>{formatValue(claim) || '—'}</bdi>
                    </span>
                    <span className="claim-row-meta">
                      {claim.orphan ? <strong className="orphan-flag">orphaned · </strong> : null}
                      {suggestion ? <strong className="to-review">suggested, to review</strong> : <span className={`status status-${claim.status}`}>{statusLabels[claim.status]}</span>}
                      {claim.origin === 'suggested' && !suggestion ? ' · suggested' : ''} · <bdi>{outlets.get(claim.articleId)}</bdi>
                      {pageOf(claim) ? <span className="claim-page"> · {pageOf(claim)}</span> : null}
                      {claim.note ? ' · has a note' : ''}
                    </span>
                  </span>
                  {suggestion ? (
                    <span className="claim-row-actions" aria-hidden="true">
                      <span className="icon row-action accept" data-action={`Accept suggestion ${claim.anchor.exact}`} title="Accept (Enter)" onClick={(e) => (e.stopPropagation(), props.onAccept([suggestion]))}>
                        ✓
                      </span>
                      <span className="icon row-action" data-action={`Reject suggestion ${claim.anchor.exact}`} title="Reject (Backspace)" onClick={(e) => (e.stopPropagation(), props.onReject(suggestion))}>
                        ✕
                      </span>
                    </span>
                  ) : (
                    <span className="claim-row-actions" aria-hidden="true">
                      {props.onLink && claim.id === selectedId && !claim.orphan ? (
                        <span className="icon row-action" data-action={`Link claim ${claim.anchor.exact} with…`} title="Link with… a claim in the other article" onClick={(e) => (e.stopPropagation(), props.onLink!(claim))}>
                          ↔
                        </span>
                      ) : null}
                      <span className="icon row-action" data-action={`Edit claim ${claim.anchor.exact}`} title="Edit (Enter)" onClick={(e) => (e.stopPropagation(), props.onEdit(claim))}>
                        ✎
                      </span>
                      <span className="icon row-action" data-action={`Delete claim ${claim.anchor.exact}`} title="Delete (Backspace)" onClick={(e) => (e.stopPropagation(), props.onDelete(claim))}>
                        ✕
                      </span>
                    </span>
                  )}
                </div>
              )
            })}
          </div>
        </div>
      )}
    </aside>
  )
}
