/**
 * The general import rules for unseen outlets, one at a time, on small constructed inputs: title
 * and site name, header and trailer lines at the edges of an HTML body, dates, hard-wrapped text
 * and forwarded e-mail.
 */
import { describe, expect, it } from 'vitest'
import { ingestFile, ingestPastedText } from '@core/ingest'
import { env, imported, utf8 } from './fixtures'

const P1 =
  'The first paragraph of the story is long enough to count as prose for the extractor, and it says what happened.'
const P2 = 'The second paragraph follows with more words about what happened in the town on Sunday, officials said.'

function html(body: string, head = ''): Uint8Array {
  return utf8(
    `<!doctype html><html><head><meta charset="utf-8">${head}</head><body><nav><a href="/">Home</a> <a href="/w">World</a></nav>${body}</body></html>`
  )
}
function article(top: string, bottom = '', h1 = '<h1>Test story headline here</h1>'): string {
  return `<article>${h1}${top}<p>${P1}</p><p>${P2}</p>${bottom}</article>`
}
function importHtml(bytes: Uint8Array) {
  return imported(ingestFile({ name: 'p.html', bytes }, env)).article
}

describe('title and outlet', () => {
  it('prefers the one <h1> to a <title> with a site suffix, and takes the outlet from the suffix', () => {
    const a = importHtml(html(article('<p class="byline">By Jane Roe</p>'), '<title>Test story | Example News</title>'))
    expect(a).toMatchObject({
      title: 'Test story headline here',
      outlet: 'Example News',
      byline: 'Jane Roe',
      text: `${P1}\n\n${P2}`
    })
  })

  it.each([
    [
      'a site suffix named by og:site_name',
      '<title>Border town falls to army — The Daily Example</title><meta property="og:site_name" content="The Daily Example">',
      'Border town falls to army',
      'The Daily Example'
    ],
    [
      'a site prefix named by application-name',
      '<title>Example Times - Border town falls to army</title><meta name="application-name" content="Example Times">',
      'Border town falls to army',
      'Example Times'
    ],
    [
      'a section and site suffix',
      '<title>Border town falls to army · World · Example Post</title><meta property="og:site_name" content="Example Post">',
      'Border town falls to army',
      'Example Post'
    ],
    [
      'a site suffix in og:title too',
      '<meta property="og:title" content="Border town falls to army | Example Post"><meta property="og:site_name" content="Example Post">',
      'Border town falls to army',
      'Example Post'
    ],
    [
      'the JSON-LD publisher',
      '<title>Border town falls to army</title><script type="application/ld+json">{"@context":"https://schema.org","@type":["NewsArticle"],"headline":"Border town falls to army","publisher":{"@type":"Organization","name":"Example Wire"}}</script>',
      'Border town falls to army',
      'Example Wire'
    ],
    ['a "Print:" label', '<title>Print: Border town falls to army</title>', 'Border town falls to army', ''],
    [
      'a colon that belongs to the headline',
      '<title>Iraq: border town falls to army</title>',
      'Iraq: border town falls to army',
      ''
    ]
  ])('reads a title with %s', (_what, head, title, outlet) => {
    const a = importHtml(html(article('', '', ''), head))
    expect({ title: a.title, outlet: a.outlet }).toEqual({ title, outlet })
  })

  it('reads a <meta property> that names several properties for each of them', () => {
    const head =
      '<title>Site page</title><meta property="x:title dc:title" content="Border town falls to army"><meta property="dc:creator twitter:site_name" content="Jane Roe"><meta name="author" content="Web Desk">'
    const a = importHtml(html(article('', '', '<h1>A display line above the story</h1>'), head))
    expect({ title: a.title, byline: a.byline }).toEqual({ title: 'Border town falls to army', byline: 'Jane Roe' })
  })

  it('takes the stated headline over an <h1> that is only a piece of it', () => {
    const head = '<meta property="og:title" content="Army takes the border town after a week of heavy shelling">'
    const a = importHtml(html(article('', '', '<h1>Army takes the town</h1>'), head))
    expect(a.title).toBe('Army takes the border town after a week of heavy shelling')
  })

  it('with no stated headline, takes the <title> over an <h1> worded otherwise', () => {
    const head = '<title>Border town falls to army: what we know</title>'
    const a = importHtml(html(article('', '', '<h1>Border town falls to army: residents flee south</h1>'), head))
    expect(a.title).toBe('Border town falls to army: what we know')
  })

  it("leaves the author's name off a personal site's <title>, with the section next to it", () => {
    const head = '<title>Notes on covering floods | Writing | Jane Roe</title><meta name="author" content="Jane Roe">'
    const a = importHtml(html(article('', '', ''), head))
    expect({ title: a.title, byline: a.byline }).toEqual({ title: 'Notes on covering floods', byline: 'Jane Roe' })
  })

  it('does not take an organisation named as author for a byline', () => {
    const head =
      '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","author":{"@type":"Organization","name":"Example News"}}</script>'
    expect(importHtml(html(article('<p>By Jane Roe</p>'), head)).byline).toBe('Jane Roe')
  })

  it.each([
    ['a JSON-LD author', '<script type="application/ld+json">{"@type":"BlogPosting","author":"jroe"}</script>'],
    ['a <meta> author', '<meta name="author" content="valley_news">']
  ])('takes no user name for a byline: %s', (_what, head) => {
    expect(importHtml(html(article(''), head)).byline).toBe('')
  })

  it('reads the person of a <meta> author that gives their home page after the name', () => {
    const head = '<meta name="author" content="Jane Roe (https://example.org/jroe/)">'
    expect(importHtml(html(article(''), head)).byline).toBe('Jane Roe')
  })

  it('reads a JSON-LD date written in Arabic-Indic digits', () => {
    const head =
      '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"٢٠١٦-٠٨-١٤"}</script>'
    expect(importHtml(html(article(''), head)).publishedAt).toBe('2016-08-14')
  })
})

