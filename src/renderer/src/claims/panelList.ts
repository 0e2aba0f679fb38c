/**
 * What the claims panel lists and what its keys do, as plain functions of its props: the claims in
 * scope with the suggestions, those still to review, the articles not yet asked for suggestions,
 * and the command a key press on the list stands for. Tested without React (test/renderer).
 */
import type { Article, Claim } from '@core/model'
import { isSuggestionId } from './suggestionIds'
import type { Suggestion } from './suggestions'

export type ClaimScope = 'view' | 'case'

export interface PanelScopeInput {
  claims: readonly Claim[]
  suggestions: readonly Suggestion[]
  articles: readonly Pick<Article, 'id'>[]
  shownArticleIds: readonly string[]
  askedArticleIds: readonly string[]
  /** The articles whose suggestions are still being found. */
  findingArticleIds?: readonly string[]
  scope: ClaimScope
}

/**
 * The claims and suggestions of the scope, its articles (panes first), those to review, the articles
 * never asked and those whose suggestions are still being found.
 */
export function panelScope({
  claims,
  suggestions,
  articles,
  shownArticleIds,
  askedArticleIds,
  findingArticleIds = [],
  scope
}: PanelScopeInput) {
  const order = [...shownArticleIds, ...articles.map((a) => a.id).filter((id) => !shownArticleIds.includes(id))]
  const all = [...claims, ...suggestions.map((s) => s.claim)]
  const inScope = scope === 'view' ? all.filter((c) => shownArticleIds.includes(c.articleId)) : all
  const scopeIds = scope === 'view' ? shownArticleIds : articles.map((a) => a.id)
  const pending = suggestions.filter((s) => scopeIds.includes(s.articleId))
  const unasked = scopeIds.filter((id) => !askedArticleIds.includes(id))
  const finding = scopeIds.filter((id) => findingArticleIds.includes(id))
  return { order, inScope, scopeIds, pending, unasked, finding }
}

export type ListCommand =
  { type: 'select'; index: number } | { type: 'accept' | 'edit' | 'link' | 'reject' | 'delete'; claim: Claim }

/**
 * The command of a key on the list, or null for a key it leaves alone. Arrows, Home and End move
 * the selection (clamped to the list); Enter accepts a suggestion or edits a claim; Backspace or
 * Delete rejects or deletes; L links a stored claim that has a place in the text.
 */
export function listKeyCommand(
  key: string,
  shown: readonly Claim[],
  selectedId: string | null,
  canLink: boolean
): ListCommand | null {
  const index = shown.findIndex((c) => c.id === selectedId)
  const to = (i: number): ListCommand | null =>
    shown.length === 0 ? null : { type: 'select', index: Math.max(0, Math.min(shown.length - 1, i)) }
  if (key === 'ArrowDown') return to(index + 1)
  if (key === 'ArrowUp') return to(index - 1)
  if (key === 'Home') return to(0)
  if (key === 'End') return to(shown.length - 1)
  const claim = shown[index]
  if (!claim) return null
  const suggested = isSuggestionId(claim.id)
  if (key === 'Enter') return { type: suggested ? 'accept' : 'edit', claim }
  if ((key === 'l' || key === 'L') && canLink && !suggested && !claim.orphan) return { type: 'link', claim }
  if (key === 'Delete' || key === 'Backspace') return { type: suggested ? 'reject' : 'delete', claim }
  return null
}

/** The heading's count: all in scope, or "shown of all" when a filter hides some. */
export const countLabel = (shown: number, inScope: number) =>
  shown === inScope ? `${inScope}` : `${shown} of ${inScope}`
