/**
 * Spoofed addresses in reports: an article's URL that reads as one site and leads to another (or
 * hides characters) never becomes a live link in the HTML report (and so the PDF printed from it),
 * nor in the Markdown report as a Markdown renderer shows it — checked with two real renderers, the
 * CommonMark/GFM reference implementation (micromark) and markdown-it with linkify — and neither do
 * addresses inside quotes and notes. The same rule (src/core/url) decides what the app opens.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { JSDOM } from 'jsdom'
import MarkdownIt from 'markdown-it'
import { micromark } from 'micromark'
import { gfm, gfmHtml } from 'micromark-extension-gfm'
import { describe, expect, it } from 'vitest'
import type { Article } from '@core/model'
import { renderClaimReview, renderHtml, renderMarkdown, renderWebAnnotation, type ReportInput } from '@core/report'
import { isWebAddress, webAddressProblem } from '@core/url'
import { sampleContext, sampleInput } from '../fixtures/report/sample-input'

const spoofed: string[] = JSON.parse(
  readFileSync(join(__dirname, '../fixtures/hostile/links/spoofed-urls.json'), 'utf8')
).urls
const SAFE = 'https://www.reuters.com/world/middle-east/story-2016-08-14/'

/** The sample case with the given URL on its first article and the address in a note and a quote's article title. */
function withUrl(url: string): ReportInput {
  const [first, ...rest] = sampleInput.articles as [Article, ...Article[]]
  return {
    ...sampleInput,
    articles: [{ ...first, url, title: `Report ${url}` }, ...rest],
    claims: sampleInput.claims.map((c, i) => (i === 0 ? { ...c, note: `See ${url} for the statement` } : c))
  }
}

/** Every link in an HTML document (and every other URL-bearing attribute), with the text it shows. */
function links(html: string): Array<{ href: string; text: string }> {
  const doc = new JSDOM(html).window.document
  return [...doc.querySelectorAll('[href], [src], [action], [formaction]')].map((e) => ({
    href:
      e.getAttribute('href') ?? e.getAttribute('src') ?? e.getAttribute('action') ?? e.getAttribute('formaction') ?? '',
    text: e.textContent ?? ''
  }))
}
const hrefs = (html: string) => links(html).map((l) => l.href)

/**
 * A link is honest when the rule accepts its target and it shows where it leads: its text is the
 * address (a renderer may add "http://" to a bare domain it finds in prose, which is where it leads).
 */
function honest(link: { href: string; text: string }): boolean {
  return (
    isWebAddress(link.href) &&
    (link.href === link.text || link.href === `http://${link.text}` || link.href === `https://${link.text}`)
  )
}

const markdownRenderers: Array<[string, (md: string) => string]> = [
  ['micromark (GFM)', (md) => micromark(md, { extensions: [gfm()], htmlExtensions: [gfmHtml()] })],
  ['markdown-it (linkify)', (md) => new MarkdownIt({ html: false, linkify: true }).render(md)]
]

describe('the one address rule', () => {
  it.each(spoofed)('refuses %j', (url) => {
    expect(webAddressProblem(url)).not.toBeNull()
  })

  it('accepts ordinary news addresses, with paths in any script', () => {
    for (const url of [
      SAFE,
      'http://aawsat.com/home/article/411641/الفقر-أحد-أسباب',
      'https://xn--mgbh0fb.xn--kgbechtv/x',
      'https://[2001:db8::1]:8443/a?b=c#d'
    ]) {
      expect(webAddressProblem(url), url).toBeNull()
    }
  })
})

describe('reports link only to addresses the rule accepts', () => {
  it('a safe source address is a link in HTML and Markdown', () => {
    expect(hrefs(renderHtml(withUrl(SAFE), sampleContext))).toContain(SAFE)
    for (const [, render] of markdownRenderers)
      expect(hrefs(render(renderMarkdown(withUrl(SAFE), sampleContext)))).toContain(SAFE)
  })

  it.each(spoofed)('%j is no link in the HTML report, and its invisible characters show', (url) => {
    const html = renderHtml(withUrl(url), sampleContext)
    const found = links(html)
    expect(found.filter((l) => !honest(l))).toEqual([])
    expect(hrefs(html)).not.toContain(url)
    const cell = new JSDOM(html).window.document.querySelector('td.url')!.textContent!
    expect(cell).not.toMatch(/[\u0000-\u001f\u200b-\u200f\u2060\u00ad\ufeff\u202a-\u202e\u2066-\u2069]/)
  })

  it.each(spoofed)('%j is no link in the Markdown report, in either renderer', (url) => {
    const md = renderMarkdown(withUrl(url), sampleContext)
    for (const [name, render] of markdownRenderers) {
      const found = links(render(md))
      expect(
        found.filter((l) => !honest(l)),
        name
      ).toEqual([])
      expect(
        found.map((l) => l.href),
        name
      ).not.toContain(url)
    }
  })

  it.each(spoofed)('%j is not given as a web address in the JSON-LD exports', (url) => {
    const input = withUrl(url)
    const anno = JSON.parse(renderWebAnnotation(input, sampleContext))
    const sources = anno.first.items.map((a: { target: { source: string } }) => a.target.source)
    expect(sources).not.toContain(url)
    const review = JSON.parse(renderClaimReview(input, sampleContext))
    const urls = review['@graph'].map(
      (r: { itemReviewed: { appearance: { url?: string } } }) => r.itemReviewed.appearance.url
    )
    expect(urls).not.toContain(url)
  })
})
