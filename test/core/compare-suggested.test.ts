/**
 * The gold bars again with claims from the extractor (suggestClaims) instead of hand-tagged ones:
 * matching must not depend on who drew the spans. Kept apart from compare-gold so an extractor
 * change shows up here and not as a failure of the hand-tagged bars.
 */
import { describe, expect, it } from 'vitest'
import { compareArticles } from '@core/compare'
import { suggestClaims } from '@core/extract'
import { claimFromDraft, type Article, type Claim } from '@core/model'
import { loadArticle, NOW, overlaps, spanOf } from './compare-gold'

const diyaruna = loadArticle('al-qaim-diyaruna')
const wire = loadArticle('al-qaim-constructed-wire')
const oman = loadArticle('al-qaim-oman-observer')
let k = 0
const suggested = (a: Article): Claim[] =>
  suggestClaims(a).map((d) => claimFromDraft(d, { id: `${a.id}#s${++k}`, articleId: a.id }, NOW))

describe('compare on suggested claims', () => {
  it('finds the three gold conflicts of the constructed pair, each on both spans, and no other', () => {
    const claims = [...suggested(diyaruna), ...suggested(wire)]
    const byId = new Map(claims.map((c) => [c.id, c]))
    const conflicts = compareArticles({ articles: [diyaruna, wire], claims }).matches.filter(
      (m) => m.verdict === 'conflict'
    )
    const at = (a: string, b: string) =>
      conflicts
        .filter(
          (m) =>
            overlaps(byId.get(m.claimIds[0]), spanOf(diyaruna, a)) && overlaps(byId.get(m.claimIds[1]), spanOf(wire, b))
        )
        .map((m) => m.reason)
    expect(at('killed 12 senior ISIL leaders', 'killed 15 senior Islamic State commanders')).toEqual([
      expect.stringMatching(/^12 vs 15 killed\b/)
    ])
    expect(at('July 29th', 'July 28')).toEqual([expect.stringMatching(/^29 vs 28 July\b/)])
    expect(at('August 11th', 'August 12')).toEqual([expect.stringMatching(/^11 vs 12 August\b/)])
    expect(conflicts).toHaveLength(3)
  })

  it('finds no conflict between the two real articles', () => {
    const claims = [...suggested(diyaruna), ...suggested(oman)]
    expect(
      compareArticles({ articles: [diyaruna, oman], claims }).matches.filter((m) => m.verdict === 'conflict')
    ).toEqual([])
  })
})
