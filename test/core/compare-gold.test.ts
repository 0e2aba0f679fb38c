/**
 * The quality bars on the gold pairs: the constructed wire against Diyaruna (three
 * conflicts, agreements, compatible pairs, a different-source pair, a transliterated name), the
 * two real seed articles (no conflict, related passages aligned), and n-way facts on all three.
 */
import { describe, expect, it } from 'vitest'
import { compareArticles, linksFromComparison } from '@core/compare'
import { articleFromDraft, linkSchema, type Article, type Claim, type Comparison } from '@core/model'
import { fixtureJson } from './fixtures'
import { claimAt, goldClaims, loadArticle, NOW, overlaps, spanOf, wireClaims } from './compare-gold'

interface GoldPair {
  a: string
  b: string
  kind?: string
}
interface PairGold {
  expected_conflicts: GoldPair[]
  different_sources?: GoldPair[]
  agreements?: GoldPair[]
  compatible_not_conflicts?: GoldPair[]
  same_entities?: GoldPair[]
  related_passages?: (GoldPair & { relation: string })[]
}

const diyaruna = loadArticle('al-qaim-diyaruna')
const wire = loadArticle('al-qaim-constructed-wire')
const oman = loadArticle('al-qaim-oman-observer')
const claimsD = goldClaims(diyaruna)
const claimsW = wireClaims(wire)
const claimsO = goldClaims(oman)

/** The matches of a comparison whose claims overlap the gold spans a (in article A) and b (in article B). */
function matchesAt(c: Comparison, claims: readonly Claim[], A: Article, B: Article, pair: GoldPair) {
  const byId = new Map(claims.map((x) => [x.id, x]))
  const sa = spanOf(A, pair.a)
  const sb = spanOf(B, pair.b)
  return c.matches.filter((m) => overlaps(byId.get(m.claimIds[0]), sa) && overlaps(byId.get(m.claimIds[1]), sb))
}

