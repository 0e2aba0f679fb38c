/**
 * The page limits: a web page that would make the import run for minutes or overflow the stack is
 * refused with the reason, before any DOM is built; real pages and sloppy old markup are not.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { JSDOM } from 'jsdom'
import { describe, expect, it } from 'vitest'
import {
  ingestFile,
  measureDom,
  measurePage,
  PAGE_LIMITS,
  type IngestEnvironment,
  type MeasuredNode
} from '@core/ingest'
import { largePages, longJsonLdPage } from '../fixtures/hostile/ingest/large'
import { env, imported, utf8 } from './fixtures'

const FIXTURES = path.join(__dirname, '..', 'fixtures')
const hostile = (name: string) => readFileSync(path.join(FIXTURES, 'hostile', 'ingest', name), 'utf8')

/** A DOM that records whether it was asked to parse anything. */
function watchedEnv(): IngestEnvironment & { parsed: number } {
  const watched = {
    parsed: 0,
    window: {
      DOMParser: class {
        parseFromString(html: string, type: 'text/html') {
          watched.parsed++
          return new env.window.DOMParser().parseFromString(html, type)
        }
      }
    }
  }
  return watched
}

describe('pages within the limits', () => {
  const realPages = [
    ...readdirSync(path.join(FIXTURES, 'html')).map((f) => path.join('html', f)),
    path.join('e2e', 'saved-page.html'),
    ...['sloppy-markup.html', 'deep-jsonld.html', 'terminal-escapes.html'].map((f) => path.join('hostile', 'ingest', f))
  ]
  it.each(realPages)('%s is within every limit', (file) => {
    expect(measurePage(readFileSync(path.join(FIXTURES, file), 'utf8')).reason).toBeNull()
  })

  it('measures the sloppy markup of old pages as the parser builds it (unclosed <p>, <li>, <td>, <option> close themselves)', () => {
    const m = measurePage(hostile('sloppy-markup.html'))
    expect(m.depth).toBeLessThan(12)
    expect(
      imported(ingestFile({ name: 'old.html', bytes: utf8(hostile('sloppy-markup.html')) }, env)).article.title
    ).toBe('Sloppy markup of the old kind')
  })

  it('reads a page nested exactly as deep as the limit, and refuses one level more', () => {
    // <html> and <body> are two levels
    expect(measurePage('<div>'.repeat(PAGE_LIMITS.depth - 2)).reason).toBeNull()
    expect(measurePage('<div>'.repeat(PAGE_LIMITS.depth - 1)).reason).toMatch(/more than 128 levels deep/)
  })

  it('imports a page whose JSON-LD is a list of 300,000 items, or an array nested 100,000 deep', () => {
    const long = imported(ingestFile({ name: 'long-jsonld.html', bytes: utf8(longJsonLdPage()) }, env))
    expect(long.article.title).toBe('Floods cut off the valley road')
    const deep = imported(ingestFile({ name: 'deep-jsonld.html', bytes: utf8(hostile('deep-jsonld.html')) }, env))
    expect(deep.article.text).toContain('twelve people were rescued')
  })

  it('ignores markup inside scripts and styles, and takes comments closed by "--!>" as closed', () => {
    expect(measurePage(`<script>${'<div>'.repeat(10_000)}</script><p>x</p>`).reason).toBeNull()
    expect(measurePage(`<style>${'<div>'.repeat(10_000)}</style><p>x</p>`).reason).toBeNull()
    expect(measurePage(hostile('comment-bang-close.html')).reason).toMatch(/levels deep/)
  })
})

