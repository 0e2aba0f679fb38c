/** text/numbers: digits of every script, number words in English and Arabic, ordinals, and numbers read at a position. */
import { describe, expect, it } from 'vitest'
import {
  arabicOrdinalDay,
  arabicVague,
  cliticReadings,
  englishNumberWord,
  foldArabic,
  normalizeDigits,
  parseNumber,
  parseOrdinal,
  readArabicNumber,
  readNumberAt
} from '@core/text'

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
    ['half a million', 500_000],
    ['a quarter of a million', 250_000],
    ['three quarters of a million', 750_000],
    ['two thirds of a million', 666_667],
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

describe('Arabic number words', () => {
  it.each([
    ['سبعة', 7],
    ['سبع', 7],
    ['اثنين', 2],
    ['اثنتان', 2],
    ['أحد عشر', 11],
    ['اثنا عشر', 12],
    ['خمسة عشر', 15],
    ['ثلاثة وعشرون', 23],
    ['تسعين', 90],
    ['مئة وعشرين', 120],
    ['مائتين', 200],
    ['ثلاثمائة', 300],
    ['ثلاث مئة', 300],
    ['ألفاً', 1000],
    ['ألفين', 2000],
    ['ثلاثة آلاف', 3000],
    ['15 ألف', 15000],
    ['9 آلاف', 9000],
    ['مليون', 1e6]
  ])('%s → %d', (text, value) => {
    expect(parseNumber(text)).toBe(value)
  })

  it('reads a number with a clitic on its first word and stops at the first word that is not one', () => {
    expect(readArabicNumber(['وثلاثة', 'جنود'])).toEqual({ value: 3, used: 1 })
    expect(readArabicNumber(['لأربعة', 'قتلى'])).toEqual({ value: 4, used: 1 })
    expect(readArabicNumber(['خمسة', 'وعشرين', 'قتيلا'])).toEqual({ value: 25, used: 2 })
  })

  it.each(['الثامنة', 'آلاف', 'عشرات', 'جنود', ''])('%j is not a number', (text) => {
    expect(parseNumber(text)).toBeNull()
  })

  it('reads vague amounts with or without their article', () => {
    expect(['عشرات', 'العشرات', 'المئات', 'الآلاف', 'بضعة'].map(arabicVague)).toEqual([
      'dozens',
      'dozens',
      'hundreds',
      'thousands',
      'several'
    ])
    expect(arabicVague('عشرة')).toBeUndefined()
  })

  it('folds the spellings papers mix into one key', () => {
    expect(foldArabic('إصابةً')).toBe(foldArabic('اصابه'))
    expect(foldArabic('قتلى')).toBe('قتلي')
    // tatweel and harakat go, every alif form becomes ا; a word with nothing to fold stays as it is
    expect(foldArabic('الـمُـصَابِين')).toBe('المصابين')
    expect(foldArabic('ٱلأولى')).toBe('الاولي')
    expect(foldArabic('شخصا')).toBe('شخصا')
  })

  it('offers every reading of a word with its front clitics off', () => {
    expect(cliticReadings('وللقتلي')).toEqual([
      { prefixes: [], stem: 'وللقتلي' },
      { prefixes: ['و'], stem: 'للقتلي' },
      { prefixes: ['و', 'ل', 'ال'], stem: 'قتلي' }
    ])
    expect(cliticReadings('بالمستشفي')).toEqual([
      { prefixes: [], stem: 'بالمستشفي' },
      { prefixes: ['ب'], stem: 'المستشفي' },
      { prefixes: ['ب', 'ال'], stem: 'مستشفي' }
    ])
    expect(cliticReadings('فقط').map((r) => r.stem)).toEqual(['فقط', 'قط'])
  })
})

describe('English numbers at a position', () => {
  it.each([
    ['killed twenty-five people', 7, 25, 'twenty-five'],
    ['two hundred and forty thousand fled', 0, 240000, 'two hundred and forty thousand'],
    ['half a dozen shells', 0, 6, 'half a dozen'],
    ['1,500 troops', 0, 1500, '1,500'],
    ['2.5 million people', 0, 2500000, '2.5 million'],
    ['more than a quarter of a million people', 10, 250000, 'a quarter of a million']
  ])('%s', (text, pos, value, phrase) => {
    expect(readNumberAt(text, pos)).toEqual({ value, end: pos + phrase.length })
  })

  it('reads only the words that make a number ("one two" is one, "a few" none)', () => {
    expect(readNumberAt('one two', 0)).toEqual({ value: 1, end: 3 })
    expect(readNumberAt('a few', 0)).toBeNull()
  })
})

describe('one English number word', () => {
  it('gives the value of a unit, teen, ten, "dozen" and "hundred", and nothing for other words', () => {
    expect(['seven', 'seventeen', 'seventy', 'fourty', 'dozen', 'hundred'].map(englishNumberWord)).toEqual([
      7, 17, 70, 40, 12, 100
    ])
    for (const w of ['constructor', 'thousands', 'several', 'Seven']) expect(englishNumberWord(w), w).toBeUndefined()
  })
})

describe('arabicOrdinalDay', () => {
  it.each([
    ['الأول', 1],
    ['الحادي عشر', 11],
    ['الثاني والعشرين', 22],
    ['العشرين', 20],
    ['الحادي والثلاثين', 31],
    ['التاسع والثلاثين', null],
    ['الحادي', null]
  ])('reads %s as %s', (text, day) => {
    expect(arabicOrdinalDay(text)).toBe(day)
  })
})
