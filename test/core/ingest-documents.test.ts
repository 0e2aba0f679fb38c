/**
 * PDF and Word files through the whole import, with the real libraries (pdf.js's legacy build,
 * mammoth, JSZip: the CLI's document host) on the real files of test/fixtures/documents (README
 * there says where each comes from and which were made here).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { ingestDocumentFile, ingestFile, type DocumentHost, type IngestResult, type PdfLibrary } from '@core/ingest'
import { pageAt, type ArticleDraft } from '@core/model'
import { nodeDocumentHost } from '../../src/cli/documents'
import { env, fixtureBytes, utf8 } from './fixtures'

let host: DocumentHost

beforeAll(async () => {
  host = await nodeDocumentHost()
})

function importDocument(
  name: string,
  bytes = fixtureBytes(`documents/${name}`),
  docHost = host
): Promise<IngestResult> {
  return ingestDocumentFile({ name, bytes }, env, docHost)
}

async function article(name: string): Promise<ArticleDraft> {
  const result = await importDocument(name)
  if (result.status !== 'imported') throw new Error(`${name}: ${result.reason}`)
  return result.article
}

async function refusal(name: string, bytes?: Uint8Array): Promise<string> {
  const result = await importDocument(name, bytes)
  if (result.status !== 'failed') throw new Error(`${name} was imported`)
  return result.reason
}

describe('PDF', () => {
  it('reads the two-column paper in reading order: the abstract, then section 1, one paragraph each', async () => {
    const a = await article('tracemonkey.pdf')
    expect(a).toMatchObject({
      title: 'Trace-based Just-in-Time Type Specialization for Dynamic Languages',
      sourceFormat: 'pdf',
      dir: 'ltr'
    })
    const paragraphs = a.text.split('\n\n')
    const abstract = paragraphs.findIndex((p) =>
      p.startsWith('Dynamic languages such as JavaScript are more difficult to compile than statically typed ones.')
    )
    const intro = paragraphs.indexOf('1. Introduction')
    expect(abstract).toBeGreaterThan(0)
    expect(intro).toBeGreaterThan(abstract)
    // the abstract is one paragraph, its lines joined and its hyphenated words whole
    expect(paragraphs[abstract]).toContain(
      'We present an alternative compilation technique for dynamically-typed languages'
    )
    expect(paragraphs[abstract]).toMatch(/for certain benchmark programs\.$/)
    // section 1 runs from the left column into the right one, past the permission box between them
    expect(paragraphs[intro + 1]).toContain(
      'the de facto standard for client-side web programming and is used for the application logic'
    )
    expect(a.notes?.some((n) => n.startsWith('Permission to make digital or hard copies'))).toBe(true)
  })

  it('remembers the page of each paragraph of the paper', async () => {
    const a = await article('tracemonkey.pdf')
    expect(a.pages?.map((p) => p.page)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14])
    expect(pageAt(a, a.text.indexOf('1. Introduction'))).toBe(1)
    expect(pageAt(a, a.text.indexOf('Acknowledgments'))).toBeGreaterThanOrEqual(12)
  })

  it('reads an article printed in two columns over three pages with the paragraphs of its source, and no running header', async () => {
    const a = await article('two-column-article.pdf')
    const source = readFileSync(
      path.join(__dirname, '..', 'fixtures', 'articles', 'al-qaim-diyaruna.txt'),
      'utf8'
    ).split('\n\n')
    expect(a.title).toBe('Noose tightening around ISIL in al-Qaim')
    // the printed page repeats the caption once; every paragraph of the body is one paragraph here
    const body = source
      .slice(
        5,
        source.findIndex((p) => p.startsWith('0 Comment(s)'))
      )
      .map((p) => p.replace(/\s+/g, ' ').trim())
    const paragraphs = a.text.split('\n\n')
    expect(body.length).toBeGreaterThan(20)
    for (const p of body) expect(paragraphs).toContain(p)
    // Chromium's header (date, title) and footer (file address, "1/3") are on every page
    expect(a.text).not.toMatch(/file:\/\/|\d+\/3$|PM Noose/m)
    expect(a.pages?.map((p) => p.page)).toEqual([1, 2, 3])
  })

  it('reads Arabic in CID fonts as Arabic letters in logical order, presentation forms unfolded', async () => {
    const a = await article('ArabicCIDTrueType.pdf')
    expect(a.dir).toBe('rtl')
    expect(a.text).toBe('انواع الخطوط العربية انواع الخطوط العربية انواع الخطوط العربية انواع الخطوط العربية')
    expect(a.text).not.toMatch(/[\uFB50-\uFDFF\uFE70-\uFEFC]/)
  })

  it('reads an Arabic report with a Latin name and figures in their places', async () => {
    const a = await article('arabic-report.pdf')
    expect(a).toMatchObject({ dir: 'rtl', lang: 'ar', title: 'انقطاع الكهرباء يشل مدينة البصرة مع ارتفاع الحرارة' })
    const paragraphs = a.text.split('\n\n')
    expect(paragraphs).toHaveLength(4)
    expect(paragraphs[0]).toMatch(/^شهدت مدينة البصرة جنوبي العراق انقطاعاً واسعاً للتيار الكهربائي اليوم الأحد،/)
    expect(paragraphs[3]).toBe('وقالت وكالة Reuters إن 12 شخصاً أصيبوا بضربات الشمس يوم 14 آب.')
  })

  it('refuses a scan, saying it has no text layer and what would help', async () => {
    const reason = await refusal('scanned-page.pdf')
    expect(reason).toMatch(/^has no text layer: it looks like a scanned image/)
    expect(reason).toContain('OCR')
  })

  it('refuses a password-protected PDF, saying why and what to do', async () => {
    expect(await refusal('password-protected.pdf')).toMatch(
      /^is protected by a password; .*save or print an unprotected copy/
    )
  })

  it('runs nothing in a PDF that carries JavaScript: pdf.js is opened with evaluation and scripting off', async () => {
    const seen: Record<string, unknown>[] = []
    const recording: DocumentHost = {
      ...host,
      pdf: {
        ...host.pdf,
        pdfjs: { getDocument: (params) => (seen.push(params), host.pdf.pdfjs.getDocument(params)) } satisfies PdfLibrary
      }
    }
    const buttons = await importDocument('js-buttons.pdf', undefined, recording)
    expect(buttons.status).toBe('imported')
    if (buttons.status === 'imported') expect(buttons.article.text).toBe('Radios Checkboxes Radio Checkboxes')
    // evaljs.pdf is nothing but script: no text to import
    expect(await importDocument('evaljs.pdf', undefined, recording)).toMatchObject({
      status: 'failed',
      reason: expect.stringMatching(/^has no text layer/)
    })
    for (const params of seen)
      expect(params).toMatchObject({
        isEvalSupported: false,
        enableXfa: false,
        disableFontFace: true,
        useSystemFonts: false,
        useWorkerFetch: false
      })
  })

  it('refuses the giant-image bomb by name and reason before pdf.js opens it', { timeout: 10_000 }, async () => {
    // its page's content is a JBIG2 stream declaring a 100000 × 100000 page: 1.16 GB once decoded
    let opened = 0
    const counting: DocumentHost = {
      ...host,
      pdf: { ...host.pdf, pdfjs: { getDocument: (p) => (opened++, host.pdf.pdfjs.getDocument(p)) } }
    }
    const result = await importDocument('bomb_giant.pdf', undefined, counting)
    expect(result).toMatchObject({ status: 'failed', name: 'bomb_giant.pdf' })
    if (result.status === 'failed')
      expect(result.reason).toMatch(/^declares an image of 100,000 × 100,000 pixels .*an image bomb/)
    expect(opened).toBe(0)
  })

  it('refuses an image XObject declaring billions of pixels, and reads a page with a real-sized image', async () => {
    const pdf = (image: string) =>
      utf8(
        '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n' +
          '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n' +
          '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R ' +
          '/Resources << /Font << /F1 6 0 R >> /XObject << /Im1 5 0 R >> >> >> endobj\n' +
          '4 0 obj << /Length 120 >>\nstream\nBT /F1 12 Tf 50 700 Td (The ministry said on Sunday that 12 people were hurt in the heat.) Tj ET\nendstream\nendobj\n' +
          `5 0 obj << /Type /XObject /Subtype /Image ${image} /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 1 >>\nstream\nx\nendstream\nendobj\n` +
          '6 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'
      )
    expect(await refusal('giant.pdf', pdf('/Width 200000 /Height 90000'))).toMatch(
      /^declares an image of 200,000 × 90,000 pixels/
    )
    // a 600 dpi A4 scan's size, and a size given by reference, are no bomb
    for (const size of ['/Width 4960 /Height 7016', '/Width 7 0 R /Height 90000']) {
      const result = await importDocument('scan-sized.pdf', pdf(size))
      expect(result).toMatchObject({
        status: 'imported',
        article: { text: expect.stringContaining('12 people were hurt') }
      })
    }
  })

  it('reads Chinese in a font that is not embedded through pdf.js’s bundled CMaps, lines joined without spaces', async () => {
    const a = await article('cjk-predefined-cmap.pdf')
    expect(a.title).toBe('卡伊姆空袭')
    expect(a.text.split('\n\n')).toEqual([
      '伊拉克国防部星期日说，空袭在卡伊姆打死了十二名高级指挥官，其中包括该组织的一名财务负责人。联军表示，这次空袭是根据多方情报进行的。',
      '内政部发言人说，至少二十名武装分子在车队遇袭时死伤，车队当时正从叙利亚方向驶入伊拉克境内。'
    ])
    // without the CMaps the codes name no characters: the text layer reads as empty
    const { cMap: _unused, ...noCMaps } = host.pdf
    const without = await importDocument('cjk-predefined-cmap.pdf', undefined, { ...host, pdf: noCMaps })
    expect(without).toMatchObject({ status: 'failed', reason: expect.stringMatching(/^has no text layer/) })
  })

  it('reads the printed Wikipedia page with its headline and first paragraph', async () => {
    const a = await article('pdfjs_wikipedia.pdf')
    expect(a.text.split('\n\n')[0]).toMatch(
      /^PDF\.js is a JavaScript library that renders Portable Document Format \(PDF\) files/
    )
  })

  it.each([
    [
      'a damaged PDF',
      'cut.pdf',
      utf8('%PDF-1.7\n1 0 obj << /Type /Catalog'),
      /^is damaged or is not a PDF|^could not be read as a PDF/
    ],
    ['a PDF cut in half', 'half.pdf', fixtureBytes('documents/tracemonkey.pdf').slice(0, 300_000), /.+/]
  ])('refuses %s with a reason', async (_what, name, bytes, reason) => {
    const result = await importDocument(name, bytes)
    if (result.status === 'failed') expect(result.reason).toMatch(reason)
    else expect(result.article.text.length).toBeGreaterThan(0)
  })

  it('reads a PDF saved under another extension, and says so', async () => {
    const result = await importDocument('statement.txt', fixtureBytes('documents/arabic-report.pdf'))
    expect(result).toMatchObject({
      status: 'imported',
      warnings: [expect.stringContaining('is a PDF saved under another extension')]
    })
  })

  it('is refused by the text-only entry point with a reason, never read as text', () => {
    expect(ingestFile({ name: 'a.pdf', bytes: fixtureBytes('documents/arabic-report.pdf') }, env)).toMatchObject({
      status: 'failed'
    })
  })
})

describe('Word', () => {
  it('keeps footnotes apart from the body, their markers in the text', async () => {
    const a = await article('footnotes.docx')
    expect(a).toMatchObject({
      text: 'Ouch[1].[2]',
      notes: ['[1] A tachyon walks into a bar.', '[2] Fin.'],
      sourceFormat: 'docx',
      byline: 'Michael Williamson'
    })
  })

  it('keeps endnotes apart as well', async () => {
    expect(await article('endnotes.docx')).toMatchObject({
      text: 'Ouch[1].[2]',
      notes: ['[1] A tachyon walks into a bar.', '[2] Fin.']
    })
  })

  it('leaves comments out of the text', async () => {
    const a = await article('comments.docx')
    expect(a.text).toBe('Ouch.')
    expect(a.notes).toBeUndefined()
  })

  it('reads a table as one line per row', async () => {
    expect((await article('tables.docx')).text).toBe(
      'Above\n\nTop left | Top right\n\nBottom left | Bottom right\n\nBelow'
    )
  })

  it('reads the text of a text box and the Strict OOXML variant', async () => {
    expect((await article('text-box.docx')).text).toBe('Datum plane')
    expect((await article('strict-format.docx')).text).toBe('Test')
  })

  it('reads an Arabic report right to left, with its title, author and date, list, table and footnote', async () => {
    const a = await article('arabic-report.docx')
    expect(a).toMatchObject({
      dir: 'rtl',
      lang: 'ar',
      title: 'انقطاع الكهرباء يشل مدينة البصرة',
      byline: 'مراسل الرافدين',
      publishedAt: '2016-08-14'
    })
    const paragraphs = a.text.split('\n\n')
    expect(paragraphs[0]).toMatch(/احتجاجاً\.\[1\]$/)
    expect(paragraphs).toContain('ردود الفعل')
    expect(paragraphs).toContain('• وقالت وكالة Reuters إن 12 شخصاً أصيبوا بضربات الشمس يوم 14 آب.')
    expect(paragraphs).toContain('الهارثة | متوقفة')
    expect(a.notes).toEqual(['[1] بحسب مديرية كهرباء الجنوب.'])
  })

  it('refuses an empty document', async () => {
    expect(await refusal('empty.docx')).toBe('has no text (the document is empty)')
  })

  it('refuses a .docx that is not a zip, and a zip that is not a Word document', async () => {
    expect(await refusal('Report.docx', utf8('PK not really'))).toMatch(/^is not a Word document \(\.docx\)/)
    expect(await refusal('Report.docx', zip([{ name: 'notes.txt', inflated: 10, compressed: 10 }]))).toMatch(
      /^is not a Word document \(\.docx\)/
    )
  })

  it('refuses a zip bomb by its declared sizes, before anything is inflated', async () => {
    const bomb = zip([
      { name: 'word/document.xml', inflated: 2_000_000_000, compressed: 2_000_000 },
      { name: '[Content_Types].xml', inflated: 100, compressed: 100 }
    ])
    expect(await refusal('bomb.docx', bomb)).toMatch(/zip bomb|would inflate/)
  })
})

/** A zip archive's local header and central directory with the sizes given (the data left out: the check never reads it). */
function zip(entries: { name: string; inflated: number; compressed: number }[]): Uint8Array {
  const out: number[] = []
  const u16 = (n: number) => out.push(n & 0xff, (n >>> 8) & 0xff)
  const u32 = (n: number) => out.push(n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff)
  const name = (s: string) => out.push(...new TextEncoder().encode(s))
  // one local header, so the file starts like a zip
  u32(0x04034b50)
  for (let i = 0; i < 26; i++) out.push(0)
  const directory = out.length
  for (const e of entries) {
    u32(0x02014b50)
    ;(u16(20), u16(20), u16(0), u16(8), u16(0), u16(0), u32(0))
    ;(u32(e.compressed), u32(e.inflated))
    ;(u16(e.name.length), u16(0), u16(0), u16(0), u16(0), u32(0), u32(0))
    name(e.name)
  }
  const size = out.length - directory
  ;(u32(0x06054b50), u16(0), u16(0), u16(entries.length), u16(entries.length), u32(size), u32(directory), u16(0))
  return new Uint8Array(out)
}
