/**
 * extract/years: years in digits and in words, decades and centuries ("1948", "nineteen
 * seventy-nine", "the late 1970s", "the twenty-first century", "عام 2014").
 */
import { describe, expect, it } from 'vitest'
import type { DateFinding } from '../../src/core/extract/date-values'
import { findYears, yearInWords } from '../../src/core/extract/years'

function years(text: string) {
  const out: DateFinding[] = []
  findYears(text, null, out)
  return out.map((d) => [text.slice(d.start, d.end), d.value.iso, d.value.granularity])
}

describe('years in a sentence', () => {
  it('reads a year in digits or in words', () => {
    expect(years('He was born in 1948.')).toEqual([['1948', '1948', 'year']])
    expect(years('The war began in nineteen seventy-nine.')).toEqual([['nineteen seventy-nine', '1979', 'year']])
    expect(years('وقع الهجوم في عام 2014')).toEqual([['عام 2014', '2014', 'year']])
  })

  it('writes decades and centuries with the ISO digits they share', () => {
    expect(years('in the late 1970s')).toEqual([['the late 1970s', '197', 'decade']])
    expect(years('the twenty-first century')).toEqual([['the twenty-first century', '20', 'century']])
  })

  it('leaves "last year" to the relative readers and numbers that are not years alone', () => {
    expect(years('last year')).toEqual([])
    expect(years('A convoy of 1948 vehicles arrived.')).toEqual([])
  })
})

describe('yearInWords', () => {
  it('reads the ways copy writes a year out', () => {
    expect(yearInWords('nineteen seventy-nine')).toBe(1979)
    expect(yearInWords('two thousand and five')).toBe(2005)
    expect(yearInWords('twenty sixteen')).toBe(2016)
    expect(yearInWords('hello')).toBeNull()
  })
})
