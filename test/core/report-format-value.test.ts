/** How claim values read for people: one table per kind. */
import { describe, expect, it } from 'vitest'
import type { Claim } from '@core/model'
import { formatNumber, formatValue } from '@core/report'

const T = '2024-05-01T08:00:00.000Z'
function claim(kind: Claim['kind'], value: unknown, exact = 'quote'): Claim {
  return {
    id: 'c',
    articleId: 'a',
    kind,
    value,
    anchor: { start: 0, end: exact.length, exact, prefix: '', suffix: '' },
    origin: 'manual',
    status: 'unreviewed',
    note: '',
    tags: [],
    createdAt: T,
    updatedAt: T
  } as Claim
}

describe('formatValue', () => {
  it.each([
    [{ outcome: 'killed', min: 12, max: 12 }, '12 killed'],
    [{ outcome: 'killed_or_wounded', min: 20 }, 'at least 20 killed or wounded'],
    [{ outcome: 'wounded', vague: 'dozens' }, 'dozens wounded'],
    [{ outcome: 'killed', min: 12, max: 15 }, '12 to 15 killed'],
    [{ outcome: 'displaced', max: 3000 }, 'up to 3,000 displaced'],
    [{ outcome: 'captured', min: 1, max: 1, who: 'ISIL financier' }, '1 captured (ISIL financier)'],
    [{ outcome: 'missing' }, 'an unstated number missing']
  ])('casualty %j → %s', (value, expected) => {
    expect(formatValue(claim('casualty', value))).toBe(expected)
  })

  it.each([
    ['--07-29', 'day', 'gregorian', 'July 29th', '29 July (year not stated)'],
    ['2014-06', 'month', 'gregorian', 'June 2014', 'June 2014'],
    ['2016-08-14', 'day', 'gregorian', 'Aug 14', '14 August 2016'],
    ['2003', 'year', 'gregorian', '2003', '2003'],
    ['--06', 'month', 'gregorian', 'the end of June', 'June (year not stated)'],
    ['weekday:4', 'weekday', 'gregorian', 'Thursday', 'Thursday (week not stated)'],
    ['spring', 'season', 'gregorian', 'last spring', 'last spring'],
    ['1445-10-16', 'day', 'hijri', 'Shawwal 16, 1445 H', 'Shawwal 16, 1445 H (Hijri calendar)']
  ])('date %s (%s, %s) → %s', (iso, granularity, calendar, text, expected) => {
    expect(formatValue(claim('date', { iso, granularity, calendar, text }))).toBe(expected)
  })

  it.each([
    [
      { speaker: 'Saad Maan', role: 'Interior Ministry spokesman', via: 'Diyaruna', verb: 'told' },
      'Saad Maan (Interior Ministry spokesman), told Diyaruna'
    ],
    [{ speaker: 'Joint Operations Command', verb: 'said' }, 'Joint Operations Command said'],
    [{ speaker: 'AFP', via: 'Diyaruna' }, 'AFP via Diyaruna'],
    [
      { speaker: 'Fadel Abu Ragheef', verb: 'said', quote: 'nowhere left to hide' },
      'Fadel Abu Ragheef said: “nowhere left to hide”'
    ],
    [{ speaker: '' }, 'unnamed source'],
    [{ speaker: 'the United Nations', verb: 'according to' }, 'according to the United Nations']
  ])('attribution %j → %s', (value, expected) => {
    expect(formatValue(claim('attribution', value))).toBe(expected)
  })

  it.each([
    [{ amount: 400, unit: 'km' }, 'about 400 kilometres', 'about 400 km'],
    [{ amount: 500, unit: 'km' }, 'some 500 km', 'about 500 km'],
    [{ amount: 6, unit: 'vehicles' }, 'six four-wheel-drive vehicles', '6 vehicles'],
    [{ min: 1500, unit: 'fighters' }, 'over 1,500 IS fighters', 'at least 1,500 fighters'],
    // the reader's own parse of these quotes: the amount is also the bound, and the bound keeps its words
    [
      { amount: 1500, min: 1500, unit: 'fighters', what: 'IS fighters' },
      'over 1,500 IS fighters',
      'over 1,500 IS fighters'
    ],
    [{ amount: 300, min: 300, unit: 'km' }, 'more than 300 kilometres', 'more than 300 km'],
    [{ amount: 20, max: 20, unit: 'vehicles' }, 'fewer than 20 vehicles', 'fewer than 20 vehicles'],
    [{ amount: 20, min: 20, unit: 'vehicles' }, '20 or more vehicles', 'at least 20 vehicles'],
    [{ min: 300, max: 400, unit: 'km', what: 'to Baghdad' }, '300 to 400 km', '300 to 400 km (to Baghdad)'],
    [{ unit: 'vehicles' }, 'hundreds of ISIL vehicles', 'an unstated number of vehicles'],
    [{}, 'something', 'an unstated amount']
  ])('quantity %j (quote %s) → %s', (value, quote, expected) => {
    expect(formatValue(claim('quantity', value, quote))).toBe(expected)
  })

  it('other: the text as given', () => {
    expect(formatValue(claim('other', { text: ' brother-in-law ' }))).toBe('brother-in-law')
    expect(formatValue(claim('other', {}))).toBe('')
  })
})

describe('formatNumber', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1500, '1,500'],
    [1234567, '1,234,567'],
    [-2500.5, '-2,500.5'],
    [1e21, '1e+21']
  ])('%d → %s', (n, expected) => {
    expect(formatNumber(n)).toBe(expected)
  })
})
