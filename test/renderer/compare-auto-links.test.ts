// What the comparison writes back and shows (compare/useComparison.ts's plain functions), without React.
import { describe, expect, it } from 'vitest'
import type { Claim, ClaimMatch, Comparison, Link } from '@core/model'
import { autoLinksToStore, judgedSuggestionsOf } from '../../src/renderer/src/compare/useComparison'

const match = (x: string, y: string, verdict: ClaimMatch['verdict'] = 'conflict'): ClaimMatch => ({
  claimIds: [x, y],
  articleIds: ['A', 'B'],
  verdict,
  reason: `${x} vs ${y}`,
  score: 1
})
const comparison = (matches: ClaimMatch[]): Comparison => ({
  articleIds: ['A', 'B'],
  pairs: [],
  matches,
  onlyIn: [],
  entities: [],
  facts: [],
  partial: false
})
const stored = (link: Partial<Link> & Pick<Link, 'claimIds'>): Link =>
  ({ id: 'l', relation: 'conflict', origin: 'auto', reason: '', createdAt: '', ...link }) as Link

describe('compare’s links written back', () => {
  const c = comparison([match('a1', 'b1'), match('a2', 's:b2'), match('a3', 'gone')])

  it('only matches between stored claims become links (a suggestion or a deleted claim is not stored)', () => {
    const drafts = autoLinksToStore(c, new Set(['a1', 'b1', 'a2', 'a3']), [])
    expect(drafts?.map((d) => d.claimIds)).toEqual([['a1', 'b1']])
    expect(drafts?.[0]).toMatchObject({ origin: 'auto', relation: 'conflict', reason: 'a1 vs b1' })
  })

  it('nothing is written when the stored automatic links say the same, whatever the journalist’s own links', () => {
    const same = [
      stored({ claimIds: ['b1', 'a1'], reason: 'a1 vs b1' }),
      stored({ claimIds: ['a1', 'b1'], origin: 'manual', relation: 'agree' })
    ]
    expect(autoLinksToStore(c, new Set(['a1', 'b1']), same)).toBeNull()
    const changed = [stored({ claimIds: ['a1', 'b1'], reason: 'older reason' })]
    expect(autoLinksToStore(c, new Set(['a1', 'b1']), changed)).not.toBeNull()
  })
})

describe('judged suggestions', () => {
  it('each pending suggestion a verdict names, once; stored claims are not among them', () => {
    const claim = (id: string) => ({ id, articleId: 'A' }) as Claim
    const byId = new Map(['a1', 's:1', 's:2'].map((id) => [id, claim(id)]))
    const matches = [match('a1', 's:1'), match('s:1', 's:2'), match('a1', 's:unknown')].map((m) => ({
      ...m,
      manual: false
    }))
    expect(judgedSuggestionsOf(matches as any, byId).map((c) => c.id)).toEqual(['s:1', 's:2'])
  })
})
