/**
 * extract/hijri: Hijri dates in Arabic (named months, numeric with هـ) and in Latin letters
 * however the outlet transliterates them, converted by the Umm al-Qura calendar and kept as Hijri.
 */
import { describe, expect, it } from 'vitest'
import { findHijriDates, hijriToGregorian } from '../../src/core/extract/hijri'

const found = (text: string) =>
  findHijriDates(text).map((d) => [text.slice(d.start, d.end), d.value.iso, d.value.calendar])

describe('Hijri dates', () => {
  it('reads a named month in Arabic and a numeric date with هـ', () => {
    expect(found('في 11 ذو القعدة 1437 هـ')[0]).toEqual(['11 ذو القعدة 1437 هـ', '2016-08-14', 'hijri'])
    expect(found('وقع الهجوم في 6 /8 /1436هـ')[0]).toEqual(['6 /8 /1436هـ', '2015-05-24', 'hijri'])
  })

  it('reads the transliterations of outlets', () => {
    expect(found('on 14 Dhul Hijjah 1437')[0]).toEqual(['14 Dhul Hijjah 1437', '2016-09-15', 'hijri'])
    expect(found('1 Ramadan 1437 AH')[0]).toEqual(['1 Ramadan 1437 AH', '2016-06-06', 'hijri'])
  })

  it('converts by Umm al-Qura, and refuses a month that does not exist', () => {
    expect(hijriToGregorian(1437, 9, 1)).toEqual({ y: 2016, m: 6, d: 6 })
    expect(hijriToGregorian(1437, 13, 1)).toBeNull()
  })
})
