/**
 * extract/clauses: the clause geometry attributions need: sentence ends (not after "Brig. Gen."
 * or "Aug."), quotations, and the keys that find a later surname in a full name.
 */
import { describe, expect, it } from 'vitest'
import { ABBREVIATION, key, quotations, sentenceBoundaries, surnameKey } from '../../src/core/extract/clauses'

describe('sentences and quotations', () => {
  it('ends sentences at full stops, not after a title or a month abbreviation', () => {
    const text = 'One. Two here. Brig. Gen. Maan spoke on Aug. 14 in Baghdad. Then he left.'
    // the full stops that end a sentence another follows
    expect(sentenceBoundaries(text)).toEqual([
      text.indexOf('One.') + 3,
      text.indexOf('here.') + 4,
      text.indexOf('Baghdad.') + 7
    ])
    for (const end of [' Gen.', ' Sept.', ' Dr.', ' U.S.']) expect(ABBREVIATION.test(end), end).toBe(true)
    for (const end of [' town.', ' May.']) expect(ABBREVIATION.test(end), end).toBe(false)
  })

  it('finds quotations by their marks', () => {
    const text = 'He said “we will win” and left. Then “more” came.'
    expect(quotations(text).map(([a, b]) => text.slice(a, b))).toEqual(['“we will win', '“more'])
  })
})

describe('name keys', () => {
  it('matches "the Command" with "Command", and "Abadi" with "al-Abadi"', () => {
    expect(key('the Command')).toBe(key('Command'))
    expect(key("Maan's")).toBe('maan')
    expect(surnameKey('al-Abadi')).toBe(surnameKey('Abadi'))
  })
})
