/**
 * The claims panel: the claims of the articles in view or of the whole case, filtered by kind,
 * status, origin and article, searched across quotes, values and notes, sorted by position, kind
 * or date. The list is virtualised, so 10,000 claims scroll as smoothly as ten. What it lists and
 * what its keys do are plain functions (panelList.ts, filter.ts); this file lays them out.
 */
import { useMemo, useRef, type KeyboardEvent, type Ref } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import { articleName, pageLabel, type Article, type Claim } from '@core/model'
import { ClaimFilters } from './ClaimFilters'
import { ClaimRow, type ClaimRowActions } from './ClaimRow'
import { filterClaims, type ClaimFilter } from './filter'
import { countLabel, listKeyCommand, panelScope, type ClaimScope, type ListCommand } from './panelList'
import { ReviewBar } from './ReviewBar'
import { isSuggestionId } from './suggestionIds'
import type { Suggestion } from './suggestions'

export type { ClaimScope }

interface ClaimsPanelProps extends ClaimRowActions {
  claims: readonly Claim[]
  /** Suggestions waiting for review, listed with the claims and marked "to review". */
  suggestions: readonly Suggestion[]
  /** The articles suggestions were asked for: "Suggest claims" offers the others in scope. */
  askedArticleIds: readonly string[]
  /** The articles whose suggestions are still being found ("Finding claims…"). */
  findingArticleIds?: readonly string[]
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
  /** "Link with…" on the selected claim: pick a claim in the other article to link it to by hand. */
  onLink?: (claim: Claim) => void
  searchRef?: Ref<HTMLInputElement>
}

export function ClaimsPanel(props: ClaimsPanelProps) {
  const { articles, shownArticleIds, scope, filter, onFilter } = props
  const { order, inScope, scopeIds, pending, unasked, finding } = useMemo(
    () =>
      panelScope({
        claims: props.claims,
        suggestions: props.suggestions,
        articles,
        shownArticleIds,
        askedArticleIds: props.askedArticleIds,
        findingArticleIds: props.findingArticleIds,
        scope
      }),
    [props.claims, props.suggestions, articles, shownArticleIds, props.askedArticleIds, props.findingArticleIds, scope]
  )
  const shown = useMemo(() => filterClaims(inScope, filter, order), [inScope, filter, order])
  const outlets = useMemo(() => new Map(articles.map((a) => [a.id, articleName(a)])), [articles])
  const orphans = shown.filter((c) => c.orphan).length

  return (
    <aside className="claims-panel" aria-label="Claims">
      <div className="panel-head">
        <h2>
          Claims <span className="count">{countLabel(shown.length, inScope.length)}</span>
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
      <ClaimFilters filter={filter} onFilter={onFilter} articles={articles} searchRef={props.searchRef} />
      <ReviewBar
        pending={pending}
        unasked={unasked}
        finding={finding.length > 0}
        scopeSize={scopeIds.length}
        outletOf={(id) => outlets.get(id)}
        filter={filter}
        onFilter={onFilter}
        onAccept={props.onAccept}
        onSuggest={props.onSuggest}
        suggestOnImport={props.suggestOnImport}
        onSuggestOnImport={props.onSuggestOnImport}
      />
      {orphans > 0 ? (
        <p className="orphan-banner">
          {orphans === 1 ? '1 claim lost its place' : `${orphans} claims lost their place`} when the text changed:
          select one, then select its new text to re-attach it.
        </p>
      ) : null}
      {shown.length === 0 ? (
        <p className="panel-empty">
          {inScope.length === 0
            ? 'No claims yet. Select text in an article and press C, D, A, Q or O to tag it.'
            : 'No claim matches these filters.'}
        </p>
      ) : (
        <ClaimList {...props} shown={shown} outlets={outlets} />
      )}
    </aside>
  )
}

const ROW_HEIGHT = 66

interface ClaimListProps extends ClaimsPanelProps {
  shown: readonly Claim[]
  outlets: ReadonlyMap<string, string>
}

/** The virtualised list and its keys. */
function ClaimList(props: ClaimListProps) {
  const { shown, selectedId, articles } = props
  const listRef = useRef<HTMLDivElement>(null)
  const byId = useMemo(() => new Map(articles.map((a) => [a.id, a])), [articles])
  const suggestionOf = (claim: Claim) =>
    isSuggestionId(claim.id) ? props.suggestions.find((s) => s.id === claim.id) : undefined
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

  const run = (command: ListCommand) => {
    if (command.type === 'select') {
      props.onSelect(shown[command.index]!)
      return virtualizer.scrollToIndex(command.index)
    }
    const suggestion = suggestionOf(command.claim)
    if (command.type === 'accept') return suggestion ? props.onAccept([suggestion]) : props.onEdit(command.claim)
    if (command.type === 'reject') return suggestion ? props.onReject(suggestion) : props.onDelete(command.claim)
    if (command.type === 'link') return props.onLink?.(command.claim)
    return command.type === 'edit' ? props.onEdit(command.claim) : props.onDelete(command.claim)
  }
  const onListKey = (event: KeyboardEvent) => {
    const command = listKeyCommand(event.key, shown, selectedId, !!props.onLink)
    if (!command) return
    event.preventDefault()
    run(command)
  }

  return (
    <div
      ref={listRef}
      className="claim-list"
      role="listbox"
      aria-label="Claims"
      aria-description="Arrow keys move; Enter accepts a suggestion or edits a claim; Backspace rejects or deletes; L links a claim with one in the other article."
      tabIndex={0}
      onKeyDown={onListKey}
      aria-activedescendant={selectedId ? `claim-row-${selectedId}` : undefined}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const claim = shown[item.index]!
          return (
            <ClaimRow
              key={claim.id}
              {...props}
              claim={claim}
              suggestion={suggestionOf(claim)}
              selected={claim.id === selectedId}
              outlet={props.outlets.get(claim.articleId)}
              page={pageOf(claim)}
              style={{
                position: 'absolute',
                top: 0,
                left: 0,
                right: 0,
                height: ROW_HEIGHT,
                transform: `translateY(${item.start}px)`
              }}
            />
          )
        })}
      </div>
    </div>
  )
}
