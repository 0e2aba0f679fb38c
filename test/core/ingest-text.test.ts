import { describe, expect, it } from 'vitest'
import { ingestFile, ingestPastedText } from '@core/ingest'
import { splitParagraphs } from '@core/text'
import { env, fixtureBytes, fixtureJson, imported, utf8 } from './fixtures'

interface GoldImport {
  title: string
  byline: string | null
  body_starts_with: string
  body_ends_with: string
  noise: string[]
}

/** Lines and paragraphs of a body, to check that no chrome survives as a line of its own. */
function linesOf(text: string): string[] {
  return text.split('\n').filter((l) => l !== '')
}

describe.each([['al-qaim-diyaruna'], ['al-qaim-oman-observer']])(
  'the shared article %s meets its gold import',
  (stem) => {
    const gold = fixtureJson<{ import: GoldImport }>(`gold/${stem}.claims.json`).import
    const result = imported(ingestFile({ name: `${stem}.txt`, bytes: fixtureBytes(`articles/${stem}.txt`) }, env))
    const a = result.article

    it('has the gold title and byline', () => {
      expect(a.title).toBe(gold.title)
      expect(a.byline).toBe(gold.byline ?? '')
    })

    it('starts and ends the body where the article does', () => {
      expect(a.text.startsWith(gold.body_starts_with)).toBe(true)
      expect(a.text.endsWith(gold.body_ends_with)).toBe(true)
    })

    it('keeps no page chrome in the body', () => {
      const lines = linesOf(a.text)
      for (const noise of gold.noise) {
        expect(lines).not.toContain(noise)
        expect(a.text).not.toContain(noise)
      }
    })

    it('keeps title and byline out of the body', () => {
      expect(a.text).not.toContain(gold.title)
    })

    it('joins paragraphs with exactly one blank line', () => {
      expect(a.text).not.toMatch(/\n{3,}/)
      expect(a.text).not.toMatch(/[ \t]\n|\n[ \t]/)
      expect(splitParagraphs(a.text).join('\n\n')).toBe(a.text)
    })

    it('records the file as its source, and no date from the page banner', () => {
      expect(a.sourceFormat).toBe('text')
      expect(a.sourceName).toBe(`${stem}.txt`)
      expect(a.publishedAt).toBeUndefined()
      expect(a.outlet).toBe('')
      expect(a.dir).toBe('ltr')
      expect(a.lang).toBe('en')
    })
  }
)

describe('the Diyaruna photo caption', () => {
  const a = imported(ingestFile({ name: 'd.txt', bytes: fixtureBytes('articles/al-qaim-diyaruna.txt') }, env)).article
  const caption = a.captions.find((c) => c.startsWith('An Iraqi army helicopter fires rockets'))

  it('is kept once, apart from the body', () => {
    expect(caption).toBeDefined()
    expect(a.captions.filter((c) => c === caption)).toHaveLength(1)
    expect(a.text).not.toContain('An Iraqi army helicopter fires rockets')
    expect(a.text).not.toContain('SAWAF')
  })

  it('leaves section subheads inside the body', () => {
    expect(splitParagraphs(a.text)).toEqual(
      expect.arrayContaining(['Striking ISIL leadership', 'Blocking access to al-Qaim', 'ISIL operations under threat'])
    )
  })
})

describe('the constructed wire article', () => {
  const a = imported(
    ingestFile({ name: 'wire.txt', bytes: fixtureBytes('articles/al-qaim-constructed-wire.txt') }, env)
  ).article

  it('takes the headline as title and keeps the dateline in the body', () => {
    expect(a.title).toBe("Air strikes squeeze Islamic State's last Anbar foothold")
    expect(a.text.startsWith('BAGHDAD, Aug 14')).toBe(true)
    expect(a.text.endsWith('security adviser Fadel Abu Ragheef said.')).toBe(true)
    expect(a.byline).toBe('')
  })
})

describe('a saved page from another outlet, with its own chrome', () => {
  const result = imported(ingestFile({ name: 'ledger.txt', bytes: fixtureBytes('text/ledger-saved-page.txt') }, env))
  const a = result.article
  const paragraphs = splitParagraphs(a.text)

  it('finds title and the bylined reporters', () => {
    expect(a.title).toBe("Convoy strikes cut militants' desert supply route")
    expect(a.byline).toBe('Jane Doe and Omar Khalil')
  })

  it('starts at the first sentence and ends with the wire credit', () => {
    expect(a.text.startsWith('Coalition aircraft struck a convoy')).toBe(true)
    expect(a.text.endsWith('one of the officials said.\n— Reuters')).toBe(true)
  })

  it.each([
    'Skip to main content',
    'Home | World | Business | Sport | Opinion',
    'Sign in',
    'Subscribe now',
    'cookies',
    'Accept all cookies',
    'Middle East',
    'Updated 15 August 2016',
    'Share',
    'Tweet',
    'Advertisement',
    'Related stories',
    'Ten things to know about the border',
    'Tags:',
    'Follow us on Twitter',
    'Back to top',
    '©'
  ])('drops "%s"', (noise) => {
    expect(a.text).not.toContain(noise)
  })

  it('keeps short lines and subheads in the middle of the article', () => {
    expect(paragraphs).toContain('Crucially.')
    expect(paragraphs).toContain('A route under watch')
  })

  it('takes a "Photograph:" credit line as a caption', () => {
    expect(a.captions).toEqual([
      'Smoke rises over the desert road near the border crossing. Photograph: Ledger staff/Reuters'
    ])
    expect(a.text).not.toContain('Smoke rises')
  })
})

