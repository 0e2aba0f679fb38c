/**
 * extract/periods: stretches of time rather than days, as ISO weeks, months and ISO 8601-2 codes
 * (quarters, halves, seasons): "last week", "next month", "the second quarter of 2015", "last
 * summer", "الأسبوع الماضي", resolved against the day of publication where they are relative.
 */
import { describe, expect, it } from 'vitest'
import { parseYmd } from '../../src/core/extract/calendar'
import type { DateFinding } from '../../src/core/extract/date-values'
import { findPeriods } from '../../src/core/extract/periods'

// Sunday 14 August 2016, in ISO week 32
const PUB = parseYmd('2016-08-14')!

function periods(text: string) {
  const out: DateFinding[] = []
  findPeriods(text, PUB, out)
  return out.map((d) => [text.slice(d.start, d.end), d.value.iso, d.value.granularity])
}

describe('periods relative to the day of publication', () => {
  it('reads weeks and months before and after it, in English and Arabic', () => {
    expect(periods('The fighting last week killed dozens.')).toEqual([['last week', '2016-W31', 'week']])
    expect(periods('Elections are due next month.')).toEqual([['next month', '2016-09', 'month']])
    expect(periods('قتل العشرات خلال الأسبوع الماضي')).toEqual([['الأسبوع الماضي', '2016-W31', 'week']])
  })

  it('takes the weekend of a Sunday paper for the week it ends', () => {
    expect(periods('Three were killed over the weekend.')).toEqual([['the weekend', '2016-W32', 'week']])
  })

  it('takes "last summer" in August for the summer before, not the one under way', () => {
    expect(periods('The offensive began last summer.')).toEqual([['last summer', '2015-22', 'season']])
  })
})

describe('periods of a stated year', () => {
  it('writes quarters, halves and seasons as their ISO 8601-2 codes', () => {
    expect(periods('Prices rose in the second quarter of 2015.')).toEqual([
      ['the second quarter of 2015', '2015-34', 'quarter']
    ])
    expect(periods('in the first half of 2014')).toEqual([['the first half of 2014', '2014-40', 'half']])
    expect(periods('in winter 2015')).toEqual([['winter 2015', '2015-24', 'season']])
  })
})
