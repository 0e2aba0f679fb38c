/**
 * Claim suggestions in the reader: which suggestions are waiting for the journalist's review. A
 * suggestion is not stored until accepted; it is recomputed from the text (core/extract is fast),
 * minus those rejected before (dismissals) and those that would sit on a claim the journalist made.
 */
import { claimFromDraft, type Article, type Claim, type ClaimDraft } from '@core/model'
import { suggestClaims } from '@core/extract'
import { dismissalKey, isSuggestionId, suggestionId } from './suggestionIds'

/** A suggestion waiting for review: shown like a claim, with a stable id of its own. */
export interface Suggestion {
  id: string
  articleId: string
  draft: ClaimDraft
  /** The same suggestion as a Claim, for the panel and the highlights. */
  claim: Claim
}

export { isSuggestionId, suggestionId }

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end

/** The suggestions of one article still to review: none rejected before, none on top of a stored claim of the same kind. */
export function pendingSuggestions(
  article: Pick<Article, 'id' | 'text' | 'publishedAt'>,
  stored: readonly Claim[],
  dismissed: ReadonlySet<string>,
  now = ''
): Suggestion[] {
  const own = stored.filter((c) => c.articleId === article.id && !c.orphan)
  return suggestClaims({ text: article.text, publishedAt: article.publishedAt?.slice(0, 10) })
    .filter((d) => !dismissed.has(dismissalKey(article.id, d.kind, d.anchor.exact, d.anchor.start)))
    .filter((d) => !own.some((c) => c.kind === d.kind && overlaps(c.anchor, d.anchor)))
    .map((draft) => {
      const id = suggestionId(article.id, draft)
      return { id, articleId: article.id, draft, claim: claimFromDraft(draft, { id, articleId: article.id }, now) }
    })
}
