/**
 * ingest/pdflayout: one PDF page's positioned runs → its lines in reading order (words spaced where
 * the page shows a gap, columns apart, an Arabic line read from the right with its figures and Latin
 * names kept in their own order), and the running headers, footers and page numbers that are no part
 * of the article dropped.
 */
import { describe, expect, it } from 'vitest'
import {
  dropRunningLines,
  findGutter,
  isPageNumber,
  readPageLines,
  type PdfLine,
  type PdfTextItem
} from '../../src/core/ingest/pdflayout'

const W = 612
const H = 792

/** A run of text at (x, y), about 0.5 em per character wide. */
function run(text: string, x: number, y: number, rtl = false, size = 10): PdfTextItem {
  return { text, x, y, width: text.length * size * 0.5, size, rtl }
}

const texts = (lines: PdfLine[]) => lines.map((l) => l.text)

describe('lines of a page', () => {
  it('joins the runs of one baseline, spacing words where the page leaves a gap', () => {
    const lines = readPageLines({ width: W, height: H, items: [run('Twelve', 72, 700), run('people', 105, 700)] })
    expect(texts(lines)).toEqual(['Twelve people'])
  })

  it('reads two columns one after the other, each tagged as its own column', () => {
    const left = ['The ministry said on Friday', 'that twelve people died in', 'the strike on the market,', 'and']
    const right = [
      'that the toll could rise as',
      'rescuers searched the ruins.',
      'Officials gave no names of',
      'the dead.'
    ]
    const items = [...left.map((t, i) => run(t, 72, 700 - i * 12)), ...right.map((t, i) => run(t, 330, 700 - i * 12))]
    const lines = readPageLines({ width: W, height: H, items })
    expect(texts(lines)).toEqual([...left, ...right])
    expect(new Set(lines.slice(0, 4).map((l) => l.column)).size).toBe(1)
    expect(lines[0]!.column).not.toBe(lines[4]!.column)
    expect(findGutter(lines)).toBeGreaterThan(72 + 28 * 5)
  })

  it('reads an Arabic line from the right, keeping a figure in its own order', () => {
    // on the page, left to right: "شخصا" "120" "قتل" (so it reads: قتل 120 شخصا)
    const items = [run('شخصا', 300, 700, true), run('120', 330, 700), run('قتل', 350, 700, true)]
    const [line] = readPageLines({ width: W, height: H, items })
    expect(line!.text).toBe('قتل 120 شخصا')
    expect(line!.rtl).toBe(true)
  })
})

describe('what is no part of the article', () => {
  it('knows a page number in its usual forms, and not a figure of the text', () => {
    for (const t of ['7', '- 7 -', 'Page 7 of 12', 'vii', 'صفحة 3 من 10']) expect(isPageNumber(t), t).toBe(true)
    for (const t of ['7 killed', 'Page seven', 'Chapter 7: the siege']) expect(isPageNumber(t), t).toBe(false)
  })

  it('drops the running header and page numbers, keeping the body', () => {
    const pages = [1, 2, 3].map((n) => ({
      height: H,
      lines: readPageLines({
        width: W,
        height: H,
        items: [
          run('Noose tightening around ISIL in al-Qaim', 72, 760),
          run(`Body of page ${n}, with the day's news.`, 72, 600),
          run(`${n}/3`, 300, 40)
        ]
      })
    }))
    expect(dropRunningLines(pages).map(texts)).toEqual(
      [1, 2, 3].map((n) => [`Body of page ${n}, with the day's news.`])
    )
  })
})
