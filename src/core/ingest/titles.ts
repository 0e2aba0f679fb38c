/**
 * Headlines and site names. Pages put their name around the headline in <title> and often in
 * og:title ("Story | Outlet", "Outlet - Story", "Story – Section – Outlet"), and Readability keeps
 * the whole <title> when the part before the separator is short. These rules take the site name
 * off by what it is (a name the page states elsewhere, or the edge part that is not the headline),
 * never by one outlet's spelling, and pick the headline a reader sees.
 */
import { wordCount } from './chrome'

/** Separators between a headline and a site or section name; a colon only counts when the other side is a known name. */
const SEPARATOR = /\s+[|–—·•»\-/\\]\s+|\s*::\s*/g
/** Page-function labels that prefix or suffix a title on printer-friendly and mobile pages. */
const PAGE_LABEL = /^(print( version| this (page|article))?|printer[- ]friendly( version)?|amp|mobile)$/i
/** Wire-copy status tags at the head of a headline: "UPDATE 2-", "REFILE-", "CORRECTED-". */
const WIRE_TAG = /^(update|wrapup|refile|corrected|rpt|repeat)(\s+\d+)?\s*-\s*(?=\S)/i

/** A title reduced for comparison: lower case, letters and digits only, single spaces. */
export function titleKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** A site name reduced for comparison: no leading "the", no ".com"-style ending, no spaces. */
function siteKey(s: string): string {
  return titleKey(s.replace(/\.(com|net|org|co\.uk|co|news|example)\b/gi, ''))
    .replace(/^the /, '')
    .replace(/ /g, '')
}

/** True when `a` and `b` are the same headline, or one is the other cut short at a word boundary. */
export function sameHeadline(a: string, b: string): boolean {
  const ka = titleKey(a)
  const kb = titleKey(b)
  if (!ka || !kb) return false
  return ka === kb || ka.startsWith(`${kb} `) || kb.startsWith(`${ka} `)
}

function splitSegments(title: string): string[] {
  return title
    .split(SEPARATOR)
    .map((s) => s.trim())
    .filter(Boolean)
}

/**
 * True when `seg` is site name `name`, or, with `short`, its leading words: a title's last
 * segment often carries the short form of the name the page states in full ("Story - Spiceworks"
 * beside "Spiceworks Inc"). Only there: a place before a colon or at the front ("Chicago: city
 * braces for storm" on the Chicago Tribune) is the story's, not the site's. A lone short word
 * ("The", "New") is no short form.
 */
function namesSite(seg: string, name: string, short: boolean): boolean {
  const k = siteKey(seg)
  if (k === '') return false
  if (siteKey(name) === k) return true
  const ks = titleKey(seg)
  return short && ks.length >= 4 && titleKey(name).startsWith(`${ks} `)
}

function isSiteSegment(seg: string, siteNames: readonly string[], short = false): boolean {
  return PAGE_LABEL.test(seg.trim()) || siteNames.some((n) => namesSite(seg, n, short))
}

/**
 * `title` without site names and page labels at its edges ("Story | Outlet" → "Story", "Print:
 * Story" → "Story"), and without section labels (≤ 3 words) left next to a removed site name.
 * Unchanged when nothing at its edges is a known name.
 */
export function stripSiteName(title: string, siteNames: readonly string[]): string {
  let t = title.trim()
  // a known name or page label before or after a colon ("Outlet: Story", "Print: Story")
  const colon = /^([^:]{1,60}):\s+(.+)$/.exec(t)
  if (colon && isSiteSegment(colon[1]!, siteNames)) t = colon[2]!
  const segs = splitSegments(t)
  if (segs.length < 2) return t
  let stripped = false
  while (segs.length > 1 && isSiteSegment(segs.at(-1)!, siteNames, true)) {
    segs.pop()
    stripped = true
  }
  while (segs.length > 1 && isSiteSegment(segs[0]!, siteNames)) {
    segs.shift()
    stripped = true
  }
  if (!stripped) return t
  // "Story | World | Outlet": the section label left at the edge goes too, while a headline remains
  while (segs.length > 1 && wordCount(segs.at(-1)!) <= 3 && wordCount(segs[0]!) >= 3) segs.pop()
  return segs.length === 1 ? segs[0]! : t.slice(t.indexOf(segs[0]!), t.lastIndexOf(segs.at(-1)!) + segs.at(-1)!.length)
}

/**
 * The site name a <title> carries at one edge: the segment at the other end from the part that is
 * the headline (`headlines`); with no headline to match, a short last segment. '' when there is none.
 */
