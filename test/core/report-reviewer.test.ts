/**
 * report/reviewer: the fact-checker's rating scale, the rating a reviewed claim carries (its own,
 * else the one for its status), and the address of the published fact-check.
 */
import { describe, expect, it } from 'vitest'
import { withStatus } from '@core/model'
import { DEFAULT_SCALE, EMPTY_PROFILE, parseRatingScale, ratingOf, reviewUrlOf } from '../../src/core/report/reviewer'
import { tollClaim } from './fixtures'

const claim = tollClaim('c 1')

describe('a rating scale', () => {
  it('reads a scale written on one line, worst first, and gives the statuses their ratings', () => {
    expect(parseRatingScale('True=4, False=1, Misleading=2, Mostly true=3')).toEqual(DEFAULT_SCALE)
  })

  it('says what is wrong with a part that is not a rating', () => {
    expect(() => parseRatingScale('False=1, Mostly true')).toThrow(/"Mostly true" is not a rating/)
  })
})

describe('a claim’s rating and review address', () => {
  it('rates a reviewed claim by its status unless a rating was chosen for it, and an unreviewed one not at all', () => {
    expect(ratingOf(claim, DEFAULT_SCALE)).toBeNull()
    const disputed = withStatus(claim, 'disputed', '2024-05-02T00:00:00Z')
    expect(ratingOf(disputed, DEFAULT_SCALE)?.name).toBe('Misleading')
    expect(ratingOf({ ...disputed, review: { reviewedAt: 'x', rating: 'false' } }, DEFAULT_SCALE)?.name).toBe('False')
  })

  it('fills the profile’s address pattern with the claim and the case', () => {
    const profile = { ...EMPTY_PROFILE, urlPattern: 'https://checks.example.org/{case}/{claim}' }
    expect(reviewUrlOf(claim, 'case-1', profile)).toBe('https://checks.example.org/case-1/c%201')
    expect(reviewUrlOf(claim, 'case-1', EMPTY_PROFILE)).toBeUndefined()
  })
})
