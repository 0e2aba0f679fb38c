/**
 * The ids of suggestions waiting for review and the keys of rejected ones: core/extract's rule,
 * named here for the renderer's folders (no store here, so the comparison worker can use it too).
 */
export { dismissalKey, isSuggestionId, suggestionId } from '@core/extract'
