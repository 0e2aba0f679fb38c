/**
 * text/attribution-words: the vocabulary of attribution in Arabic news copy. Every spelled form of
 * a reporting verb ("قالت", "يقولون", "أكدا", "وصفه") leads back to the verb a journalist names;
 * "بحسب" and "وفقاً لـ" open a source; ranks, roles, generic sources and bodies are found however
 * the paper spells their hamza or taa marbuta.
 */
import { describe, expect, it } from 'vitest'
import {
  ARABIC_ACCORDING,
  ARABIC_BODIES,
  ARABIC_RANKS,
  ARABIC_REPORTING_VERBS,
  ARABIC_ROLES,
  ARABIC_SOURCES,
  foldArabic,
  REPORTING_FORMS
} from '@core/text'

const form = (word: string) => REPORTING_FORMS.get(foldArabic(word))

describe('reporting verbs', () => {
  it('lead every person of the past and the present back to the verb', () => {
    expect(form('قال')).toMatchObject({ verb: { lemma: 'قال' }, present: false, feminine: false })
    expect(form('قالت')).toMatchObject({ verb: { lemma: 'قال' }, present: false, feminine: true })
    expect(form('يقولون')).toMatchObject({ verb: { lemma: 'قال' }, present: true, feminine: false })
    expect(form('تقول')).toMatchObject({ verb: { lemma: 'قال' }, present: true, feminine: true })
    expect(form('أكدا')).toMatchObject({ verb: { lemma: 'أكد' }, dual: true })
  })

  it('spell out weak verbs and take an object pronoun where the verb does', () => {
    expect(form('نفت')).toMatchObject({ verb: { lemma: 'نفى' }, feminine: true })
    expect(form('نفاه')).toMatchObject({ verb: { lemma: 'نفى' }, object: true })
    expect(form('وصفه')).toMatchObject({ verb: { lemma: 'وصف' }, object: true })
    expect(form('اعلن')).toMatchObject({ verb: { lemma: 'أعلن' } })
  })

  it('mark the verbs that need a word after them or are read but not suggested', () => {
    const verb = (lemma: string) => ARABIC_REPORTING_VERBS.find((v) => v.lemma === lemma)!
    expect(verb('تحدث').needs).toEqual(['عن'])
    expect(verb('أصدر').needs).toContain('بيانا')
    expect(verb('تبنى').silent).toBe(true)
    expect(verb('بين').ambiguous).toBe(true)
    expect(new Set(ARABIC_REPORTING_VERBS.map((v) => v.lemma)).size).toBe(ARABIC_REPORTING_VERBS.length)
  })
})

describe('the words around a speaker', () => {
  it('open a source with "according to" and name the phrase the gold uses', () => {
    expect(ARABIC_ACCORDING['بحسب']).toBe('بحسب')
    expect(ARABIC_ACCORDING['حسبما']).toBe('بحسب')
    expect(ARABIC_ACCORDING['وفقاً']).toBe('وفقا ل')
    expect(ARABIC_ACCORDING['نقلا']).toBe('نقلا عن')
  })

  it('find ranks, roles, generic sources and bodies by their folded spelling', () => {
    expect(ARABIC_RANKS.has(foldArabic('لواء'))).toBe(true)
    expect(ARABIC_RANKS.has(foldArabic('عميد'))).toBe(true)
    expect(ARABIC_ROLES.has(foldArabic('متحدث'))).toBe(true)
    expect(ARABIC_ROLES.has(foldArabic('متحدثة'))).toBe(true)
    expect(ARABIC_SOURCES.has(foldArabic('مصدر'))).toBe(true)
    expect(ARABIC_SOURCES.has(foldArabic('مسئول'))).toBe(true)
    expect(ARABIC_BODIES.has(foldArabic('وزارة'))).toBe(true)
    expect(ARABIC_BODIES.has(foldArabic('وزاره'))).toBe(true)
    expect(ARABIC_BODIES.has(foldArabic('مستشفي'))).toBe(true)
    expect(ARABIC_SOURCES.has(foldArabic('الموصل'))).toBe(false)
  })
})
