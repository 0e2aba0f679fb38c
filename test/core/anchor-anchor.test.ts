/** anchorAt (describing a span) and locateAnchor (finding it again), as tables. */
import { describe, expect, it } from 'vitest'
import { anchorAt, locateAnchor } from '@core/anchor'
import { anchorSchema, type Anchor } from '@core/model'

const report =
  'Iraqi strikes targeting gatherings of ISIL leaders in and around the Anbar border town of al-Qaim ' +
  'have killed at least 12 militants, the Joint Operations Command said on Tuesday. ' +
  'Residents said the strikes hit a house used by the group and a nearby checkpoint.\n\n' +
  'A security official said 12 killed was a preliminary figure and that the toll could rise. ' +
  'The town lies about 400 km west of Baghdad, near the border with Syria.'

/** The anchor of the first occurrence of `quote` in `text` (after `after`, if given). */
function anchorOf(text: string, quote: string, after = 0): Anchor {
  const start = text.indexOf(quote, after)
  if (start === -1) throw new Error(`fixture lacks ${quote}`)
  return anchorAt(text, start, start + quote.length)
}

describe('anchorAt', () => {
  it.each([
    ['middle of the text', 'Joint Operations Command', 32, 32],
    ['at the very start (empty prefix)', 'Iraqi strikes', 0, 32],
    ['at the very end (empty suffix)', 'border with Syria.', 32, 0],
    ['near the start (short prefix)', 'targeting', 14, 32]
  ])('%s', (_name, quote, prefixLength, suffixLength) => {
    const anchor = anchorOf(report, quote)
    expect(anchor.exact).toBe(quote)
    expect(anchor.end - anchor.start).toBe(quote.length)
    expect(anchor.prefix).toHaveLength(prefixLength)
    expect(anchor.suffix).toHaveLength(suffixLength)
    expect(report.slice(anchor.start - anchor.prefix.length, anchor.end + anchor.suffix.length)).toBe(
      anchor.prefix + anchor.exact + anchor.suffix
    )
    expect(anchorSchema.safeParse(anchor).success).toBe(true)
  })

  it('counts offsets in UTF-16 code units, so an emoji is two', () => {
    const text = 'Reaction 😡😡 from 12 killed'
    const anchor = anchorOf(text, '12 killed')
    expect(anchor.start).toBe(text.length - 9)
    expect(anchor.start).toBe(Array.from('Reaction 😡😡 from ').reduce((n, ch) => n + ch.length, 0))
    expect(anchor.prefix).toBe('Reaction 😡😡 from ')
  })

  it('does not cut a surrogate pair at the outer edge of prefix or suffix', () => {
    const emoji = '😀'
    // The prefix window of 32 units would start on the low half of the emoji: it starts after it instead.
    const before = emoji + 'a'.repeat(31)
    const after = 'b'.repeat(31) + emoji + 'tail'
    const text = `${before}QUOTE${after}`
    const anchor = anchorAt(text, before.length, before.length + 5)
    expect(anchor.prefix).toBe('a'.repeat(31))
    expect(anchor.suffix).toBe('b'.repeat(31))
    const whole = anchorAt('x' + before + 'QUOTE', before.length + 1, before.length + 6)
    expect(whole.prefix).toBe('a'.repeat(31))
  })

  it('anchors Arabic text by code units, context included', () => {
    const text = 'قال مسؤول أمني إن الغارات قتلت ١٢ مسلحاً في القائم يوم الثلاثاء.'
    const anchor = anchorOf(text, 'قتلت ١٢ مسلحاً')
    expect(text.slice(anchor.start, anchor.end)).toBe('قتلت ١٢ مسلحاً')
    expect(anchor.prefix).toBe('قال مسؤول أمني إن الغارات ')
    expect(anchor.suffix).toBe(' في القائم يوم الثلاثاء.')
  })

  it.each([
    ['start after end', 10, 5],
    ['empty span', 5, 5],
    ['negative start', -1, 4],
    ['end past the text', 0, 10_000],
    ['fractional offset', 1.5, 4]
  ])('throws RangeError on a bug: %s', (_name, start, end) => {
    expect(() => anchorAt(report, start, end)).toThrow(RangeError)
  })
})

/** Where `quote` (the first occurrence after `after`) lands in `edited`, or null. */
function relocate(quote: string, edited: string, after = 0, maxErrors?: number) {
  return locateAnchor(edited, anchorOf(report, quote, after), maxErrors === undefined ? {} : { maxErrors })
}

