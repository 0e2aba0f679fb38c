/**
 * Page metadata read from the parsed document before Readability rewrites it: the prominent <h1>,
 * stated headlines (JSON-LD, Open Graph, Twitter), site names, JSON-LD authors and dates, and the
 * <time> that sits with the headline. Readability reads some of these too, but keeps only the first
 * JSON-LD object of an article type, takes an organisation for an author, and ignores <time>.
 */

/** The part of an Element this module reads. */
export interface PageElement {
  getAttribute(name: string): string | null
  readonly textContent: string | null
  readonly parentElement: PageElement | null
  readonly nodeName: string
  readonly firstElementChild: PageElement | null
  readonly nextElementSibling: PageElement | null
}
/** The part of a parsed Document this module reads. */
export interface PageDocument {
  readonly documentElement: PageElement | null
}

export interface PageMeta {
  /** the one <h1> of the page (or of its <article>/<main>), '' when there is none or several */
  h1: string
  /** that <h1> is inside <article> or <main> */
  h1InArticle: boolean
  /** JSON-LD headline, Dublin Core title, og:title, twitter:title, Parsely title, in that order; empty ones left out */
  headlines: string[]
  docTitle: string
  /**
   * og:site_name, JSON-LD publisher, application-name, JSON-LD WebSite name; empty ones left out.
   * application-name only when it is no headline: some sites put the story's title there.
   */
  siteNames: string[]
  /** JSON-LD authors that are people (organisations are the outlet, not a byline) */
  authors: string[]
  /** authors named by <meta> (Dublin Core creators, all of them; author; Parsely), in that order: names, or an outlet's */
  metaAuthors: string[]
  /** names JSON-LD gives as organisation authors: a byline equal to one of these is no person */
  organisations: string[]
  /** the canonical link, else og:url, when absolute http(s); '' otherwise */
  url: string
  datePublished: string
  /** datetime of a <time> marked as the article's (itemprop, pubdate, inside <article>), or of the only <time> */
  markedTime: string
  /** datetime of the <time> that sits with the headline (the earliest, when published and updated both do) */
  headerTime: string
  isLiveBlog: boolean
}

import { httpUrl } from './fields'

type Json = Record<string, unknown>

const ARTICLE_TYPE = /article|posting|report/i

function oneLine(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim()
}

/** The tags this module reads, by upper-case name. */
const WANTED = new Set(['META', 'SCRIPT', 'H1', 'TITLE', 'TIME', 'LINK'])
type Tags = Map<string, PageElement[]>

/**
 * The page's elements of the WANTED tags, in document order, from one walk by element links. Under
 * jsdom each querySelectorAll costs hundreds of milliseconds on a 1 MB page and iterating a live
 * HTMLCollection about a second; this walk costs a few milliseconds (element links skip the
 * text nodes, and no child lists are built).
 */
function collectTags(doc: PageDocument): Tags {
  const found: Tags = new Map([...WANTED].map((t) => [t, []]))
  const root = doc.documentElement
  for (let el = root; el;) {
    const name = el.nodeName.toUpperCase()
    if (WANTED.has(name)) found.get(name)!.push(el)
    // next in document order: the first child, else the next sibling of el or of its nearest ancestor (below root) that has one
    let next = el.firstElementChild
    for (let up: PageElement | null = el; !next && up && up !== root; up = up.parentElement)
      next = up.nextElementSibling
    el = next
  }
  return found
}

function all(tags: Tags, tag: string): PageElement[] {
  return tags.get(tag.toUpperCase()) ?? []
}

/**
 * `<meta>` contents by lower-cased property or name ("og:title", "application-name"); the first of
 * each wins. A `property` may hold several names separated by spaces (RDFa: `property="dc:title
 * og:title"`), and the content is each one's.
 */
function metaValues(tags: Tags): Map<string, string> {
  const values = new Map<string, string>()
  for (const m of all(tags, 'meta')) {
    const content = oneLine(m.getAttribute('content'))
    if (!content) continue
    const properties = (m.getAttribute('property') ?? '').split(/\s+/)
    for (const key of [...properties, m.getAttribute('name'), m.getAttribute('itemprop')]) {
      const k = (key ?? '').trim().toLowerCase()
      if (k && !values.has(k)) values.set(k, content)
    }
  }
  return values
}

function withinTag(el: PageElement, tags: RegExp): boolean {
  for (let n = el.parentElement; n; n = n.parentElement) if (tags.test(n.nodeName)) return true
  return false
}

