/**
 * The PDF text assembly on its own: pages of positioned text runs (the shape pdf.js gives) → the
 * article's paragraphs, pages, notes and title. The real files are read in ingest-documents.test.ts;
 * here each rule is shown on a page small enough to see whole.
 */
import { describe, expect, it } from 'vitest'
import { assemblePdfText, type PdfPageText, type PdfTextItem } from '@core/ingest'

const W = 612
const H = 792

/** A line of text as one run at (x, y), about 0.5 em per character wide. */
function run(text: string, x: number, y: number, size = 10, rtl = false): PdfTextItem {
  return { text, x, y, width: text.length * size * 0.5, size, rtl }
}

function page(items: PdfTextItem[]): PdfPageText {
  return { width: W, height: H, items }
}

/** Lines of a column from `top` down, 12 points apart. */
function column(lines: string[], x: number, top: number, size = 10): PdfTextItem[] {
  return lines.map((l, i) => run(l, x, top - i * 12, size))
}

describe('reading order', () => {
  it('reads two columns one after the other, not across', () => {
    const left = [
      'The left column starts here and',
      'runs on down the page with more',
      'words of its own paragraph until',
      'it ends in the middle of a',
      'sentence at the foot of the'
    ]
    const right = [
      'column, where the right column',
      'picks it up and finishes the',
      'sentence. Then a second one',
      'follows in the same column and',
      'closes the page.'
    ]
    const { text } = assemblePdfText([page([...column(left, 50, 600), ...column(right, 320, 600)])])
    expect(text).toBe(
      'The left column starts here and runs on down the page with more words of its own paragraph until it ends in the middle of a sentence at the foot of the column, where the right column picks it up and finishes the sentence. Then a second one follows in the same column and closes the page.'
    )
  })

  it('reads a heading across both columns before them', () => {
    const left = column(['Left one a', 'left two b', 'left three c.'], 50, 600)
    const right = column(['Right one a', 'right two b', 'right three c.'], 320, 600)
    const { text, title } = assemblePdfText([
      page([run('A Headline Across The Page', 150, 700, 24), ...left, ...right])
    ])
    expect(title).toBe('A Headline Across The Page')
    expect(text.split('\n\n')).toEqual([
      'Left one a left two b left three c.',
      'Right one a right two b right three c.'
    ])
  })

  it('reads a right-to-left page from the right, and a Latin name inside a line left to right', () => {
    // visual order on the page, left to right: "Reuters" sits left of "وكالة"
    const items = [
      run('إن', 100, 600, 10, true),
      run(' ', 112, 600),
      run('Reuters', 118, 600),
      run(' ', 156, 600),
      run('وكالة', 162, 600, 10, true),
      run(' ', 190, 600),
      run('وقالت', 196, 600, 10, true)
    ]
    expect(assemblePdfText([page(items)]).text).toBe('وقالت وكالة Reuters إن')
  })

  it('unfolds Arabic presentation forms after ordering, so a ligature keeps its letters in order', () => {
    // "الخطوط" as a CID font maps it: alef, the lam-khah ligature (U+FCCB), tah, waw, tah
    const items = [run('\u0627\uFCCB\uFEC4\uFEEE\uFEC1', 100, 600, 20, true)]
    expect(assemblePdfText([page(items)]).text).toBe('الخطوط')
  })
})

describe('letters', () => {
  it('puts a TeX spacing accent on its letter', () => {
    expect(assemblePdfText([page([run('a na\u00A8\u0131ve reader at the caf\u00B4e', 50, 600)])]).text).toBe(
      'a naïve reader at the café'
    )
  })
})

describe('paragraphs', () => {
  it('joins a word hyphenated at a line end, and keeps a hyphen the word is written with', () => {
    const lines = ['The compiler records each trans-', 'lated trace and the Just-in-', 'Time machinery runs it.']
    expect(assemblePdfText([page(column(lines, 50, 600))]).text).toBe(
      'The compiler records each translated trace and the Just-in-Time machinery runs it.'
    )
  })

  it('keeps the hyphen of a compound the document writes whole elsewhere', () => {
    const lines = ['A well-known fact is that a well-', 'known fact bears repeating here.']
    expect(assemblePdfText([page(column(lines, 50, 600))]).text).toBe(
      'A well-known fact is that a well-known fact bears repeating here.'
    )
  })

  it('starts a paragraph at a first-line indent, at a wider gap and at a heading', () => {
    const items = [
      ...column(['First paragraph runs over a full line of text', 'and ends here.'], 50, 600),
      run('Second paragraph is indented and runs over the', 70, 576),
      run('line end before it ends.', 50, 564),
      run('Third after a gap.', 50, 530),
      run('A Heading', 50, 500, 12),
      run('Body after the heading.', 50, 484)
    ]
    expect(assemblePdfText([page(items)]).text.split('\n\n')).toEqual([
      'First paragraph runs over a full line of text and ends here.',
      'Second paragraph is indented and runs over the line end before it ends.',
      'Third after a gap.',
      'A Heading',
      'Body after the heading.'
    ])
  })

  it('remembers the page each paragraph starts on, and runs a paragraph on over a page break', () => {
    const one = page(
      column(
        [
          'Page one paragraph ends.',
          'Another paragraph on page one runs over a long line and',
          'continues on the next'
        ],
        50,
        600
      )
    )
    const two = page(
      column(['page to its end.', 'A paragraph of page two.'].slice(0, 1), 50, 700).concat(
        run('A paragraph of page two.', 50, 660)
      )
    )
    const parts = assemblePdfText([one, two])
    expect(parts.text.split('\n\n')).toEqual([
      'Page one paragraph ends.',
      'Another paragraph on page one runs over a long line and continues on the next page to its end.',
      'A paragraph of page two.'
    ])
    const secondPage = parts.text.indexOf('A paragraph of page two.')
    expect(parts.pages).toEqual([
      { at: 0, page: 1 },
      { at: secondPage, page: 2 }
    ])
  })
})

describe('what is not the body', () => {
  const body = (n: number) => column([`Body text of page ${n} that runs on`, 'and ends here.'], 50, 600)

  it('drops running headers and page numbers, whatever the page number says', () => {
    const pages = [1, 2, 3, 4].map((n) =>
      page([run('MINISTRY OF HEALTH — DAILY REPORT', 50, 760, 8), ...body(n), run(`Page ${n} of 4`, 280, 40, 8)])
    )
    const { text } = assemblePdfText(pages)
    expect(text).not.toMatch(/MINISTRY|Page \d/)
    expect(text.split('\n\n')).toHaveLength(4)
  })

  it('keeps a line that stands in the margin of one page only', () => {
    const pages = [1, 2, 3, 4].map((n) =>
      page([...(n === 2 ? [run('A one-off line in the top margin of page two', 50, 760, 10)] : []), ...body(n)])
    )
    expect(assemblePdfText(pages).text).toContain('A one-off line in the top margin of page two')
  })

  it('keeps footnotes apart from the body', () => {
    const items = [
      ...column(['The minister said the toll was 12.¹', 'Officials did not confirm it.'], 50, 600),
      run('1 Figure given at a press conference.', 50, 80, 7)
    ]
    const parts = assemblePdfText([page(items)])
    expect(parts.text).toBe('The minister said the toll was 12.¹ Officials did not confirm it.')
    expect(parts.notes).toEqual(['1 Figure given at a press conference.'])
  })

  it('counts no characters on pages without a text layer', () => {
    const parts = assemblePdfText([page([]), page([])])
    expect(parts).toMatchObject({ text: '', characters: 0, emptyPages: [1, 2] })
  })
})
