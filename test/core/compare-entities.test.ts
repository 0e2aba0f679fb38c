/** compare/entities: when two names, or two sources, are one (transliterations, particles, titles). */
import { describe, expect, it } from 'vitest'
import { editDistance, nameParts, nameSimilarity, partsAlike, sameSource } from '../../src/core/compare/entities'

describe('names', () => {
  it('one name transliterated two ways is alike; two names are not', () => {
    expect(partsAlike('jabouri', 'juburi')).toBe(true)
    expect(partsAlike('azzawi', 'baghdadi')).toBe(false)
  })

  it('the share of the shorter name found in the longer', () => {
    expect(nameSimilarity('Sami Jassem al-Jabouri', 'Sami Jassem Mohammed al-Juburi')).toBe(1)
    expect(nameSimilarity('Abu Taha al-Azzawi', 'Abu Bakr al-Baghdadi')).toBeCloseTo(1 / 3)
  })

  it('parts drop particles and accents and split at hyphens', () => {
    expect(nameParts('al-Jabouri')).toEqual(['jabouri'])
    expect(nameParts('José')).toEqual(['jose'])
  })

  it('edit distance stops counting past its cap', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3)
    expect(editDistance('abc', 'abcdefgh', 2)).toBe(3)
  })
})

describe('sources', () => {
  it('the same ministry named two ways is one source; two ministries are two', () => {
    expect(sameSource('the health ministry', 'Ministry of Health')).toBe(true)
    expect(sameSource('the health ministry', 'the interior ministry')).toBe(false)
  })
})
