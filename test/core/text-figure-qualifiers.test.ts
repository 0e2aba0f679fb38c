/**
 * text/figure-qualifiers: the words that hedge a figure, per language. "at least 20" and "أكثر من
 * 20" are lower bounds, "up to 60" and "ما يصل إلى 60" upper bounds, "about 40" and "نحو 40"
 * estimates; a negated phrase ("no more than") bounds the other way from the phrase it ends with.
 */
import { describe, expect, it } from 'vitest'
import { ARABIC_QUALIFIERS, ENGLISH_QUALIFIERS, foldArabic, type FigureQualifiers } from '@core/text'

/** The class a phrase is listed in, or null. */
function classOf(table: FigureQualifiers, phrase: string, fold = (s: string) => s): keyof FigureQualifiers | null {
  for (const k of ['atLeast', 'atMost', 'about'] as const) if (table[k].some((q) => fold(q) === fold(phrase))) return k
  return null
}

describe('English qualifiers', () => {
  it('read the hedges of real casualty figures', () => {
    expect(classOf(ENGLISH_QUALIFIERS, 'at least')).toBe('atLeast')
    expect(classOf(ENGLISH_QUALIFIERS, 'more than')).toBe('atLeast')
    expect(classOf(ENGLISH_QUALIFIERS, 'up to')).toBe('atMost')
    expect(classOf(ENGLISH_QUALIFIERS, 'fewer than')).toBe('atMost')
    expect(classOf(ENGLISH_QUALIFIERS, 'nearly')).toBe('about')
    expect(classOf(ENGLISH_QUALIFIERS, 'an estimated')).toBe('about')
  })

  it('bound a negated phrase the other way', () => {
    expect(classOf(ENGLISH_QUALIFIERS, 'no more than')).toBe('atMost')
    expect(classOf(ENGLISH_QUALIFIERS, 'not less than')).toBe('atLeast')
    expect(classOf(ENGLISH_QUALIFIERS, 'no fewer than')).toBe('atLeast')
  })

  it('are lower case and each in one class only', () => {
    const all = Object.values(ENGLISH_QUALIFIERS).flat()
    expect(all.every((q) => q === q.toLowerCase())).toBe(true)
    expect(new Set(all).size).toBe(all.length)
  })
})

describe('Arabic qualifiers', () => {
  it('read the hedges of real casualty figures', () => {
    expect(classOf(ARABIC_QUALIFIERS, 'أكثر من')).toBe('atLeast')
    expect(classOf(ARABIC_QUALIFIERS, 'ما لا يقل عن')).toBe('atLeast')
    expect(classOf(ARABIC_QUALIFIERS, 'ما يصل إلى')).toBe('atMost')
    expect(classOf(ARABIC_QUALIFIERS, 'نحو')).toBe('about')
    expect(classOf(ARABIC_QUALIFIERS, 'قرابة')).toBe('about')
  })

  it('match however the paper spells the hamza, and bound a negation the other way', () => {
    expect(classOf(ARABIC_QUALIFIERS, 'اكثر من', foldArabic)).toBe('atLeast')
    expect(classOf(ARABIC_QUALIFIERS, 'ما يصل الى', foldArabic)).toBe('atMost')
    expect(classOf(ARABIC_QUALIFIERS, 'يزيد عن')).toBe('atLeast')
    expect(classOf(ARABIC_QUALIFIERS, 'ما لا يزيد عن')).toBe('atMost')
  })

  it('hold each folded phrase in one class only', () => {
    const folded = Object.values(ARABIC_QUALIFIERS).map((phrases) => new Set(phrases.map(foldArabic)))
    for (const [i, a] of folded.entries())
      for (const b of folded.slice(i + 1)) expect([...a].filter((q) => b.has(q))).toEqual([])
    // the two spellings of "about" fold to one word, in the same class
    expect(foldArabic('حوالي')).toBe(foldArabic('حوالى'))
  })
})
