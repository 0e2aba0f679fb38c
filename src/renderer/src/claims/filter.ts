/**
 * The claims panel's list: which claims show (scope, kind, status, origin, article, search) and in
 * what order. Pure, so it is tested without a browser and stays fast at 10,000 claims.
 */
import type { Claim, ClaimKind, ClaimOrigin, ClaimStatus } from '@core/model'
import { formatValue } from '@core/report'
import { isSuggestionId } from './suggestionIds'

export type ClaimSort = 'position' | 'kind' | 'date'

export interface ClaimFilter {
  kinds: readonly ClaimKind[]
  statuses: readonly ClaimStatus[]
  origins: readonly ClaimOrigin[]
  /** Only these articles; empty means all in scope. */
  articleIds: readonly string[]
  search: string
  sort: ClaimSort
  /** Only suggestions still to review, or only stored claims; absent for both. */
  review?: 'pending' | 'stored'
}

export const emptyFilter: ClaimFilter = {
  kinds: [],
  statuses: [],
  origins: [],
  articleIds: [],
  search: '',
  sort: 'position'
}

/** Folds case, accents and Arabic marks so "Fallujah" finds "FALLUJAH" and "é" finds "e". */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g, '')
    .toLowerCase()
}

// Claim records from the store are immutable; each keystroke of a search reuses their folded text.
const searchable = new WeakMap<Claim, string>()

/** Everything a search looks through: the quote, the value in words, the raw value, note and tags. */
export function searchableText(claim: Claim): string {
  let text = searchable.get(claim)
  if (text === undefined) {
    const raw = Object.values(claim.value as Record<string, unknown>)
      .filter((v) => v !== undefined)
      .join(' ')
    text = foldText([claim.anchor.exact, formatValue(claim), raw, claim.note, claim.tags.join(' ')].join('\n'))
    searchable.set(claim, text)
  }
  return text
}

const kindOrder: Record<ClaimKind, number> = { casualty: 0, date: 1, attribution: 2, quantity: 3, other: 4 }

/**
 * The claims to list. `articleOrder` gives each article's place (left pane first), so "position"
 * sorts by article, then by offset; orphans (no place in the text) come last in their article.
 */
export function filterClaims(claims: readonly Claim[], filter: ClaimFilter, articleOrder: readonly string[]): Claim[] {
  const words = foldText(filter.search).split(/\s+/).filter(Boolean)
  const place = new Map(articleOrder.map((id, i) => [id, i]))
  const kept = claims.filter(
    (c) =>
      (filter.kinds.length === 0 || filter.kinds.includes(c.kind)) &&
      (filter.statuses.length === 0 || filter.statuses.includes(c.status)) &&
      (filter.origins.length === 0 || filter.origins.includes(c.origin)) &&
      (filter.articleIds.length === 0 || filter.articleIds.includes(c.articleId)) &&
      (filter.review === undefined || (filter.review === 'pending') === isSuggestionId(c.id)) &&
      (words.length === 0 || matchesAll(searchableText(c), words))
  )
  const byPosition = (a: Claim, b: Claim) =>
    (place.get(a.articleId) ?? 1e9) - (place.get(b.articleId) ?? 1e9) ||
    Number(!!a.orphan) - Number(!!b.orphan) ||
    a.anchor.start - b.anchor.start ||
    a.anchor.end - b.anchor.end
  const compare: Record<ClaimSort, (a: Claim, b: Claim) => number> = {
    position: byPosition,
    kind: (a, b) => kindOrder[a.kind] - kindOrder[b.kind] || byPosition(a, b),
    date: (a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : byPosition(a, b))
  }
  return kept.sort(compare[filter.sort])
}

function matchesAll(haystack: string, words: readonly string[]): boolean {
  return words.every((w) => haystack.includes(w))
}

/** The filter with one kind chip toggled. */
export function toggleKind(filter: ClaimFilter, kind: ClaimKind): ClaimFilter {
  return {
    ...filter,
    kinds: filter.kinds.includes(kind) ? filter.kinds.filter((k) => k !== kind) : [...filter.kinds, kind]
  }
}

/** The filter with "to review" toggled: only suggestions still to review, or every claim again. */
export function togglePending(filter: ClaimFilter): ClaimFilter {
  return { ...filter, review: filter.review === 'pending' ? undefined : 'pending' }
}
