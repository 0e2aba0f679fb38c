/**
 * ingest/dates: the date lines a page prints around an article (banners, "Published …" stamps, in
 * English, Arabic and Hijri) are recognised so they can be kept out of the text, and a written
 * date gives the article its day when the page states no machine-readable one.
 */
import { describe, expect, it } from 'vitest'
import { asciiDigits, dayFromWrittenDate, isDateLine } from '../../src/core/ingest/dates'

describe('a line that is only a date or a stamp', () => {
  it('recognises English banners and stamps, full or abbreviated', () => {
    for (const line of [
      'Sunday, 14 August 2016',
      'Sun 14 Aug 2016',
      'Published 12:04 GMT, 14 August 2016',
      'Last updated: Sept. 30, 2015 10:15 am',
      'Posted on Tue, 02/09/2016',
      '3 hours ago'
    ])
      expect(isDateLine(line), line).toBe(true)
  })

  it('recognises Arabic stamps in either naming of the months, with or without hamza', () => {
    for (const line of [
      'الأحد 14 أغسطس 2016',
      'الاثنين ١٥ آب ٢٠١٦',
      'نشر في 2 ابريل 2015',
      'آخر تحديث: 14 كانون الثاني 2016 - 12:30 مساء',
      '11 ذو القعدة 1437 هـ'
    ])
      expect(isDateLine(line), line).toBe(true)
  })

  it('recognises a Hijri date written in Latin letters however the outlet spells the month', () => {
    expect(isDateLine('14 Dhu al-Hijjah 1437 AH')).toBe(true)
    expect(isDateLine('1 Ramadan 1437')).toBe(true)
  })

  it('keeps a sentence that merely mentions a date', () => {
    for (const line of [
      'The attack on Sunday, 14 August 2016, killed twelve people.',
      'قتل 12 شخصا يوم الأحد 14 أغسطس 2016',
      'Officials met in May.'
    ])
      expect(isDateLine(line), line).toBe(false)
  })
})

describe('the day a written date names', () => {
  it('reads day-first and month-first dates, abbreviations and ordinals', () => {
    expect(dayFromWrittenDate('Sunday, 14 August 2016')).toBe('2016-08-14')
    expect(dayFromWrittenDate('August 14, 2016 at 10:00')).toBe('2016-08-14')
    expect(dayFromWrittenDate('Sept. 3rd, 2015')).toBe('2015-09-03')
    expect(dayFromWrittenDate('By Staff — 2 Dec 2014')).toBe('2014-12-02')
  })

  it('reads Arabic-Indic digits as digits', () => {
    expect(dayFromWrittenDate('١٤ August ٢٠١٦')).toBe('2016-08-14')
    expect(asciiDigits('١٤/٠٨/٢٠١٦ ۱۲')).toBe('14/08/2016 12')
  })

  it('gives no day for a month without a day, or a day out of range', () => {
    expect(dayFromWrittenDate('August 2016')).toBeUndefined()
    expect(dayFromWrittenDate('45 August 2016')).toBeUndefined()
    expect(dayFromWrittenDate('14 August 1450')).toBeUndefined()
  })
})
