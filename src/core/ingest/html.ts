/**
 * A saved web page → article parts. Mozilla's Readability (Firefox Reader View) finds the article
 * and its metadata; DOMPurify sanitises what it returns; domtext turns that into canonical text.
 * Page metadata Readability does not read (canonical URL, <time> elements) is taken first, because
 * Readability rewrites the document it is given.
 */
import { Readability } from '@mozilla/readability'
import createDOMPurify from 'dompurify'
import { joinParagraphs, normalizeText } from '@core/text'
import { domToParagraphs, type WalkNode } from './domtext'
import { cleanByline, httpUrl, normalizePublishedAt } from './fields'
import { trimEdgeParagraphs } from './plaintext'
import { isInterstitialLine } from './chrome'
import type { HtmlWindow } from './types'

/** The part of an Element this module reads. */
interface PageElement {
  getAttribute(name: string): string | null
  readonly textContent: string | null
}
/** The part of a parsed Document this module reads. */
interface PageDocument {
  readonly documentElement: PageElement | null
  querySelector(selector: string): PageElement | null
  querySelectorAll(selector: string): ArrayLike<PageElement>
}

interface Purifier {
  sanitize(html: string, config: Record<string, unknown>): unknown
}

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

const purifiers = new WeakMap<object, Purifier>()

function purifierFor(window: HtmlWindow): Purifier {
  let p = purifiers.get(window)
  if (!p) {
    // dompurify's types expect a DOM Window, which core's lib does not declare; any DOM window fits at runtime
    p = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]) as unknown as Purifier
    purifiers.set(window, p)
  }
  return p
}

function attr(doc: PageDocument, selector: string, name: string): string {
  return doc.querySelector(selector)?.getAttribute(name)?.trim() ?? ''
}

/** The article's own date from markup Readability does not read; a lone page-wide <time> only when it is the only one. */
function timeElementDate(doc: PageDocument): string {
  const explicit =
    attr(doc, 'meta[itemprop="datePublished"]', 'content') ||
    attr(doc, '[itemprop="datePublished"][datetime]', 'datetime') ||
    attr(doc, 'article time[datetime]', 'datetime') ||
    attr(doc, 'time[pubdate][datetime]', 'datetime')
  if (explicit) return explicit
  const times = doc.querySelectorAll('time[datetime]')
  // several <time>s: one is likely today's-date chrome or a comment stamp, so guessing would mislead
  return times.length === 1 ? (times[0]!.getAttribute('datetime') ?? '') : ''
}

function validLang(raw: string | null | undefined): string {
  const s = (raw ?? '').trim()
  return /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(s) ? s : ''
}

function oneLine(s: string | null | undefined): string {
  return normalizeText(s ?? '').replace(/\n+/g, ' ')
}

/** Extracts the article of an HTML page with `window`'s DOM; null when the page holds no article text. */
export function extractHtmlParts(html: string, window: HtmlWindow): HtmlParts | null {
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as PageDocument
  const url = httpUrl(attr(doc, 'link[rel~="canonical"]', 'href')) || httpUrl(attr(doc, 'meta[property="og:url"]', 'content'))
  const timeDate = timeElementDate(doc)
  const docLang = doc.documentElement?.getAttribute('lang') ?? ''
  const firstH1 = oneLine(doc.querySelector('h1')?.textContent)
  const appName = attr(doc, 'meta[name="application-name"]', 'content')

  // Readability's .d.ts names DOM types core does not load; the parsed document is one at runtime
  const article = new Readability(doc as never).parse()
  if (!article?.content) return null

  const clean = purifierFor(window).sanitize(article.content, {
    RETURN_DOM: true,
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'svg', 'math', 'iframe']
  }) as WalkNode
  const { paragraphs, captions } = domToParagraphs(clean)

  const title = oneLine(article.title) || firstH1
  const titleKey = title.toLowerCase()
  const captionSet = new Set(captions)
  const body = trimEdgeParagraphs(
    paragraphs.filter((p, i) => !isInterstitialLine(p) && !captionSet.has(p) && !(i === 0 && p.toLowerCase() === titleKey))
  )
  const text = joinParagraphs(body)
  if (text.length < MIN_ARTICLE_CHARS) return null

  const byline = oneLine(article.byline)
  return {
    title,
    byline: cleanByline(byline),
    outlet: oneLine(article.siteName) || oneLine(appName),
    url,
    publishedAt: normalizePublishedAt(article.publishedTime) ?? normalizePublishedAt(timeDate),
    lang: validLang(article.lang) || validLang(docLang),
    text,
    captions
  }
}
