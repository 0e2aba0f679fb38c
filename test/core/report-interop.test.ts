/**
 * The exports other tools read, checked as those tools would (issue 18):
 * - every Web Annotation of the sample case's export passes the W3C Web Annotation test suite's
 *   MUST assertions alone (taken out of its page, as a tool importing one annotation at a time
 *   reads it) and in its collection, and every quote and position selector selects its quote in
 *   the resource its target's source names;
 * - every ClaimReview has the properties schema.org and Google ask of a fact-check;
 * - the CSV reads back by a strict reader, tags with commas, Arabic and emoji included, and its
 *   offsets count what the Web Annotation export counts.
 * The schemas are the suite's own (test/fixtures/interop, with its licence), validated by ajv 6,
 * which reads their draft-04 dialect.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import Ajv from 'ajv'
import fc from 'fast-check'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import {
  articleIri,
  CLAIM_SENTENCE_MAX,
  claimReviewGaps,
  claimSentence,
  codePointOffsets,
  emptyReportReason,
  isReviewed,
  renderClaimReview,
  renderClaimReviewFiles,
  renderCsv,
  renderWebAnnotation,
  scopeToArticle,
  summarizeComparisons,
  type ReportInput
} from '@core/report'
import { isOrganisationName } from '@core/extract'
import { interopInput } from '../fixtures/report/interop-input'
import { sampleContext } from '../fixtures/report/sample-input'

const SUITE = join(__dirname, '../fixtures/interop/web-annotation-tests')
const read = (path: string) => JSON.parse(readFileSync(join(SUITE, path), 'utf8'))

const ajv = new Ajv({ schemaId: 'id', unknownFormats: 'ignore', allErrors: true })
// eslint-disable-next-line @typescript-eslint/no-require-imports
ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-04.json'))
for (const file of readdirSync(join(SUITE, 'definitions')).filter((f) => f.endsWith('.json')))
  ajv.addSchema(read(`definitions/${file}`))

/** The MUST assertions a `.test` file of the suite lists, compiled. */
function musts(testFile: string) {
  const assertions: string[] = read(testFile).assertions
  return assertions.map((path) => {
    const schema = read(path)
    expect(schema.assertionType).toBe('must')
    expect(schema.expectedResult).toBe('valid')
    return { path, message: schema.errorMessage as string, validate: ajv.compile(schema) }
  })
}

const annotationMusts = musts('annotations/annotationMusts.test')
const collectionMusts = musts('collections/collectionMusts.test')
const pageMusts = musts('collections/pages/pageMusts.test')

/** The assertions `doc` fails, as "path: message" lines (empty when it passes them all). */
function failures(doc: unknown, assertions: ReturnType<typeof musts>): string[] {
  return assertions.filter((a) => !a.validate(doc)).map((a) => `${a.path}: ${a.message}`)
}

const exported = JSON.parse(renderWebAnnotation(interopInput, sampleContext))
const items: any[] = exported.first.items

describe('the test harness itself', () => {
  it('passes the suite’s correct annotation samples and fails its incorrect ones', () => {
    // samples the suite ships (tools/samples): an annotation that misses @context, and one that has it
    const good = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'http://example.org/anno1',
      type: 'Annotation',
      body: 'http://example.org/post1',
      target: 'http://example.com/page1'
    }
    expect(failures(good, annotationMusts)).toEqual([])
    const { '@context': _, ...noContext } = good
    expect(failures(noContext, annotationMusts)).toHaveLength(1)
    expect(failures({ ...good, bodyValue: 'x' }, annotationMusts)).toHaveLength(1)
  })
})

