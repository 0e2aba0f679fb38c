import { describe, expect, it } from 'vitest'
import { normalizeDigits, parseNumber, parseOrdinal } from '@core/text'

describe('normalizeDigits', () => {
  it('maps Arabic-Indic, Eastern Arabic-Indic and full-width digits one code unit for one', () => {
    const input = 'قتل ١٢ و ۱۵ و ３ ٫٥ ١٬٥٠٠'
    const out = normalizeDigits(input)
    expect(out).toBe('قتل 12 و 15 و 3 .5 1,500')
    expect(out.length).toBe(input.length)
  })

  it('returns ASCII text unchanged', () => {
    expect(normalizeDigits('12 people')).toBe('12 people')
  })
})

describe('parseNumber', () => {
  it.each([
    ['12', 12],
    ['1,500', 1500],
    ['1.5 million', 1_500_000],
    ['Forty', 40],
    ['fifteen', 15],
    ['twenty-five', 25],
    ['a dozen', 12],
    ['half a dozen', 6],
    ['two hundred and forty', 240],
    ['three thousand', 3000],
    ['a hundred', 100],
    ['١٢', 12],
    ['۱۵۰۰', 1500]
  ])('%s → %d', (text, value) => {
    expect(parseNumber(text)).toBe(value)
  })

  it.each(['', 'many', 'twelfth', 'seven apples'])('%j is not a number', (text) => {
    expect(parseNumber(text)).toBeNull()
  })
})

describe('parseOrdinal', () => {
  it.each([
    ['29th', 29],
    ['3rd', 3],
    ['1st', 1],
    ['third', 3],
    ['twenty-first', 21],
    ['١٠', 10]
  ])('%s → %d', (text, value) => {
    expect(parseOrdinal(text)).toBe(value)
  })
})
