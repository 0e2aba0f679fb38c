/**
 * Direction controls in text from outside, for the views: the rule is core's (src/core/text), so
 * the reader, its editors and the exported reports reveal and isolate the same characters.
 */
export { hasBidiControls, isolate, revealControls, revealInvisible } from '@core/text'
