import { describe, expect, it } from 'vitest'
import { MAX_IMPORT_BYTES } from '@core/bridge'
import { ingestFile, ingestPastedText, type IngestEnvironment } from '@core/ingest'
import { env, fixtureBytes, utf8 } from './fixtures'

const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0
])

/** A big file of spaces and one sentence: one allocation, filled in place, never copied. */
function bigFile(bytes: number): Uint8Array {
  const data = new Uint8Array(bytes)
  data.fill(0x20)
  data.set(utf8('A sentence that would be an article if the file were not too large.'))
  return data
}

describe('files Parallax refuses', () => {
  it.each([
    ['an empty file', 'empty.txt', new Uint8Array(0), 'is empty'],
    ['a file of blank space', 'blank.txt', utf8(' \n\t\r\n \u00a0 \n'), 'is empty (it holds only blank space)'],
    [
      'binary data named .txt',
      'data.txt',
      new Uint8Array([0x48, 0x69, 0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x10]),
      'is not a text or web page file (it looks like binary data)'
    ],
    [
      'control characters named .txt',
      'data.txt',
      Uint8Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)),
      'is not a text or web page file (it looks like binary data)'
    ],
    ['PNG bytes named .html', 'photo.html', PNG, 'is not a text or web page file (it looks like a PNG image)'],
    [
      'PNG bytes with an unknown extension',
      'photo.dat',
      PNG,
      'is not a file type Parallax imports (.dat); use .txt, .md, .html, .htm, .pdf or .docx'
    ],
    [
      'an old Word file by its extension',
      'Report.DOC',
      utf8('PK...'),
      'is not a file type Parallax imports (.doc); use .txt, .md, .html, .htm, .pdf or .docx'
    ],
    [
      'a slide deck by its extension',
      'briefing.pptx',
      utf8('PK...'),
      'is not a file type Parallax imports (.pptx); use .txt, .md, .html, .htm, .pdf or .docx'
    ],
    [
      'a web page with no article',
      'index.html',
      fixtureBytes('html/no-article.html'),
      'has no article text that Parallax could find'
    ],
    [
      'a text of nothing but page chrome',
      'chrome.txt',
      utf8('Home | World | Sport\nSign in\n\nShare\nBack to top\n© 2024 Example News'),
      'has no article text that Parallax could find'
    ]
  ])('refuses %s', (_what, name, bytes, reason) => {
    expect(ingestFile({ name, bytes }, env)).toEqual({ status: 'failed', name, reason })
  })

  it('refuses a file over the limit before reading it, saying how big it is', () => {
    const bytes = bigFile(Math.round(23.4 * 1024 * 1024))
    const result = ingestFile({ name: 'huge.txt', bytes }, env)
    expect(result).toEqual({ status: 'failed', name: 'huge.txt', reason: 'is larger than 20 MB (23.4 MB)' })
  })

  it('imports a file of exactly the limit', () => {
    const result = ingestFile({ name: 'big.txt', bytes: bigFile(MAX_IMPORT_BYTES) }, env)
    expect(result.status).toBe('imported')
  })

  it.each([
    ['empty', ''],
    ['blank', ' \n\n\t ']
  ])('refuses a paste that is %s', (_what, text) => {
    expect(ingestPastedText(text, env)).toEqual({ status: 'failed', name: 'Pasted text', reason: 'is empty' })
  })

  it('never repeats the file name in the reason (the UI puts it in front)', () => {
    for (const [name, bytes] of [
      ['empty-file.txt', new Uint8Array(0)],
      ['photo.html', PNG],
      ['report.pdf', PNG]
    ] as const) {
      const r = ingestFile({ name, bytes }, env)
      expect(r.status).toBe('failed')
      if (r.status === 'failed') expect(r.reason).not.toContain(name)
    }
  })

  it('turns a DOM that throws into a failure instead of a crash', () => {
    const broken: IngestEnvironment = {
      window: {
        DOMParser: class {
          parseFromString(): unknown {
            throw new Error('parser exploded')
          }
        }
      }
    }
    expect(ingestFile({ name: 'p.html', bytes: fixtureBytes('html/news-page.html') }, broken)).toEqual({
      status: 'failed',
      name: 'p.html',
      reason: 'could not be read as an article (parser exploded)'
    })
  })
})
