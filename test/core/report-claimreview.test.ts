/**
 * report/claimreview: what a ClaimReview export publishes. Only the claims the journalist reviewed
 * leave the app, one file per claim named after it; the gaps a publisher would miss (no address of
 * the fact-check, no publication date) are named per claim, in words.
 */
import { describe, expect, it } from 'vitest'
import {
  claimReviewGaps,
  countReviewed,
  isReviewed,
  NOTHING_REVIEWED,
  renderClaimReview,
  renderClaimReviewFiles,
  type ReportInput
} from '@core/report'
import { sampleContext, sampleInput } from '../fixtures/report/sample-input'

const reviewedCount = sampleInput.claims.filter((c) => c.status !== 'unreviewed').length

describe('which claims are published', () => {
  it('publishes confirmed, disputed and rejected claims, never unreviewed ones', () => {
    const byStatus = (s: string) => sampleInput.claims.find((c) => c.status === s)!
    expect(isReviewed(byStatus('confirmed'))).toBe(true)
    expect(isReviewed(byStatus('disputed'))).toBe(true)
    expect(isReviewed(byStatus('rejected'))).toBe(true)
    expect(isReviewed(byStatus('unreviewed'))).toBe(false)
    expect(countReviewed(sampleInput)).toBe(reviewedCount)
    expect(JSON.parse(renderClaimReview(sampleInput, sampleContext))['@graph']).toHaveLength(reviewedCount)
  })

  it('publishes an empty graph, and says why, when nothing is reviewed', () => {
    const none: ReportInput = { ...sampleInput, claims: sampleInput.claims.filter((c) => !isReviewed(c)) }
    expect(countReviewed(none)).toBe(0)
    expect(JSON.parse(renderClaimReview(none, sampleContext))['@graph']).toEqual([])
    expect(NOTHING_REVIEWED).toMatch(/Mark claims confirmed, disputed or rejected first/)
  })
})

describe('one file per reviewed claim', () => {
  it('names each file after its claim and holds one ClaimReview with the verdict', () => {
    const files = renderClaimReviewFiles(sampleInput, sampleContext)
    expect(files).toHaveLength(reviewedCount)
    const wire = sampleInput.claims.find((c) => c.anchor.exact === 'killed 15 senior Islamic State commanders')!
    const file = files.find((f) => f.claimId === wire.id)!
    expect(file.name).toBe(`${wire.id}.claimreview.jsonld`)
    const doc = JSON.parse(file.text)
    expect(doc['@context']).toBe('https://schema.org')
    expect(doc['@type']).toBe('ClaimReview')
    expect(doc.reviewRating.alternateName).toBe('False')
    expect(doc.itemReviewed.appearance.publisher.name).toBe('Constructed Wire')
  })

  it('keeps two claims whose ids differ only by unsafe characters in two files', () => {
    const [a] = sampleInput.claims.filter(isReviewed)
    const input: ReportInput = {
      ...sampleInput,
      claims: [
        { ...a!, id: 'claim/1' },
        { ...a!, id: 'claim:1' }
      ]
    }
    const names = renderClaimReviewFiles(input, sampleContext).map((f) => f.name)
    expect(names).toEqual(['claim_1.claimreview.jsonld', 'claim_1-2.claimreview.jsonld'])
  })
})

describe('what a publisher would miss', () => {
  it('names the wire article’s missing web address, and nothing for a complete review', () => {
    const gaps = claimReviewGaps(sampleInput, sampleContext)
    expect(gaps).toContain(
      '“July 28” (Constructed Wire): no web address where the claim appeared (set the article’s web address)'
    )
    expect(gaps.some((g) => g.startsWith('“July 29th” (Diyaruna)'))).toBe(false)
  })

  it('asks for a fact-checker and the check’s address when the reviewer profile is empty', () => {
    const gaps = claimReviewGaps(sampleInput, { ...sampleContext, reviewer: undefined })
    expect(
      gaps.filter((g) => g.endsWith('no fact-checker (set the organisation of the reviewer profile)'))
    ).toHaveLength(reviewedCount)
    expect(gaps.some((g) => g.includes('no web address of the published fact-check'))).toBe(true)
  })
})