describe('Markdown', () => {
  const a = imported(ingestFile({ name: 'clip.md', bytes: fixtureBytes('text/clipped-article.md') }, env)).article
  const paragraphs = splitParagraphs(a.text)

  it('takes the title from "# heading", without its markup', () => {
    expect(a.title).toBe("Convoy strikes cut militants' desert supply route")
    expect(a.sourceFormat).toBe('markdown')
  })

  it('reads the bold byline', () => {
    expect(a.byline).toBe('Jane Doe')
  })

  it('reduces markup to the words a reader sees', () => {
    expect(paragraphs[0]).toBe(
      "Coalition aircraft struck a convoy of trucks on the desert road between the border town and the river valley on Sunday, cutting what officials described as the militants' last reliable supply route."
    )
    expect(paragraphs[1]).toBe(
      'The strikes destroyed at least 14 vehicles carrying fuel and ammunition, a spokesman for the joint command said.'
    )
    expect(paragraphs).toEqual(
      expect.arrayContaining(['A route under watch', 'At least 14 vehicles destroyed', 'Two fuel depots hit'])
    )
  })

  it.each(['](', '**', '_joint', '![', 'https://', '# ', '> ', 'clipped:', 'Share this article', 'Home'])(
    'leaves no "%s" in the text',
    (markup) => {
      expect(a.text).not.toContain(markup)
    }
  )

  it.each([
    [
      'emphasis and links',
      '# T *a* **b** [c](http://x)\n\nSome _body_ text that is a sentence.',
      'T a b c',
      'Some body text that is a sentence.'
    ],
    ['setext heading', 'The Title\n=========\n\nBody sentence comes here.', 'The Title', 'Body sentence comes here.'],
    [
      'escaped characters',
      '# A \\*starred\\* word\n\nBody with 5\\*3 stars here.',
      'A *starred* word',
      'Body with 5*3 stars here.'
    ],
    [
      'code fences kept as text',
      '# Code\n\nThe story begins on this line.\n\n```\nx = 1\n```\n\nThe end of the story.',
      'Code',
      'The story begins on this line.\n\nx = 1\n\nThe end of the story.'
    ]
  ])('handles %s', (_what, md, title, text) => {
    const r = imported(ingestFile({ name: 'x.markdown', bytes: utf8(md) }, env)).article
    expect(r.title).toBe(title)
    expect(r.text).toBe(text)
  })
})

describe('pasted text', () => {
  it('goes through the same chrome stripping and is marked as a paste', () => {
    const text = new TextDecoder().decode(fixtureBytes('articles/al-qaim-oman-observer.txt'))
    const r = imported(ingestPastedText(text, env))
    expect(r.article.sourceFormat).toBe('paste')
    expect(r.article.sourceName).toBe('Pasted text')
    expect(r.article.title).toBe('Al Qaim last IS bastion')
    expect(r.article.text.startsWith('The desert towns of Al Qaim and Rawa')).toBe(true)
  })

  it('gives a headline-less paste a stand-in title from its first words, and says so', () => {
    const r = imported(
      ingestPastedText(
        'Five people were killed and twelve wounded when a car bomb exploded in a market in the city on Friday, police said.',
        env,
        'Clipboard'
      )
    )
    expect(r.name).toBe('Clipboard')
    expect(r.article.title).toBe('Five people were killed and twelve wounded when a car…')
    expect(r.warnings.join(' ')).toMatch(/no headline/)
  })

  it('keeps a one-line note that is not a sentence rather than dropping it', () => {
    const r = imported(ingestPastedText('Five killed in market bombing', env))
    expect(r.article.text).toBe('Five killed in market bombing')
  })

  it('gives the same text the same hash whatever its line ends or BOM', () => {
    const a = imported(ingestPastedText('Title line here\n\nA body sentence that is long enough.', env)).article
    const b = imported(
      ingestPastedText('\uFEFFTitle line here\r\n\r\n\r\nA body sentence that is long enough.\r\n', env)
    ).article
    expect(b.contentHash).toBe(a.contentHash)
    expect(b.text).toBe(a.text)
  })
})

describe('files without a headline', () => {
  it('take a stand-in title from the file name', () => {
    const r = imported(
      ingestFile(
        {
          name: 'notes/market_bombing-report.txt',
          bytes: utf8('Police said five people were killed in the blast on Friday.')
        },
        env
      )
    )
    expect(r.article.title).toBe('market bombing report')
    expect(r.warnings).toHaveLength(1)
  })
})

