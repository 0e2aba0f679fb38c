/**
 * extract/date-values: dates that point at another date of the article ("the day before", "a
 * year earlier", "the following year") take their value from it, or are not suggested when
 * there is none; early/mid/late in both languages are kept as the value's modifier.
 */
import { describe, expect, it } from 'vitest'
import { suggestClaims } from '@core/extract'
import { modOf } from '../../src/core/extract/date-values'

const dates = (text: string) =>
  suggestClaims({ text, publishedAt: '2016-08-14' })
    .filter((c) => c.kind === 'date')
    .map((c) => [c.anchor.exact, c.kind === 'date' ? c.value.iso : ''])

describe('dates that refer to another date', () => {
  it('shift the date before them, keeping its precision', () => {
    expect(dates('The strike hit on 3 August 2016. The day before, the army had warned residents.')).toEqual([
      ['3 August 2016', '2016-08-03'],
      ['The day before', '2016-08-02']
    ])
    expect(dates('Sales fell in the second quarter of 2015. A year earlier, they had risen.')).toEqual([
      ['the second quarter of 2015', '2015-34'],
      ['A year earlier', '2014-34']
    ])
    expect(dates('Unemployment was 5% in 2014; the following year it rose.')).toEqual([
      ['2014', '2014'],
      ['the following year', '2015']
    ])
  })

  it('are not suggested when no date comes before them', () => {
    expect(dates('The day before, the army had warned residents.')).toEqual([])
  })
})

describe('early, mid and late', () => {
  it('reads the modifier in English and Arabic', () => {
    expect(['early', 'mid-', 'late', 'the end of', 'أواخر', 'مطلع', 'next'].map(modOf)).toEqual([
      'start',
      'mid',
      'end',
      'end',
      'end',
      'start',
      undefined
    ])
  })
})