describe('Diyaruna vs the constructed wire (al-qaim-constructed.pair.json)', () => {
  const gold = fixtureJson<PairGold>('gold/al-qaim-constructed.pair.json')
  const claims = [...claimsD, ...claimsW]
  const c = compareArticles({ articles: [diyaruna, wire], claims })

  it.each(gold.expected_conflicts.map((g) => [g.a, g.b, g] as const))(
    'finds the conflict %s / %s, pointing at both spans',
    (_a, _b, g) => {
      const found = matchesAt(c, claims, diyaruna, wire, g)
      expect(found.map((m) => m.verdict)).toEqual(['conflict'])
      expect(found[0]!.articleIds).toEqual([diyaruna.id, wire.id])
    }
  )

  it('names both values in each conflict reason', () => {
    const reasons = gold.expected_conflicts.map((g) => matchesAt(c, claims, diyaruna, wire, g)[0]?.reason)
    // and who gave each, where the article says
    expect(reasons).toEqual([
      '12 vs 15 killed (Joint Operations Command vs Defence Ministry)',
      '29 vs 28 July (Iraqi army vs Defence Ministry)',
      '11 vs 12 August (AFP vs coalition)'
    ])
  })

  it('reports no other conflict', () => {
    expect(c.matches.filter((m) => m.verdict === 'conflict')).toHaveLength(gold.expected_conflicts.length)
  })

  it.each([
    ...(gold.agreements ?? []).map((g) => [g.a, g.b, 'agree', g] as const),
    ...(gold.compatible_not_conflicts ?? []).map((g) => [g.a, g.b, 'compatible', g] as const)
  ])('judges %s / %s as %s, not a conflict', (_a, _b, verdict, g) => {
    expect(matchesAt(c, claims, diyaruna, wire, g).map((m) => m.verdict)).toEqual([verdict])
  })

  it('shows the different-source pair', () => {
    for (const g of gold.different_sources ?? []) {
      const found = matchesAt(c, claims, diyaruna, wire, g)
      expect(found.map((m) => m.verdict)).toEqual(['different-source'])
      expect(found[0]!.reason).toMatch(/^Joint Operations Command vs Defence Ministry/)
    }
  })

  it('matches the same person under two transliterations', () => {
    for (const g of gold.same_entities ?? []) {
      const sa = spanOf(diyaruna, g.a)
      const sb = spanOf(wire, g.b)
      const hit = c.entities.find(
        (e) => e.a.start < sa.end && sa.start < e.a.end && e.b.start < sb.end && sb.start < e.b.end
      )
      expect(hit?.articleIds).toEqual([diyaruna.id, wire.id])
    }
  })

  it('lists claims with no counterpart as only in one article', () => {
    const only = new Set(c.onlyIn.map((o) => o.claimId))
    const matched = new Set(c.matches.flatMap((m) => m.claimIds))
    expect(
      claims
        .filter((x) => !matched.has(x.id))
        .map((x) => x.id)
        .sort()
    ).toEqual([...only].sort())
    const injured = claimsD.find((x) => x.anchor.exact === 'injured dozens more')!
    expect(only.has(injured.id)).toBe(true)
  })

  it('does not depend on exact span boundaries (wider and narrower anchors match the same way)', () => {
    const shifted = [
      ...claimsD,
      ...claimsW.map((x) =>
        x.anchor.exact === 'killed 15 senior Islamic State commanders'
          ? claimAt(wire, 'casualty', 'Iraqi warplanes killed 15 senior Islamic State commanders who had gathered', {
              outcome: 'killed',
              min: 15,
              max: 15
            })
          : x.anchor.exact === 'July 28'
            ? claimAt(wire, 'date', 'on July 28,', { iso: '--07-28', granularity: 'day' })
            : x
      )
    ]
    const again = compareArticles({ articles: [diyaruna, wire], claims: shifted })
    const conflicts = again.matches.filter((m) => m.verdict === 'conflict').map((m) => m.reason)
    expect(conflicts.sort()).toEqual([
      '11 vs 12 August (AFP vs coalition)',
      '12 vs 15 killed (Joint Operations Command vs Defence Ministry)',
      '29 vs 28 July (Iraqi army vs Defence Ministry)'
    ])
  })

  it('makes auto links with the verdict as relation (valid against the Link schema)', () => {
    const links = linksFromComparison(c, NOW)
    expect(links).toHaveLength(c.matches.length)
    // one id per claim pair, the same on every run: recomputing never duplicates a link
    expect(new Set(links.map((l) => l.id)).size).toBe(links.length)
    expect(linksFromComparison(c, NOW).map((l) => l.id)).toEqual(links.map((l) => l.id))
    for (const l of links) expect(linkSchema.parse(l)).toEqual(l)
    expect(
      links
        .filter((l) => l.relation === 'conflict')
        .map((l) => l.reason)
        .sort()
    ).toEqual([
      '11 vs 12 August (AFP vs coalition)',
      '12 vs 15 killed (Joint Operations Command vs Defence Ministry)',
      '29 vs 28 July (Iraqi army vs Defence Ministry)'
    ])
    expect(new Set(links.map((l) => l.origin))).toEqual(new Set(['auto']))
  })

  it('aligns the passages reporting the same events', () => {
    const aligned = (a: string, b: string) => {
      const sa = spanOf(diyaruna, a)
      const sb = spanOf(wire, b)
      return c.pairs[0]!.passages.some(
        (p) => p.a.start <= sa.start && sa.end <= p.a.end && p.b.start <= sb.start && sb.end <= p.b.end
      )
    }
    expect(aligned('killing at least 20 elements', 'At least 20 militants died')).toBe(true)
    expect(aligned('killed or wounded at least 20 ISIL elements', 'killing 25 fighters')).toBe(true)
    expect(aligned('Sami Jassem Mohammed al-Juburi', 'Sami Jassem al-Jabouri')).toBe(true)
  })
})

