/** The claims panel's search box and filters: kind chips, status, origin, article and sort order. */
import type { Ref } from 'react'
import { articleName, claimOrigins, claimStatuses, type Article, type Claim } from '@core/model'
import { statusLabels } from '@core/report'
import { toggleKind, type ClaimFilter, type ClaimSort } from './filter'
import { kindInfo } from './kinds'

interface ClaimFiltersProps {
  filter: ClaimFilter
  onFilter: (filter: ClaimFilter) => void
  articles: readonly Article[]
  searchRef?: Ref<HTMLInputElement>
}

export function ClaimFilters({ filter, onFilter, articles, searchRef }: ClaimFiltersProps) {
  return (
    <>
      <input
        ref={searchRef}
        type="search"
        className="panel-search"
        placeholder="Search quotes, values, notes"
        aria-label="Search claims"
        value={filter.search}
        onChange={(e) => onFilter({ ...filter, search: e.target.value })}
      />
      <div className="kind-filters" role="group" aria-label="Filter by kind">
        {kindInfo.map((info) => (
          <button
            key={info.kind}
            type="button"
            className={`chip tag-${info.kind}`}
            aria-pressed={filter.kinds.includes(info.kind)}
            onClick={() => onFilter(toggleKind(filter, info.kind))}
          >
            {info.label}
          </button>
        ))}
      </div>
      <FilterSelects filter={filter} onFilter={onFilter} articles={articles} />
    </>
  )
}

function FilterSelects({ filter, onFilter, articles }: Omit<ClaimFiltersProps, 'searchRef'>) {
  return (
    <div className="panel-filters">
      <select
        aria-label="Filter by status"
        value={filter.statuses[0] ?? ''}
        onChange={(e) => onFilter({ ...filter, statuses: e.target.value ? [e.target.value as Claim['status']] : [] })}
      >
        <option value="">Any status</option>
        {claimStatuses.map((s) => (
          <option key={s} value={s}>
            {statusLabels[s]}
          </option>
        ))}
      </select>
      <select
        aria-label="Filter by origin"
        value={filter.origins[0] ?? ''}
        onChange={(e) => onFilter({ ...filter, origins: e.target.value ? [e.target.value as Claim['origin']] : [] })}
      >
        <option value="">Tagged or suggested</option>
        {claimOrigins.map((o) => (
          <option key={o} value={o}>
            {o === 'manual' ? 'Tagged by hand' : 'Suggested'}
          </option>
        ))}
      </select>
      <select
        aria-label="Filter by article"
        value={filter.articleIds[0] ?? ''}
        onChange={(e) => onFilter({ ...filter, articleIds: e.target.value ? [e.target.value] : [] })}
      >
        <option value="">All articles</option>
        {articles.map((a) => (
          <option key={a.id} value={a.id}>
            {`${articleName(a)} — ${a.title}`}
          </option>
        ))}
      </select>
      <select
        aria-label="Sort claims"
        value={filter.sort}
        onChange={(e) => onFilter({ ...filter, sort: e.target.value as ClaimSort })}
      >
        <option value="position">By position</option>
        <option value="kind">By kind</option>
        <option value="date">Newest first</option>
      </select>
    </div>
  )
}