describe('Web Annotation export', () => {
  it('holds every claim and every verdict or link in force as an annotation', () => {
    const links = summarizeComparisons(interopInput).flatMap((g) => g.entries)
    expect(items).toHaveLength(interopInput.claims.length + links.length)
    expect(exported.total).toBe(items.length)
    expect(new Set(items.map((a) => a.id)).size).toBe(items.length)
  })

  it('passes every MUST assertion of the W3C suite as a collection, and as a page', () => {
    expect(failures(exported, collectionMusts)).toEqual([])
    expect(failures(exported, pageMusts)).toEqual([])
  })

  it('passes every MUST assertion with each annotation in its collection and taken out alone', () => {
    for (const a of items) {
      expect(failures(a, annotationMusts), a.id).toEqual([])
      const alone = JSON.parse(JSON.stringify(a))
      expect(alone['@context']).toBe('http://www.w3.org/ns/anno.jsonld')
      expect(failures(alone, annotationMusts), a.id).toEqual([])
    }
  })

  it('has every selector select its quote in the resource its source names, emoji and Arabic included', () => {
    const texts = new Map(interopInput.articles.map((article) => [articleIri(article), article.text]))
    const targets = items.flatMap((a) => (Array.isArray(a.target) ? a.target : [a.target]))
    expect(targets.length).toBeGreaterThan(items.length)
    for (const target of targets) {
      const text = texts.get(target.source.id)
      expect(text, target.source.id).toBeDefined()
      const [quote, position] = target.selector
      const points = [...text!]
      // TextPositionSelector: code points, end exclusive
      expect(points.slice(position.start, position.end).join('')).toBe(quote.exact)
      // TextQuoteSelector: prefix, exact and suffix in a row, at the position's place
      const whole = (quote.prefix ?? '') + quote.exact + (quote.suffix ?? '')
      const at = text!.indexOf(whole)
      expect(at, quote.exact).toBeGreaterThanOrEqual(0)
      expect([...text!.slice(0, at + (quote.prefix ?? '').length)].length).toBe(position.start)
    }
  })

  it('keeps the page an article came from as the source’s via, and the article’s language and direction', () => {
    const ar = items.find((a) => a.target.source?.id === 'urn:parallax:article:art-rafidain')
    expect(ar.target.source).toMatchObject({
      type: 'Text',
      format: 'text/plain',
      language: 'ar',
      textDirection: 'rtl',
      via: 'https://www.alrafidain.example/news/2016/8/14/basra-power-cuts'
    })
    expect(ar.body.find((b: any) => b.purpose === 'describing' && b.format === 'text/plain').language).toBe('ar')
    const post = items.find((a) => a.target.source?.id === 'urn:parallax:article:art-post')
    expect(post.target.source.via).toBeUndefined()
  })

  it('names the reviewer as creator and dates each review body', () => {
    const confirmed = items.find(
      (a) => a.motivation === 'assessing' && a.body.some((b: any) => b.value === 'confirmed')
    )
    expect(confirmed.creator).toEqual({ type: 'Person', name: 'Rana Haddad' })
    expect(confirmed.body.find((b: any) => b.purpose === 'assessing').created).toBe('2024-05-02T14:30:00.000Z')
  })

  it('exports verdicts as assessing and “related” links as linking, both quotes as targets, relation and reason in the body', () => {
    const conflict = items.find((a) => a.id === 'urn:parallax:link:link-1')
    expect(conflict.motivation).toBe('assessing')
    expect(conflict.target.map((t: any) => t.selector[0].exact)).toEqual([
      'killed 12 senior ISIL leaders',
      'killed 15 senior Islamic State commanders'
    ])
    expect(conflict.body.map((b: any) => [b.purpose, b.value])).toEqual([
      ['assessing', 'conflict'],
      ['describing', 'Same strike on the leadership meeting: 12 vs 15 killed.']
    ])
    expect(conflict.creator.type).toBe('Software')
    const related = items.find((a) => a.id === 'urn:parallax:link:link-7')
    expect(related.motivation).toBe('linking')
    expect(related.creator).toEqual({ type: 'Person', name: 'Rana Haddad' })
  })
})

