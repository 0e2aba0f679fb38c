/**
 * One comparison run, as the worker (or, without workers, the UI thread) does it: the case's
 * pending suggestions (suggestClaims per article, minus those the journalist dismissed or already
 * tagged: the same rule as claims/suggestions.ts, which the worker cannot import as it reads the db) plus its stored claims, all compared at once. Pure: the same input gives the same output,
 * so the worker and the inline fallback cannot drift apart.
 */
import { compareArticles } from '@core/compare'
import { suggestClaims } from '@core/extract'
import type { Article, Claim, Comparison } from '@core/model'
// the suggestion list's own ids, so a verdict and a dashed highlight name the same suggestion
import { isSuggestionId, suggestionId } from '../claims/suggestionIds'

export interface CompareInput {
  articles: Article[]
  /** The case's stored claims (rejected ones are ignored by compare). */
  claims: Claim[]
  /** dismissalKey()s of suggestions the journalist rejected: they are not compared. */
  dismissed: string[]
  /** Timestamp given to suggestion claims (core reads no clock). */
  now: string
}

export interface CompareResult {
  comparison: Comparison
  /** The pending suggestions compared, as claims with ids `s:${articleId}:${kind}:${start}:${end}`. */
  suggestions: Claim[]
}

export { isSuggestionId }

/** Same identity as db's dismissalKey; repeated here because the worker must not import the database module. */
const dismissalKeyOf = (articleId: string, kind: string, exact: string, start: number) => `${articleId}|${kind}|${exact}|${start}`

/** Pending suggestions of one article: not dismissed and not overlapping a stored claim of the same kind. */
export function pendingSuggestions(article: Article, stored: readonly Claim[], dismissed: ReadonlySet<string>, now: string): Claim[] {
  const own = stored.filter((c) => c.articleId === article.id && !c.orphan)
  // the date as the suggestion list passes it, so both find the very same suggestions
  return suggestClaims({ text: article.text, publishedAt: article.publishedAt?.slice(0, 10) })
    .filter((d) => !dismissed.has(dismissalKeyOf(article.id, d.kind, d.anchor.exact, d.anchor.start)))
    .filter((d) => !own.some((c) => c.kind === d.kind && c.anchor.start < d.anchor.end && d.anchor.start < c.anchor.end))
    .map((d) => ({ ...d, id: suggestionId(article.id, d), articleId: article.id, createdAt: now, updatedAt: now }) as Claim)
}

export function runComparison(input: CompareInput): CompareResult {
  const dismissed = new Set(input.dismissed)
  const suggestions = input.articles.flatMap((a) => pendingSuggestions(a, input.claims, dismissed, input.now))
  // orphans have no place in the text, so they cannot be aligned with anything
  const claims = [...input.claims.filter((c) => !c.orphan), ...suggestions]
  return { comparison: compareArticles({ articles: input.articles, claims }), suggestions }
}