describe('pages beyond the limits are refused before any DOM is built', () => {
  it.each([
    [
      'nested-divs.html',
      /^nests its elements more than 128 levels deep, more than Parallax reads \(128\); save the article alone/
    ],
    ['misnested-spans.html', /more than 128 levels deep/],
    ['misnested-bold.html', /more than 128 levels deep/],
    ['deep-table-cells.html', /more than 128 levels deep/],
    ['unclosed-fonts.html', /more than 128 levels deep/],
    ['deep-svg.html', /more than 128 levels deep/],
    ['deep-mathml.html', /more than 128 levels deep/],
    ['svg-style.html', /more than 128 levels deep/],
    ['nested-templates.html', /more than 128 levels deep/],
    ['comment-bang-close.html', /more than 128 levels deep/],
    ['many-attributes.html', /^has an element with more than 400 attributes/],
    // 1,000 paragraphs each reopening 100 bold elements: 100,000 elements from 27 KB of markup
    ['reopened-formatting.html', /too many elements too deeply|more than 60,000 elements/]
  ])('%s', (name, reason) => {
    const dom = watchedEnv()
    const result = ingestFile({ name, bytes: utf8(hostile(name)) }, dom)
    expect(result).toMatchObject({ status: 'failed', name, reason: expect.stringMatching(reason) })
    expect(dom.parsed).toBe(0)
  })

  it.each(largePages().map((p) => [p.name, p] as const))('%s (generated)', (_name, page) => {
    const dom = watchedEnv()
    const result = ingestFile({ name: page.name, bytes: utf8(page.html) }, dom)
    expect(result.status).toBe('failed')
    if (result.status === 'failed') expect(result.reason).toBe(measurePage(page.html).reason)
    expect(measurePage(page.html).reason).not.toBeNull()
    expect(dom.parsed).toBe(0)
  })

  it('names the limit each generated page crosses', () => {
    const said: Record<string, RegExp> = {
      depth: /levels deep/,
      elements: /more than 60,000 elements/,
      text: /more than 5,000,000 characters of text/,
      textNesting: /too much text too deeply/,
      nesting: /too many elements too deeply/,
      attributes: /attributes/
    }
    for (const page of largePages()) expect(measurePage(page.html).reason, page.name).toMatch(said[page.limit]!)
  })
})

describe('the DOM is measured again after parsing', () => {
  it('refuses a tree deeper or larger than the limits, without recursion', () => {
    // jsdom's parser does not flatten deep trees as Chromium's does (and overflows its own stack
    // near 20,000 levels: one more reason the markup is measured first)
    const deep = new JSDOM(`<body>${'<div>'.repeat(1_000)}</body>`).window.document
    expect(measureDom(deep.documentElement as unknown as MeasuredNode)).toMatch(/more than 128 levels deep/)
    const wide = new JSDOM(`<body>${'<i></i>'.repeat(1_000)}</body>`).window.document
    expect(measureDom(wide.documentElement as unknown as MeasuredNode, { ...PAGE_LIMITS, elements: 999 })).toMatch(
      /more than 999 elements/
    )
    const fine = new JSDOM(readFileSync(path.join(FIXTURES, 'html', 'bbc-like.html'), 'utf8')).window.document
    expect(measureDom(fine.documentElement as unknown as MeasuredNode)).toBeNull()
  })
})

describe('metadata keeps no control characters', () => {
  const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/
  it('strips ESC, BEL and C1 controls from the title, outlet, byline and captions of a page', () => {
    const { article } = imported(
      ingestFile({ name: 'terminal-escapes.html', bytes: utf8(hostile('terminal-escapes.html')) }, env)
    )
    for (const field of [article.title, article.outlet, article.byline, ...article.captions])
      expect(field).not.toMatch(CONTROL)
    expect(article.text).not.toMatch(CONTROL)
    expect(article.title).toBe('Floods [31mcut off[0m the valley road')
    expect(article.captions.join(' ')).toContain('Water [5mreached the bridge2J')
  })

  it("strips them from a text file's title and from a stand-in title made of the file name", () => {
    const text = imported(
      ingestFile(
        {
          name: 'story.txt',
          bytes: utf8(
            'Floods \u001b]0;pwned\u0007cut off the road\n\nThe river rose two metres overnight and twelve people were rescued, the fire service said.'
          )
        },
        env
      )
    )
    expect(text.article.title).not.toMatch(CONTROL)
    const named = imported(
      ingestFile(
        {
          name: 'evil\u001b[2Jname.txt',
          bytes: utf8(
            'the river rose two metres overnight and twelve people were rescued from their roofs, the fire service said on tuesday'
          )
        },
        env
      )
    )
    expect(named.article.title).not.toMatch(CONTROL)
  })

  it('drops a canonical URL that holds a control character', () => {
    const html = `<html><head><link rel="canonical" href="https://example.org/a\u001b[2Jb"><title>Floods cut off the valley road</title></head><body><article><h1>Floods cut off the valley road</h1><p>The river rose two metres overnight and twelve people were rescued from their roofs, the fire service said on Tuesday.</p></article></body></html>`
    expect(imported(ingestFile({ name: 'u.html', bytes: utf8(html) }, env)).article.url).toBe('')
  })
})
