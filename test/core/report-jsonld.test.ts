/**
 * The JSON-LD exports: W3C Web Annotation (one annotation per claim, quote and position
 * selectors, kind/value/status bodies) and schema.org ClaimReview (reviewed claims only).
 */
import fc from 'fast-check'
import { JSDOM } from 'jsdom'
import { describe, expect, it } from 'vitest'
import type { Claim } from '@core/model'
import { claimIri, renderClaimReview, renderWebAnnotation, scopeToArticle, type ReportInput } from '@core/report'
import { sampleContext, sampleInput } from '../fixtures/report/sample-input'

const anno = JSON.parse(renderWebAnnotation(sampleInput, sampleContext))
const items: any[] = anno.first.items
const review = JSON.parse(renderClaimReview(sampleInput, sampleContext))

describe('renderWebAnnotation', () => {
  const claimItems = items.filter((a) => !Array.isArray(a.target))

  it('is an AnnotationCollection in the anno.jsonld context with one annotation per claim, then one per link in force', () => {
    expect(anno['@context']).toBe('http://www.w3.org/ns/anno.jsonld')
    expect(anno.type).toBe('AnnotationCollection')
    expect(claimItems).toHaveLength(sampleInput.claims.length)
    expect(items.length - claimItems.length).toBe(sampleInput.links.length)
    expect(anno.total).toBe(items.length)
    expect(new Set(items.map((a) => a.id)).size).toBe(items.length)
  })

  it('targets the quote and its position in the article’s text, named by the article’s IRI, its page kept as via', () => {
    for (const a of claimItems) {
      const claim = sampleInput.claims.find((c) => claimIri(c.id) === a.id)!
      const article = sampleInput.articles.find((x) => x.id === claim.articleId)!
      const [quote, position] = a.target.selector
      expect(quote).toMatchObject({ type: 'TextQuoteSelector', exact: claim.anchor.exact })
      expect(position).toEqual({ type: 'TextPositionSelector', start: claim.anchor.start, end: claim.anchor.end })
      expect(article.text.slice(position.start, position.end)).toBe(quote.exact)
      expect(a.target.source.id).toBe(`urn:parallax:article:${article.id}`)
      expect(a.target.source.via).toBe(article.url || undefined)
    }
  })

  it('carries kind, value (in words and as JSON) and status in its bodies', () => {
    const a = items.find((x) => x.target.selector[0].exact === 'killed 12 senior ISIL leaders')
    const byPurpose = (p: string) => a.body.filter((b: any) => b.purpose === p).map((b: any) => b.value)
    expect(byPurpose('classifying')).toEqual(['casualty'])
    expect(byPurpose('describing')).toEqual([
      '12 killed (senior ISIL leaders)',
      '{"max":12,"min":12,"outcome":"killed","who":"senior ISIL leaders"}'
    ])
    expect(byPurpose('assessing')).toEqual(['confirmed'])
    expect(byPurpose('commenting')).toEqual(['Matches the Joint Operations Command statement.'])
  })

  it('names claims urn:uuid when their id is a UUID, urn:parallax:claim otherwise', () => {
    expect(claimIri('0F8FAD5B-D9CB-469F-A165-70867728950E')).toBe('urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e')
    expect(claimIri('c 12/ب')).toBe('urn:parallax:claim:c%2012%2F%D8%A8')
  })

  it('counts position offsets in code points, as the model says, not UTF-16 units', () => {
    const text = '😀 مرحبا killed 3'
    const start = text.indexOf('killed')
    const claim = {
      ...sampleInput.claims[0]!,
      articleId: 'a',
      anchor: { start, end: start + 8, exact: 'killed 3', prefix: '', suffix: '' }
    } as Claim
    const input: ReportInput = {
      cases: [],
      articles: [{ ...sampleInput.articles[0]!, id: 'a', text }],
      claims: [claim],
      links: []
    }
    const [, position] = JSON.parse(renderWebAnnotation(input, sampleContext)).first.items[0].target.selector
    expect(position).toEqual({ type: 'TextPositionSelector', start: start - 1, end: start + 7 })
    expect([...text].slice(position.start, position.end).join('')).toBe('killed 3')
  })
})

