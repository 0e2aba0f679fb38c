import { describe, expect, it } from 'vitest'
import { compareArticles, linksFromComparison, linksInForce, mergeLinks, relationOrder } from '@core/compare'
import type { Claim, Link } from '@core/model'
import { summarizeComparisons } from '@core/report'
import { claimAt, loadArticle, NOW, wireClaims, goldClaims } from './compare-gold'

const diyaruna = loadArticle('al-qaim-diyaruna')
const wire = loadArticle('al-qaim-constructed-wire')
const claims: Claim[] = [...goldClaims(diyaruna), ...wireClaims(wire)]
const byId = new Map(claims.map((c) => [c.id, c]))
const comparison = compareArticles({ articles: [diyaruna, wire], claims })
const autoLinks = linksFromComparison(comparison, NOW)
const tollConflict = autoLinks.find((l) => l.relation === 'conflict' && l.reason.startsWith('12 vs 15 killed'))!
const manual = (claimIds: [string, string], relation: Link['relation'], reason: string, id = 'm1'): Link => ({
  id,
  claimIds,
  relation,
  origin: 'manual',
  reason,
  createdAt: NOW
})

describe('which link wins', () => {
  it('a manual link replaces compare’s verdict on its pair, and keeps what compare said', () => {
    const overrule = manual(tollConflict.claimIds, 'compatible', 'the 12 were leaders, the 15 commanders of all ranks')
    const merged = mergeLinks(comparison, [overrule], byId)
    const pair = merged.filter(
      (m) => m.claimIds.includes(tollConflict.claimIds[0]) && m.claimIds.includes(tollConflict.claimIds[1])
    )
    expect(pair).toHaveLength(1)
    expect(pair[0]).toMatchObject({ verdict: 'compatible', manual: true, linkId: 'm1', auto: { verdict: 'conflict' } })
  })

  it('a manual link retires compare’s other matches of its claims between the same articles', () => {
    const other = claimAt(wire, 'casualty', 'One of the dead, Abu Taha al-Azzawi', {
      outcome: 'killed',
      min: 1,
      max: 1
    })
    const ids = new Map([...byId, [other.id, other]])
    const relink = manual([tollConflict.claimIds[0], other.id], 'related', 'not the same fact')
    const merged = mergeLinks(comparison, [relink], ids)
    expect(merged.filter((m) => m.claimIds.includes(tollConflict.claimIds[0]))).toEqual([
      expect.objectContaining({ manual: true, verdict: 'related' })
    ])
  })

  it('reports state an overruled automatic conflict once, as the journalist set it', () => {
    const overrule = manual(tollConflict.claimIds, 'compatible', 'the 12 were leaders, the 15 commanders of all ranks')
    const stored = [...autoLinks, overrule]
    const standing = linksInForce(stored, byId)
    expect(standing.filter((l) => l.claimIds.includes(tollConflict.claimIds[0]))).toEqual([overrule])
    expect(standing).toHaveLength(autoLinks.length)
    const groups = summarizeComparisons({ cases: [], articles: [diyaruna, wire], claims, links: stored })
    const conflicts = groups.find((g) => g.relation === 'conflict')!.entries.map((e) => e.link.reason)
    expect(conflicts.some((r) => r.startsWith('12 vs 15 killed'))).toBe(false)
    expect(groups.find((g) => g.relation === 'compatible')!.entries.map((e) => e.link.id)).toContain('m1')
  })

  it('keeps links whose claims it does not know, for the caller to decide', () => {
    const stray = manual(['nowhere#1', 'nowhere#2'], 'conflict', '', 'm2')
    expect(linksInForce([...autoLinks, stray], byId)).toContainEqual(stray)
  })

  it('the newest manual link on a pair stands, in whatever order the links are stored', () => {
    const first = {
      ...manual(tollConflict.claimIds, 'agree', 'Set by hand: agree', 'm-old'),
      createdAt: '2024-05-02T09:00:00.000Z'
    }
    const second = {
      ...manual([tollConflict.claimIds[1], tollConflict.claimIds[0]], 'compatible', 'Set by hand: compatible', 'm-new'),
      createdAt: '2024-05-02T11:00:00+01:00'
    }
    const third = { ...second, id: 'm-newest', createdAt: '2024-05-02T10:30:00.000Z' }
    for (const links of [
      [first, second, third],
      [third, second, first]
    ]) {
      const pair = mergeLinks(comparison, links, byId).filter((m) => m.claimIds.includes(tollConflict.claimIds[0]))
      expect(pair.map((m) => m.linkId)).toEqual(['m-newest'])
      expect(
        linksInForce([...autoLinks, ...links], byId).filter((l) => l.claimIds.includes(tollConflict.claimIds[0]))
      ).toEqual([third])
    }
  })

  it('reads an automatic link stored twice once', () => {
    expect(linksInForce([...autoLinks, { ...tollConflict }], byId)).toHaveLength(autoLinks.length)
  })

  it('keeps a manual link between two claims of one article as stored', () => {
    const [x, y] = claims.filter((c) => c.articleId === diyaruna.id)
    const within = manual([x!.id, y!.id], 'related', 'two mentions of one strike', 'm3')
    const standing = linksInForce([...autoLinks, within], byId)
    expect(standing).toContainEqual(within)
    expect(standing).toHaveLength(autoLinks.length + 1)
  })

  it('lists conflicts first and plain relations last', () => {
    expect(relationOrder[0]).toBe('conflict')
    expect(relationOrder.at(-1)).toBe('related')
  })
})
