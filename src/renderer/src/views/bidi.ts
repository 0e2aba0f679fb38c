/**
 * Unicode direction controls in text that came from outside (titles, quotes, notes, file names).
 * A right-to-left override (U+202E) can make "gpj.exe" read as "exe.jpg", or a quote read
 * differently from what is stored, so editors show them as visible markers, and UI strings that
 * quote outside text isolate it, so an unclosed override cannot flip the words around it.
 */

/** ALM, LRM/RLM, the embeddings and overrides (LRE…RLO, PDF) and the isolates (LRI…PDI). */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

/** Whether `text` holds any direction control. */
export function hasBidiControls(text: string): boolean {
  BIDI_CONTROLS.lastIndex = 0
  return BIDI_CONTROLS.test(text)
}

/** The text with invisible direction controls made visible (⟨U+202E⟩). */
export function revealControls(text: string): string {
  return text.replace(BIDI_CONTROLS, (c) => `⟨U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}⟩`)
}

/**
 * The text wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE: laid out in its own direction,
 * and any override left open inside ends at the PDI (UAX #9), so it cannot reach the UI text after it.
 * For plain strings (option labels, notices) where an element like <bdi> cannot be used.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`
}
