// What the claims panel lists and what its keys do (claims/panelList.ts, filter.ts), without React.
import { describe, expect, it } from 'vitest'
import { claimFromDraft, type Claim, type ClaimDraft } from '@core/model'
import { emptyFilter, toggleKind, togglePending } from '../../src/renderer/src/claims/filter'
import { countLabel, listKeyCommand, panelScope } from '../../src/renderer/src/claims/panelList'
import type { Suggestion } from '../../src/renderer/src/claims/suggestions'

const draft = (start: number): ClaimDraft =>
  ({
    kind: 'other',
    anchor: { exact: 'x', prefix: '', suffix: '', start, end: start + 1 },
    value: { text: 'x' },
    origin: 'manual'
  }) as ClaimDraft
const claim = (id: string, articleId: string, extra: Partial<Claim> = {}): Claim =>
  ({ ...claimFromDraft(draft(0), { id, articleId }, ''), ...extra }) as Claim
const suggestion = (id: string, articleId: string): Suggestion => ({
  id,
  articleId,
  draft: draft(0),
  claim: claim(id, articleId)
})

describe('the claims panel’s scope', () => {
  const articles = [{ id: 'A' }, { id: 'B' }, { id: 'C' }]
  const input = {
    claims: [claim('a1', 'A'), claim('c1', 'C')],
    suggestions: [suggestion('s:b', 'B'), suggestion('s:c', 'C')],
    articles,
    shownArticleIds: ['B', 'A'],
    askedArticleIds: ['A']
  }

  it('“Finding claims…” only for articles of the scope whose suggestions are still being found', () => {
    const finding = { ...input, findingArticleIds: ['A', 'C'] }
    expect(panelScope({ ...finding, scope: 'view' }).finding).toEqual(['A'])
    expect(panelScope({ ...finding, scope: 'case' }).finding).toEqual(['A', 'C'])
    expect(panelScope({ ...input, scope: 'case' }).finding).toEqual([])
  })

  it('in view: the shown articles’ claims and suggestions, panes first; unasked articles of the view only', () => {
    const view = panelScope({ ...input, scope: 'view' })
    expect(view.order).toEqual(['B', 'A', 'C'])
    expect(view.inScope.map((c) => c.id)).toEqual(['a1', 's:b'])
    expect(view.pending.map((s) => s.id)).toEqual(['s:b'])
    expect(view.unasked).toEqual(['B'])
  })

  it('the whole case: every article’s', () => {
    const all = panelScope({ ...input, scope: 'case' })
    expect(all.inScope.map((c) => c.id)).toEqual(['a1', 'c1', 's:b', 's:c'])
    expect(all.unasked).toEqual(['B', 'C'])
  })

  it('the count says “shown of all” only when a filter hides some', () => {
    expect(countLabel(3, 3)).toBe('3')
    expect(countLabel(1, 3)).toBe('1 of 3')
  })
})

describe('the filter’s toggles', () => {
  it('a kind chip adds its kind, and takes it away again', () => {
    const on = toggleKind(emptyFilter, 'date')
    expect(on.kinds).toEqual(['date'])
    expect(toggleKind(toggleKind(on, 'casualty'), 'date').kinds).toEqual(['casualty'])
  })

  it('“to review” shows only pending suggestions, then everything again', () => {
    expect(togglePending(emptyFilter).review).toBe('pending')
    expect(togglePending(togglePending(emptyFilter)).review).toBeUndefined()
  })
})

describe('the list’s keys', () => {
  const shown = [claim('a1', 'A'), suggestion('s:b', 'B').claim, claim('o1', 'A', { orphan: true })]

  it('arrows, Home and End move the selection within the list', () => {
    expect(listKeyCommand('ArrowDown', shown, null, true)).toEqual({ type: 'select', index: 0 })
    expect(listKeyCommand('ArrowDown', shown, 'o1', true)).toEqual({ type: 'select', index: 2 })
    expect(listKeyCommand('ArrowUp', shown, 'a1', true)).toEqual({ type: 'select', index: 0 })
    expect(listKeyCommand('End', shown, 'a1', true)).toEqual({ type: 'select', index: 2 })
    expect(listKeyCommand('Home', [], null, true)).toBeNull()
  })

  it('Enter accepts a suggestion and edits a claim; Backspace and Delete reject or delete', () => {
    expect(listKeyCommand('Enter', shown, 's:b', true)?.type).toBe('accept')
    expect(listKeyCommand('Enter', shown, 'a1', true)?.type).toBe('edit')
    expect(listKeyCommand('Backspace', shown, 's:b', true)?.type).toBe('reject')
    expect(listKeyCommand('Delete', shown, 'a1', true)?.type).toBe('delete')
    expect(listKeyCommand('Enter', shown, null, true)).toBeNull()
  })

  it('L links a stored claim with a place in the text, never a suggestion or an orphan', () => {
    expect(listKeyCommand('l', shown, 'a1', true)?.type).toBe('link')
    expect(listKeyCommand('L', shown, 'a1', false)).toBeNull()
    expect(listKeyCommand('l', shown, 's:b', true)).toBeNull()
    expect(listKeyCommand('l', shown, 'o1', true)).toBeNull()
  })
})
