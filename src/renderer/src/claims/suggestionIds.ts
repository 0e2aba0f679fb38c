/**
 * The ids of suggestions waiting for review (stable across recomputations, never a stored claim's)
 * and the keys of rejected ones. No store here, so the comparison worker can use it too.
 */
import type { ClaimDraft } from '@core/model'

const PREFIX = 's:'

/** Stable across recomputations, so selection and the comparison can refer to a suggestion. */
export function suggestionId(articleId: string, draft: Pick<ClaimDraft, 'kind' | 'anchor'>): string {
  return `${PREFIX}${articleId}:${draft.kind}:${draft.anchor.start}:${draft.anchor.end}`
}

export function isSuggestionId(id: string): boolean {
  return id.startsWith(PREFIX)
}

/** The key of a rejected suggestion: the Dismissal record's id, so it is the store's (db imports no feature). */
export { dismissalKey } from '../db/queries'
