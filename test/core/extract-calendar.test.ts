/**
 * extract/calendar: the arithmetic relative dates need (days and months shifted across month and
 * year ends, weekdays, ISO weeks) and the year a date without one is given from the day of writing.
 */
import { describe, expect, it } from 'vitest'
import {
  addDays,
  formatDay,
  formatIsoWeek,
  formatMonthDay,
  isoWeekday,
  isValidDay,
  parseYmd,
  quarterOf,
  shiftMonth,
  yearOf
} from '../../src/core/extract/calendar'

const day = (iso: string) => parseYmd(iso)!

describe('days', () => {
  it('reads and writes ISO days, and refuses days that do not exist', () => {
    expect(parseYmd('2016-08-14T09:30:00Z')).toEqual({ y: 2016, m: 8, d: 14 })
    expect(parseYmd('14 August 2016')).toBeNull()
    expect(isValidDay(2016, 2, 29)).toBe(true)
    expect(isValidDay(2015, 2, 29)).toBe(false)
    expect(formatMonthDay(7, 29)).toBe('--07-29')
  })

  it('shifts days across month and year ends', () => {
    expect(formatDay(addDays(day('2016-03-01'), -1))).toBe('2016-02-29')
    expect(formatDay(addDays(day('2015-12-31'), 1))).toBe('2016-01-01')
    expect(shiftMonth(2016, 1, -1)).toEqual({ y: 2015, m: 12 })
  })

  it('knows the weekday, the ISO week (the week of its Thursday) and the quarter', () => {
    expect(isoWeekday(day('2016-08-14'))).toBe(7)
    expect(formatIsoWeek(day('2016-08-14'))).toBe('2016-W32')
    // 1 January 2016 was a Friday: it belongs to the last week of 2015
    expect(formatIsoWeek(day('2016-01-01'))).toBe('2015-W53')
    expect(quarterOf(8)).toBe(3)
  })
})

describe('the year of a date written without one', () => {
  it('takes the nearest year from the day of writing, or the way the clause points', () => {
    // "Jan. 3" in a December report is next January
    expect(yearOf(1, 3, day('2016-12-20'), null)).toBe(2017)
    expect(yearOf(12, 28, day('2017-01-05'), null)).toBe(2016)
    expect(yearOf(8, 20, day('2016-08-14'), 'past')).toBe(2015)
    expect(yearOf(8, 10, day('2016-08-14'), 'future')).toBe(2017)
  })
})
