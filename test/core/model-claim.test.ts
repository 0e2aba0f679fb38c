/**
 * model/claim: what a status change does to a claim's review (a new verdict is a new review; back
 * to unreviewed, the review goes), and what may be set on a review.
 */
import { describe, expect, it } from 'vitest'
import { withReview, withStatus } from '@core/model'
import { tollClaim } from './fixtures'

const claim = tollClaim('c1')

describe('a status change', () => {
  it('dates a new review, keeping the published fact-check’s address but not the old rating', () => {
    const confirmed = withStatus(claim, 'confirmed', '2024-05-02T00:00:00Z')
    const rated = withReview(confirmed, { rating: 'True', url: 'https://example.org/check' })
    expect(rated.ok).toBe(true)
    if (!rated.ok) return
    const disputed = withStatus(rated.claim, 'disputed', '2024-05-03T00:00:00Z')
    expect(disputed.review).toEqual({ reviewedAt: '2024-05-03T00:00:00Z', url: 'https://example.org/check' })
  })

  it('drops the review when the claim goes back to unreviewed, and changes nothing for the same status', () => {
    const confirmed = withStatus(claim, 'confirmed', '2024-05-02T00:00:00Z')
    expect(withStatus(confirmed, 'unreviewed', '2024-05-03T00:00:00Z').review).toBeUndefined()
    expect(withStatus(confirmed, 'confirmed', '2024-05-04T00:00:00Z')).toBe(confirmed)
  })
})

describe('setting a review', () => {
  it('refuses a review on an unreviewed claim, and an address a report may not link', () => {
    expect(withReview(claim, { rating: 'True' })).toMatchObject({ ok: false })
    const confirmed = withStatus(claim, 'confirmed', '2024-05-02T00:00:00Z')
    expect(withReview(confirmed, { url: 'javascript:alert(1)' })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('web address')
    })
  })

  it('clears a field set to an empty string', () => {
    const confirmed = withStatus(claim, 'confirmed', '2024-05-02T00:00:00Z')
    const rated = withReview(confirmed, { rating: 'True' })
    if (!rated.ok) throw new Error(rated.reason)
    const cleared = withReview(rated.claim, { rating: '  ' })
    expect(cleared.ok && cleared.claim.review?.rating).toBe(undefined)
  })
})
