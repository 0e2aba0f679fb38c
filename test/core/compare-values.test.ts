/** compare/values: a claim's value as the judge reads it (amounts as intervals, dates as fields, units folded). */
import { describe, expect, it } from 'vitest'
import { amountOf, dateLabel, dateOf, unitOf } from '../../src/core/compare/values'
import type { Claim } from '@core/model'

const claim = (kind: Claim['kind'], value: object, exact = '', prefix = ''): Claim =>
  ({
    id: 'c',
    articleId: 'a',
    kind,
    value,
    anchor: { start: 0, end: exact.length, exact, prefix, suffix: '' }
  }) as unknown as Claim

describe('dates as the judge reads them', () => {
  it('reads each written form into its known fields', () => {
    expect(dateOf(claim('date', { iso: '2016-07-28' }))).toEqual({
      year: 2016,
      month: 7,
      day: 28,
      calendar: 'gregorian'
    })
    expect(dateOf(claim('date', { iso: '--07-29' }))).toEqual({ month: 7, day: 29, calendar: 'gregorian' })
    expect(dateOf(claim('date', { iso: '2014-06', calendar: 'hijri' }))).toEqual({
      year: 2014,
      month: 6,
      calendar: 'hijri'
    })
    expect(dateOf(claim('date', { iso: 'weekday:7' }))).toEqual({ weekday: 0, calendar: 'gregorian' })
    expect(dateOf(claim('date', { iso: 'soon' }))).toBeNull()
    expect(dateOf(claim('quantity', { amount: 3 }))).toBeNull()
  })

  it('writes a date out as an editor would', () => {
    expect(dateLabel({ year: 2016, month: 7, day: 28, calendar: 'gregorian' })).toBe('28 July 2016')
    expect(dateLabel({ year: 2014, month: 6, calendar: 'gregorian' })).toBe('June 2014')
    expect(dateLabel({ weekday: 4, calendar: 'gregorian' })).toBe('Thursday')
    expect(dateLabel({ weekday: 0, calendar: 'gregorian' })).toBe('Sunday')
  })
})

describe('amounts as intervals', () => {
  it('an exact count is a point; a range keeps both ends', () => {
    expect(amountOf(claim('casualty', { min: 12, max: 12 }, '12 people'))).toMatchObject({
      lo: 12,
      hi: 12,
      shape: 'point'
    })
    expect(amountOf(claim('casualty', { min: 10, max: 15 }, '10 to 15 people'))).toMatchObject({ lo: 10, hi: 15 })
  })

  it('"at least" before the span leaves the top open', () => {
    const c = claim('casualty', { min: 7 }, '7 people', 'killing at least ')
    expect(amountOf(c)).toMatchObject({ lo: 7, hi: Infinity, shape: 'atLeast' })
  })

  it('reads the Arabic words that hedge a figure as the English ones', () => {
    expect(amountOf(claim('casualty', { min: 20, max: 20 }, 'نحو عشرين شخصا قتلوا'))).toMatchObject({
      shape: 'about',
      label: 'about 20'
    })
    expect(amountOf(claim('casualty', { min: 20, max: 20 }, '20 شخصا', 'أسفر عن مقتل حوالي '))).toMatchObject({
      shape: 'about'
    })
    expect(amountOf(claim('casualty', { min: 7, max: 7 }, '7 أشخاص', 'إصابة ما لا يقل عن '))).toMatchObject({
      lo: 7,
      hi: Infinity,
      shape: 'atLeast'
    })
    // the longest hedge wins: "no more than" and "ما لا يزيد عن" are upper bounds
    expect(amountOf(claim('casualty', { min: 12, max: 12 }, '12 people', 'killing no more than '))).toMatchObject({
      shape: 'atMost'
    })
    expect(amountOf(claim('casualty', { min: 12, max: 12 }, '12 شخصا', 'مقتل ما لا يزيد عن '))).toMatchObject({
      shape: 'atMost'
    })
    // a word that only ends like a qualifier is none ("تنحو" is no "نحو")
    expect(amountOf(claim('casualty', { min: 5, max: 5 }, '5 أشخاص', 'تنحو '))).toMatchObject({ shape: 'point' })
  })

  it('a claim of another kind states no amount', () => {
    expect(amountOf(claim('date', { iso: '2016' }))).toBeNull()
  })
})

describe('units folded to one spelling', () => {
  it('spellings of one unit meet; miles convert to kilometres; counted things lose their plural', () => {
    expect(unitOf('kilometres')).toEqual(['km', 1])
    expect(unitOf('Km')).toEqual(['km', 1])
    expect(unitOf('miles')).toEqual(['km', 1.609])
    expect(unitOf('fighters')).toEqual(unitOf('fighter'))
    expect(unitOf(undefined)).toEqual(['', 1])
  })
})
