/**
 * report/claim-sentence: a claim in one short sentence for a published fact-check
 * (ClaimReview's claimReviewed): the sentence around the quote, cut at word boundaries to 75
 * characters with an ellipsis, quotation marks balanced.
 */
import { describe, expect, it } from 'vitest'
import { CLAIM_SENTENCE_MAX, claimSentence } from '../../src/core/report/claim-sentence'

const at = (text: string, quote: string) => claimSentence(text, text.indexOf(quote), text.indexOf(quote) + quote.length)

describe('a claim in one sentence', () => {
  it('gives the whole sentence the quote sits in when it is short', () => {
    const text = 'Residents fled. The strikes killed 12 militants on Tuesday. More followed.'
    expect(at(text, '12 militants')).toBe('The strikes killed 12 militants on Tuesday.')
  })

  it('cuts a long sentence around the quote at word boundaries, with an ellipsis', () => {
    const text =
      'Iraqi strikes targeting gatherings of ISIL leaders in and around the Anbar border town of al-Qaim have killed at least 12 militants, the Joint Operations Command said on Tuesday.'
    const sentence = at(text, 'at least 12 militants')
    expect(sentence.length).toBeLessThanOrEqual(CLAIM_SENTENCE_MAX)
    expect(sentence).toContain('at least 12 militants')
    expect(sentence).toMatch(/…/)
    expect(sentence).not.toMatch(/\S…\S/)
  })

  it('closes a quotation the cut leaves open', () => {
    const text =
      'The spokesman said “the strikes killed at least 12 militants and destroyed three vehicles and a weapons depot near the town of al-Qaim on the border”.'
    const sentence = at(text, 'at least 12 militants')
    expect(sentence.split('“').length).toBe(sentence.split('”').length)
  })
})
