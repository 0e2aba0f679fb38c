/**
 * ingest/pdftext: a PDF's pages of positioned runs → the article's parts as a journalist reads
 * them: the headline apart from the body, a paragraph per paragraph, the page each one starts on
 * (to cite "p. 2"), and a scanned page inside a text PDF named so it can be read by eye.
 * (ingest-pdf-layout.test.ts shows each layout rule; these are the parts the import keeps.)
 */
import { describe, expect, it } from 'vitest'
import { assemblePdfText } from '../../src/core/ingest/pdftext'
import type { PdfPageText, PdfTextItem } from '../../src/core/ingest/pdflayout'

const W = 612
const H = 792

function run(text: string, x: number, y: number, size = 10): PdfTextItem {
  return { text, x, y, width: text.length * size * 0.5, size, rtl: false }
}

/** Lines of one paragraph from `top` down, 12 points apart. */
function lines(texts: string[], top: number): PdfTextItem[] {
  return texts.map((t, i) => run(t, 72, top - i * 12))
}

const page = (items: PdfTextItem[]): PdfPageText => ({ width: W, height: H, items })

describe('the parts of a PDF article', () => {
  it('takes the headline in large type at the top of page 1 as the title, not as body text', () => {
    const parts = assemblePdfText([
      page([
        run('Noose tightening around ISIL', 72, 720, 22),
        ...lines(['Iraqi strikes targeted ISIL leaders in and', 'around the border town of al-Qaim.'], 660)
      ])
    ])
    expect(parts.title).toBe('Noose tightening around ISIL')
    expect(parts.text).toBe('Iraqi strikes targeted ISIL leaders in and around the border town of al-Qaim.')
  })

  it('joins the lines of a paragraph and starts a new one after a wider gap', () => {
    const parts = assemblePdfText([
      page([
        ...lines(['The ministry said on Friday that twelve', 'people died in the strike.'], 700),
        ...lines(['Rescuers were still searching the ruins', 'late into the night.'], 650)
      ])
    ])
    expect(parts.text.split('\n\n')).toEqual([
      'The ministry said on Friday that twelve people died in the strike.',
      'Rescuers were still searching the ruins late into the night.'
    ])
  })

  it('records the page each paragraph starts on', () => {
    const parts = assemblePdfText([
      page(lines(['The first page reports the strike on the', 'market.'], 700)),
      page(lines(['The second page gives the names of the', 'dead.'], 700))
    ])
    const second = parts.text.indexOf('The second page')
    expect(parts.pages).toEqual([
      { at: 0, page: 1 },
      { at: second, page: 2 }
    ])
  })

  it('names a page without text (a scan) inside a text PDF, and counts the letters found', () => {
    const parts = assemblePdfText([
      page(lines(['Twelve people died.'], 700)),
      page([]),
      page(lines(['The toll may rise.'], 700))
    ])
    expect(parts.emptyPages).toEqual([2])
    expect(parts.characters).toBe('Twelvepeopledied'.length + 'Thetollmayrise'.length)
  })
})
