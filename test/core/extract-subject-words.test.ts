/**
 * extract/subject-words: the English words that shape a speaker's phrase around a speech verb.
 * "said Friday" names no one but "June Carter said" does; "reportedly" stands between a speaker
 * and the verb while "the family" is a noun; "will say" and "declined to say" state nothing yet.
 */
import { describe, expect, it } from 'vitest'
import {
  ADVERB,
  ADVERB_ANY,
  BETWEEN,
  CLAUSE_VERBS,
  isDateWord,
  NOT_STATED,
  NOT_SUBJECT,
  OPENERS,
  PRONOUNS
} from '@core/extract/subject-words'

describe('dates that name no one', () => {
  it('reads weekdays and months as dates, with the comma or full stop after them', () => {
    for (const w of ['Friday', 'friday,', 'Monday.', 'January', 'September']) expect(isDateWord(w)).toBe(true)
  })

  it('lets months that are also first names speak', () => {
    for (const w of ['May', 'June', 'April', 'August']) expect(isDateWord(w)).toBe(false)
    expect(isDateWord('Maan')).toBe(false)
  })
})

describe('words between a speaker and the verb', () => {
  it('takes -ly adverbs but not nouns in -ly', () => {
    expect(ADVERB.test('reportedly')).toBe(true)
    expect(ADVERB.test('separately')).toBe(true)
    for (const noun of ['family', 'ally', 'assembly', 'supply']) expect(ADVERB.test(noun)).toBe(false)
    // "only" is too short for the adverb form between subject and verb, but an adverb all the same
    expect(ADVERB.test('only')).toBe(false)
    expect(ADVERB_ANY.test('only')).toBe(true)
  })

  it('lists the words dropped between subject and verb ("the ministry also said")', () => {
    for (const w of ['also', 'later', 'yesterday', 'himself']) expect(BETWEEN.has(w)).toBe(true)
    expect(BETWEEN.has('police')).toBe(false)
  })
})

describe('cues that state nothing and words that are no subject', () => {
  it('knows a modal, a negation or a refusal before the verb, in any case and either apostrophe', () => {
    for (const w of ['will', 'Would', "didn't", 'didn’t', 'declined', 'to']) expect(NOT_STATED.test(w)).toBe(true)
    expect(NOT_STATED.test('has')).toBe(false)
    expect(CLAUSE_VERBS.test('is')).toBe(true)
  })

  it('drops a sentence’s opening conjunction and knows words that open without being the speaker', () => {
    expect(OPENERS.test('But')).toBe(true)
    expect(OPENERS.test('Meanwhile')).toBe(true)
    for (const w of ['Asked', 'According', 'In', 'Speaking']) expect(NOT_SUBJECT.test(w)).toBe(true)
    expect(NOT_SUBJECT.test('Maan')).toBe(false)
    expect(PRONOUNS.test('She')).toBe(true)
  })
})
