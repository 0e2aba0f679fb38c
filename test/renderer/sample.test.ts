/**
 * The sample cases of the first start, read through the real ingest and compared by the real core:
 * the case opened first must show what Parallax is for (two outlets that disagree on the toll,
 * dated), and the al-Qaim case stays there for the tour of a saved page.
 */
import { describe, expect, it } from 'vitest'
import { compareArticles } from '@core/compare'
import { suggestClaims } from '@core/extract'
import { articleFromDraft, claimFromDraft } from '@core/model'
import { sampleCases } from '../../src/renderer/src/app/sample'
import { SAMPLE_CASE_NAME } from '../../src/renderer/src/db'

const env = { window: window as never }
const NOW = '2026-01-01T00:00:00.000Z'

describe('the sample cases', () => {
  const cases = sampleCases(env)

  it('are the Aleppo case first, then al-Qaim', () => {
    expect(cases.map((c) => c.name)).toEqual(['Aleppo shelling (sample)', SAMPLE_CASE_NAME])
  })

  it('date and name both Aleppo reports', () => {
    expect(cases[0]!.drafts.map((d) => [d.outlet, d.publishedAt?.slice(0, 10)])).toEqual([
      ['SANA', '2016-11-12'],
      ['Al-Alam', '2016-11-12']
    ])
  })

  it('the case opened first shows conflicts on the toll, killed and wounded, as the app compares it', () => {
    const articles = cases[0]!.drafts.map((d, i) => articleFromDraft(d, { id: `a${i}`, caseId: 'sample' }, NOW))
    const claims = articles.flatMap((a) =>
      suggestClaims(a, { publishedAt: a.publishedAt?.slice(0, 10) }).map((d, i) =>
        claimFromDraft(d, { id: `${a.id}-${i}`, articleId: a.id }, NOW)
      )
    )
    const { matches } = compareArticles({ articles, claims })
    const quote = (id: string) => claims.find((c) => c.id === id)?.anchor.exact ?? ''
    const conflicts = matches.filter((m) => m.verdict === 'conflict').map((m) => m.claimIds.map(quote).join(' / '))
    // SANA: three killed; Al-Alam: two (the exact pair of quotes is compare's business)
    expect(conflicts.filter((c) => /three|3/i.test(c) && /two|2/i.test(c) && /killed/.test(c))).not.toEqual([])
    // SANA: twelve injured; Al-Alam: ten
    expect(conflicts.filter((c) => /12/.test(c) && /10/.test(c) && /injured/i.test(c))).not.toEqual([])
  })
})
