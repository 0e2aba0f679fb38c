/**
 * The HTML report: self-contained (no script, no external resource), every piece of user text
 * escaped, each article's quotes in its own language and direction.
 */
import { JSDOM } from 'jsdom'
import { describe, expect, it } from 'vitest'
import { escapeHtml, renderHtml } from '@core/report'
import { HOSTILE, hostileInput } from '../fixtures/report/hostile-input'
import { sampleContext, sampleInput } from '../fixtures/report/sample-input'

const html = renderHtml(hostileInput, { ...sampleContext, appVersion: '<b>1</b>' })
const doc = new JSDOM(html).window.document

describe('renderHtml', () => {
  it('escapes the five characters that matter', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;'
    )
  })

  const shown = Object.entries(HOSTILE).filter(([key]) => key !== 'lang')
  it.each(shown)('shows the hostile %s as text, never as markup', (_, value) => {
    const firstLine = value.split('\n')[0]!
    if (/[<>"'&]/.test(firstLine)) expect(html).not.toContain(firstLine)
    expect(doc.title + doc.body.textContent).toContain(firstLine)
  })

  it('drops a stored lang that is not a language tag', () => {
    expect(html).not.toContain('onfocus')
  })

  it('holds no script, no event handler, no embedded or external resource', () => {
    expect(
      doc.querySelectorAll('script, iframe, img, svg, object, embed, link, base, form, meta[http-equiv="refresh"]')
    ).toHaveLength(0)
    for (const el of doc.querySelectorAll('*')) {
      for (const attr of el.getAttributeNames()) expect(attr.startsWith('on'), `${el.tagName} ${attr}`).toBe(false)
      expect(el.hasAttribute('src')).toBe(false)
    }
    for (const style of doc.querySelectorAll('style')) expect(style.textContent).not.toMatch(/url\(|@import/i)
    expect(html).not.toMatch(/<script/i)
  })

  it('links only to http(s) source URLs, and shows other URLs as text', () => {
    const hrefs = [...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'))
    expect(hrefs).toEqual(['https://example.org/ar?a=1&b="2"'])
    expect(doc.querySelector('td.url')!.textContent).toBe(HOSTILE.url)
  })

  it('forbids loading anything through a Content-Security-Policy', () => {
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')
    expect(csp).toBe("default-src 'none'; style-src 'unsafe-inline'")
  })

  it("sets each article's quotes in its language and direction, and drops a malformed lang", () => {
    const arabicQuotes = [...doc.querySelectorAll('q')].filter((q) => q.textContent === '15 شخصا قتلوا')
    expect(arabicQuotes.length).toBe(2)
    for (const q of arabicQuotes) expect([q.getAttribute('lang'), q.getAttribute('dir')]).toEqual(['ar', 'rtl'])
    const scriptQuote = [...doc.querySelectorAll('q')].find((q) => q.textContent === '<script>alert(1)</script>')!
    expect(scriptQuote.hasAttribute('lang')).toBe(false)
    expect(scriptQuote.getAttribute('dir')).toBe('ltr')
  })

  it('prints well: print rules, no page-breaking inside a claim', () => {
    const css = renderHtml(sampleInput, sampleContext).match(/<style>([\s\S]*)<\/style>/)![1]!
    expect(css).toMatch(/@media print/)
    expect(css).toMatch(/break-inside: avoid/)
  })

  it('lists conflicts before other relations', () => {
    const sample = new JSDOM(renderHtml(sampleInput, sampleContext)).window.document
    expect([...sample.querySelectorAll('main > section:not(.article)')].map((s) => s.className)).toEqual([
      'conflict',
      'different-source',
      'compatible',
      'agree',
      'related'
    ])
  })
})
