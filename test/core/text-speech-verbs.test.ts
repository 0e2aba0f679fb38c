/**
 * text/speech-verbs: the English verbs of saying, writing and publishing, with their inflections
 * and what each needs after it before a fact-checker has a statement to put to its source.
 */
import { describe, expect, it } from 'vitest'
import { ENGLISH_SPEECH_FORMS, ENGLISH_SPEECH_LEMMAS, PUBLISHED_OBJECT, englishSpeechVerb } from '@core/text'

describe('the speech-verb table', () => {
  it('knows every form of a verb, regular or not', () => {
    expect(englishSpeechVerb('said')).toMatchObject({ lemma: 'say', form: 'past', object: 'free' })
    expect(englishSpeechVerb('says')).toMatchObject({ lemma: 'say', form: 's' })
    expect(englishSpeechVerb('told')).toMatchObject({ lemma: 'tell', form: 'past' })
    expect(englishSpeechVerb('tweeted')?.lemma).toBe('tweet')
  })

  it('says what a verb needs after it', () => {
    expect(englishSpeechVerb('called')?.object).toBe('call')
    expect(englishSpeechVerb('released')?.object).toBe('publish')
  })

  it('marks the verbs that are also nouns ("a report", "his claims")', () => {
    expect(englishSpeechVerb('report')?.noun).toBe(true)
    expect(englishSpeechVerb('said')?.noun).toBe(false)
  })

  it('holds no states of mind or evidence: nobody stated anything', () => {
    for (const w of ['believed', 'hoped', 'shows', 'found']) expect(englishSpeechVerb(w), w).toBeUndefined()
  })

  it('lists its forms longest first for one pattern, and every lemma once', () => {
    const lengths = ENGLISH_SPEECH_FORMS.map((f) => f.length)
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a))
    expect(new Set(ENGLISH_SPEECH_LEMMAS).size).toBe(ENGLISH_SPEECH_LEMMAS.length)
    expect(ENGLISH_SPEECH_LEMMAS).toContain('say')
  })

  it('knows what can be published: "released a statement", "posted on Facebook"', () => {
    expect(PUBLISHED_OBJECT.test(' a statement on Sunday')).toBe(true)
    expect(PUBLISHED_OBJECT.test(' on Facebook')).toBe(true)
    expect(PUBLISHED_OBJECT.test(' the prisoners')).toBe(false)
  })
})
