// What a write does to a record (db/repository's plain functions), without a database.
import { describe, expect, it } from 'vitest'
import type { Article, Claim } from '@core/model'
import { withMetadata, withText } from '../../src/renderer/src/db/repository/articles'
import { patchedClaim } from '../../src/renderer/src/db/repository/claims'

const article = {
  id: 'a1',
  caseId: 'c1',
  title: 'Old',
  outlet: 'AFP',
  byline: '',
  url: '',
  publishedAt: '2026-01-01',
  text: 'old text',
  captions: [],
  contentHash: 'h0',
  notes: [{ mark: '1', text: 'a note' }],
  pages: [{ at: 0, page: 1 }],
  updatedAt: 't0'
} as unknown as Article

const claim = {
  id: 'k1',
  articleId: 'a1',
  kind: 'other',
  value: { text: 'x' },
  status: 'unreviewed',
  origin: 'manual',
  note: '',
  tags: [],
  anchor: { exact: 'old', prefix: '', suffix: '', start: 0, end: 3 },
  orphan: true,
  createdAt: 't0',
  updatedAt: 't0'
} as unknown as Claim

describe('an article’s details and text', () => {
  const meta = { title: 'New', outlet: 'Reuters', byline: 'B', url: '' }

  it('new details keep the date unless one is given; an empty date clears it', () => {
    expect(withMetadata(article, meta, 't1')).toMatchObject({
      title: 'New',
      outlet: 'Reuters',
      publishedAt: '2026-01-01',
      updatedAt: 't1'
    })
    expect(withMetadata(article, { ...meta, publishedAt: '2026-02-02' }, 't1').publishedAt).toBe('2026-02-02')
    expect('publishedAt' in withMetadata(article, { ...meta, publishedAt: '' }, 't1')).toBe(false)
  })

  it('a new text without pages or notes drops the old ones', () => {
    const next = withText(article, { text: 'new text', captions: [], contentHash: 'h1' }, 't1')
    expect(next).toMatchObject({ text: 'new text', contentHash: 'h1', updatedAt: 't1' })
    expect('pages' in next || 'notes' in next).toBe(false)
  })
})

describe('a change to a claim', () => {
  it('a new anchor places an orphan again; orphan is set only when asked for', () => {
    const placed = patchedClaim(claim, { anchor: { exact: 'new', prefix: '', suffix: '', start: 4, end: 7 } }, 't1')
    expect(placed.orphan).toBeUndefined()
    expect(patchedClaim(claim, { note: 'n' }, 't1').orphan).toBe(true)
    expect(patchedClaim({ ...claim, orphan: undefined } as Claim, { orphan: true }, 't1').orphan).toBe(true)
  })

  it('a status change dates a review; back to unreviewed, the review goes', () => {
    const confirmed = patchedClaim(claim, { status: 'confirmed' }, 't1') as unknown as Claim
    expect(confirmed.review?.reviewedAt).toBe('t1')
    expect(patchedClaim(confirmed, { status: 'unreviewed' }, 't2').review).toBeUndefined()
  })
})
