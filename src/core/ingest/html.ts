/**
 * A saved web page → article parts. Mozilla's Readability (Firefox Reader View) finds the article;
 * domtext turns its element into canonical text (text nodes only: no markup, attribute or address
 * of the page survives, so there is nothing left for an HTML sanitiser to make safe); edges trims
 * the header and trailer extraction keeps. Page metadata (headline, site name, JSON-LD, canonical URL,
 * <time>) is read first, because Readability rewrites the document it is given, and decided here
 * with rules of our own where Readability's are too trusting (a <title> with a site suffix, an
 * organisation as author).
 */
import { Readability } from '@mozilla/readability'
import { normalizeText } from '@core/text'
import { domToParagraphs, type WalkNode } from './domtext'
import { trimArticleEdges } from './edges'
import { cleanByline, isOrganisationName, isUserName, normalizePublishedAt } from './fields'
import { measureDom, type MeasuredNode } from './limits'
import { readPageMeta, type PageDocument, type PageMeta } from './pagemeta'
import { chooseTitle, siteNameFromTitle, stripSiteName, titleKey } from './titles'
import type { HtmlWindow } from './types'

export interface HtmlParts {
  title: string
  byline: string
  outlet: string
  url: string
  publishedAt: string | undefined
  /** the page's declared language (BCP-47), '' when it declares none */
  lang: string
  text: string
  captions: string[]
}

/** Below this many characters of body, what Readability found is a menu or a teaser, not an article. */
export const MIN_ARTICLE_CHARS = 80

function validLang(raw: string | null | undefined): string {
  const s = (raw ?? '').trim()
  return /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(s) ? s : ''
}

function oneLine(s: string | null | undefined): string {
  return normalizeText(s ?? '').replace(/\n+/g, ' ')
}

/** The outlet: a name the page states, else the site part of its <title>. */
function chooseOutlet(meta: PageMeta, readabilitySite: string, headlines: string[]): string {
  return oneLine(readabilitySite) || meta.siteNames[0] || siteNameFromTitle(meta.docTitle, headlines)
}

/**
 * A byline that is a person: JSON-LD people first, then the <meta> authors (Dublin Core, author,
 * Parsely), then Readability's, each unless it is the outlet, an organisation or a user name. Readability's
 * is the text of a byline element, whose later lines are a desk or a time ("WebMD Health News",
 * "1 day ago"): its first line names the person.
 */
function statedByline(meta: PageMeta, readabilityByline: string, outlet: string): string {
  // a user name is the account that posted ("mcupdate"), which a reader does not know as a byline
  const people = meta.authors.filter((a) => !isUserName(cleanByline(a)))
  if (people.length) return cleanByline(people.join(', '))
  const notPeople = [outlet, ...meta.siteNames, ...meta.organisations].map(titleKey)
  const firstLine = (readabilityByline ?? '').split(/\s*\n\s*/).find((l) => l.trim() !== '') ?? ''
  for (const raw of [...meta.metaAuthors, firstLine]) {
    const b = cleanByline(oneLine(raw))
    if (b && !notPeople.includes(titleKey(b)) && !isOrganisationName(b) && !isUserName(b)) return b
  }
  return ''
}

/** "Image caption, Water reached…" → "Water reached…": the label screen readers get is no part of the caption. */
function cleanCaption(c: string): string {
  return c.replace(/^(image|photo|picture) caption\s*[,:]\s*/i, '')
}

/** What reading a page gives: its parts, nothing (no article text), or the reason it is too large to read. */
export type HtmlOutcome = HtmlParts | null | { refused: string }

/**
 * Extracts the article of an HTML page with the given DOM (the host's window); null when the page
 * holds no article text, `refused` when its DOM exceeds the page limits (the parser can build
 * more than the markup spells out, so the markup's measure is checked again on the tree).
 */
export function extractHtmlParts(html: string, dom: HtmlWindow): HtmlOutcome {
  const doc = new dom.DOMParser().parseFromString(html, 'text/html') as PageDocument
  const tooLarge = measureDom(doc.documentElement as unknown as MeasuredNode | null)
  if (tooLarge) return { refused: tooLarge }
  const docLang = doc.documentElement?.getAttribute('lang') ?? ''
  const meta = readPageMeta(doc)

  // Readability's .d.ts names DOM types core does not load; the parsed document is one at runtime.
  // Readability hands back its article element rather than HTML (serializer): the text walk reads
  // it where it is (serialising a large article and parsing it again cost seconds under jsdom).
  const article = new Readability(doc as never, { serializer: (el: unknown) => el } as never).parse()
  const content = article?.content as unknown as WalkNode | null | undefined
  if (!article || !content) return null
  const { paragraphs, captions } = domToParagraphs(content)

  const headlines = [meta.h1, ...meta.headlines].filter(Boolean)
  const outlet = chooseOutlet(meta, article.siteName ?? '', headlines)
  const siteNames = [outlet, ...meta.siteNames]
  // an outlet only guessed from the <title>'s edge may be the author of a personal site: it does
  // not stop a stated author being a person
  const statedOutlet = oneLine(article.siteName) || meta.siteNames[0] || ''
  const stated = statedByline(meta, article.byline ?? '', statedOutlet)
  const title = chooseTitle({
    h1: meta.h1,
    h1InArticle: meta.h1InArticle,
    headlines: meta.headlines,
    docTitle: meta.docTitle,
    fallback: oneLine(article.title),
    // a personal site is named after its author: "Post | Section | Jane Roe" ends with the byline
    siteNames: stated ? [...siteNames, stated] : siteNames
  })
  const captionSet = new Set(captions)
  const body = trimArticleEdges(
    paragraphs.filter((p) => !captionSet.has(p)),
    {
      titles: [title, ...headlines, stripSiteName(meta.docTitle, siteNames)].filter(Boolean),
      byline: stated,
      isLiveBlog: meta.isLiveBlog
    }
  )
  // domtext's paragraphs are canonical and hold no blank line (edges only drops them or splits
  // them at line breaks), so joining them is what joinParagraphs would do, without canonicalising
  // 800k characters a second time
  const text = body.paragraphs.join('\n\n')
  if (text.length < MIN_ARTICLE_CHARS) return null

  const publishedAt =
    normalizePublishedAt(article.publishedTime) ??
    normalizePublishedAt(meta.datePublished) ??
    normalizePublishedAt(meta.markedTime) ??
    normalizePublishedAt(meta.headerTime) ??
    body.writtenDate
  return {
    title,
    byline: stated || body.byline,
    outlet,
    url: meta.url,
    publishedAt,
    lang: validLang(article.lang) || validLang(docLang),
    text,
    captions: [...new Set([...captions, ...body.captions].map(cleanCaption))].filter((c) => c !== '')
  }
}
