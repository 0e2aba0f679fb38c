/**
 * W3C Web Annotation (JSON-LD) export: one Annotation per claim, gathered in an
 * AnnotationCollection, so other annotation tools (Hypothesis, Recogito) can show where each claim
 * sits. The target holds both a TextQuoteSelector and a TextPositionSelector; the bodies carry the
 * claim's kind, its value (in words and as JSON), its status, note and tags.
 * https://www.w3.org/TR/annotation-model/
 */
import type { Article, Claim } from '@core/model'
import { isWebAddress } from '@core/url'
import { sortKeys } from './bundle'
import { formatValue } from './format-value'
import { claimsByArticle, orderArticles, reportTitle, type ReportContext, type ReportInput } from './input'
import { renderJsonLd } from './jsonld'

const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld'
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** A claim's IRI: urn:uuid for the UUIDs Parallax makes; any other id is percent-encoded under urn:parallax. */
export function claimIri(id: string): string {
  return UUID.test(id) ? `urn:uuid:${id.toLowerCase()}` : `urn:parallax:claim:${encodeURIComponent(id)}`
}

/** Where the annotations point: the article's web address, or a Parallax URN when it has none. */
export function articleIri(article: Article): string {
  const url = article.url.trim()
  return isWebAddress(url) ? url : `urn:parallax:article:${encodeURIComponent(article.id)}`
}

/**
 * The model counts TextPositionSelector offsets in Unicode code points, Parallax in UTF-16 code
 * units; they differ only after characters outside the BMP (emoji, rare scripts).
 */
function codePoints(text: string, utf16Offset: number): number {
  let n = 0
  for (let i = 0; i < utf16Offset; i++) {
    const unit = text.charCodeAt(i)
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < utf16Offset) i++
    n++
  }
  return n
}

function textBody(purpose: string, value: string, extra: Record<string, string> = {}) {
  return { type: 'TextualBody', purpose, value, ...extra }
}

function annotation(claim: Claim, article: Article, ctx: ReportContext) {
  const { start, end, exact, prefix, suffix } = claim.anchor
  const quote: Record<string, string> = { type: 'TextQuoteSelector', exact }
  if (prefix) quote.prefix = prefix
  if (suffix) quote.suffix = suffix
  const body = [
    textBody('classifying', claim.kind),
    textBody('describing', formatValue(claim), { format: 'text/plain', language: 'en' }),
    textBody('describing', JSON.stringify(sortKeys(claim.value)), { format: 'application/json' }),
    textBody('assessing', claim.status)
  ]
  if (claim.note.trim()) body.push(textBody('commenting', claim.note, { format: 'text/plain' }))
  for (const tag of claim.tags) body.push(textBody('tagging', tag))
  return {
    id: claimIri(claim.id),
    type: 'Annotation',
    motivation: claim.status === 'unreviewed' ? 'classifying' : 'assessing',
    created: claim.createdAt,
    modified: claim.updatedAt,
    ...(ctx.author ? { creator: { name: ctx.author } } : {}),
    generator: { id: 'urn:parallax:app', type: 'Software', name: `Parallax ${ctx.appVersion}` },
    generated: ctx.generatedAt,
    body,
    target: {
      source: articleIri(article),
      selector: [quote, { type: 'TextPositionSelector', start: codePoints(article.text, start), end: codePoints(article.text, end) }]
    }
  }
}

/** The collection's IRI from its scope: one article, one case, or the articles listed. */
function collectionIri(input: ReportInput, articles: Article[]): string {
  const scope =
    articles.length === 1
      ? `article:${encodeURIComponent(articles[0]!.id)}`
      : input.cases.length === 1
        ? `case:${encodeURIComponent(input.cases[0]!.id)}`
        : `articles:${articles.map((a) => encodeURIComponent(a.id)).join(',')}`
  return `urn:parallax:${scope}:annotations`
}

/** Every claim as a Web Annotation in one AnnotationCollection (JSON-LD, script-safe: see jsonld.ts). */
export function renderWebAnnotation(input: ReportInput, ctx: ReportContext): string {
  const articles = orderArticles(input)
  const own = claimsByArticle(input.claims)
  const items = articles.flatMap((article) => (own.get(article.id) ?? []).map((claim) => annotation(claim, article, ctx)))
  const id = collectionIri(input, articles)
  const doc = {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: `Parallax claims: ${reportTitle(input)}`,
    total: items.length,
    first: { id: `${id}:page-1`, type: 'AnnotationPage', startIndex: 0, items }
  }
  return renderJsonLd(doc)
}
