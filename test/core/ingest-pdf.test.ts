/**
 * ingest/pdf: a PDF's properties read the way a journalist would (when it was made, a title only if
 * it is a real one) and its text layer read through pdf.js without letting the file act: refusals
 * name what is wrong and what would help.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { PdfHost } from '@core/ingest'
import { pdfDate, readPdf, usablePropertyTitle } from '../../src/core/ingest/pdf'
import { nodeDocumentHost } from '../../src/cli/documents'
import { fixtureBytes } from './fixtures'

let host: PdfHost

beforeAll(async () => {
  host = (await nodeDocumentHost()).pdf
})

describe('when a PDF was made', () => {
  it('reads a PDF date with its time and offset from UTC', () => {
    expect(pdfDate("D:20240601083000+02'00'")).toBe('2024-06-01T08:30:00+02:00')
    expect(pdfDate('D:20160814101500Z')).toBe('2016-08-14T10:15:00Z')
  })

  it('keeps the day alone when no time is given, and refuses what is no date', () => {
    expect(pdfDate('D:20160814')).toBe('2016-08-14')
    expect(pdfDate('D:20161314')).toBeUndefined()
    expect(pdfDate('yesterday')).toBeUndefined()
    expect(pdfDate(20160814)).toBeUndefined()
  })
})

describe('which document-property titles are kept', () => {
  it('keeps a real headline', () => {
    expect(usablePropertyTitle('Airstrikes hit Al-Qaim as ISIS retreats')).toBe(true)
  })

  it('drops file names, program stamps and placeholders', () => {
    for (const t of ['report-final.docx', 'Microsoft Word - draft3', 'Untitled', 'Document1', 'ab']) {
      expect(usablePropertyTitle(t), t).toBe(false)
    }
  })
})

describe('reading a PDF', () => {
  it('reads the pages, text and date of a printed article', async () => {
    const result = await readPdf(fixtureBytes('documents/two-column-article.pdf'), host)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.pageCount).toBe(3)
    expect(result.parts.text).toMatch(/^By Alaa Hussain in Baghdad/)
    expect(result.parts.text).toMatch(/border town of al-Qaim/)
    expect(result.info.date).toMatch(/^\d{4}-\d{2}-\d{2}/)
  })

  it('refuses a password-protected PDF and says how to get an open copy', async () => {
    const result = await readPdf(fixtureBytes('documents/password-protected.pdf'), host)
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/password.*unprotected copy/) })
  })

  it('refuses an image bomb without handing it to pdf.js', async () => {
    let opened = 0
    const counting: PdfHost = { ...host, pdfjs: { getDocument: (p) => (opened++, host.pdfjs.getDocument(p)) } }
    const result = await readPdf(fixtureBytes('documents/bomb_giant.pdf'), counting)
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/image bomb/) })
    expect(opened).toBe(0)
  })
})
