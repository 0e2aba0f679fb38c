/**
 * compare/facts: with three or more articles, the claims matched pair by pair become one fact with
 * the values reported, by whom, the value most outlets give (the consensus) and the outliers.
 */
import { describe, expect, it } from 'vitest'
import { compareArticles, valueLabel } from '@core/compare'
import type { Article } from '@core/model'
import { claimAt, pastedArticle } from './compare-gold'

const article = (text: string) => pastedArticle(text, 'facts')
const killed = (a: Article, exact: string, count: number) =>
  claimAt(a, 'casualty', exact, { outcome: 'killed', min: count, max: count })

describe('a fact reported by three outlets', () => {
  it('gives the values with their outlets, the consensus and the outlier', () => {
    const a = article('An air strike on the market in Kafr Nabl killed 20 people on Sunday, medics said.')
    const b = article('An air strike on the market in Kafr Nabl killed 20 people on Sunday, a monitor said.')
    const c = article('An air strike on the market in Kafr Nabl killed 25 people on Sunday, activists said.')
    const claims = [
      killed(a, 'killed 20 people', 20),
      killed(b, 'killed 20 people', 20),
      killed(c, 'killed 25 people', 25)
    ]
    const [fact, ...others] = compareArticles({ articles: [a, b, c], claims }).facts
    expect(others).toEqual([])
    expect(fact).toMatchObject({
      kind: 'casualty',
      articleIds: [a.id, b.id, c.id],
      values: [
        { label: '20 killed', articleIds: [a.id, b.id] },
        { label: '25 killed', articleIds: [c.id] }
      ],
      consensus: '20 killed',
      outliers: [claims[2]!.id]
    })
  })

  it('names no consensus when no value has more outlets than another', () => {
    const a = article('An air strike on the market in Kafr Nabl killed 20 people on Sunday, medics said.')
    const b = article('An air strike on the market in Kafr Nabl killed 25 people on Sunday, activists said.')
    const claims = [killed(a, 'killed 20 people', 20), killed(b, 'killed 25 people', 25)]
    const [fact] = compareArticles({ articles: [a, b], claims }).facts
    expect(fact).toMatchObject({ consensus: null, outliers: [] })
  })
})

describe('a value as the journalist reads it', () => {
  it('writes tolls and dates in words', () => {
    const a = article('An air strike on the market in Kafr Nabl killed 20 people on Sunday.')
    expect(valueLabel(killed(a, 'killed 20 people', 20))).toBe('20 killed')
    expect(
      valueLabel(claimAt(a, 'casualty', 'killed 20 people', { outcome: 'killed_or_wounded', min: 20, max: 20 }))
    ).toBe('20 killed or wounded')
    expect(
      valueLabel(
        claimAt(a, 'date', 'on Sunday', { iso: '--08-14', granularity: 'day', calendar: 'gregorian', text: 'Sunday' })
      )
    ).toBe('14 August')
  })
})
