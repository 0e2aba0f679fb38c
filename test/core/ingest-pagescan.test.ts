/**
 * ingest/pagescan: a saved web page measured from its markup before any DOM is built, as the HTML
 * parser would build it, so that a page built to hang the reader is refused with a reason while a
 * real news page, however sloppy its markup, goes through.
 */
import { describe, expect, it } from 'vitest'
import { PAGE_LIMITS } from '../../src/core/ingest/limits'
import { checkPageLimits, measurePage } from '../../src/core/ingest/pagescan'
import { fixtureBytes } from './fixtures'

const html = (name: string) => new TextDecoder().decode(fixtureBytes(`html/${name}`))

describe('real pages go through', () => {
  it('measures a news page far inside every limit', () => {
    const m = measurePage(html('news-page.html'))
    expect(m.reason).toBeNull()
    expect(m.depth).toBeLessThan(10)
    expect(m.elements).toBeLessThan(100)
    expect(m.text).toBeGreaterThan(1000)
  })

  it('nests as the parser does: an unclosed <p> or <li> ends at the next, an <img> holds nothing', () => {
    expect(measurePage('<p>one<p>two<p>three').depth).toBe(measurePage('<p>one</p>').depth)
    expect(measurePage('<ul><li>a<li>b<li>c</ul>').depth).toBe(measurePage('<ul><li>a</li></ul>').depth)
    expect(measurePage('<img>'.repeat(1000)).depth).toBe(measurePage('<img>').depth)
  })

  it('reads no markup inside a text area, and a self-closing tag closes only inside <svg>', () => {
    expect(measurePage(`<textarea>${'<div>'.repeat(1000)}</textarea>`).reason).toBeNull()
    expect(measurePage(`<svg>${'<g/>'.repeat(1000)}</svg>`).reason).toBeNull()
    // in HTML "<div/>" opens a div like "<div>"
    expect(measurePage('<div/>'.repeat(200)).reason).toMatch(/more than 128 levels deep/)
  })
})

describe('pages built to hang the reader are refused', () => {
  it('says how deep is too deep and what to import instead', () => {
    expect(checkPageLimits('<div>'.repeat(300))).toMatch(/more than 128 levels deep.*save the article alone/)
  })

  it('refuses an element carrying hundreds of attributes', () => {
    const attributes = Array.from({ length: 500 }, (_, i) => `data-a${i}="1"`).join(' ')
    expect(checkPageLimits(`<p ${attributes}>Twelve people died.</p>`)).toMatch(/more than 400 attributes/)
  })

  it("counts a title's text toward the text limit (a script's is not text)", () => {
    const limits = { ...PAGE_LIMITS, text: 50 }
    expect(checkPageLimits(`<title>${'x'.repeat(100)}</title>`, limits)).toMatch(/more than 50 characters of text/)
    expect(checkPageLimits(`<script>${'x'.repeat(100)}</script>`, limits)).toBeNull()
  })
})
