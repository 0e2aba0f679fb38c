/**
 * Canonical text: the one form every article body takes in Parallax, so that offsets, hashes and
 * comparisons mean the same thing whatever file, encoding or platform the text came from.
 * Canonical = Unicode NFC, `\n` line ends, no BOM or invisible junk, single spaces inside a line,
 * no spaces at line edges, paragraphs separated by exactly one blank line.
 */

/** Horizontal spaces that look like a space to a reader: tab, NBSP, the U+2000 block, narrow NBSP, ideographic space. */
const SPACE_LIKE = /[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g
/**
 * Characters that carry no text: BOM / zero-width no-break space, zero-width space, soft hyphen,
 * and C0/C1 controls other than the line feed. ZWJ/ZWNJ and bidi marks are kept: Persian and
 * mixed-direction text need them.
 */
const INVISIBLE = /[\uFEFF\u200B\u00AD\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g

/**
 * Anything normalizeText would change apart from NFC: a character it replaces or drops, two spaces,
 * a space at a line's edge, a line break at the text's edge. Whitespace that trim() removes is all in
 * SPACE_LIKE, INVISIBLE or the line breaks.
 */
const NOT_CANONICAL =
  /[\r\u2028\u0085\u2029\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\uFEFF\u200B\u00AD\u0000-\u0008\u000E-\u001F\u007F-\u009F]|  | \n|\n |^[ \n]|[ \n]$/

/** Returns `s` in canonical form: NFC, `\n` line ends, spaces collapsed, lines trimmed, no leading/trailing blank lines. */
export function normalizeText(s: string): string {
  // most text met (an imported page's paragraphs, text already stored) is canonical: one scan says so
  if (!NOT_CANONICAL.test(s) && s.normalize('NFC') === s) return s
  const unified = s
    .replace(/\r\n?|\u2028|\u0085/g, '\n')
    .replace(/\u2029/g, '\n\n')
    .replace(SPACE_LIKE, ' ')
    .replace(INVISIBLE, '')
    .normalize('NFC')
  return unified
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/^\n+|\n+$/g, '')
}

/**
 * Presentation forms (Arabic forms A and B, the Latin and Hebrew ligatures ﬁ ﬂ ﬀ, U+FB00–FDFF and
 * U+FE70–FEFC) as the letters they draw: PDF fonts map glyphs to these shaped forms, which look
 * right but match no word a journalist types or a reader's table holds. NFKC is applied to those
 * characters only: applied to the whole text it would also turn "²" into "2" and "½" into "1⁄2".
 */
export function unfoldPresentationForms(s: string): string {
  return s.replace(/[ﬀ-﷿ﹰ-ﻼ]+/g, (forms) => forms.normalize('NFKC'))
}

/**
 * `s` as a one-line field (a title, an outlet, a byline): canonical, with its line breaks as
 * spaces, so no control character of any kind (C0, C1, DEL) is left in it.
 */
export function normalizeLine(s: string): string {
  return normalizeText(s).replace(/\n+/g, ' ')
}

/** Splits canonical (or raw) text into paragraphs at blank lines; each paragraph keeps its inner single `\n`s. */
export function splitParagraphs(text: string): string[] {
  return normalizeText(text)
    .split(/\n{2,}/)
    .filter((p) => p !== '')
}

/** Joins paragraphs with exactly one blank line (`\n\n`), dropping empty ones; the inverse of splitParagraphs. */
export function joinParagraphs(paragraphs: readonly string[]): string {
  return paragraphs
    .map((p) => normalizeText(p).replace(/\n{2,}/g, '\n'))
    .filter((p) => p !== '')
    .join('\n\n')
}
