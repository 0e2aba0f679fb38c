/**
 * Hijri dates convert by the Umm al-Qura table (src/core/extract/umm-al-qura.ts, generated from
 * ICU): every month of 1300–1500 AH must start and end where ICU's islamic-umalqura calendar puts
 * it, and outside the table the arithmetic (civil) Islamic calendar is used, as ICU's
 * islamic-civil has it. The test reads ICU through Intl; core does not.
 */
import { describe, expect, it } from 'vitest'
import { formatDay, fromJdn } from '../../src/core/extract/calendar'
import { hijriToGregorian } from '../../src/core/extract/hijri'
import { UMM_AL_QURA_FIRST_YEAR, UMM_AL_QURA_LAST_YEAR, ummAlQuraMonth } from '../../src/core/extract/umm-al-qura'

function icu(calendar: string): (iso: string) => [number, number, number] {
  const f = new Intl.DateTimeFormat(`en-u-ca-${calendar}-nu-latn`, {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric'
  })
  expect(f.resolvedOptions().calendar).toBe(calendar)
  return (iso) => {
    const parts = f.formatToParts(new Date(`${iso}T00:00:00Z`))
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value.replace(/\D/g, ''))
    return [get('year'), get('month'), get('day')]
  }
}

const gregorian = (y: number, m: number, d: number) => {
  const g = hijriToGregorian(y, m, d)
  return g && formatDay(g)
}

describe('the Umm al-Qura table', () => {
  it('agrees with ICU on the first and last day of every month from 1300 to 1500 AH', () => {
    const hijriOf = icu('islamic-umalqura')
    const wrong: string[] = []
    for (let y = UMM_AL_QURA_FIRST_YEAR; y <= UMM_AL_QURA_LAST_YEAR; y++) {
      for (let m = 1; m <= 12; m++) {
        const month = ummAlQuraMonth(y, m)!
        const first = formatDay(fromJdn(month.startJdn))
        const last = formatDay(fromJdn(month.startJdn + month.days - 1))
        const next = formatDay(fromJdn(month.startJdn + month.days))
        const seen = [hijriOf(first), hijriOf(last), hijriOf(next)]
        const expected = [[y, m, 1], [y, m, month.days], m === 12 ? [y + 1, 1, 1] : [y, m + 1, 1]]
        if (JSON.stringify(seen) !== JSON.stringify(expected)) wrong.push(`${m}/${y}: ${JSON.stringify(seen)}`)
      }
    }
    expect(wrong).toEqual([])
  })

  it('converts the dates outlets print', () => {
    expect(gregorian(1445, 10, 16)).toBe('2024-04-25')
    expect(gregorian(1436, 10, 10)).toBe('2015-07-26')
    expect(gregorian(1300, 1, 1)).toBe('1882-11-12')
    expect(gregorian(1500, 12, 29)).toBe(formatDay(fromJdn(ummAlQuraMonth(1500, 12)!.startJdn + 28)))
  })

  it('reads a 30th of a 29-day month as the day after the 29th', () => {
    // Ramadan 1436 has 29 days in Umm al-Qura
    expect(ummAlQuraMonth(1436, 9)?.days).toBe(29)
    expect(gregorian(1436, 9, 30)).toBe(gregorian(1436, 10, 1))
  })

  it('uses the civil (arithmetic) calendar outside 1300–1500 AH', () => {
    const civil = icu('islamic-civil')
    expect(ummAlQuraMonth(1299, 12)).toBeNull()
    expect(ummAlQuraMonth(1501, 1)).toBeNull()
    for (const [y, m, d] of [
      [1299, 12, 29],
      [1250, 6, 15],
      [1501, 1, 1],
      [1600, 9, 30]
    ] as const) {
      expect(civil(gregorian(y, m, d)!)).toEqual([y, m, d])
    }
  })

  it('refuses days that cannot exist', () => {
    expect(gregorian(1445, 13, 1)).toBeNull()
    expect(gregorian(1445, 0, 1)).toBeNull()
    expect(gregorian(1445, 1, 31)).toBeNull()
    expect(gregorian(1445, 1, 0)).toBeNull()
    expect(ummAlQuraMonth(1445, 13)).toBeNull()
  })
})
