/** text/iso-dates: the written forms a date claim's ISO value may take, and the parts each holds. */
import { describe, expect, it } from 'vitest'
import { isDateValueIso, readDateValueIso } from '@core/text'

describe('isDateValueIso', () => {
  it('takes days, months, years, times, weeks, codes, decades, centuries, days of a month and weekdays', () => {
    for (const iso of [
      '2016-07-29',
      '2016-07-29T14:30',
      '2016-07',
      '2016',
      'T09:00',
      '2016-W31',
      '2016-21',
      '201',
      '20',
      '--07-29',
      '--07',
      'weekday:4'
    ])
      expect(isDateValueIso(iso), iso).toBe(true)
  })

  it('refuses words, partial numbers, seconds and weekday numbers outside 1–7', () => {
    for (const iso of [
      'July 2016',
      '2016-7-29',
      '1',
      '20160',
      '2016-07-29T14:30:05',
      'weekday:0',
      'weekday:8',
      '',
      ' 2016'
    ])
      expect(isDateValueIso(iso), iso).toBe(false)
  })
})

describe('readDateValueIso', () => {
  it('reads the day, the time, the month and the year a value states', () => {
    expect(readDateValueIso('2016-07-29')).toEqual({ form: 'day', year: 2016, month: 7, day: 29 })
    expect(readDateValueIso('2016-07-29T14:30')).toEqual({ form: 'day', year: 2016, month: 7, day: 29, time: '14:30' })
    expect(readDateValueIso('T09:00')).toEqual({ form: 'time', time: '09:00' })
    expect(readDateValueIso('2014-06')).toEqual({ form: 'month', year: 2014, month: 6 })
    expect(readDateValueIso('2014')).toEqual({ form: 'year', year: 2014 })
  })

  it('tells a season, quarter or half (ISO 8601-2 codes) from a month', () => {
    expect(readDateValueIso('2016-22')).toEqual({ form: 'code', year: 2016, code: 22 })
    expect(readDateValueIso('1989-35')).toEqual({ form: 'code', year: 1989, code: 35 })
    expect(readDateValueIso('2016-12')).toEqual({ form: 'month', year: 2016, month: 12 })
  })

  it('reads weeks, decades, centuries, dates without a year and weekdays without a week', () => {
    expect(readDateValueIso('2016-W32')).toEqual({ form: 'week', year: 2016, week: 32 })
    expect(readDateValueIso('199')).toEqual({ form: 'decade', decade: 199 })
    expect(readDateValueIso('19')).toEqual({ form: 'century', century: 19 })
    expect(readDateValueIso('--07-29')).toEqual({ form: 'monthDay', month: 7, day: 29 })
    expect(readDateValueIso('--06')).toEqual({ form: 'monthAlone', month: 6 })
    expect(readDateValueIso('weekday:4')).toEqual({ form: 'weekday', weekday: 4 })
  })

  it('reads nothing from a value in no form: words, a date with a tail, an unresolved season', () => {
    for (const iso of ['July 2016', '2016-07-29 noon', 'season:summer', '2016-7-29', ''])
      expect(readDateValueIso(iso), iso).toBeNull()
  })
})
