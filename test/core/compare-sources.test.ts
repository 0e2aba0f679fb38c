/**
 * compare/sources: who a matched fact is credited to. "The command said" points back at the
 * attribution that names the Joint Operations Command, and the same toll credited to two
 * different bodies is shown as a different-source match of the two attributions.
 */
import { describe, expect, it } from 'vitest'
import { compareArticles } from '@core/compare'
import type { Article } from '@core/model'
import { resolveCredits } from '../../src/core/compare/sources'
import { claimAt, pastedArticle } from './compare-gold'

const article = (text: string) => pastedArticle(text, 'sources')
const said = (a: Article, exact: string, speaker: string) => claimAt(a, 'attribution', exact, { speaker, verb: 'said' })

describe('credits within one article', () => {
  it('resolves "the command" to the body named earlier, and a named body to itself', () => {
    const a = article(
      'The Joint Operations Command said 12 militants were killed. The command said the strikes hit a house.'
    )
    const named = said(a, 'The Joint Operations Command said', 'The Joint Operations Command')
    const anaphor = said(a, 'The command said', 'The command')
    const credits = resolveCredits([named, anaphor])
    expect(credits.get(named.id)).toEqual({ claim: named, speaker: 'The Joint Operations Command' })
    expect(credits.get(anaphor.id)).toEqual({ claim: named, speaker: 'The Joint Operations Command' })
  })
})

describe('sources across two articles', () => {
  it('sets the same toll credited to two bodies as a different-source match', () => {
    const a = article('An air strike on the market in Kafr Nabl killed 20 people on Sunday, the civil defence said.')
    const b = article(
      'An air strike on the market in Kafr Nabl killed 20 people on Sunday, the Syrian Observatory for Human Rights said.'
    )
    const claims = [
      claimAt(a, 'casualty', 'killed 20 people', { outcome: 'killed', min: 20, max: 20 }),
      said(a, 'the civil defence said', 'the civil defence'),
      claimAt(b, 'casualty', 'killed 20 people', { outcome: 'killed', min: 20, max: 20 }),
      said(b, 'the Syrian Observatory for Human Rights said', 'the Syrian Observatory for Human Rights')
    ]
    const sourced = compareArticles({ articles: [a, b], claims }).matches.find((m) => m.verdict === 'different-source')
    expect(sourced).toMatchObject({
      claimIds: [claims[1]!.id, claims[3]!.id],
      reason: 'the civil defence vs the Syrian Observatory for Human Rights, on 20 vs 20 killed'
    })
  })
})