describe('locateAnchor', () => {
  it('finds an unchanged quote by position with score 1', () => {
    const found = relocate('Joint Operations Command', report)
    const anchor = anchorOf(report, 'Joint Operations Command')
    expect(found).toEqual({ start: anchor.start, end: anchor.end, method: 'position', score: 1 })
  })

  it.each([
    ['text inserted before it', 'BAGHDAD (Wire) — ' + report],
    ['text deleted before it', report.replace('Iraqi strikes targeting gatherings of ', '')],
    ['a whole paragraph inserted before it', 'An earlier paragraph, added in the update.\n\n' + report],
    ['its context lightly edited', report.replace('Command said on Tuesday', 'Command told reporters on Tuesday')]
  ])('follows a quote shifted by %s', (_name, edited) => {
    const found = relocate('Joint Operations Command', edited)
    expect(found).not.toBeNull()
    expect(edited.slice(found!.start, found!.end)).toBe('Joint Operations Command')
    expect(found!.method).toBe('quote')
    expect(found!.score).toBeGreaterThan(0.8)
  })

  it('chooses, of two copies of a quote, the one whose context matches', () => {
    // "12 killed" does not occur in the first paragraph; "12 militants" does. Use "said" as the repeated quote.
    const second = report.indexOf('said', report.indexOf('security official'))
    const anchor = anchorAt(report, second, second + 4)
    const edited = 'Update: ' + report
    const found = locateAnchor(edited, anchor)
    expect(found).toMatchObject({ start: second + 8, end: second + 12, method: 'quote' })
  })

  it('tells repeated copies apart by context even when the old position now holds another copy', () => {
    const text = 'the army said the town fell. the police said the town held. the mayor said nothing.'
    const target = text.indexOf('said', text.indexOf('police'))
    const anchor = anchorAt(text, target, target + 4)
    // Shift everything so that the old offset now points inside another "said" clause.
    const edited = text.replace('the army said the town fell. ', 'the army said it fell. ')
    const found = locateAnchor(edited, anchor)
    expect(found).not.toBeNull()
    expect(edited.slice(found!.start - 7, found!.end)).toBe('police said')
  })

  it('follows a quote that was itself slightly edited (fuzzy)', () => {
    const quote = 'gatherings of ISIL leaders in and around the Anbar border town'
    const edited = report.replace(quote, 'gatherings of ISIL commanders in and around the Anbar border town')
    const found = relocate(quote, edited)
    expect(found).not.toBeNull()
    expect(found!.method).toBe('fuzzy')
    expect(edited.slice(found!.start, found!.end)).toBe(
      'gatherings of ISIL commanders in and around the Anbar border town'
    )
    expect(found!.score).toBeLessThan(1)
    expect(found!.score).toBeGreaterThan(0.8)
  })

  it('returns null (an orphan) when the quote was deleted', () => {
    const quote = 'a house used by the group'
    const edited = report.replace('the strikes hit a house used by the group and ', 'the strikes hit ')
    expect(relocate(quote, edited)).toBeNull()
  })

  it('never moves a claim onto a changed figure: "12 killed" → "15 killed" is an orphan', () => {
    const edited = report.replace('said 12 killed was', 'said 15 killed was')
    expect(relocate('12 killed', edited)).toBeNull()
    // Even with a generous edit budget, and with an Arabic-Indic figure.
    expect(relocate('12 killed', edited, 0, 8)).toBeNull()
    const arabic = 'قال مسؤول أمني إن الغارات قتلت ١٢ مسلحاً في القائم يوم الثلاثاء.'
    const anchor = anchorOf(arabic, 'قتلت ١٢ مسلحاً')
    expect(locateAnchor(arabic.replace('١٢', '١٥'), anchor)).toBeNull()
    expect(locateAnchor(arabic.replace('١٢', '12'), anchor, { maxErrors: 3 })).not.toBeNull() // same figure, other digits
  })

  it('does not slide a deleted short quote onto the same word a few words away', () => {
    const text = 'Forces entered the town and the market on Monday after a long siege of the area.'
    const target = text.indexOf('the market')
    const anchor = anchorAt(text, target, target + 3) // the second "the"
    const edited = text.replace('and the market', 'and market')
    expect(locateAnchor(edited, anchor)).toBeNull()
  })

  it('does not land inside a longer word', () => {
    const text = 'It was a natural refuge for a while.'
    const anchor = anchorAt(text, 7, 8) // "a"
    const edited = 'It was natural refuge for a while.'
    const found = locateAnchor(edited, anchor)
    expect(found === null || edited.slice(found.start - 1, found.end + 1) === ' a ').toBe(true)
    expect(found?.start).not.toBe(edited.indexOf('atural'))
  })

  it('places a quote at the very edges of the text', () => {
    const first = anchorOf(report, 'Iraqi strikes')
    const last = anchorOf(report, 'border with Syria.')
    const edited = report.replace('400 km', 'about 400 kilometres')
    expect(locateAnchor(edited, first)).toMatchObject({ start: 0, end: 13 })
    const found = locateAnchor(edited, last)
    expect(edited.slice(found!.start, found!.end)).toBe('border with Syria.')
  })

  it('returns valid offsets into the new text, exact as written there', () => {
    const edited = 'BREAKING: ' + report.replace('checkpoint', 'check point')
    for (const quote of ['Joint Operations Command', 'a nearby checkpoint', 'Anbar border town']) {
      const found = relocate(quote, edited)
      expect(found).not.toBeNull()
      expect(found!.start).toBeGreaterThanOrEqual(0)
      expect(found!.end).toBeLessThanOrEqual(edited.length)
      expect(found!.start).toBeLessThan(found!.end)
    }
  })

  it('scores better matches higher: position > shifted > context edited > context edited more', () => {
    const quote = 'Joint Operations Command said'
    const scores = [
      report,
      'Update: ' + report,
      report.replace('at least 12 militants, the', 'at least 12 fighters, the'),
      report.replace('at least 12 militants, the', 'at least a dozen fighters, reported the')
    ].map((edited) => relocate(quote, edited)!.score)
    expect(scores).toEqual([...scores].sort((a, b) => b - a))
    expect(new Set(scores).size).toBe(scores.length)
  })

  it('scores a quote with fewer edits higher', () => {
    const quote = 'gatherings of ISIL leaders in and around the Anbar border town'
    const scores = [
      'gatherings of ISIL leaders in and around the Anbar border town',
      'gatherings of ISIL leaders in and around Anbar border town',
      'gatherings of ISIL commanders in and around Anbar border town'
    ].map((changed) => relocate(quote, report.replace(quote, changed))!.score)
    expect(scores).toEqual([...scores].sort((a, b) => b - a))
    expect(new Set(scores).size).toBe(scores.length)
  })
})
