/**
 * One comparison run, as the worker (or, without workers, the UI thread) does it: the case's
 * pending suggestions (the very ones the claims panel lists, from the suggested claims the
 * suggestion worker found) plus its stored claims, all compared at once. Pure: the same input
 * gives the same output, so the worker and the inline fallback cannot drift apart.
 */
import { compareArticles } from '@core/compare'
import { pendingOf, suggestClaims } from '@core/extract'
import type { Article, Claim, ClaimDraft, Comparison } from '@core/model'
import { isSuggestionId } from '../claims/suggestionIds'

export interface CompareInput {
  articles: Article[]
  /** The case's stored claims (rejected ones are ignored by compare). */
  claims: Claim[]
  /** dismissalKey()s of suggestions the journalist rejected: they are not compared. */
  dismissed: string[]
  /** Timestamp given to suggestion claims (core reads no clock). */
  now: string
  /**
   * The suggested claims of each article, by id, as the suggestion worker found them (the app
   * always gives them: they are found once per text). An article missing here has them found here.
   */
  suggested?: Record<string, readonly ClaimDraft[]>
}

export interface CompareResult {
  comparison: Comparison
  /** The pending suggestions compared, as claims with ids `s:${articleId}:${kind}:${start}:${end}`. */
  suggestions: Claim[]
}

export { isSuggestionId }

export function runComparison(input: CompareInput): CompareResult {
  const dismissed = new Set(input.dismissed)
  const suggestions = input.articles.flatMap((a) =>
    pendingOf(a, input.suggested?.[a.id] ?? suggestClaims(a), input.claims, dismissed, input.now).map((s) => s.claim)
  )
  // orphans have no place in the text, so they cannot be aligned with anything
  const claims = [...input.claims.filter((c) => !c.orphan), ...suggestions]
  return { comparison: compareArticles({ articles: input.articles, claims }), suggestions }
}
