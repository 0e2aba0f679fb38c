/** The span matcher every eval table uses: overlap rule, one to one, best first, ignored spans. */
import { describe, expect, it } from 'vitest'
import { matchSpans, overlapShare, rates, scoreSpanGold, type SpanGold } from './score'

const span = (start: number, end: number) => ({ start, end })

describe('overlapShare', () => {
  it.each([
    [span(0, 10), span(0, 10), 1],
    [span(0, 10), span(2, 5), 1],
    [span(0, 10), span(5, 15), 0.5],
    [span(0, 4), span(3, 13), 0.25],
    [span(0, 4), span(4, 8), 0]
  ])('%o and %o share %d of the shorter span', (a, b, share) => {
    expect(overlapShare(a, b)).toBe(share)
  })
})

describe('matchSpans', () => {
  it('gives a place to the suggestion that overlaps it most, whatever the order', () => {
    const place = [{ spans: [span(10, 20)], gold: 0 }]
    const worse = span(15, 25)
    const better = span(11, 19)
    expect(matchSpans([worse, better], place).matched).toEqual(new Map([[1, 0]]))
    expect(matchSpans([better, worse], place).matched).toEqual(new Map([[0, 0]]))
    expect(matchSpans([worse, better], place).unmatched).toEqual([0])
  })

  it('matches at half of the shorter span and not below', () => {
    const place = [{ spans: [span(0, 10)], gold: 0 }]
    expect(matchSpans([span(5, 15)], place).matched.size).toBe(1)
    expect(matchSpans([span(6, 16)], place).matched.size).toBe(0)
  })

  it('reads a place by its best span (a cue, or its source and cue)', () => {
    const place = [{ spans: [span(20, 24), span(10, 24)], gold: 0 }]
    expect(matchSpans([span(10, 18)], place).matched.size).toBe(1)
  })

  it('counts a leftover suggestion on an ignored span neither way, and one elsewhere as a false positive', () => {
    const m = matchSpans([span(0, 5), span(30, 40), span(50, 55)], [{ spans: [span(0, 5)], gold: 0 }], [span(30, 39)])
    expect(m.ignored).toEqual([1])
    expect(m.unmatched).toEqual([2])
  })
})

describe('scoreSpanGold', () => {
  const gold: Array<SpanGold<string>> = [
    { spans: [span(0, 6)], required: true, value: '1998-01-07', label: 'a' },
    { spans: [span(20, 30)], required: true, value: '1998-08', label: 'b' }
  ]

  it('scores an exact suggestion higher than a loose one in exact-span F1, the same in overlap F1', () => {
    const exact = scoreSpanGold('date', gold, [{ ...span(0, 6), iso: '1998-01-07' }])
    const loose = scoreSpanGold('date', gold, [{ ...span(0, 9), iso: '1998-01-07' }])
    expect(rates(exact.score).f1).toBe(rates(loose.score).f1)
    expect(rates({ ...exact.strict, valuePairs: 0, valueCorrect: 0 }).f1).toBeGreaterThan(
      rates({ ...loose.strict, valuePairs: 0, valueCorrect: 0 }).f1
    )
  })

  it('counts precision, recall and value accuracy over matched pairs', () => {
    const r = scoreSpanGold(
      'date',
      gold,
      [
        { ...span(0, 6), iso: '1998-01-07' },
        { ...span(22, 28), iso: '1997-08' },
        { ...span(40, 44), iso: '1999' }
      ],
      [],
      (s, want) => s.iso === want
    )
    expect(r.score).toMatchObject({
      gold: 2,
      suggested: 3,
      tp: 2,
      fp: 1,
      matchedGold: 2,
      valuePairs: 2,
      valueCorrect: 1
    })
    expect(r.wrongValues.map((w) => w.gold.label)).toEqual(['b'])
  })

  it('counts a suggestion repeated on the same span once', () => {
    const r = scoreSpanGold('date', gold, [span(0, 6), span(0, 6)])
    expect(r.score).toMatchObject({ suggested: 1, tp: 1, fp: 0 })
  })
})
