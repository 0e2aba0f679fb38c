/**
 * text/arabic: an Arabic word as news copy writes it reduced to one lookup key (hamza forms, ى/ي,
 * ة/ه, tatweel and harakat folded), its front clitics offered off, and a loose pattern that
 * matches every spelling the key folds together.
 */
import { describe, expect, it } from 'vitest'
import { arabicLoose, cliticReadings, foldArabic } from '@core/text'

describe('folding an Arabic word', () => {
  it('folds the spellings papers mix into one key', () => {
    expect(foldArabic('أبريل')).toBe(foldArabic('ابريل'))
    expect(foldArabic('الإثنين')).toBe(foldArabic('الاثنين'))
    expect(foldArabic('قتلى')).toBe('قتلي')
    expect(foldArabic('حصيلة')).toBe('حصيله')
    expect(foldArabic('قتيلاً')).toBe('قتيلا')
    expect(foldArabic('الموصـــل')).toBe('الموصل')
  })

  it('offers the word with its clitics off, the whole word first', () => {
    expect(cliticReadings('وبالقائم')).toEqual([
      { prefixes: [], stem: 'وبالقائم' },
      { prefixes: ['و'], stem: 'بالقائم' },
      { prefixes: ['و', 'ب'], stem: 'القائم' },
      { prefixes: ['و', 'ب', 'ال'], stem: 'قائم' }
    ])
    expect(cliticReadings('للقتلي').map((r) => r.stem)).toContain('قتلي')
  })
})

describe('a loose pattern of an Arabic word', () => {
  it('matches the spellings with and without hamza and ta marbuta', () => {
    const re = new RegExp(`^${arabicLoose('أول أمس')}$`)
    expect(re.test('أول أمس')).toBe(true)
    expect(re.test('اول امس')).toBe(true)
    expect(new RegExp(`^${arabicLoose('حصيلة')}$`).test('حصيله')).toBe(true)
  })
})
