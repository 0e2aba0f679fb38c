/**
 * report/reviewer: the fact-checker's rating scale, the rating a reviewed claim carries (its own,
 * else the one for its status), and the address of the published fact-check.
 */
import { describe, expect, it } from 'vitest'
import { claimFromDraft, withStatus, type Claim, type ClaimDraft } from '@core/model'
import { DEFAULT_SCALE, EMPTY_PROFILE, parseRatingScale, ratingOf, reviewUrlOf } from '../../src/core/report/reviewer'

const draft = {
  kind: 'casualty',
  anchor: { start: 0, end: 9, exact: 'killed 12', prefix: '', suffix: '' },
  value: { outcome: 'killed', min: 12, max: 12 },
  origin: 'manual',
  status: 'unreviewed',
  note: '',
  tags: []
} as unknown as ClaimDraft
const claim: Claim = claimFromDraft(draft, { id: 'c 1', articleId: 'a1' }, '2024-05-01T00:00:00Z')

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