function types(item: Json): string[] {
  const t = item['@type']
  return Array.isArray(t) ? t.map(String) : typeof t === 'string' ? [t] : []
}

/** Every object of every JSON-LD block, with arrays and @graph flattened; unreadable blocks are skipped. */
function jsonLdItems(tags: Tags): Json[] {
  const items: Json[] = []
  const scripts = all(tags, 'script').filter((s) => /ld\+json/i.test(s.getAttribute('type') ?? ''))
  for (const script of scripts) {
    let parsed: unknown
    try {
      parsed = JSON.parse((script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, ''))
    } catch {
      continue // a broken block on a page is common and says nothing about the article
    }
    // a queue read by index and filled one item at a time: shift() would make a long list
    // quadratic, and push(...list) overflows the stack on a list of some 100,000 items
    const queue: unknown[] = [parsed]
    for (let at = 0; at < queue.length; at++) {
      const x = queue[at]
      if (Array.isArray(x)) for (const item of x) queue.push(item)
      else if (x && typeof x === 'object') {
        items.push(x as Json)
        if (Array.isArray((x as Json)['@graph'])) queue.push((x as Json)['@graph'])
      }
      queue[at] = undefined // read: let it go
    }
  }
  return items
}

function names(value: unknown): Array<{ name: string; person: boolean }> {
  const list = Array.isArray(value) ? value : value ? [value] : []
  return list.flatMap((v) => {
    if (typeof v === 'string') return [{ name: oneLine(v), person: true }]
    if (v && typeof v === 'object' && typeof (v as Json).name === 'string') {
      const person = !types(v as Json).some((t) => /organi[sz]ation|corporation|brand/i.test(t))
      return [{ name: oneLine((v as Json).name as string), person }]
    }
    return []
  })
}

function text(value: unknown): string {
  return typeof value === 'string' ? oneLine(value) : ''
}

/** The single <h1> inside article/main, else the single <h1> of the page; '' otherwise. */
function prominentH1(tags: Tags): { text: string; inArticle: boolean } {
  const h1s = all(tags, 'h1').filter((h) => oneLine(h.textContent) !== '')
  const inArticle = h1s.filter((h) => withinTag(h, /^(article|main)$/i))
  const one = inArticle.length === 1 ? inArticle[0] : inArticle.length === 0 && h1s.length === 1 ? h1s[0] : undefined
  return { text: one ? oneLine(one.textContent) : '', inArticle: inArticle.length === 1 }
}

/** Parsely's older form: one <meta name="parsely-page"> holding JSON with title and author. */
function parselyPage(meta: Map<string, string>): Json {
  try {
    const parsed: unknown = JSON.parse(meta.get('parsely-page') ?? '{}')
    return parsed && typeof parsed === 'object' ? (parsed as Json) : {}
  } catch {
    return {}
  }
}

/**
 * Every content the page's <meta> elements give for the first of `keys` that has one, in page
 * order, each once: Dublin Core writes one `DC.Creator` per author. Joined as a byline: with
 * "; " when a name holds a comma itself ("Roe, J.; Khalil, Omar"), else ", ".
 */
function allMeta(tags: Tags, keys: readonly string[]): string {
  for (const key of keys) {
    const found: string[] = []
    for (const m of all(tags, 'meta')) {
      const content = oneLine(m.getAttribute('content'))
      const names = [...(m.getAttribute('property') ?? '').split(/\s+/), m.getAttribute('name') ?? '']
      if (content && !found.includes(content) && names.some((n) => n.trim().toLowerCase() === key)) found.push(content)
    }
    if (found.length) return found.join(found.some((f) => f.includes(',')) ? '; ' : ', ')
  }
  return ''
}

/** The first of `keys` that the page's <meta> elements give. */
function firstMeta(meta: Map<string, string>, keys: readonly string[]): string {
  for (const k of keys) {
    const v = meta.get(k)
    if (v) return v
  }
  return ''
}

/** Comparable form of a headline, for telling a site name from the story's title. */
function headlineKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

function ancestors(el: PageElement): Set<PageElement> {
  const set = new Set<PageElement>()
  for (let n = el.parentElement; n; n = n.parentElement) set.add(n)
  return set
}

/** True when a <time> shares a container with the headline at most `levels` up from the <time>, below <body>. */
function near(time: PageElement, headlineAncestors: Set<PageElement>, levels: number): boolean {
  let node: PageElement | null = time.parentElement
  for (let i = 0; node && i < levels; i++, node = node.parentElement) {
    if (/^(body|html)$/i.test(node.nodeName)) return false
    if (headlineAncestors.has(node)) return true
  }
  return false
}

