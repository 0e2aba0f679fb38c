/**
 * The CLI's page DOM (parse5 into linkedom, DOMPurify on jsdom) must import exactly what jsdom
 * alone imports: the same title, byline, text and captions, or the same refusal, on every saved
 * page of the fixtures, every hostile page and the bench's 1 MB page. And reading a page never
 * runs its scripts.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { JSDOM } from 'jsdom'
import createDOMPurify from 'dompurify'
import { describe, expect, it } from 'vitest'
import { prepareFile, readPage, type HtmlWindow, type IngestStep } from '@core/ingest'
import { cliPageWindow } from '../../src/cli/pageDom'
import { generateHtmlPage } from '../../bench/gen'
import { fixtureParagraphs } from '../../bench/inputs'
import { attributeHeavyDeepPage, largePages, slowUnderJsdom } from '../fixtures/hostile/ingest/large'
import { repoRoot } from './run-cli'

const jsdom = new JSDOM('').window as unknown as HtmlWindow
const fast = cliPageWindow()

function folder(...parts: string[]): { name: string; html: string }[] {
  const dir = join(repoRoot, ...parts)
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .map((name) => ({ name, html: readFileSync(join(dir, name), 'utf8') }))
}

/** What the user gets from a page read with `window`. */
function imported(name: string, html: string, window: HtmlWindow): IngestStep {
  const step = prepareFile({ name, bytes: new TextEncoder().encode(html) })
  return step.status === 'page' ? readPage(step, { window }) : step
}

const pages = [...folder('test', 'fixtures', 'html'), ...folder('test', 'fixtures', 'hostile', 'ingest')]

describe('the CLI page DOM imports what jsdom imports', () => {
  it.each(pages.map((p) => [p.name, p.html]))('%s', { timeout: 120_000 }, (name, html) => {
    const expected = imported(name, html, jsdom)
    expect(imported(name, html, fast)).toEqual(expected)
  })

  it('the bench’s 1 MB saved page', { timeout: 300_000 }, () => {
    const html = generateHtmlPage(fixtureParagraphs(), 20_240_501, 1 << 20)
    const expected = imported('saved-page.html', html, jsdom)
    expect(expected.status).toBe('imported')
    expect(imported('saved-page.html', html, fast)).toEqual(expected)
  })

  it('the 19 MB hostile pages: refused alike (before or after the DOM)', { timeout: 300_000 }, () => {
    for (const { name, html } of largePages()) {
      expect(imported(name, html, fast)).toEqual(imported(name, html, jsdom))
    }
    const deep = attributeHeavyDeepPage()
    expect(imported('deep.html', deep, fast)).toEqual(imported('deep.html', deep, jsdom))
  })

  it('twenty thousand divs (minutes under jsdom): read, with every paragraph', { timeout: 120_000 }, () => {
    const result = imported('divs.html', slowUnderJsdom(), fast)
    expect(result.status).toBe('imported')
    if (result.status === 'imported') expect(result.article.text.split('\n\n').length).toBeGreaterThanOrEqual(20_000)
  })
})

describe('the CLI page DOM is safe to read a page with', () => {
  it('sanitises with a DOMPurify that supports its window (jsdom)', () => {
    const purify = createDOMPurify(fast.purifyIn!.window as unknown as Parameters<typeof createDOMPurify>[0])
    expect(purify.isSupported).toBe(true)
  })

  it('runs none of a page’s scripts or handlers, and keeps their text out of the article', () => {
    const g = globalThis as { __pwned?: number }
    const body = '<p>The river rose two metres overnight and twelve people were rescued from their roofs.</p>'.repeat(3)
    const html =
      '<html><head><title>Floods</title><script>globalThis.__pwned = 1</script></head><body><article><h1>Floods</h1>' +
      `${body}<img src=x onerror="globalThis.__pwned = 2"><svg onload="globalThis.__pwned = 3"><text>svg text</text></svg>` +
      '<script>globalThis.__pwned = 4; var leaked = "script text"</script><style>p{}</style></article></body></html>'
    const result = imported('hostile.html', html, fast)
    expect(g.__pwned).toBeUndefined()
    expect(result.status).toBe('imported')
    if (result.status !== 'imported') return
    expect(result.article.text).not.toMatch(/script text|svg text|__pwned|p\{\}/)
    expect(result.article.text).toContain('twelve people were rescued')
  })
})
