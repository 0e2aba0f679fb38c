/**
 * ingest/pagemeta: what a web page states about its article before Readability rewrites it: the
 * headline, the people who wrote it (an organisation is the outlet, not a byline), the outlet, the
 * publication date, the canonical address, and whether it is a live blog. Real pages of
 * test/fixtures/html, and small pages where a rule is easier seen.
 */
import { JSDOM } from 'jsdom'
import { describe, expect, it } from 'vitest'
import { readPageMeta } from '../../src/core/ingest/pagemeta'
import { fixtureBytes } from './fixtures'

const page = (html: string) => readPageMeta(new JSDOM(html).window.document)
const fixture = (name: string) => page(new TextDecoder().decode(fixtureBytes(`html/${name}`)))

describe('what a news page states', () => {
  it('reads the headline, author, outlet, date and address a news page gives', () => {
    expect(fixture('news-page.html')).toMatchObject({
      h1: "Convoy strikes cut militants' desert supply route",
      h1InArticle: true,
      authors: ['Jane Doe'],
      siteNames: expect.arrayContaining(['The Northern Ledger']),
      datePublished: '2016-08-15T09:30:00+03:00',
      url: 'https://ledger.example.com/world/convoy-strikes'
    })
  })

  it('keeps an organisation named as author out of the people who wrote the story', () => {
    expect(fixture('bbc-like.html')).toMatchObject({ authors: [], organisations: ['Pennine News'] })
  })

  it('knows a live blog, whose entry times are part of its text', () => {
    expect(fixture('liveblog.html')).toMatchObject({ isLiveBlog: true, authors: ['Tom Birch', 'Hannah Reyes'] })
    expect(fixture('news-page.html').isLiveBlog).toBe(false)
  })

  it('names every author Dublin Core lists, one DC.Creator each', () => {
    const head = (...names: string[]) =>
      `<head>${names.map((n) => `<meta name="DC.Creator" content="${n}">`).join('')}<meta name="author" content="Web Desk"></head>`
    expect(page(head('Roe, J.', 'Khalil, Omar', 'Roe, J.')).metaAuthors).toEqual(['Roe, J.; Khalil, Omar', 'Web Desk'])
    expect(page(head('Jane Roe', 'Omar Khalil')).metaAuthors[0]).toBe('Jane Roe, Omar Khalil')
  })

  it("takes the time beside the headline, not the masthead's date of today", () => {
    expect(fixture('header-time.html')).toMatchObject({ headerTime: '2016-08-14T18:30:00+01:00', markedTime: '' })
  })
})

describe('what is not taken at its word', () => {
  it('skips a broken JSON-LD block and reads the next one', () => {
    const meta = page(
      '<head><script type="application/ld+json">{"@type": "NewsArticle", </script>' +
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Twelve killed in market strike",' +
        ' "author": {"@type": "Person", "name": "Jane Doe"}}</script></head><body></body>'
    )
    expect(meta).toMatchObject({ headlines: ['Twelve killed in market strike'], authors: ['Jane Doe'] })
  })

  it('takes no <h1> as the headline when the page has several and no article around one', () => {
    expect(page('<body><h1>World</h1><h1>Sport</h1><p>Text.</p></body>').h1).toBe('')
    expect(page('<body><h1>World</h1><article><h1>Twelve killed</h1></article></body>')).toMatchObject({
      h1: 'Twelve killed',
      h1InArticle: true
    })
  })
})
