/**
 * extract/statement-days: "last night" in a statement the article dates before its own day is the
 * night before the statement, not before the paper: a Wednesday paper's "أفادت مصادر أمنية أمس
 * الثلاثاء … الليلة الماضية" is Monday night.
 */
import { describe, expect, it } from 'vitest'
import { suggestClaims } from '@core/extract'

// Wednesday 17 August 2016
const publishedAt = '2016-08-17T08:00:00Z'
const dates = (text: string) =>
  suggestClaims({ text, publishedAt })
    .filter((c) => c.kind === 'date')
    .map((c) => [c.anchor.exact, c.kind === 'date' ? c.value.iso : ''])

describe('relative days inside a dated statement', () => {
  it('reads "last night" against the day of the statement', () => {
    expect(dates('أفادت مصادر أمنية عراقية أمس الثلاثاء بأن انفجارا وقع الليلة الماضية في بغداد.')).toEqual([
      ['أمس الثلاثاء', '2016-08-16'],
      ['الليلة الماضية', '2016-08-15']
    ])
  })

  it('reads it against the paper’s day when the statement is not dated', () => {
    expect(dates('قال مسؤول إن انفجارا وقع الليلة الماضية في بغداد.')).toEqual([['الليلة الماضية', '2016-08-16']])
  })
})
