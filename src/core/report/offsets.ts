/**
 * The one unit of offsets in the exports other tools read (Web Annotation, CSV): Unicode code
 * points, which the Web Annotation model prescribes for TextPositionSelector and which a
 * spreadsheet's or Python's string functions count. Parallax itself counts UTF-16 code units
 * (Article.text, the parallax/1 bundle); the two differ only after characters outside the Basic
 * Multilingual Plane (emoji, rare scripts).
 */

/** What the exports call their offsets, in headers and documentation. */
export const EXPORT_OFFSET_UNIT = 'code points'

/**
 * A converter from UTF-16 offsets into `text` to code-point offsets, made once per article: an
 * export converts every claim's offsets, and counting from the start each time is quadratic in a
 * long article with many claims. Text without surrogates (most news copy) converts as it is; other
 * text by a binary search over where its surrogate pairs start.
 */
export function codePointOffsets(text: string): (utf16Offset: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (offset) => offset
  const pairs: number[] = []
  for (let i = 0; i + 1 < text.length; i++) {
    const unit = text.charCodeAt(i)
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) pairs.push(i++)
    }
  }
  return (offset) => {
    // pairs that end at or before the offset count one code point for two units
    let lo = 0
    let hi = pairs.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (pairs[mid]! + 2 <= offset) lo = mid + 1
      else hi = mid
    }
    // an offset inside a pair (between its halves) counts the pair's first half as one
    return offset - lo
  }
}

const converters = new WeakMap<object, (utf16Offset: number) => number>()

/** The converter of an article's text, made once per article object (an article's text never changes in place). */
export function codePointOffsetsOf(article: { text: string }): (utf16Offset: number) => number {
  let convert = converters.get(article)
  if (!convert) converters.set(article, (convert = codePointOffsets(article.text)))
  return convert
}
