/** text/calendar-words: the month and weekday words of every language, once. */
import { describe, expect, it } from 'vitest'
import { countsFromWriting, hijriMonthNumber, monthNumber, MONTH_NAMES, weekdayNumber, WEEKDAY_NAMES } from '@core/text'

describe('calendar words', () => {
  it('a month in English (full or short) or Arabic (both series) has its number', () => {
    expect(monthNumber('January')).toBe(1)
    expect(monthNumber('Sept')).toBe(9)
    expect(monthNumber('يناير')).toBe(1)
    expect(monthNumber('كانون الثاني')).toBe(1)
    expect(monthNumber('Friday')).toBe(0)
  })

  it('a weekday has its ISO number, Monday 1 … Sunday 7', () => {
    expect(weekdayNumber('Monday')).toBe(1)
    expect(weekdayNumber('Sunday')).toBe(7)
    expect(weekdayNumber('الجمعة')).toBe(5)
  })

  it('a Hijri month has its number', () => {
    expect(hijriMonthNumber('Ramadan')).toBe(9)
    expect(hijriMonthNumber('January')).toBe(0)
  })

  it('the names for writing dates out start with January and Monday', () => {
    expect(MONTH_NAMES).toHaveLength(12)
    expect([MONTH_NAMES[0], MONTH_NAMES[11]]).toEqual(['January', 'December'])
    expect([WEEKDAY_NAMES[0], WEEKDAY_NAMES[6]]).toEqual(['Monday', 'Sunday'])
  })

  it('tells a day counted from the day of writing from a day named', () => {
    for (const counted of [
      'yesterday',
      'the day before yesterday',
      'Friday evening, yesterday',
      'last night',
      'أمس',
      'مساء أول من أمس',
      'اليوم'
    ])
      expect(countsFromWriting(counted)).toBe(true)
    for (const named of ['Friday', 'on 7 August', 'الجمعة', 'مساء السبت', 'Todays', 'the yesterdays'])
      expect(countsFromWriting(named)).toBe(false)
  })
})
