/** text/iso-dates: the written forms a date claim's ISO value may take. */
import { describe, expect, it } from 'vitest'
import { isDateValueIso } from '@core/text'

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