/** The datetime of the <time>s grouped with the headline (not "modified" stamps), earliest first. */
function headerTime(times: readonly PageElement[], h1: PageElement | undefined): string {
  if (!h1) return ''
  const around = ancestors(h1)
  const found = times
    .filter(
      (t) =>
        !/modif|updat/i.test(`${t.getAttribute('itemprop') ?? ''} ${t.getAttribute('class') ?? ''}`) &&
        near(t, around, 4)
    )
    .map((t) => oneLine(t.getAttribute('datetime')))
  // ISO datetimes of one page share a form, so the text order is the time order
  return found.filter(Boolean).sort()[0] ?? ''
}

/** The article's own <time>: marked by itemprop, pubdate or an <article> around it; a lone page-wide <time> only when it is the only one. */
function markedTime(times: readonly PageElement[], meta: Map<string, string>): string {
  const marked =
    meta.get('datepublished') ||
    times.find((t) => t.getAttribute('itemprop') === 'datePublished') ||
    times.find((t) => withinTag(t, /^article$/i)) ||
    times.find((t) => t.getAttribute('pubdate') !== null)
  if (typeof marked === 'string') return marked
  if (marked) return oneLine(marked.getAttribute('datetime'))
  // several <time>s: one is likely today's-date chrome or a comment stamp, so guessing would mislead
  return times.length === 1 ? oneLine(times[0]!.getAttribute('datetime')) : ''
}

function canonicalUrl(tags: Tags, meta: Map<string, string>): string {
  const link = all(tags, 'link').find((l) => /(^|\s)canonical(\s|$)/i.test(l.getAttribute('rel') ?? ''))
  return httpUrl(link?.getAttribute('href')) || httpUrl(meta.get('og:url'))
}

/** Reads the metadata of a parsed page; call before Readability, which modifies the document. */
export function readPageMeta(doc: PageDocument): PageMeta {
  const tags = collectTags(doc)
  const meta = metaValues(tags)
  const items = jsonLdItems(tags)
  const article = items.find((it) => types(it).some((t) => ARTICLE_TYPE.test(t))) ?? {}
  const website = items.find((it) => types(it).includes('WebSite')) ?? {}
  const authors = names(article.author)
  const times = all(tags, 'time').filter((t) => oneLine(t.getAttribute('datetime')) !== '')
  const h1 = prominentH1(tags)
  const parsely = parselyPage(meta)
  const docTitle = oneLine(all(tags, 'title')[0]?.textContent)
  // Readability's order of trust, which the pages' authors aim at (Dublin Core written as a
  // property before the same as a name)
  const headlines = [
    text(article.headline),
    firstMeta(meta, ['dc:title', 'dcterm:title', 'dcterms:title', 'dc.title', 'dcterms.title']),
    meta.get('og:title') ?? '',
    meta.get('twitter:title') ?? '',
    meta.get('parsely-title') || text(parsely.title)
  ].filter(Boolean)
  // "application-name" names an app, often the site; some sites put the story's headline there
  const appName = meta.get('application-name') ?? ''
  const titled = [docTitle, h1.text, ...headlines].map(headlineKey)
  const app = appName && !titled.includes(headlineKey(appName)) ? appName : ''
  return {
    h1: h1.text,
    h1InArticle: h1.inArticle,
    headlines,
    docTitle,
    siteNames: [
      meta.get('og:site_name') ?? '',
      names(article.publisher)[0]?.name ?? '',
      app,
      text(website.name)
    ].filter(Boolean),
    authors: authors.filter((a) => a.person).map((a) => a.name),
    metaAuthors: [
      allMeta(tags, ['dc:creator', 'dcterm:creator', 'dcterms:creator', 'dc.creator', 'dcterms.creator']),
      meta.get('author') ?? '',
      meta.get('parsely-author') || text(parsely.author)
    ].filter(Boolean),
    organisations: authors.filter((a) => !a.person).map((a) => a.name),
    url: canonicalUrl(tags, meta),
    datePublished: text(article.datePublished) || text(article.coverageStartTime),
    markedTime: markedTime(times, meta),
    headerTime: headerTime(times, all(tags, 'h1')[0]),
    // entries of a live blog open with their time, which must then stay in the text
    isLiveBlog: types(article).includes('LiveBlogPosting')
  }
}
