/**
 * report/merge-changes: what an imported bundle would change in a stored record, in the
 * journalist's words, before anything is overwritten. A colleague's bundle that only re-saved a
 * record (new timestamps) changes nothing; a new verdict, note or edited text is named field by field.
 */
import { describe, expect, it } from 'vitest'
import type { Claim } from '@core/model'
import { describeChanges, sameContent } from '@core/report'
import { sampleInput } from '../fixtures/report/sample-input'

const claim = sampleInput.claims.find((c) => c.anchor.exact === 'injured dozens more')!
const article = sampleInput.articles.find((a) => a.id === 'art-diyaruna')!
const kase = sampleInput.cases[0]!
const link = sampleInput.links[0]!
const LATER = '2024-06-01T10:00:00.000Z'

describe('whether two versions differ', () => {
  it('ignores timestamps the sender chose and a case’s article list', () => {
    expect(sameContent('claims', claim, { ...claim, createdAt: LATER, updatedAt: LATER })).toBe(true)
    expect(sameContent('articles', article, { ...article, importedAt: LATER, updatedAt: LATER })).toBe(true)
    expect(sameContent('cases', kase, { ...kase, articleIds: [], updatedAt: LATER })).toBe(true)
    expect(describeChanges('claims', claim, { ...claim, updatedAt: LATER })).toEqual([])
  })

  it('counts an added field, and reads an undefined one as absent', () => {
    expect(sameContent('claims', claim, { ...claim, review: { reviewedAt: LATER } })).toBe(false)
    expect(sameContent('claims', claim, { ...claim, orphan: undefined })).toBe(true)
    expect(sameContent('claims', claim, { ...claim, note: 'x' }, ['note'])).toBe(true)
  })
})

describe('the changes a journalist is shown', () => {
  it('names a new verdict and note as they read in the app', () => {
    const incoming: Claim = {
      ...claim,
      status: 'disputed',
      note: 'The hospital counted 41 wounded.',
      review: { reviewedAt: LATER, rating: 'Misleading' }
    }
    expect(describeChanges('claims', claim, incoming)).toEqual([
      { field: 'status', stored: 'Unreviewed', incoming: 'Disputed' },
      { field: 'note', stored: '(none)', incoming: 'The hospital counted 41 wounded.' },
      { field: 'review', stored: '(none)', incoming: 'Misleading' }
    ])
  })

  it('shows an edited article text by its lengths and the words around the first difference', () => {
    const edited = article.text.replace('12 senior ISIL leaders', '15 senior ISIL leaders')
    const [change, ...rest] = describeChanges('articles', article, { ...article, text: edited })
    expect(rest).toEqual([])
    expect(change!.field).toBe('text')
    expect(change!.stored).toMatch(/^[\d,]+ characters: …/)
    expect(change!.stored).toContain('12 senior ISIL leaders')
    expect(change!.incoming).toContain('15 senior ISIL leaders')
  })

  it('names a changed verdict between two claims, and lists a detail the value’s words do not show (how the date was written) as other details', () => {
    expect(describeChanges('links', link, { ...link, relation: 'compatible' })).toEqual([
      { field: 'verdict', stored: 'conflict', incoming: 'compatible' }
    ])
    const date = sampleInput.claims.find((c) => c.kind === 'date')! as Extract<Claim, { kind: 'date' }>
    expect(describeChanges('claims', date, { ...date, value: { ...date.value, text: 'July 29' } })).toEqual([
      { field: 'other details', stored: 'as stored', incoming: 'different' }
    ])
  })
})
