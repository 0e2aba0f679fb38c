/**
 * Claim suggestions in the reader: which suggestions are waiting for the journalist's review. A
 * suggestion is not stored until accepted; core/extract computes it once per article text, minus
 * those rejected before (dismissals) and those that would sit on a claim the journalist made.
 */
export { isSuggestionId, pendingSuggestions, suggestionId, type Suggestion } from '@core/extract'
