/**
 * extract/names: who a speaker is: a person with a title ("Brig. Gen. Yahya Rasool"), a body
 * ("the Joint Operations Command"), or a noun that stands for one ("the spokesman").
 */
import { describe, expect, it } from 'vitest'
import { isAcronym, isOrganisationName, isSpeakerNoun, readSpeaker } from '../../src/core/extract/names'

describe('speakers', () => {
  it('tells organisations from people', () => {
    for (const name of ['Joint Operations Command', 'the Defence Ministry', 'Reuters', 'Human Rights Watch'])
      expect(isOrganisationName(name), name).toBe(true)
    for (const name of ['Saad Maan', 'Ali al-Sistani']) expect(isOrganisationName(name), name).toBe(false)
  })

  it('takes a title off a person’s name as their role', () => {
    expect(readSpeaker('Brig. Gen. Yahya Rasool'.split(' '))).toMatchObject({
      speaker: 'Yahya Rasool',
      role: 'Brig. Gen.',
      person: true,
      org: false
    })
    expect(readSpeaker('the spokesman'.split(' '))).toMatchObject({ speaker: 'spokesman', person: false })
  })

  it('knows the nouns that speak and the acronyms of bodies', () => {
    expect(['spokesman', 'officials', 'town'].map(isSpeakerNoun)).toEqual([true, true, false])
    expect(['ISIL', 'UN', 'Iraq'].map(isAcronym)).toEqual([true, true, false])
  })
})
