import { describe, expect, it } from 'vitest'
import { JSDOM } from 'jsdom'
import fc from 'fast-check'
import { ingestFile } from '@core/ingest'
import { joinParagraphs, splitParagraphs } from '@core/text'
import { env, fixtureBytes, imported, utf8 } from './fixtures'

function page(body: string, head = ''): Uint8Array {
  return utf8(`<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`)
}

const LONG_PARAGRAPH =
  'Coalition aircraft struck a convoy of trucks on the desert road on Sunday, cutting what officials described as the last supply route.'

describe('a saved news page', () => {
  const result = imported(ingestFile({ name: 'convoy.html', bytes: fixtureBytes('html/news-page.html') }, env))
  const a = result.article
  const paragraphs = splitParagraphs(a.text)

  it('reads title, byline, outlet, canonical URL, language and date from the page', () => {
    expect(a).toMatchObject({
      title: "Convoy strikes cut militants' desert supply route",
      byline: 'Jane Doe',
      outlet: 'The Northern Ledger',
      url: 'https://ledger.example.com/world/convoy-strikes',
      lang: 'en-GB',
      dir: 'ltr',
      publishedAt: '2016-08-15T09:30:00+03:00',
      sourceFormat: 'html',
      sourceName: 'convoy.html'
    })
  })

  it('starts with the first paragraph and ends with the last', () => {
    expect(paragraphs[0]).toMatch(/^Coalition aircraft struck a convoy/)
    expect(paragraphs.at(-1)).toMatch(/there is not much left\."$/)
  })

  it('keeps subheads, short paragraphs, list items and line breaks', () => {
    expect(paragraphs).toEqual(
      expect.arrayContaining([
        'A route under watch',
        'Crucially.',
        'At least 14 vehicles destroyed',
        'Two fuel depots hit'
      ])
    )
    expect(paragraphs).toContain(
      'Local officials said the road had been under surveillance for weeks.\nDrivers had started travelling only at night, they said.'
    )
  })

  it('puts the figure caption in captions, not in the text', () => {
    expect(a.captions).toEqual(['Smoke rises over the desert road near the border crossing. [Photo: Ledger staff]'])
    expect(a.text).not.toContain('Smoke rises')
  })

  it.each([
    'SCRIPT_MUST_NOT_APPEAR',
    'STYLE_MUST_NOT_APPEAR',
    'NOSCRIPT_MUST_NOT_APPEAR',
    'TEMPLATE_MUST_NOT_APPEAR',
    'ONERROR_MUST_NOT_RUN',
    'cookies',
    'Privacy Policy',
    'Share on Twitter',
    'Related stories',
    'Ten things to know',
    'All rights reserved',
    'Friday 26 April 2024',
    'Sport',
    'By Jane Doe',
    '<',
    '&amp;'
  ])('leaves "%s" out of the text', (noise) => {
    expect(a.text).not.toContain(noise)
  })

  it('takes the article date, not the date banner of the day the page was saved', () => {
    expect(a.publishedAt?.startsWith('2024')).toBe(false)
  })

  it('is canonical text', () => {
    expect(a.text).toBe(a.text.normalize('NFC'))
    expect(a.text).not.toMatch(/\n{3,}|\r|\t| {2}/)
  })
})

describe('an Arabic page', () => {
  const a = imported(ingestFile({ name: 'qaim-ar.html', bytes: fixtureBytes('html/arabic-page.html') }, env)).article

  it('reads right to left, in Arabic, with outlet, date and byline', () => {
    expect(a).toMatchObject({
      title: 'تضييق الخناق على داعش في القائم',
      outlet: 'صحيفة الحدود',
      byline: 'أحمد علي',
      lang: 'ar',
      dir: 'rtl',
      publishedAt: '2016-08-14'
    })
  })

  it('keeps the four paragraphs and not the menu or footer', () => {
    const paragraphs = splitParagraphs(a.text)
    expect(paragraphs).toHaveLength(4)
    expect(paragraphs[0]).toMatch(/^قالت قيادة العمليات المشتركة/)
    expect(a.text).not.toContain('الرئيسية')
    expect(a.text).not.toContain('جميع الحقوق محفوظة')
  })
})

describe('page metadata', () => {
  const article = `<article><h1>Strikes hit the border town</h1><p>${LONG_PARAGRAPH}</p><p>${LONG_PARAGRAPH.replace('Sunday', 'Monday')}</p></article>`

  it.each([
    [
      'article:published_time',
      '<meta property="article:published_time" content="2016-08-14T07:00:00Z">',
      '',
      '2016-08-14T07:00:00Z'
    ],
    ['a <time> inside the article', '', '<time datetime="2016-08-13">13 August</time>', '2016-08-13'],
    [
      'an RFC 2822 date, given in UTC',
      '<meta property="article:published_time" content="Sun, 14 Aug 2016 10:00:00 +0300">',
      '',
      '2016-08-14T07:00:00.000Z'
    ],
    ['an unreadable date', '<meta property="article:published_time" content="last Tuesday">', '', undefined]
  ])('takes the date from %s', (_what, head, inArticle, expected) => {
    const html = page(article.replace('</h1>', `</h1>${inArticle}`), head)
    expect(imported(ingestFile({ name: 'p.html', bytes: html }, env)).article.publishedAt).toBe(expected)
  })

  it('ignores several <time>s outside the article: one is the day the page was saved', () => {
    const html = page(
      `<header><time datetime="2024-04-26">today</time></header>${article}<footer><time datetime="2024-04-25">comment</time></footer>`
    )
    expect(imported(ingestFile({ name: 'p.html', bytes: html }, env)).article.publishedAt).toBeUndefined()
  })

  it.each([
    [
      'og:url when there is no canonical link',
      '<meta property="og:url" content="https://news.example.org/a">',
      'https://news.example.org/a'
    ],
    ['nothing for a relative canonical link', '<link rel="canonical" href="/a">', ''],
    ['nothing for a javascript: URL', '<link rel="canonical" href="javascript:alert(1)">', '']
  ])('takes as URL %s', (_what, head, expected) => {
    expect(imported(ingestFile({ name: 'p.html', bytes: page(article, head) }, env)).article.url).toBe(expected)
  })

  it('leaves outlet and byline empty when the page names none, and guesses the language from the text', () => {
    const a = imported(ingestFile({ name: 'p.html', bytes: page(article) }, env)).article
    expect(a.outlet).toBe('')
    expect(a.byline).toBe('')
    expect(a.lang).toBe('en')
  })

  it('turns table rows into paragraphs with cells split by " | "', () => {
    const html = page(
      `<article><h1>Toll</h1><p>${LONG_PARAGRAPH}</p><table><tr><th>Town</th><th>Killed</th></tr><tr><td>Rawa</td><td>12</td></tr></table></article>`
    )
    expect(splitParagraphs(imported(ingestFile({ name: 't.html', bytes: html }, env)).article.text)).toEqual(
      expect.arrayContaining(['Town | Killed', 'Rawa | 12'])
    )
  })
})

describe('pages without an article', () => {
  it.each([
    ['a sign-in page', fixtureBytes('html/no-article.html')],
    ['an empty body', page('')],
    ['only a menu', page('<nav><a href="/">Home</a> <a href="/w">World</a></nav>')],
    [
      'only a script',
      page(
        '<script>var article = "This text lives in a script and is not an article at all, however long it gets to be."</script>'
      )
    ]
  ])('refuse %s', (_what, bytes) => {
    expect(ingestFile({ name: 'x.html', bytes }, env)).toEqual({
      status: 'failed',
      name: 'x.html',
      reason: 'has no article text that Parallax could find'
    })
  })
})

describe('format sniffing', () => {
  it('reads a page saved without an extension as HTML', () => {
    const r = imported(ingestFile({ name: 'saved-page', bytes: fixtureBytes('html/news-page.html') }, env))
    expect(r.article.sourceFormat).toBe('html')
    expect(r.article.text).not.toContain('<p>')
  })

  it('reads a .txt that is really a web page as HTML, and says so', () => {
    const r = imported(ingestFile({ name: 'page.txt', bytes: fixtureBytes('html/news-page.html') }, env))
    expect(r.article.sourceFormat).toBe('html')
    expect(r.warnings.join(' ')).toMatch(/web page/)
  })

  it('reads an .html file with no markup as plain text', () => {
    const r = imported(ingestFile({ name: 'note.html', bytes: utf8(`A headline here\n\n${LONG_PARAGRAPH}`) }, env))
    expect(r.article.sourceFormat).toBe('text')
    expect(r.article.title).toBe('A headline here')
  })

  it('works with a second DOM window (each gets its own sanitiser)', () => {
    const other = { window: new JSDOM('').window }
    const r = imported(ingestFile({ name: 'convoy.html', bytes: fixtureBytes('html/news-page.html') }, other))
    expect(r.article.text).toBe(
      imported(ingestFile({ name: 'convoy.html', bytes: fixtureBytes('html/news-page.html') }, env)).article.text
    )
  })
})

describe('canonical text from any markup', () => {
  // The body is its paragraphs joined by one blank line, each canonical and holding no blank line of
  // its own (what joinParagraphs makes of them), whatever whitespace, line breaks and invisible
  // characters the markup holds.
  const inline = fc.constantFrom(
    'word',
    'two words',
    ' ',
    '  ',
    '\t',
    '\n',
    '\r\n',
    '\u00a0',
    '\u200b',
    '\u00ad',
    '\ufeff',
    '\u2028',
    '&#x2029;',
    'e\u0301',
    'ق\u0651',
    '&nbsp;',
    '<br>',
    '<br><br>',
    '<b> bold </b>',
    '<a href="/x">link</a>',
    '<span>\n</span>',
    '<!-- c -->'
  )
  const block = fc.tuple(
    fc.constantFrom('p', 'div', 'li', 'pre', 'blockquote', 'h2', 'td'),
    fc.array(inline, { maxLength: 12 })
  )
  const LEAD = `<p>${LONG_PARAGRAPH}</p>`

  it('joins canonical paragraphs with one blank line', () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 8 }), (blocks) => {
        const body = blocks
          .map(([tag, parts]) =>
            tag === 'td'
              ? `<table><tr><td>${parts.join('')}</td><td>x</td></tr></table>`
              : `<${tag}>${parts.join('')}</${tag}>`
          )
          .join('')
        const r = ingestFile({ name: 'p.html', bytes: page(`<article>${LEAD}${body}${LEAD}</article>`) }, env)
        if (r.status !== 'imported') return
        const paragraphs = r.article.text.split('\n\n')
        expect(r.article.text).not.toMatch(/\n{3}/)
        for (const p of paragraphs) expect(p).toBe(joinParagraphs([p]))
      }),
      { numRuns: 25 }
    )
  })

  it('makes a paragraph separator (U+2029) inside a <p> a line break of that paragraph', () => {
    const r = imported(
      ingestFile(
        {
          name: 'p.html',
          bytes: page(
            `<article><p>${LONG_PARAGRAPH}</p><p>First line&#x2029; second line</p><p>${LONG_PARAGRAPH}</p></article>`
          )
        },
        env
      )
    )
    expect(r.article.text).toBe(`${LONG_PARAGRAPH}\n\nFirst line\nsecond line\n\n${LONG_PARAGRAPH}`)
  })
})