describe('header lines at the top of an HTML body', () => {
  it.each([
    ['a repeated headline', '<p>Test story headline here</p>'],
    ['a "By" byline with a stamp', '<p>By Jane Roe and John Smith | Published 12:04 GMT, 14 August 2016</p>'],
    ['an agency byline', '<p>Jane Roe, Reuters</p>'],
    ['a timestamp', '<p>Published 12:04 GMT, 14 August 2016</p>'],
    ['an update stamp', '<p>Updated: 3 hours ago</p>'],
    ['a listen widget', '<p>Listen to this article</p>'],
    ['a share bar', '<div><a>Share</a> <a>Facebook</a> <a>X</a> <a>Email</a></div>'],
    ['a reading time', '<p>5 min read</p>'],
    ['an image credit', '<p>Image source, Example Images</p>'],
    ['a dek above a date', '<p>A dek that sums the story up without a full stop</p><p>14 August 2016</p>'],
    ['an Arabic date line', '<p>نشر في 14/8/2016</p>']
  ])('drops %s', (_what, top) => {
    expect(importHtml(html(article(top))).text).toBe(`${P1}\n\n${P2}`)
  })

  it('takes the byline from a dropped "By" line and the day from a labelled stamp', () => {
    const a = importHtml(html(article('<p>By Jane Roe<br>Published: Sunday, 14 August 2016</p>')))
    expect(a.byline).toBe('Jane Roe')
    expect(a.publishedAt).toBe('2016-08-14')
  })

  it('keeps a subhead that opens the story after the header', () => {
    expect(importHtml(html(article('<p>By Jane Roe</p><h2>What happened</h2>'))).text).toBe(
      `What happened\n\n${P1}\n\n${P2}`
    )
  })
  it('keeps a listing the article opens with, however many share bars sit in it, dropping only the header above it', () => {
    // forty entries of a list of reports, each with a menu-like line of tags: no header is that long
    const entries = Array.from(
      { length: 40 },
      (_, i) => `<p>Report ${i + 1} on the valley floods</p><p>Floods | Valley | Rescue | Roads</p>`
    )
    const a = importHtml(html(article(`<p>By Jane Roe</p>${entries.join('')}`)))
    const lines = a.text.split('\n\n')
    expect(lines.slice(0, 3)).toEqual([
      'Report 1 on the valley floods',
      'Floods | Valley | Rescue | Roads',
      'Report 2 on the valley floods'
    ])
    expect(lines.slice(-2)).toEqual([P1, P2])
    expect(a.byline).toBe('Jane Roe')
  })
})

