import { describe, expect, it } from 'vitest'
import { differentPlaces, localitiesIn, samePlace } from '../../src/core/compare/places'

describe('localitiesIn: the towns, villages and districts a sentence names', () => {
  it.each([
    ['The coalition jets killed at least 60 civilians in Salsana village in the northeast of Aleppo.', 1],
    ['Regime air strikes Friday on the rebel-held town of Atareb killed 10 civilians.', 1],
    ['A bomb exploded in the Salaheddin district on Wednesday.', 1],
    ['Terrorists targeted al-Sulaymaniyah neighborhood with rocket shells.', 1],
    ['قصفت الطائرات حي السليمانية في حلب', 1],
    ['Air strikes killed 13 people in Aleppo on Thursday.', 0],
    ['The blast hit a crowded area of Idlib province.', 0],
    ['Fighting raged in the Syrian town on Monday.', 0]
  ])('%s → %i', (sentence, n) => {
    expect(localitiesIn(sentence)).toHaveLength(n)
  })

  it('meets a place spelt two ways, and tells two places apart', () => {
    const a = localitiesIn('Rockets hit the Sulaymaniyah neighbourhood.')
    const b = localitiesIn('Shells fell on al-Sulaimaniya neighborhood.')
    expect(differentPlaces(a, b)).toBe(false)
    expect(samePlace(a, b)).toBe(true)
    expect(differentPlaces(localitiesIn('in Salsana village'), localitiesIn('the town of Atareb'))).toBe(true)
  })

  it('says nothing when one side names no locality', () => {
    expect(differentPlaces(localitiesIn('in Salsana village'), localitiesIn('in northern Aleppo'))).toBe(false)
  })
})
