/**
 * The one unit of offsets in the exports other tools read (Web Annotation, CSV): Unicode code
 * points, which the Web Annotation model prescribes for TextPositionSelector and which a
 * spreadsheet's or Python's string functions count. Parallax itself counts UTF-16 code units
 * (Article.text, the parallax/1 bundle); the two differ only after characters outside the Basic
 * Multilingual Plane (emoji, rare scripts).
 */

/** What the exports call their offsets, in headers and documentation. */
export const EXPORT_OFFSET_UNIT = 'code points'

/** The code-point offset of a UTF-16 offset into `text` (a lone high surrogate counts as one). */
export function codePointOffset(text: string, utf16Offset: number): number {
  let n = 0
  for (let i = 0; i < utf16Offset; i++) {
    const unit = text.charCodeAt(i)
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < utf16Offset) i++
    n++
  }
  return n
}