describe('ClaimReview export', () => {
  const graph: any[] = JSON.parse(renderClaimReview(interopInput, sampleContext))['@graph']
  const reviewed = interopInput.claims.filter(isReviewed)

  it('has one review per reviewed claim, each with the required and recommended properties', () => {
    expect(graph).toHaveLength(reviewed.length)
    for (const r of graph) {
      expect(r['@type']).toBe('ClaimReview')
      expect(r.url).toMatch(/^https:\/\/desk\.example\.org\/checks\/case-1#/)
      expect(typeof r.claimReviewed).toBe('string')
      expect(r.reviewRating).toMatchObject({ '@type': 'Rating', bestRating: 4, worstRating: 1 })
      expect(typeof r.reviewRating.alternateName).toBe('string')
      expect(typeof r.reviewRating.ratingValue).toBe('number')
      expect(r.author).toEqual({ '@type': 'Organization', name: 'Parallax Desk', url: 'https://desk.example.org/' })
      expect(r.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(r.itemReviewed['@type']).toBe('Claim')
      expect(r.itemReviewed.appearance.headline).toBeTruthy()
    }
  })

  it('says the claim in one sentence of at most 75 characters, its quotation marks balanced', () => {
    for (const r of graph) {
      expect([...r.claimReviewed].length).toBeLessThanOrEqual(CLAIM_SENTENCE_MAX)
      const count = (re: RegExp) => (r.claimReviewed.match(re) ?? []).length
      expect(count(/“/g), r.claimReviewed).toBe(count(/”/g))
      expect(count(/"/g) % 2, r.claimReviewed).toBe(0)
      expect(count(/«/g)).toBe(count(/»/g))
    }
  })

  it('credits an attribution to its speaker, other claims to the outlet', () => {
    const maan = graph.find((r) => r.claimReviewed.includes('Saad Maan'))
    expect(maan.itemReviewed.author).toEqual({ '@type': 'Person', name: 'Saad Maan' })
    const official = graph.find((r) => r.itemReviewed.author?.name === 'مسؤول في مديرية كهرباء الجنوب')
    expect(official.itemReviewed.author['@type']).toBe('Person')
    const command = {
      ...interopInput,
      claims: interopInput.claims.map((c) =>
        c.kind === 'attribution' && c.value.speaker === 'Joint Operations Command'
          ? { ...c, status: 'confirmed' as const }
          : c
      )
    }
    const credited = JSON.parse(renderClaimReview(command, sampleContext))['@graph'].find(
      (r: any) => r.itemReviewed.author?.name === 'Joint Operations Command'
    )
    expect(credited.itemReviewed.author['@type']).toBe('Organization')
    for (const [name, org] of [
      ['وزارة الداخلية', true],
      ['Interior Ministry spokesman', false],
      ['an official of the Defence Ministry', false],
      ['AFP', true]
    ] as const) {
      expect(isOrganisationName(name), name).toBe(org)
    }
    const wire = graph.find((r) => r.claimReviewed.includes('15 senior'))
    expect(wire.itemReviewed.author).toEqual({ '@type': 'Organization', name: 'Constructed Wire' })
  })

  it('dates each review by its own review, rates it on the scale (the chosen rating first)', () => {
    const wire15 = graph.find((r) => r.claimReviewed.includes('15 senior'))
    expect(wire15.datePublished).toBe('2024-05-02')
    expect(wire15.reviewRating).toMatchObject({ alternateName: 'False', ratingValue: 1 })
    const confirmed = graph.find((r) => r.claimReviewed.includes('Three civilians'))
    expect(confirmed.reviewRating).toMatchObject({ alternateName: 'True', ratingValue: 4 })
  })

  it('lists what a publisher would miss: here the post with no outlet, date or web address', () => {
    const gaps = claimReviewGaps(interopInput, sampleContext)
    expect(gaps.every((g) => g.includes('Aleppo 🚨 update') || g.includes('Constructed Wire'))).toBe(true)
    expect(gaps.some((g) => g.includes('no web address where the claim appeared'))).toBe(true)
  })

  it('writes one file per reviewed claim when asked, each a whole JSON-LD document', () => {
    const files = renderClaimReviewFiles(interopInput, sampleContext)
    expect(files).toHaveLength(reviewed.length)
    for (const f of files) {
      expect(f.name).toMatch(/^[\w.-]+\.claimreview\.jsonld$/)
      expect(JSON.parse(f.text)).toMatchObject({ '@context': 'https://schema.org', '@type': 'ClaimReview' })
    }
  })

  it('says so when nothing is reviewed', () => {
    const one = scopeToArticle(interopInput, 'art-wire')
    const none: ReportInput = { ...one, claims: one.claims.map((c) => ({ ...c, status: 'unreviewed' as const })) }
    expect(emptyReportReason('claimreview', none)).toMatch(/no claim in this export is reviewed/)
    expect(emptyReportReason('claimreview', interopInput)).toBeNull()
    expect(emptyReportReason('csv', none)).toBeNull()
  })
})

describe('claimSentence', () => {
  const at = (text: string, quote: string) => {
    const start = text.indexOf(quote)
    return claimSentence(text, start, start + quote.length)
  }
  const balanced = (s: string) => {
    const count = (re: RegExp) => (s.match(re) ?? []).length
    return count(/“/g) === count(/”/g) && count(/«/g) === count(/»/g) && count(/"/g) % 2 === 0
  }

  it('keeps a short sentence whole, alone from its neighbours', () => {
    expect(at('Officials met. The strike killed 12 leaders. Later, more came.', 'killed 12')).toBe(
      'The strike killed 12 leaders.'
    )
  })

  it('cuts a long sentence at whole words around the quote, with an ellipsis for each cut', () => {
    const text =
      'Iraqi warplanes killed 15 senior Islamic State commanders who had gathered for a meeting in al-Qaim on July 28, the Defence Ministry said in a statement.'
    const s = at(text, 'July 28')
    expect([...s].length).toBeLessThanOrEqual(CLAIM_SENTENCE_MAX)
    expect(s).toMatch(/^….*July 28.*…$/)
    const words = s.replace(/…/g, '').split(' ')
    for (const w of words) expect(text.split(' ')).toContain(w)
  })

  it('closes a quotation the cut leaves open', () => {
    const text =
      'The governor said: “We will rebuild every school and every clinic that the shelling destroyed in the eastern districts before the winter comes.”'
    const s = at(text, 'The governor said')
    expect(s).toBe('The governor said: “We will rebuild every school and every clinic that…”')
  })

  it('opens a quotation the cut began inside', () => {
    const text =
      '“The convoy was hit twice on the road south of the town, and at least twenty people were killed there,” the mayor told reporters on Sunday evening.'
    const s = at(text, 'the mayor told')
    expect([...s].length).toBeLessThanOrEqual(CLAIM_SENTENCE_MAX)
    expect(s).toMatch(/^“….*” the mayor told/)
    expect(balanced(s)).toBe(true)
  })

  it('balances Arabic quotation marks and a quotation that began in an earlier sentence', () => {
    const arabic =
      'وقال: «لن نسمح بذلك أبداً في أي مكان من هذه البلاد مهما كلف الأمر» وأضاف أن الحكومة ستواصل العمل في المدينة.'
    expect(balanced(at(arabic, 'وأضاف'))).toBe(true)
    expect(balanced(at(arabic, 'نسمح بذلك'))).toBe(true)
    const spanning = '“We waited for hours. Nobody came to help us,” she said.'
    expect(at(spanning, 'Nobody came')).toBe('“Nobody came to help us,” she said.')
  })

  it('keeps the first words of a quote too long to show, within the limit', () => {
    const text = 'x '.repeat(5) + 'word '.repeat(40) + 'end.'
    const s = at(text, 'word '.repeat(30).trim())
    expect([...s].length).toBeLessThanOrEqual(CLAIM_SENTENCE_MAX)
    expect(s).toMatch(/^…word word.*…$/)
  })
})

describe('CSV export', () => {
  const csv = renderCsv(interopInput)
  const rows = Papa.parse<Record<string, string>>(csv.slice(1, -2), { header: true, newline: '\r\n' }).data

  it('reads tags back as the JSON array they are, commas, Arabic and emoji included', () => {
    for (const claim of interopInput.claims) {
      const row = rows.find((r) => r['claim id'] === claim.id)!
      expect(JSON.parse(row.tags!.replace(/^'/, ''))).toEqual(claim.tags)
      expect([row.reviewed, row.rating, row['review url']]).toEqual([
        claim.review?.reviewedAt ?? '',
        claim.review?.rating ?? '',
        claim.review?.url ?? ''
      ])
    }
  })

  it('leaves outlet empty when the article has none', () => {
    const post = rows.find((r) => r['article id'] === 'art-post')!
    expect(post.outlet).toBe('')
    expect(rows.find((r) => r['article id'] === 'art-wire')!.outlet).toBe('Constructed Wire')
  })

  it('counts offsets in code points, named in the header, the same as the Web Annotation export', () => {
    const byClaim = new Map(
      items
        .filter((a) => !Array.isArray(a.target))
        .map((a) => [a.target.selector[0].exact + a.target.source.id, a.target.selector[1]])
    )
    for (const claim of interopInput.claims) {
      const row = rows.find((r) => r['claim id'] === claim.id)!
      const article = interopInput.articles.find((a) => a.id === claim.articleId)!
      const position = byClaim.get(claim.anchor.exact + articleIri(article))
      expect([Number(row['start (code points)']), Number(row['end (code points)'])]).toEqual([
        position.start,
        position.end
      ])
    }
    const emoji = interopInput.claims.find((c) => c.anchor.exact === 'a resident told reporters')!
    expect(Number(rows.find((r) => r['claim id'] === emoji.id)!['start (code points)'])).toBeLessThan(
      emoji.anchor.start
    )
  })
})

describe('codePointOffsets', () => {
  it('counts what a reader counts (code points) at every UTF-16 offset, emoji, Arabic and lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'ب', '😀', '👶🏽', '\uD800', '\uDC00', ' ') }), (text) => {
        const convert = codePointOffsets(text)
        for (let i = 0; i <= text.length; i++) expect(convert(i)).toBe([...text.slice(0, i)].length)
      })
    )
  })
})