export function siteNameFromTitle(docTitle: string, headlines: readonly string[]): string {
  const segs = splitSegments(docTitle)
  if (segs.length < 2) return ''
  const isHeadline = (seg: string) => headlines.some((h) => sameHeadline(seg, h))
  let site = ''
  if (isHeadline(segs[0]!)) site = segs.at(-1)!
  else if (isHeadline(segs.at(-1)!)) site = segs[0]!
  else if (headlines.length === 0 && wordCount(segs.at(-1)!) <= 4 && wordCount(segs[0]!) >= 2) site = segs.at(-1)!
  return site && wordCount(site) <= 5 && !PAGE_LABEL.test(site) && !/[.!?]$/.test(site) ? site : ''
}

/** A headline without wire status tags ("UPDATE 2-Iraqi army says…" → "Iraqi army says…"). */
export function cleanHeadline(s: string): string {
  return s.replace(WIRE_TAG, '').trim()
}

export interface TitleSources {
  /** the page's one prominent <h1>, '' when it has none or several */
  h1: string
  /** the <h1> sits in the page's <article> or <main> (else it may be a section's or the site's banner) */
  h1InArticle?: boolean
  /** stated headlines in order of trust: JSON-LD headline, Dublin Core, og:title, twitter:title, Parsely */
  headlines: string[]
  /** the <title> element's text */
  docTitle: string
  /** what Readability chose (its <title> heuristics), used last */
  fallback: string
  siteNames: string[]
}

/** A title's words for comparing two titles: words, and single characters of scripts written without spaces. */
const NO_SPACE = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}`
const TITLE_WORD = new RegExp(`[${NO_SPACE}]|[^\\s${NO_SPACE}]+`, 'gu')
function titleWords(s: string): string[] {
  return titleKey(s).match(TITLE_WORD) ?? []
}

/** True when at least half of `a`'s words are in `b`: two wordings of one headline, not a section name and a story. */
export function sharesHeadline(a: string, b: string): boolean {
  const wa = titleWords(a)
  const wb = new Set(titleWords(b))
  return wa.length > 0 && wa.filter((w) => wb.has(w)).length * 2 >= wa.length
}

/** True when `longer` is `shorter` with more words after it (or the same): "Story | Outlet" begins with "Story". */
function beginsWith(longer: string, shorter: string): boolean {
  const kl = titleKey(longer)
  const ks = titleKey(shorter)
  return ks !== '' && (kl === ks || kl.startsWith(`${ks} `))
}

/** A <title> long enough to be a headline rather than a bare name ("Example News"). */
const HEADLINE_WORDS = 3

/**
 * The article's headline. A headline the page states (JSON-LD, Dublin Core, Open Graph, Twitter,
 * Parsely) comes first: that is the page's own word on what the story is called, and an <h1> wins
 * over it only when the stated one is that <h1> with more after it (a site or section name no rule
 * could tell), or when it is another wording of it (half its words are the stated one's, and it
 * is at least half as long): an <h1> that is a piece of a longer stated line ("Make your Firefox your own" in "Firefox — Customize
 * and make it your own — The most flexible browser on the Web") is a display line, not the headline. With none stated, the <title> without its site name, unless the <h1> is that same
 * headline in full (the <title> cut short, or equal) or the <title> is too short to be one; an
 * <h1> worded otherwise is a display line, a section's or the site's name ("Allergies Health
 * Center"), and loses to the <title>, as one outside the article that shares no word with it
 * always does. Each without site name; '' when the page names none.
 */
export function chooseTitle(src: TitleSources): string {
  const names = src.siteNames.filter(Boolean)
  const isSite = (s: string) => names.some((n) => siteKey(n) === siteKey(s))
  const clean = (t: string) => cleanHeadline(stripSiteName(t, names))
  const usable = (t: string) => t !== '' && !isSite(t)
  const stated = src.headlines.map(clean).find(usable) ?? ''
  const docTitle = clean(src.docTitle)
  const words = wordCount(src.h1)
  let h1 = src.h1 && words >= 2 && words <= 40 && !isSite(src.h1) ? clean(src.h1) : ''
  // an <h1> under half the stated headline's length is a piece of it, however many words it shares
  const wording = (a: string, b: string) => sharesHeadline(a, b) && titleWords(a).length * 2 >= titleWords(b).length
  if (h1 && stated && !beginsWith(stated, h1) && !wording(h1, stated)) h1 = ''
  if (h1 && !stated && usable(docTitle)) {
    const titleIsHeadline = wordCount(docTitle) >= HEADLINE_WORDS
    if (titleIsHeadline && !sameHeadline(h1, docTitle)) h1 = ''
    else if (!src.h1InArticle && !sharesHeadline(h1, src.docTitle)) h1 = ''
  }
  return [h1, stated, docTitle, clean(src.fallback)].find(usable) ?? ''
}
