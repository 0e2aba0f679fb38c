/** text/normalize: canonical text (NFC, line ends, spaces, paragraphs), the one form every offset counts in. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { joinParagraphs, normalizeText, splitParagraphs } from '@core/text'

describe('normalizeText', () => {
  it.each([
    ['CRLF line ends', 'a\r\nb', 'a\nb'],
    ['old Mac line ends', 'a\rb', 'a\nb'],
    ['a leading BOM', '\uFEFFHello', 'Hello'],
    ['tabs and no-break spaces', 'a\tb\u00A0c\u202Fd', 'a b c d'],
    ['runs of spaces inside a line', 'three   spaces', 'three spaces'],
    ['spaces at both line edges', '  indented  \n  next  ', 'indented\nnext'],
    ['leading and trailing blank lines', '\n\n body \n\n\n', 'body'],
    ['decomposed é to NFC', 'caf\u0065\u0301', 'caf\u00E9'],
    ['zero-width space and soft hyphen', 'mili\u00ADtant\u200Bs', 'militants'],
    ['control characters', 'a\u0007b\u0000c', 'abc'],
    ['blank lines between paragraphs are kept', 'one\n\n\ntwo', 'one\n\n\ntwo']
  ])('handles %s', (_what, input, expected) => {
    expect(normalizeText(input)).toBe(expected)
  })

  it('keeps the zero-width non-joiner Persian spelling needs', () => {
    expect(normalizeText('می\u200Cخواهم')).toBe('می\u200Cخواهم')
  })

  it('is idempotent', () => {
    const once = normalizeText(' x\r\n\r\n\ty  z \u00A0')
    expect(normalizeText(once)).toBe(once)
  })

  it('gives what the full set of rules gives, whether or not the text was canonical already (the shortcut is exact)', () => {
    // the rules spelled out, without normalizeText's shortcut for text that is canonical already
    const byRules = (t: string) =>
      t
        .replace(/\r\n?|\u2028|\u0085/g, '\n')
        .replace(/\u2029/g, '\n\n')
        .replace(/[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
        .replace(/[\uFEFF\u200B\u00AD\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g, '')
        .normalize('NFC')
        .split('\n')
        .map((line) => line.replace(/ {2,}/g, ' ').trim())
        .join('\n')
        .replace(/^\n+|\n+$/g, '')
    const piece = fc.constantFrom(
      'a',
      'Z',
      ' ',
      '  ',
      '\n',
      '\n\n',
      '\r',
      '\t',
      '\u00A0',
      '\u2028',
      '\u2029',
      '\u0085',
      '\uFEFF',
      '\u200B',
      '\u00AD',
      '\u200C',
      '\u0007',
      'e\u0301',
      '\u00E9',
      'ق',
      '\u3000',
      '\u180E',
      '\u2009'
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join('')
        expect(normalizeText(text)).toBe(byRules(text))
        expect(normalizeText(byRules(text))).toBe(byRules(text))
      }),
      { numRuns: 3000 }
    )
  })
})

describe('splitParagraphs and joinParagraphs', () => {
  it.each([
    ['single blank lines', 'a\n\nb', ['a', 'b']],
    ['doubled blank lines', 'a\n\n\n\nb', ['a', 'b']],
    ['blank lines holding spaces', 'a\n  \n\t\nb', ['a', 'b']],
    ['a line break inside a paragraph', 'a\nb\n\nc', ['a\nb', 'c']],
    ['nothing', '  \n ', []]
  ])('splits at %s', (_what, input, expected) => {
    expect(splitParagraphs(input)).toEqual(expected)
  })

  it('joins with exactly one blank line and drops empty paragraphs', () => {
    expect(joinParagraphs(['one', '', '  two  ', 'three\n\n\nstill three'])).toBe('one\n\ntwo\n\nthree\nstill three')
  })

  it('round-trips canonical text', () => {
    const text = 'First.\n\nSecond line one\nline two.\n\nThird.'
    expect(joinParagraphs(splitParagraphs(text))).toBe(text)
  })
})
