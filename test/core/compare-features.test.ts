/** compare/features: the words of an article as the alignment reads them (numbers, months, stems, terms). */
import { describe, expect, it } from 'vitest'
import { analyzeText, stem, termsOf, tokenMonth, tokenNumber } from '../../src/core/compare/features'

describe('tokens the comparison reads as values', () => {
  it('reads numbers written in digits, with separators, ordinals or words', () => {
    expect(tokenNumber('1,500')).toBe(1500)
    expect(tokenNumber('29th')).toBe(29)
    expect(tokenNumber('twelve')).toBe(12)
    expect(tokenNumber('people')).toBeNull()
  })

  it('reads every month form of core/text, and "may" only as May', () => {
    expect(tokenMonth('August')).toBe(8)
    expect(tokenMonth('Aug.')).toBe(8)
    expect(tokenMonth('Sept')).toBe(9)
    expect(tokenMonth('sep')).toBe(9)
    expect(tokenMonth('May')).toBe(5)
    expect(tokenMonth('Mayor')).toBeNull()
    expect(tokenMonth('police')).toBeNull()
  })
})

describe('terms', () => {
  it('one stem for the forms of a word', () => {
    expect(stem('killed')).toBe(stem('killing'))
    expect(stem('wounds')).toBe(stem('wound'))
    expect(stem('police')).not.toBe(stem('polite'))
  })

  it('two wordings of one sentence share terms; an unrelated one shares few', () => {
    const a = new Set(termsOf('A suicide bomber killed 12 people at a checkpoint in Baghdad'))
    const b = termsOf('Twelve people were killed by a suicide bomber at a Baghdad checkpoint')
    const c = termsOf('The football club signed a new coach for the season')
    const shared = (t: string[]) => t.filter((x) => a.has(x)).length
    expect(shared(b)).toBeGreaterThanOrEqual(4)
    expect(shared(c)).toBe(0)
  })

  it('an article is read sentence by sentence, with offsets into its text', () => {
    const text = 'Police said 12 people died. The road was closed on Friday.'
    const doc = analyzeText(text)
    expect(doc.sentences).toHaveLength(2)
    expect(text.slice(doc.sentences[1]!.start, doc.sentences[1]!.end)).toContain('The road was closed')
  })
})