describe('renderClaimReview', () => {
  const graph: any[] = review['@graph']

  it('publishes reviewed claims only (confirmed, disputed, rejected)', () => {
    const reviewed = sampleInput.claims.filter((c) => c.status !== 'unreviewed')
    expect(review['@context']).toBe('https://schema.org')
    expect(graph).toHaveLength(reviewed.length)
    expect(new Set(graph.map((r) => r.reviewRating.alternateName))).toEqual(new Set(['True', 'Misleading', 'False']))
  })

  it('fills url, claimReviewed, rating, item reviewed, author and the review’s date', () => {
    const r = graph.find((x) => x.reviewBody?.startsWith('The official statement gives 29 July'))
    expect(r).toEqual({
      '@type': 'ClaimReview',
      url: 'https://desk.example.org/checks/case-1#00000000-0000-4000-8000-000000000012',
      claimReviewed: '…for a meeting in al-Qaim on July 28, the Defence Ministry said in a…',
      reviewBody: 'The official statement gives 29 July; the wire is a day early.',
      reviewRating: { '@type': 'Rating', alternateName: 'False', ratingValue: 1, bestRating: 4, worstRating: 1 },
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Organization', name: 'Constructed Wire' },
        datePublished: '2016-08-14',
        appearance: {
          '@type': 'NewsArticle',
          headline: "Air strikes squeeze Islamic State's last Anbar foothold",
          datePublished: '2016-08-14',
          publisher: { '@type': 'Organization', name: 'Constructed Wire' }
        }
      },
      author: { '@type': 'Organization', name: 'Parallax Desk', url: 'https://desk.example.org/' },
      creator: { '@type': 'Person', name: 'Rana Haddad' },
      datePublished: '2024-05-02'
    })
  })

  it('takes a claim’s own review address over the profile’s pattern, and the appearance url when the article has one', () => {
    const own = {
      ...sampleInput,
      claims: sampleInput.claims.map((c) =>
        c.review ? { ...c, review: { ...c.review, url: `https://example.org/checks/${c.id}` } } : c
      )
    }
    const withUrl = JSON.parse(renderClaimReview(own, sampleContext))
    expect(withUrl['@graph'].every((r: any) => r.url.startsWith('https://example.org/checks/'))).toBe(true)
    const diyaruna = graph.find((x) => x.itemReviewed.author.name === 'Diyaruna')
    expect(diyaruna.itemReviewed.appearance.url).toBe(sampleInput.articles[0]!.url)
  })

  it('is an empty graph when nothing is reviewed', () => {
    const one = scopeToArticle(sampleInput, 'art-wire')
    const none = { ...one, claims: one.claims.map((c) => ({ ...c, status: 'unreviewed' as const })) }
    expect(JSON.parse(renderClaimReview(none, sampleContext))['@graph']).toEqual([])
  })
})

describe('JSON-LD as text for a script element', () => {
  const embedded = (jsonld: string) =>
    new JSDOM(
      `<!doctype html><html><head><script type="application/ld+json">${jsonld}</script></head><body></body></html>`
    ).window.document

  it('any string in any field stays inside the one script element, and parses back to what was stored', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), (title, note) => {
        const input: ReportInput = {
          ...sampleInput,
          articles: sampleInput.articles.map((a) => ({ ...a, title })),
          claims: sampleInput.claims.map((c) => ({ ...c, note, status: 'confirmed' as const }))
        }
        for (const out of [renderClaimReview(input, sampleContext), renderWebAnnotation(input, sampleContext)]) {
          const doc = embedded(out)
          expect(doc.querySelectorAll('head > *, body > *')).toHaveLength(1)
          expect(JSON.parse(doc.querySelector('script')!.textContent!)).toEqual(JSON.parse(out))
          expect(out).not.toMatch(/[<>&\u2028\u2029]/)
        }
      }),
      { numRuns: 60 }
    )
  }, 60_000)
})