describe('edge rules, one kind of line at a time', () => {
  const BODY = 'Officials said the strikes destroyed at least 14 vehicles on the desert road on Sunday.'
  const LAST = 'The command said operations would continue until the route was closed for good.'
  const around = (top: string, bottom = '') =>
    `${top}\n\nHeadline about the border strikes\n\n${BODY}\n\n${LAST}\n\n${bottom}`

  it.each([
    ['a Hijri and Gregorian date banner', 'Thursday, 11 Dhu al-Qadah 1437 AH | August 14, 2016'],
    ['a temperature', '-3°C / 5°C'],
    ['a weather word', 'partly cloudy'],
    ['a shouted section label', 'MIDDLE EAST'],
    ['a breadcrumb', 'Home > News > Middle East'],
    ['a cookie notice written as a sentence', 'This site uses cookies to improve your experience. Read our policy.'],
    ['an editor credit', 'Managing Editor: Sara Ahmed'],
    ['a font-size control', 'A+'],
    ['a "last updated" stamp', 'Last updated: 14 Aug 2016 10:32']
  ])('drops %s above the article', (_what, top) => {
    const a = imported(ingestPastedText(around(top), env)).article
    expect(a.title).toBe('Headline about the border strikes')
    expect(a.text).toBe(`${BODY}\n\n${LAST}`)
  })

  it.each([
    ['a comment counter', '12 Comments'],
    ['a question about the page', 'Was this story helpful?'],
    ['a characters-left counter', '1500 / 1500'],
    ['a related headline list', 'Related\nMilitants retreat from Rawa\nWhat next for the border'],
    ['a copyright line', 'Copyright 2016 Example Media Group'],
    ['a tag list', 'Tags: Iraq, Anbar']
  ])('drops %s below the article', (_what, bottom) => {
    const a = imported(ingestPastedText(around('', bottom), env)).article
    expect(a.text).toBe(`${BODY}\n\n${LAST}`)
  })

  it.each([
    ['a one-word paragraph', 'Crucially.'],
    ['a subhead', 'Blocking access to the border'],
    ['a shouted label', 'UPDATE'],
    ['a line with ©', 'Photos © the ministry were released later.']
  ])('keeps %s inside the article', (_what, middle) => {
    const text = `Headline about the border strikes\n\n${BODY}\n\n${middle}\n\n${LAST}`
    expect(imported(ingestPastedText(text, env)).article.text).toBe(`${BODY}\n\n${middle}\n\n${LAST}`)
  })

  it('keeps a story saved as one long line that runs into the site footer', () => {
    const story =
      `${BODY} ${LAST} `.repeat(6) +
      'Connect with Example News iOS | Android | Careers | Press Releases Contact Us Legal Terms of Use'
    const a = imported(ingestPastedText(`Headline about the border strikes\n\n${story}`, env)).article
    expect(a.title).toBe('Headline about the border strikes')
    expect(a.text).toBe(story)
  })

  it('does not take a headline repeated at the top (title tag and heading) for a caption', () => {
    const a = imported(
      ingestPastedText(`Headline about the border strikes\n\nHeadline about the border strikes\n\n${BODY}`, env)
    ).article
    expect(a.title).toBe('Headline about the border strikes')
    expect(a.captions).toEqual([])
    expect(a.text).toBe(BODY)
  })

  it.each([
    ['By Alaa Hussain in Baghdad', 'Alaa Hussain'],
    ['By JOHN SMITH', 'JOHN SMITH'],
    ['Written by Jane Doe | 14 August 2016', 'Jane Doe'],
    ['By Jane Doe and Omar Khalil in Erbil and Mosul', 'Jane Doe and Omar Khalil'],
    ['By Maria Lin, Staff Writer', 'Maria Lin, Staff Writer'],
    ['بقلم أحمد علي', 'أحمد علي']
  ])('reads the byline "%s" as "%s"', (line, byline) => {
    const a = imported(ingestPastedText(`Headline about the border strikes\n\n${line}\n\n${BODY}`, env)).article
    expect(a.byline).toBe(byline)
    expect(a.text).toBe(BODY)
  })
})

describe('a very long hard-wrapped text file', () => {
  it('imports with its lines joined back into paragraphs (the wrap column is found without spreading 200,000 lines into one call)', () => {
    // 21,000 paragraphs of nine lines wrapped at 74 columns, each paragraph its own (repeated ones read as page chrome)
    const lines = (k: number) => [
      `Report ${k}: the convoy reached the crossing at dawn, and officials said more`,
      `people were expected to arrive at the crossing before noon on day ${k} as`,
      'the border stayed open for the first time in weeks, according to reports.'
    ]
    const paragraph = (k: number) => [...lines(3 * k), ...lines(3 * k + 1), ...lines(3 * k + 2)]
    const text = Array.from({ length: 21_000 }, (_, k) => paragraph(k).join('\n')).join('\n\n')
    const { article } = imported(ingestFile({ name: 'long-wire.txt', bytes: utf8(text) }, env))
    const paragraphs = splitParagraphs(article.text)
    expect(paragraphs.length).toBe(21_000)
    expect(paragraphs[1]).toBe(paragraph(1).join(' '))
  })
})