describe('trailer lines at the bottom of an HTML body', () => {
  it.each([
    ['production credits', '<p>Reporting by Jane Roe in Baghdad; Editing by John Smith</p>'],
    ['a related-topics list', '<h2>Related Topics</h2><ul><li>Iraq</li><li>Floods</li></ul>'],
    [
      'a "More on this story" list',
      '<h2>More on this story</h2><ul><li><a>Town braces for more floods this week</a></li></ul>'
    ],
    ['a "Read more" teaser', '<p>READ MORE: How the town was retaken</p>'],
    ['a source line', '<p>Source: agencies</p>'],
    ['an advertisement label', '<p>Advertisement</p>']
  ])('drops %s', (_what, bottom) => {
    expect(importHtml(html(article('', bottom))).text).toBe(`${P1}\n\n${P2}`)
  })

  it('takes the reporters of a credit line as byline when the page names none', () => {
    expect(
      importHtml(html(article('', '<p>(Reporting by Jane Roe and Omar Khalil in Erbil; Editing by John Smith)</p>')))
        .byline
    ).toBe('Jane Roe and Omar Khalil')
  })

  it('keeps many "Related" subheads followed by more prose than not, and still drops the trailer list after the last', () => {
    const prose = (k: number) => [1, 2, 3].map((n) => `<p>${P2.replace('second', `next (${k}.${n})`)}</p>`).join('')
    const sections = Array.from({ length: 60 }, (_, k) => `<h2>Related</h2>${prose(k + 1)}`)
    const a = importHtml(html(article('', `${sections.join('')}<h2>Related Topics</h2><ul><li>Iraq</li></ul>`)))
    const paragraphs = a.text.split('\n\n')
    expect(paragraphs).toHaveLength(2 + 60 * 4)
    expect(paragraphs.at(-1)).toBe(P2.replace('second', 'next (60.3)'))
  })

  it('keeps a "Related" subhead followed by prose', () => {
    const a = importHtml(html(article('', `<h2>Related</h2><p>${P2.replace('second', 'third')}</p>`)))
    expect(a.text).toContain('Related\n\n')
  })
})

describe('interstitials inside an HTML body', () => {
  it('drops them anywhere, parts joined by · or | judged one by one, and keeps prose that starts like one', () => {
    const P3 = 'Advertisement hoardings along the road were torn down by the wind, residents said on Monday.'
    const body = `<article><p>${P1}</p><p>Advertisement · Scroll to continue with content</p><p>${P3}</p><p>Story continues below advertisement | Sponsored content</p><p>Advertisement · Oil prices</p><p>${P2}</p></article>`
    expect(importHtml(html(body)).text).toBe(`${P1}\n\n${P3}\n\nAdvertisement · Oil prices\n\n${P2}`)
  })
})

describe('hard-wrapped text', () => {
  const wrapped = [
    'Headline about the border strikes',
    '',
    'Officials said the strikes destroyed at least 14 vehicles on the desert',
    'road on Sunday, cutting what they called the last supply route of the',
    'militants.',
    '',
    'The command said operations would continue until the route was closed',
    'for good, and that more strikes were planned for the coming week.'
  ].join('\r\n')

  it('is re-flowed into paragraphs', () => {
    expect(imported(ingestPastedText(wrapped, env)).article.text).toBe(
      'Officials said the strikes destroyed at least 14 vehicles on the desert road on Sunday, cutting what they called the last supply route of the militants.\n\n' +
        'The command said operations would continue until the route was closed for good, and that more strikes were planned for the coming week.'
    )
  })

  it('keeps the short lines of verse quoted in a story', () => {
    const poem = `Lines from the poem read at the funeral on Sunday, mourners said.\n\nThe river takes the town\nand gives it back as stone\nwe count the houses down\nand sleep in them alone\n\n${P2}`
    expect(imported(ingestPastedText(poem, env)).article.text).toContain(
      'The river takes the town\nand gives it back as stone\n'
    )
  })
})

describe('forwarded e-mail', () => {
  it('uses the subject as headline when the story carries none, without FW:', () => {
    const mail = `From: Desk <d@example.org>\nSent: Monday\nSubject: FW: Strikes hit border town\n\n> ${P1}\n> ${P2}`
    const a = imported(ingestPastedText(mail, env)).article
    expect(a.title).toBe('Strikes hit border town')
    expect(a.text).toBe(`${P1}\n${P2}`)
  })

  it('leaves text that merely mentions "From:" alone', () => {
    const a = imported(
      ingestPastedText(`Headline about the border strikes\n\nFrom: the ministry statement.\n\n${P1}`, env)
    ).article
    expect(a.text).toContain(P1)
  })
})
