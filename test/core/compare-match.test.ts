/**
 * compare/match: which claim of one article reports the same fact as which claim of another, one
 * to one (a toll the article restates shares its first mention's match), by the sentences they sit
 * in (the event, the place, the day), not by their values alone; each pair is judged, and a claim
 * with no counterpart is left "only in one".
 */
import { describe, expect, it } from 'vitest'
import { compareArticles } from '@core/compare'
import type { Article } from '@core/model'
import { claimAt, pastedArticle } from './compare-gold'

const article = (text: string) => pastedArticle(text, 'match')
const killed = (a: Article, exact: string, count: number, occurrence = 0) =>
  claimAt(a, 'casualty', exact, { outcome: 'killed', min: count, max: count }, occurrence)
const pairs = (articles: Article[], claims: ReturnType<typeof killed>[]) =>
  compareArticles({ articles, claims }).matches.map((m) => [
    m.claimIds.map((id) => claims.find((c) => c.id === id)!.anchor.exact),
    m.verdict,
    m.reason
  ])

describe('matching the claims of two articles', () => {
  it('pairs each toll with the toll of the same attack, whatever order the articles tell them in', () => {
    const a = article(
      'An air strike on the market in Kafr Nabl killed 20 people on Sunday. Separately, shelling of Aleppo killed 7 people on Monday.'
    )
    const b = article(
      'Shelling of Aleppo killed 9 people on Monday, medics said. An air strike on the market in Kafr Nabl killed 20 people on Sunday.'
    )
    expect(
      pairs(
        [a, b],
        [
          killed(a, 'killed 20 people', 20),
          killed(a, 'killed 7 people', 7),
          killed(b, 'killed 9 people', 9),
          killed(b, 'killed 20 people', 20)
        ]
      )
    ).toEqual([
      [['killed 20 people', 'killed 20 people'], 'agree', '20 vs 20 killed'],
      [['killed 7 people', 'killed 9 people'], 'conflict', '7 vs 9 killed']
    ])
  })

  it('leaves a claim of another event unmatched, as only in its article', () => {
    const a = article('An air strike on the market in Kafr Nabl killed 20 people on Sunday.')
    const b = article('Officials said 30 people were wounded in Homs on Friday.')
    const claims = [
      killed(a, 'killed 20 people', 20),
      claimAt(b, 'casualty', '30 people were wounded', { outcome: 'wounded', min: 30, max: 30 })
    ]
    const result = compareArticles({ articles: [a, b], claims })
    expect(result.matches).toEqual([])
    expect(result.onlyIn.map((o) => o.claimId)).toEqual(claims.map((c) => c.id))
  })

  it('gives a toll restated in its article (lead, then body) the verdict of its first mention', () => {
    const a = article('An air strike on the market in Kafr Nabl killed 20 people on Sunday, medics said.')
    const b = article(
      'An air strike on the market in Kafr Nabl killed 20 people on Sunday. The air strike on the market killed 20 people, a monitor said.'
    )
    const claims = [
      killed(a, 'killed 20 people', 20),
      killed(b, 'killed 20 people', 20),
      killed(b, 'killed 20 people', 20, 1)
    ]
    const matches = compareArticles({ articles: [a, b], claims }).matches
    expect(matches.map((m) => [m.claimIds, m.verdict])).toEqual([
      [[claims[0]!.id, claims[1]!.id], 'agree'],
      [[claims[0]!.id, claims[2]!.id], 'agree']
    ])
  })
})
