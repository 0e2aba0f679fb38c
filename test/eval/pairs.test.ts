/** The pair scorer on a tiny hand-made pair: what counts as found, false, agreed and wrongly flagged. */
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Claim, ClaimMatch, Comparison } from '@core/model'
import { checkQuotes, Corpus, EvalInputError } from './corpus'
import { loadCorpusPair, poolPairs, scorePair, type PairGold } from './pairs'

const SAMPLES = path.join(__dirname, 'samples')
const corpus = new Corpus(path.join(SAMPLES, 'corpus'))
const pair = loadCorpusPair(path.join(SAMPLES, 'gold', 'pairs', 'en', 'tiny.pair.json'), corpus)
const { a, b } = pair

let n = 0
function claim(article: typeof a, kind: Claim['kind'], exact: string, occurrence = 0): Claim {
  let start = -1
  for (let k = 0; k <= occurrence; k++) start = article.text.indexOf(exact, start + 1)
  if (start < 0) throw new Error(`${exact} not in ${article.id}`)
  const anchor = { start, end: start + exact.length, exact, prefix: '', suffix: '' }
  return {
    id: `c${++n}`,
    articleId: article.id,
    kind,
    anchor,
    value: {},
    origin: 'suggested',
    status: 'unreviewed',
    note: '',
    tags: [],
    createdAt: '',
    updatedAt: ''
  } as unknown as Claim
}

const a12 = claim(a, 'casualty', '12 people')
const aChildren = claim(a, 'casualty', 'Five children were among the dead')
const aTue = claim(a, 'date', 'Tuesday')
const aSohr = claim(a, 'attribution', 'the Syrian Observatory for Human Rights said')
const b15 = claim(b, 'casualty', 'killed 15 people')
const bTue = claim(b, 'date', 'Tuesday')
const bWar = claim(b, 'casualty', 'killed more than 320000 people')
const bCivil = claim(b, 'attribution', 'the civil defence said')
const claimsA = [a12, aChildren, aTue, aSohr]
const claimsB = [b15, bTue, bWar, bCivil]

function match(x: Claim, y: Claim, verdict: ClaimMatch['verdict']): ClaimMatch {
  return { claimIds: [x.id, y.id], articleIds: [x.articleId, y.articleId], verdict, reason: `${verdict}`, score: 1 }
}
const comparison = (matches: ClaimMatch[]) =>
  ({ articleIds: [a.id, b.id], pairs: [], matches, onlyIn: [], entities: [], facts: [], partial: false }) as Comparison
const score = (matches: ClaimMatch[], gold: PairGold = pair.gold) =>
  scorePair(pair.meta, gold, { article: a, claims: claimsA }, { article: b, claims: claimsB }, comparison(matches))

describe('scorePair', () => {
  it('finds a gold conflict with both sides, in either orientation of the match', () => {
    expect(score([match(a12, b15, 'conflict')])).toMatchObject({
      goldConflicts: 1,
      foundBoth: 1,
      foundSubstance: 1,
      falseConflicts: 0
    })
    expect(score([match(b15, a12, 'conflict')])).toMatchObject({ foundBoth: 1, falseConflicts: 0 })
  })

  it('counts a conflict with the right claim on one side only as found in substance, neither found nor false', () => {
    const s = score([match(a12, bWar, 'conflict')])
    expect(s).toMatchObject({ foundBoth: 0, foundSubstance: 1, falseConflicts: 0 })
    expect(s.traps.not_conflicts).toEqual({ gold: 2, reported: 1 })
  })

  it('counts a conflict on no gold conflict as false, and names the trap it fell into', () => {
    const s = score([match(aChildren, b15, 'conflict'), match(aSohr, bCivil, 'conflict')])
    expect(s).toMatchObject({ foundBoth: 0, reportedConflicts: 2, falseConflicts: 1 })
    expect(s.traps.compatible_not_conflicts.reported).toBe(1)
    expect(s.traps.different_sources.reported).toBe(1)
  })

  it('finds a gold conflict through another mention the gold marks as the same conflict', () => {
    const gold: PairGold = {
      ...pair.gold,
      optional_conflicts: [
        {
          kind: 'casualty',
          a: '12 people',
          b: 'killed more than 320000 people',
          why: 'the same conflict, a repeated mention of the toll'
        }
      ]
    }
    expect(score([match(a12, bWar, 'conflict')], gold)).toMatchObject({ foundBoth: 1, falseConflicts: 0 })
    // an optional conflict not marked as a mention finds nothing
    const other: PairGold = { ...gold, optional_conflicts: [{ ...gold.optional_conflicts![0]!, why: 'debatable' }] }
    expect(score([match(a12, bWar, 'conflict')], other)).toMatchObject({ foundBoth: 0, falseConflicts: 0 })
  })

  it('finds an agreement only with an agree verdict on both sides', () => {
    expect(score([match(aTue, bTue, 'agree')]).agreementsFound).toBe(1)
    expect(score([match(aTue, bTue, 'compatible')]).agreementsFound).toBe(0)
  })

  it('requires the claim to be of the item’s kind', () => {
    const wrongKind = { ...a12, kind: 'quantity' } as Claim
    const s = scorePair(
      pair.meta,
      pair.gold,
      { article: a, claims: [wrongKind] },
      { article: b, claims: claimsB },
      comparison([match(wrongKind, b15, 'conflict')])
    )
    expect(s.foundBoth).toBe(0)
  })

  it('scores a better pairing higher: both sides > one side > a stray conflict', () => {
    const found = (m: ClaimMatch[]) => {
      const s = score(m)
      return 2 * s.foundBoth + s.foundSubstance - s.falseConflicts
    }
    expect(found([match(a12, b15, 'conflict')])).toBeGreaterThan(found([match(a12, bWar, 'conflict')]))
    expect(found([match(a12, bWar, 'conflict')])).toBeGreaterThan(found([match(aSohr, bCivil, 'conflict')]))
  })

  it('reports a headline quote as not in the imported text (import keeps it as the title)', () => {
    expect(a.title).toBe('Strike kills 12 in Idlib')
    expect(score([]).notInText).toEqual(['not_conflicts: a "Strike kills 12"'])
  })

  it('pools pairs and counts false conflicts per pair', () => {
    const pooled = poolPairs('all', [score([match(a12, b15, 'conflict')]), score([match(aSohr, bCivil, 'conflict')])])
    expect(pooled).toMatchObject({ pairs: 2, goldConflicts: 2, foundBoth: 1, falseConflicts: 1 })
  })
})

describe('loadCorpusPair', () => {
  it('imports both articles with the gold publication date', () => {
    expect(a.publishedAt).toBe('2017-04-05')
    expect(b.text).toContain('killed 15 people')
  })

  it('refuses a pair whose quote is not in its article', () => {
    const bad = {
      ...pair.gold,
      expected_conflicts: [{ kind: 'casualty' as const, a: 'killed 13 people', b: 'killed 15 people' }]
    }
    const file = path.join(SAMPLES, 'gold', 'pairs', 'en', 'tiny.pair.json')
    const check = () =>
      checkQuotes(
        file,
        corpus.article(bad.articles[0] as never, file),
        bad.expected_conflicts.map((x) => x.a)
      )
    expect(check).toThrow(EvalInputError)
    expect(check).toThrow('"killed 13 people" is not in the title or text of fakes:1')
  })
})
