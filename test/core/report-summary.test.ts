/**
 * report/summary: the verdicts a report states, grouped by relation (conflicts first), each pair in
 * reading order, counted in words, and listed under each claim.
 */
import { describe, expect, it } from 'vitest'
import { describeCounts, summarizeComparisons, verdictsByClaim } from '../../src/core/report/summary'
import { sampleInput } from '../fixtures/report/sample-input'

describe('the verdicts of a case', () => {
  const groups = summarizeComparisons(sampleInput)

  it('groups them by relation, conflicts first, and counts them in words', () => {
    expect(groups.map((g) => [g.relation, g.entries.length])).toEqual([
      ['conflict', 2],
      ['different-source', 1],
      ['compatible', 2],
      ['agree', 1],
      ['related', 1]
    ])
    expect(describeCounts(groups)).toBe(
      '2 in conflict, 1 credited to different sources, 2 compatible, 1 in agreement, 1 related'
    )
    expect(describeCounts([])).toBe('')
  })

  it('puts each pair in reading order: the case’s first article on the left', () => {
    const dated = groups[0]!.entries.find((e) => e.link.id === 'link-2')!
    // the link was stored wire → Diyaruna; the report reads Diyaruna (first in the case) first
    expect([dated.a.claim.articleId, dated.b.claim.articleId]).toEqual(sampleInput.cases[0]!.articleIds.slice(0, 2))
  })

  it('leaves out a link whose claims are not both in the report', () => {
    const [first] = sampleInput.articles
    const oneArticle = {
      ...sampleInput,
      articles: [first!],
      claims: sampleInput.claims.filter((c) => c.articleId === first!.id)
    }
    expect(summarizeComparisons(oneArticle)).toEqual([])
  })

  it('lists every verdict under both of its claims, with the other article and its reason', () => {
    const conflict = groups[0]!.entries[0]!
    const lines = verdictsByClaim(groups)
    expect(lines.get(conflict.a.claim.id)).toContainEqual(
      `conflict with ${conflict.b.label}: “${conflict.b.claim.anchor.exact}” (${conflict.link.reason})`
    )
    expect(lines.get(conflict.b.claim.id)?.[0]).toMatch(/^conflict with /)
  })
})
