/**
 * Invisible characters in text that came from outside (titles, quotes, notes, addresses). A
 * right-to-left override (U+202E) can make "gpj.exe" read as "exe.jpg", or a quote read differently
 * from what is stored; a zero-width space can hide inside an address. Where such text is shown for
 * checking (editors, warnings, reports) they are made visible as markers (⟨U+202E⟩) instead.
 */

/** ALM, LRM/RLM, the embeddings and overrides (LRE…RLO, PDF) and the isolates (LRI…PDI). */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g
/**
 * The controls that reorder the characters after them: embeddings, overrides, isolates. The marks
 * (ALM, LRM, RLM) only place neutral characters, are common in Arabic and Hebrew copy, and stay.
 */
const REORDERING = /[\u202a-\u202e\u2066-\u2069]/g
/** Everything a reader cannot see: C0/C1 controls, bidi marks and controls, zero-width and joiner characters, soft hyphen, BOM. */
const INVISIBLE =
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g

function marker(c: string): string {
  return `⟨U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}⟩`
}

/** Whether `text` holds any direction control or mark. */
export function hasBidiControls(text: string): boolean {
  BIDI_CONTROLS.lastIndex = 0
  return BIDI_CONTROLS.test(text)
}

/** The text with its direction controls and marks made visible (⟨U+202E⟩): for editors, where every one matters. */
export function revealControls(text: string): string {
  return text.replace(BIDI_CONTROLS, marker)
}

/** The text with the controls that reorder it made visible, marks kept: for reports, where Arabic must still read right. */
export function revealReordering(text: string): string {
  return text.replace(REORDERING, marker)
}

/** The text with every invisible character made visible: for addresses and names that must read exactly as stored. */
export function revealInvisible(text: string): string {
  return text.replace(INVISIBLE, marker)
}

/**
 * The text wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE: laid out in its own direction,
 * and any override left open inside ends at the PDI (UAX #9), so it cannot reach the text after it.
 * For plain strings (option labels, notices) where an element like <bdi> cannot be used.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`
}
