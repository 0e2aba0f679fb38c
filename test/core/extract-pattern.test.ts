/** The cheap-to-compile form of a large pattern finds exactly what the Unicode form finds. */
import { describe, expect, it } from 'vitest'
import { pattern, spellOutClasses } from '../../src/core/extract/pattern'

const words = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}x`).join('|')
const source = `(?<![\\p{L}-])(?:killed|wounded|${words}) (?<n>\\d+)(?: [\\p{L}\\p{M}'’-]+){0,2}(?![\\p{L}])`

describe('pattern', () => {
  it('spells out the classes inside and outside brackets, leaving other escapes alone', () => {
    expect(spellOutClasses('\\p{L}\\d[\\p{M}x]\\\\p')).toMatch(/^\[A-Za-z.*\]\\d\[\\u0300-.*x\]\\\\p$/)
  })

  it.each([
    'Officials said gunmen KILLED 12 villagers near Mosul.',
    'Les frappes ont wounded 3 Éléments, selon AFP.',
    'Strikes killed 7 Ελλήνων and wounded 4 солдат.',
    'قال المتحدث killed 12 مسلحا قرب الحدود',
    'Nothing to find here, killedx 12 is not a word; prekilled 3 neither.',
    'killed 15 naïve résidents killed 2'
  ])('matches the same spans in %s', (text) => {
    const fast = pattern(source, 'giu')
    const unicode = new RegExp(source, 'giu')
    expect(fast.flags).toBe('gi')
    expect([...text.matchAll(fast)].map((m) => [m.index, m[0]])).toEqual(
      [...text.matchAll(unicode)].map((m) => [m.index, m[0]])
    )
  })

  it('leaves small or case-sensitive patterns as written', () => {
    expect(pattern('\\p{Lu}\\.', 'gu').flags).toBe('gu')
    expect(pattern('(?<![\\p{L}])may', 'giu').flags).toBe('giu')
  })
})
