/**
 * report/webannotation: the W3C Web Annotation export an annotation tool (Hypothesis, Recogito)
 * reads. Each claim and each verdict is an annotation with a stable IRI, valid alone; a claim
 * lost from the text names its article only, and a verdict targets both quotes.
 */
import { describe, expect, it } from 'vitest'
import { articleIri, claimIri, linkIri, renderWebAnnotation, type ReportInput } from '@core/report'
import { sampleContext, sampleInput } from '../fixtures/report/sample-input'

const items: any[] = JSON.parse(renderWebAnnotation(sampleInput, sampleContext)).first.items

describe('names the annotations carry', () => {
  it('gives Parallax’s UUIDs as urn:uuid and any other id percent-encoded', () => {
    expect(claimIri('00000000-0000-4000-8000-000000000001')).toBe('urn:uuid:00000000-0000-4000-8000-000000000001')
    expect(linkIri('auto:a:b')).toBe('urn:parallax:link:auto%3Aa%3Ab')
    expect(articleIri(sampleInput.articles[0]!)).toBe('urn:parallax:article:art-diyaruna')
  })
})

describe('the annotation of a claim and of a verdict', () => {
  it('is valid alone: its own context, the reviewer as creator, Parallax as generator', () => {
    for (const a of items) {
      expect(a['@context']).toBe('http://www.w3.org/ns/anno.jsonld')
      expect(a.type).toBe('Annotation')
      expect(a.generator.name).toBe('Parallax 0.1.0')
    }
    const reviewed = items.find((a) => !Array.isArray(a.target) && a.motivation === 'assessing')
    expect(reviewed.creator).toEqual({ type: 'Person', name: 'Rana Haddad' })
  })

  it('classifies an unreviewed claim and assesses a reviewed one', () => {
    const byQuote = (exact: string) =>
      items.find((a) => !Array.isArray(a.target) && a.target.selector[0].exact === exact)
    expect(byQuote('injured dozens more').motivation).toBe('classifying')
    expect(byQuote('July 28').motivation).toBe('assessing')
    expect(byQuote('July 28').body.find((b: any) => b.purpose === 'assessing').value).toBe('rejected')
  })

  it('targets both quotes of a verdict, and only links two claims on a related topic', () => {
    const conflict = items.find((a) => a.id === 'urn:parallax:link:link-1')
    expect(conflict.motivation).toBe('assessing')
    expect(conflict.target.map((t: any) => t.selector[0].exact)).toEqual([
      'killed 12 senior ISIL leaders',
      'killed 15 senior Islamic State commanders'
    ])
    expect(conflict.body[1]).toMatchObject({
      value: 'Same strike on the leadership meeting: 12 vs 15 killed.',
      language: 'en'
    })
    expect(items.find((a) => a.id === 'urn:parallax:link:link-7').motivation).toBe('linking')
  })

  it('points an orphaned claim at its article without selectors, keeping the page as via', () => {
    const [first] = sampleInput.claims
    const input: ReportInput = { ...sampleInput, claims: [{ ...first!, orphan: true }], links: [] }
    const [a] = JSON.parse(renderWebAnnotation(input, sampleContext)).first.items
    expect(a.target.selector).toBeUndefined()
    expect(a.target.source).toMatchObject({
      id: 'urn:parallax:article:art-diyaruna',
      via: 'https://diyaruna.com/en_GB/articles/cnmi_di/features/2016/08/15/feature-01'
    })
  })
})
