/**
 * Claim ↔ text: anchoring a span of an article's text (W3C TextPosition + TextQuote selectors, UTF-16
 * offsets) and finding it again, alone or all of an article's claims at once, when the text changes.
 */
export { anchorAt, CONTEXT_LENGTH } from './anchor'
export { locateAnchor, type Located, type LocateMethod } from './locate'
export { reanchorAll, type ReanchorResult, type ReanchorOutcome, type ReanchorOptions } from './reanchor'
export { previousVersion, reanchorClaims, type ReplaceSummary } from './versions'
