/**
 * extract/days: weekdays, today / yesterday and their Arabic words, resolved against the day the
 * article was published, with the part of the day and a clock time kept beside them.
 */
import { describe, expect, it } from 'vitest'
import { parseYmd } from '../../src/core/extract/calendar'
import { findDays, resolveWeekday } from '../../src/core/extract/days'
import type { DateFinding } from '../../src/core/extract/date-values'

// Sunday 14 August 2016
const PUB = parseYmd('2016-08-14')!

function days(text: string, pub = PUB) {
  const out: DateFinding[] = []
  findDays(text, pub, out)
  return out.map((d) => ({ text: text.slice(d.start, d.end), iso: d.value.iso, partOfDay: d.value.partOfDay }))
}

describe('weekdays and day words in English', () => {
  it('looks back from the day of publication when the clause reports what happened', () => {
    expect(days('The ministry said on Friday that 12 people died.')[0]).toMatchObject({
      text: 'Friday',
      iso: '2016-08-12'
    })
    expect(days('Officials said yesterday that the road was closed.')[0]).toMatchObject({
      text: 'yesterday',
      iso: '2016-08-13'
    })
  })

  it('looks ahead when the clause does', () => {
    expect(days('The minister will visit on Tuesday.')[0]).toMatchObject({ text: 'Tuesday', iso: '2016-08-16' })
  })

  it('keeps the part of the day and a clock time', () => {
    expect(days('Clashes broke out Friday morning near the border.')[0]).toEqual({
      text: 'Friday morning',
      iso: '2016-08-12',
      partOfDay: 'morning'
    })
    expect(days('The strike came at 10 p.m. Wednesday.')[0]).toMatchObject({
      text: '10 p.m. Wednesday',
      iso: '2016-08-10T22:00'
    })
  })

  it('does not take a weekday in a name for a date', () => {
    expect(days('The Sunday Times reported it.')).toEqual([])
  })
})

describe('weekdays and day words in Arabic', () => {
  it('reads أمس and a weekday with الماضي and the part of the day', () => {
    expect(days('قال المتحدث أمس إن 12 شخصا قتلوا')[0]).toMatchObject({ text: 'أمس', iso: '2016-08-13' })
    expect(days('وقع الهجوم مساء الخميس الماضي')[0]).toEqual({
      text: 'مساء الخميس الماضي',
      iso: '2016-08-11',
      partOfDay: 'evening'
    })
  })
})

describe('resolveWeekday', () => {
  it('finds the nearest such weekday before or after the day of writing', () => {
    // ISO weekday 5 is Friday
    expect(resolveWeekday(5, PUB, 'past', false)).toEqual({ y: 2016, m: 8, d: 12 })
    expect(resolveWeekday(5, PUB, 'future', false)).toEqual({ y: 2016, m: 8, d: 19 })
  })
})
