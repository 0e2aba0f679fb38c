/** The means of a toll (compare/means.ts): what a sentence says of how its victims died, in English and Arabic. */
import { describe, expect, it } from 'vitest'
import { differentMeans, meansIn } from '@core/compare/means'

const means = (text: string) => [...meansIn(text)].sort()

describe('meansIn', () => {
  it('reads the means a sentence names', () => {
    expect(means('A suicide bomber detonated an explosive vest on a bus, killing 15')).toEqual(['blast'])
    expect(means('Russian warplanes killed 26 people in the province')).toEqual(['air'])
    expect(means('Regime helicopters dropped barrel bombs on the town')).toEqual(['air'])
    expect(means('Rebel mortar fire on the western districts killed three')).toEqual(['shelling'])
    expect(means('The militants slit the throats of 33 young men')).toEqual(['execution'])
    expect(means('Warplanes releasing toxic gas targeted the town')).toEqual(['air', 'chemical'])
    expect(means('غارات جوية على المدينة أسفرت عن مقتل 12 شخصا')).toEqual(['air'])
    expect(means('انفجار سيارة مفخخة في السوق')).toEqual(['blast'])
  })

  it('reads no means in words that fit several ("bombing", "strike", "attack")', () => {
    expect(means('The attack killed 32 rebels')).toEqual([])
    expect(means('A strike on the village killed 15 people')).toEqual([])
    expect(means('Russian bombing of the city killed 20')).toEqual([])
  })
})

describe('differentMeans', () => {
  it('tells happenings apart only when both sentences name a means and none is shared', () => {
    expect(differentMeans(meansIn('a suicide bombing killed 29'), meansIn('jets killed 60'))).toBe(true)
    expect(differentMeans(meansIn('air strikes and shelling killed 20'), meansIn('shelling killed 25'))).toBe(false)
    expect(differentMeans(meansIn('the attack killed 20'), meansIn('jets killed 60'))).toBe(false)
  })
})
