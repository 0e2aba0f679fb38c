/**
 * W3C Web Annotation (JSON-LD) export, so annotation tools (Hypothesis, Recogito) can show where
 * each claim sits and what the journalist made of it: one Annotation per claim (kind, value in
 * words and as JSON, status, note, tags), and one per verdict or hand-made link between two claims
 * (motivation assessing or linking, both quotes as targets). Every annotation carries its own
 * @context, so it is valid alone (one at a time into another tool) as in the AnnotationCollection
 * that gathers them. Selectors are true of the article's canonical text (see articleIri);
 * TextPositionSelector offsets count Unicode code points, as the model says.
 * https://www.w3.org/TR/annotation-model/
 */
import type { Article, Claim } from '@core/model'
import { summarizeComparisons, type ComparisonEntry } from './summary'
import { isWebAddress } from '@core/url'
import { sortKeys } from './bundle'
import { formatValue } from './format-value'
import { claimsByArticle, orderArticles, reportTitle, type ReportContext, type ReportInput } from './input'
import { renderJsonLd } from './jsonld'
import { codePointOffsetsOf } from './offsets'

const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld'
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** A claim's IRI: urn:uuid for the UUIDs Parallax makes; any other id is percent-encoded under urn:parallax. */
export function claimIri(id: string): string {
  return UUID.test(id) ? `urn:uuid:${id.toLowerCase()}` : `urn:parallax:claim:${encodeURIComponent(id)}`
}

/**
 * The resource the selectors are true of: the article's canonical text as Parallax stores it (the
 * text the reader shows, from which every offset counts), named by the article's own IRI. Its web
 * address, when it has one, is kept as `via` (the model's "the resource it was obtained from"):
 * offsets and prefix/suffix are taken from the extracted text and are not true of the live page,
 * which also carries menus, captions and markup.
 */
export function articleIri(article: Article): string {
  return `urn:parallax:article:${encodeURIComponent(article.id)}`
}

/** A link's IRI (compare's ids, "auto:<claim>:<claim>", and hand-made UUIDs alike). */
export function linkIri(id: string): string {
  return UUID.test(id) ? `urn:uuid:${id.toLowerCase()}` : `urn:parallax:link:${encodeURIComponent(id)}`
}

type Body = Record<string, string>

function textBody(purpose: string, value: string, extra: Record<string, string> = {}): Body {
  return { type: 'TextualBody', purpose, value, format: 'text/plain', ...extra }
}

/** The annotations' author: the reviewer named in the profile, else its organisation. */
function creatorOf(ctx: ReportContext) {
  const person = ctx.reviewer?.author.trim()
  if (person) return { type: 'Person', name: person }
  const org = ctx.reviewer?.organisation.trim()
  const home = ctx.reviewer?.organisationUrl.trim()
  return org ? { type: 'Organization', name: org, ...(isWebAddress(home) ? { homepage: home } : {}) } : undefined
}

function generatorOf(ctx: ReportContext) {
  return { id: 'urn:parallax:app', type: 'Software', name: `Parallax ${ctx.appVersion}` }
}

/** A claim's quote in its article: the article's text as source (its web address as via), quote and position selectors. */
function targetOf(claim: Claim, article: Article) {
  const { start, end, exact, prefix, suffix } = claim.anchor
  const quote: Record<string, string> = { type: 'TextQuoteSelector', exact }
  if (prefix) quote.prefix = prefix
  if (suffix) quote.suffix = suffix
  const url = article.url.trim()
  const lang = article.lang.trim()
  return {
    type: 'SpecificResource',
    source: {
      id: articleIri(article),
      type: 'Text',
      format: 'text/plain',
      ...(lang ? { language: lang } : {}),
      textDirection: article.dir,
      ...(isWebAddress(url) ? { via: url } : {})
    },
    // an orphan's offsets point nowhere and its quote is not in the text: it names the article only
    ...(claim.orphan
      ? {}
      : {
          selector: [
            quote,
            {
              type: 'TextPositionSelector',
              start: codePointOffsetsOf(article)(start),
              end: codePointOffsetsOf(article)(end)
            }
          ]
        })
  }
}

function claimAnnotation(claim: Claim, article: Article, ctx: ReportContext) {
  const lang = article.lang.trim()
  // The value in words quotes the article's own words (who, speaker, what): its language is the article's.
  const body: Body[] = [
    textBody('classifying', claim.kind),
    textBody('describing', formatValue(claim), lang ? { language: lang } : {}),
    textBody('describing', JSON.stringify(sortKeys(claim.value)), { format: 'application/json' }),
    textBody('assessing', claim.status, claim.review ? { created: claim.review.reviewedAt } : {})
  ]
  if (claim.note.trim()) body.push(textBody('commenting', claim.note))
  for (const tag of claim.tags) body.push(textBody('tagging', tag))
  const creator = creatorOf(ctx)
  return {
    '@context': ANNO_CONTEXT,
    id: claimIri(claim.id),
    type: 'Annotation',
    motivation: claim.status === 'unreviewed' ? 'classifying' : 'assessing',
    created: claim.createdAt,
    modified: claim.updatedAt,
    ...(creator ? { creator } : {}),
    generator: generatorOf(ctx),
    generated: ctx.generatedAt,
    body,
    target: targetOf(claim, article)
  }
}

/**
 * A verdict or a journalist's link between two claims: both quotes are its targets, its bodies
 * say the relation and the reason. A verdict (agree, compatible, conflict, different source) is
 * an assessment; "related" (the same topic, not the same fact) only links. Compare's verdicts are
 * made by Parallax, hand-made links by the reviewer.
 */
function linkAnnotation(entry: ComparisonEntry, ctx: ReportContext) {
  const { link, a, b } = entry
  const assessing = link.relation !== 'related'
  const creator = link.origin === 'manual' ? creatorOf(ctx) : generatorOf(ctx)
  const body: Body[] = [textBody(assessing ? 'assessing' : 'describing', link.relation)]
  // compare writes its reasons in English; a journalist's are in their own words
  if (link.reason.trim())
    body.push(textBody('describing', link.reason.trim(), link.origin === 'auto' ? { language: 'en' } : {}))
  return {
    '@context': ANNO_CONTEXT,
    id: linkIri(link.id),
    type: 'Annotation',
    motivation: assessing ? 'assessing' : 'linking',
    created: link.createdAt,
    ...(creator ? { creator } : {}),
    generator: generatorOf(ctx),
    generated: ctx.generatedAt,
    body,
    target: [targetOf(a.claim, a.article!), targetOf(b.claim, b.article!)]
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

/** Every claim, verdict and link as a Web Annotation in one AnnotationCollection (JSON-LD, script-safe: see jsonld.ts). */
export function renderWebAnnotation(input: ReportInput, ctx: ReportContext): string {
  const articles = orderArticles(input)
  const own = claimsByArticle(input.claims)
  const claims = articles.flatMap((article) =>
    (own.get(article.id) ?? []).map((claim) => claimAnnotation(claim, article, ctx))
  )
  const links = summarizeComparisons(input).flatMap((group) =>
    group.entries.filter((e) => e.a.article && e.b.article).map((e) => linkAnnotation(e, ctx))
  )
  const items = [...claims, ...links]
  const id = collectionIri(input, articles)
  const doc = {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: `Parallax claims and verdicts: ${reportTitle(input)}`,
    total: items.length,
    first: { id: `${id}:page-1`, type: 'AnnotationPage', startIndex: 0, items }
  }
  return renderJsonLd(doc)
}
