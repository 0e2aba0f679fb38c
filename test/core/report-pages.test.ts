/**
 * Page citations: a claim of an article read from a PDF is cited with the page where its paragraph
 * starts ("p. 2") in the Markdown and HTML reports, in the CSV's page column, and the bundle keeps
 * the pages so a re-imported bundle cites them too; claims of other articles cite no page.
 */
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { pageAt, type Article } from '@core/model'
import { parseBundle, renderBundle, renderCsv, renderHtml, renderMarkdown, type ReportInput } from '@core/report'
import { sampleContext, sampleInput } from '../fixtures/report/sample-input'

/** The sample case with its Diyaruna article as if printed to a PDF: its second half on page 2. */
function withPages(): { input: ReportInput; secondPage: number } {
  const diyaruna = sampleInput.articles.find((a) => a.id === 'art-diyaruna')!
  const killed = sampleInput.claims.find((c) => c.anchor.exact === 'killed 12 senior ISIL leaders')!
  // page 2 starts at the paragraph after the one holding "killed 12 senior ISIL leaders"
  const secondPage = diyaruna.text.indexOf('\n\n', killed.anchor.end) + 2
  const pdf: Article = {
    ...diyaruna,
    sourceFormat: 'pdf',
    pages: [
      { at: 0, page: 1 },
      { at: secondPage, page: 2 }
    ]
  }
  return {
    input: { ...sampleInput, articles: sampleInput.articles.map((a) => (a.id === pdf.id ? pdf : a)) },
    secondPage
  }
}

function csvRows(csv: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(csv.slice(1, -2), { header: true, newline: '\r\n' }).data
}

describe('page citations', () => {
  const { input, secondPage } = withPages()
  const pdfClaims = input.claims.filter((c) => c.articleId === 'art-diyaruna')
  const later = pdfClaims.find((c) => c.anchor.start >= secondPage)!

  it('the sample PDF article has claims on both pages', () => {
    expect(pdfClaims.some((c) => c.anchor.start < secondPage)).toBe(true)
    expect(later).toBeDefined()
  })

  it('Markdown cites the page after each PDF claim’s status and beside its outlet in the comparison', () => {
    const md = renderMarkdown(input, sampleContext)
    expect(md).toContain('**12 killed (senior ISIL leaders)** · Confirmed · p. 1')
    expect(md).toContain('**Diyaruna, p. 1:** “killed 12 senior ISIL leaders”')
    expect(md).toMatch(/· p\. 2\n/)
    // the wire article is no PDF: none of its claims cites a page
    expect(md).not.toMatch(/\*\*Constructed Wire, p\./)
    expect(renderMarkdown(sampleInput, sampleContext)).not.toMatch(/p\. \d/)
  })

  it('HTML cites the page of each PDF claim', () => {
    const html = renderHtml(input, sampleContext)
    expect(html).toContain('<span class="page">p. 1</span>')
    expect(html).toContain('<span class="page">p. 2</span>')
    expect(html).toContain('Diyaruna</bdi>, p. 1:</span>')
    expect(renderHtml(sampleInput, sampleContext)).not.toContain('<span class="page">')
  })

  it('CSV has a page column: the PDF claims’ pages, empty for other articles', () => {
    const rows = csvRows(renderCsv(input))
    const byId = new Map(rows.map((r) => [r['claim id'], r.page]))
    for (const c of input.claims) {
      const article = input.articles.find((a) => a.id === c.articleId)!
      expect(byId.get(c.id)).toBe(c.articleId === 'art-diyaruna' ? String(pageAt(article, c.anchor.start)) : '')
    }
    expect(byId.get(later.id)).toBe('2')
  })

  it('the bundle keeps the pages, so an article read back from it still cites them', () => {
    const check = parseBundle(renderBundle(input))
    expect(check.ok).toBe(true)
    if (!check.ok) return
    const back = check.bundle.articles.find((a) => a.id === 'art-diyaruna')!
    expect(back.pages).toEqual([
      { at: 0, page: 1 },
      { at: secondPage, page: 2 }
    ])
    expect(pageAt(back, later.anchor.start)).toBe(2)
  })
})
