/**
 * Claim suggestions in the reader: which suggestions are waiting for the journalist's review. A
 * suggestion is not stored until accepted; the app finds an article text's suggested claims once,
 * in the suggestion worker (useSuggestionDrafts.ts), and core/extract's `pendingOf` leaves out
 * those rejected before (dismissals) and those that would sit on a claim the journalist made.
 * `pendingSuggestions` is the same rule finding the claims in the caller's thread (tests, and
 * callers without a worker).
 */
export { isSuggestionId, pendingSuggestions, suggestionId, type Suggestion } from '@core/extract'
