/** text/segment: sentences and words with offsets into the text, through the abbreviations of news copy ("Brig. Gen.", "Aug. 14", "U.S."). */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { segmentSentences, segmentTokens } from '@core/text'

const sentences = (text: string) => segmentSentences(text).map((s) => text.slice(s.start, s.end))

describe('segmentSentences', () => {
  it.each([
    [
      'titles before a name',
      'Spokesman Brig. Gen. Yahya Rasul told Diyaruna. The army agreed.',
      ['Spokesman Brig. Gen. Yahya Rasul told Diyaruna.', 'The army agreed.']
    ],
    [
      'a month abbreviation before a day',
      'BAGHDAD, Aug. 14 (Wire) - Strikes hit. More followed.',
      ['BAGHDAD, Aug. 14 (Wire) - Strikes hit.', 'More followed.']
    ],
    [
      'an initialism inside a sentence',
      'The U.S. Army and the U.N. Mission met. Talks ended.',
      ['The U.S. Army and the U.N. Mission met.', 'Talks ended.']
    ],
    [
      'an initialism ending a sentence',
      'Troops came from the U.S. The war went on.',
      ['Troops came from the U.S.', 'The war went on.']
    ],
    [
      'closing quotes stay with their sentence',
      '"We will win." He left. "Why?" she asked.',
      ['"We will win."', 'He left.', '"Why?" she asked.']
    ],
    [
      'a comma inside a quote does not split',
      '"The slain terrorist was close to him," the statement said.',
      ['"The slain terrorist was close to him," the statement said.']
    ],
    [
      'decimals and lower-case continuations',
      'It rose 3.5 per cent vs. last year. approx. nothing else.',
      ['It rose 3.5 per cent vs. last year. approx. nothing else.']
    ],
    [
      'a line break always ends a sentence',
      'Striking ISIL leadership\nIn a joint operation, forces struck',
      ['Striking ISIL leadership', 'In a joint operation, forces struck']
    ],
    [
      'an ellipsis and exclamation',
      'Wait... Then it came! Nobody moved?',
      ['Wait...', 'Then it came!', 'Nobody moved?']
    ],
    [
      'No. before a number',
      'Resolution No. 5 passed. No. We refused.',
      ['Resolution No. 5 passed.', 'No.', 'We refused.']
    ]
  ])('%s', (_name, text, expected) => {
    expect(sentences(text)).toEqual(expected)
  })

  it('gives exact UTF-16 offsets, trimmed, in order, for text with astral characters and paragraphs', () => {
    const text = 'Ḥusayba 𝒳 fell. Then al-Qaim.\n\n  “Nothing,” he said.  '
    const spans = segmentSentences(text)
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([
      'Ḥusayba 𝒳 fell.',
      'Then al-Qaim.',
      '“Nothing,” he said.'
    ])
    for (let k = 1; k < spans.length; k++) expect(spans[k]!.start).toBeGreaterThanOrEqual(spans[k - 1]!.end)
  })

  it('segments a range of the text only, with offsets into the whole text', () => {
    const text = 'First one. Second one. Third one.'
    const spans = segmentSentences(text, 11, 22)
    expect(spans).toEqual([{ start: 11, end: 22 }])
  })
})

describe('segmentTokens', () => {
  it('keeps hyphenated names, possessives, and figures with separators whole', () => {
    const text = "al-Baghdadi's 1,500 fighters (3.5%) in U.S. hands"
    expect(segmentTokens(text).map((t) => t.text)).toEqual([
      "al-Baghdadi's",
      '1,500',
      'fighters',
      '3.5',
      'in',
      'U.S',
      'hands'
    ])
  })

  it('gives offsets such that text.slice(start, end) is the token', () => {
    const text = 'Ḥusayba, 𝒳 al-Qaim — twelve'
    for (const t of segmentTokens(text)) expect(text.slice(t.start, t.end)).toBe(t.text)
    expect(segmentTokens(text, text.indexOf('al-')).map((t) => t.text)).toEqual(['al-Qaim', 'twelve'])
  })

  it('finds the words of the word pattern in any script, from any start, cut at any end', () => {
    // the tokeniser is a hand-written scanner; this is the pattern it stands for
    const WORDS = /[\p{L}\p{M}\p{N}]+(?:['\u2019\-\u2010\u2011.,][\p{L}\p{M}\p{N}]+)*/gu
    const byPattern = (text: string, from: number, to: number) => {
      const out: { start: number; end: number; text: string }[] = []
      WORDS.lastIndex = from
      for (let m = WORDS.exec(text); m && m.index < to; m = WORDS.exec(text)) {
        const end = Math.min(to, m.index + m[0].length)
        out.push({ start: m.index, end, text: text.slice(m.index, end) })
      }
      return out
    }
    const piece = fc.constantFrom(
      'a',
      'Z',
      '7',
      ' ',
      '-',
      '\u2010',
      '\u2011',
      "'",
      '\u2019',
      '.',
      ',',
      ';',
      '\n',
      'é',
      'e\u0301',
      'ق',
      '\u0651',
      '٣',
      '𝒳',
      '😀',
      '\ud800',
      '\udc00',
      '\u00a0',
      '—',
      'İ'
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.nat(), fc.nat(), (parts, x, y) => {
        const text = parts.join('')
        let from = text.length === 0 ? 0 : x % (text.length + 1)
        // a start inside a surrogate pair is not a place a sentence starts
        if (from > 0 && /[\udc00-\udfff]/.test(text[from] ?? '') && /[\ud800-\udbff]/.test(text[from - 1]!)) from--
        const to = from + (text.length === from ? 0 : y % (text.length - from + 1))
        expect(segmentTokens(text, from, to)).toEqual(byPattern(text, from, to))
      }),
      { numRuns: 2000 }
    )
  })
})
