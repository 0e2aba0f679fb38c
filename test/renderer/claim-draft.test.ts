/** Value-editor drafts in sessionStorage: kept per claim, dropped when stale or unreadable. */
import { beforeEach, describe, expect, it } from 'vitest'
import {
  clearDraft,
  loadDraft,
  openDraftClaimId,
  saveDraft,
  type EditorDraft
} from '../../src/renderer/src/claims/draft'

const claim = { id: 'k1', updatedAt: '2024-01-01T00:00:00.000Z' }
const draft: EditorDraft = {
  kind: 'casualty',
  fields: { outcome: 'killed', min: '12' },
  status: 'confirmed',
  note: 'check',
  tags: 'toll'
}

describe('claim drafts', () => {
  beforeEach(() => sessionStorage.clear())

  it('keeps a draft for its claim and remembers the editor was open', () => {
    saveDraft(claim, draft)
    expect(loadDraft(claim)).toEqual(draft)
    expect(loadDraft({ id: 'k2', updatedAt: claim.updatedAt })).toBeNull()
    expect(openDraftClaimId()).toBe('k1')
    clearDraft('k1')
    expect(loadDraft(claim)).toBeNull()
    expect(openDraftClaimId()).toBeNull()
  })

  it('drops a draft made against another version of the claim', () => {
    saveDraft(claim, draft)
    expect(loadDraft({ ...claim, updatedAt: '2024-02-02T00:00:00.000Z' })).toBeNull()
    expect(loadDraft(claim)).toBeNull()
  })

  it.each([
    ['not JSON', '{'],
    ['another claim', JSON.stringify({ ...draft, claimId: 'other', claimUpdatedAt: claim.updatedAt })],
    ['an unknown kind', JSON.stringify({ ...draft, kind: 'rumour', claimId: 'k1', claimUpdatedAt: claim.updatedAt })],
    [
      'fields that are not text',
      JSON.stringify({ ...draft, fields: { min: 12 }, claimId: 'k1', claimUpdatedAt: claim.updatedAt })
    ]
  ])('ignores a stored draft that is %s', (_what, raw) => {
    sessionStorage.setItem('parallax:claim-draft:k1', raw)
    expect(loadDraft(claim)).toBeNull()
  })
})