describe('Diyaruna vs Oman Observer, 14 months apart (al-qaim.pair.json)', () => {
  const gold = fixtureJson<PairGold>('gold/al-qaim.pair.json')
  const claims = [...claimsD, ...claimsO]
  const c = compareArticles({ articles: [diyaruna, oman], claims })

  it('reports zero conflicts', () => {
    expect(c.matches.filter((m) => m.verdict === 'conflict')).toEqual([])
    expect(c.partial).toBe(false)
  })

  it('never matches the two distances from different places as a conflict', () => {
    const g = gold.related_passages!.find((p) => p.relation === 'different-referent')!
    expect(matchesAt(c, claims, diyaruna, oman, g).filter((m) => m.verdict !== 'related')).toEqual([])
  })

  // Two of the three paraphrased "agree" passages share enough words to align; the third
  // ("house the families of its senior leaders" ~ "hideout for senior IS leadership") does not.
  it.each([
    ['a bridge and conduit to Albu Kamal', 'a vital supply route between its forces'],
    ["one of ISIL's few remaining outposts in the province", 'constitute the final IS group bastion in the country']
  ])('aligns the related passages %s / %s', (a, b) => {
    const sa = spanOf(diyaruna, a)
    const sb = spanOf(oman, b)
    expect(
      c.pairs[0]!.passages.some(
        (p) => p.a.start <= sa.start && sa.end <= p.a.end && p.b.start <= sb.start && sb.end <= p.b.end
      )
    ).toBe(true)
  })
})

describe('n-way facts', () => {
  it('clusters the three articles into facts with values and reporters; 12 vs 15 has no consensus', () => {
    const c = compareArticles({ articles: [diyaruna, wire, oman], claims: [...claimsD, ...claimsW, ...claimsO] })
    expect(c.pairs.map((p) => p.articleIds)).toEqual([
      [diyaruna.id, wire.id],
      [diyaruna.id, oman.id],
      [wire.id, oman.id]
    ])
    const toll = c.facts.find((f) => f.values.some((v) => v.label === '12 killed'))!
    expect(toll.values.map((v) => [v.label, v.articleIds])).toEqual([
      ['12 killed', [diyaruna.id]],
      ['15 killed', [wire.id]]
    ])
    expect(toll.consensus).toBeNull()
    const raid = c.facts.find((f) => f.values.some((v) => v.label === 'at least 20 killed'))!
    expect(raid.values).toHaveLength(1)
    expect(raid.consensus).toBe('at least 20 killed')
    expect(raid.outliers).toEqual([])
    expect(c.matches.filter((m) => m.verdict === 'conflict')).toHaveLength(3)
  })

  it('names the outlier when a fourth report sides with one figure (12 vs 15 → 15 is the outlier)', () => {
    const text =
      'Iraqi jets struck a meeting of senior ISIL leaders in al-Qaim on July 29, officials said.\n\n' +
      'The strike killed 12 senior ISIL leaders who had gathered for the meeting, among them Abu Taha al-Azzawi, the Joint Operations Command said.'
    const fourth = articleFromDraft(
      {
        title: 'Strike on ISIL meeting',
        outlet: 'Fourth',
        byline: '',
        url: '',
        lang: 'en',
        dir: 'ltr',
        text,
        captions: [],
        sourceFormat: 'paste',
        sourceName: 'fourth',
        contentHash: 'x'
      },
      { id: 'fourth', caseId: 'al-qaim' },
      NOW
    )
    const twelve = claimAt(fourth, 'casualty', 'killed 12 senior ISIL leaders', { outcome: 'killed', min: 12, max: 12 })
    const date = claimAt(fourth, 'date', 'July 29', { iso: '--07-29', granularity: 'day' })
    const c = compareArticles({
      articles: [diyaruna, wire, oman, fourth],
      claims: [...claimsD, ...claimsW, ...claimsO, twelve, date]
    })
    const toll = c.facts.find((f) => f.claimIds.includes(twelve.id))!
    const fifteen = claimsW.find((x) => x.anchor.exact.startsWith('killed 15'))!
    expect(toll.consensus).toBe('12 killed')
    expect(toll.outliers).toEqual([fifteen.id])
    const day = c.facts.find((f) => f.claimIds.includes(date.id))!
    expect(day.consensus).toBe('29 July')
    expect(day.outliers).toEqual([claimsW.find((x) => x.anchor.exact === 'July 28')!.id])
  })

  it('ignores rejected claims', () => {
    const rejected = claimsW.map((x) =>
      x.anchor.exact.startsWith('killed 15') ? ({ ...x, status: 'rejected' } as Claim) : x
    )
    const c = compareArticles({ articles: [diyaruna, wire], claims: [...claimsD, ...rejected] })
    expect(
      c.matches
        .filter((m) => m.verdict === 'conflict')
        .map((m) => m.reason)
        .sort()
    ).toEqual(['11 vs 12 August (AFP vs coalition)', '29 vs 28 July (Iraqi army vs Defence Ministry)'])
  })
})
