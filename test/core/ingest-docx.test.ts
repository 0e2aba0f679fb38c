/**
 * ingest/docx: a Word document → headline, author, date, body and notes, through mammoth (the real
 * library on the Word files of test/fixtures/documents, and a stand-in giving a document tree where
 * a rule is easier seen on a small one). Footnotes stay apart with their markers left in the body,
 * comments never reach the body, a table row reads as one line.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { readDocx, type DocxDocument, type DocxElement, type DocxHost } from '../../src/core/ingest/docx'
import { nodeDocumentHost } from '../../src/cli/documents'
import { fixtureBytes } from './fixtures'

let host: DocxHost

beforeAll(async () => {
  host = (await nodeDocumentHost()).docx
})

async function read(file: string, docHost = host) {
  const result = await readDocx(fixtureBytes(`documents/${file}`), docHost)
  if (!result.ok) throw new Error(`${file}: ${result.reason}`)
  return result.parts
}

/** A host whose mammoth hands over `body` as the document, with `coreXml` as its properties. */
function standIn(body: DocxElement[], coreXml: string | null = null): DocxHost {
  return {
    mammoth: {
      convertToHtml: async (_input, options) =>
        options.transformDocument({ type: 'document', children: body } as DocxDocument)
    },
    readZipText: async () => coreXml
  }
}

const paragraph = (text: string, extra: Partial<DocxElement> = {}): DocxElement => ({
  type: 'paragraph',
  children: [{ type: 'run', children: [{ type: 'text', value: text }] }],
  ...extra
})

describe('Word documents as written', () => {
  it('reads the Arabic report: its title, author and date are fields, not body text', async () => {
    const parts = await read('arabic-report.docx')
    expect(parts).toMatchObject({
      title: 'انقطاع الكهرباء يشل مدينة البصرة',
      byline: 'مراسل الرافدين',
      publishedAt: '2016-08-14'
    })
    expect(parts.text).toMatch(/^شهدت مدينة البصرة/)
    expect(parts.text).not.toContain('مراسل الرافدين')
  })

  it('keeps footnotes apart, numbered as the body refers to them', async () => {
    expect(await read('footnotes.docx')).toMatchObject({
      text: 'Ouch[1].[2]',
      notes: ['[1] A tachyon walks into a bar.', '[2] Fin.']
    })
  })

  it("leaves a reviewer's comments out of the body", async () => {
    expect((await read('comments.docx')).text).toBe('Ouch.')
  })

  it('reads each table row as one line of cells', async () => {
    expect((await read('tables.docx')).text.split('\n\n')).toEqual([
      'Above',
      'Top left | Top right',
      'Bottom left | Bottom right',
      'Below'
    ])
  })
})

describe('rules on a small document', () => {
  it('numbers an ordered list and takes a heading-styled first paragraph as the title', async () => {
    const ordered = { level: 0, isOrdered: true }
    const docHost = standIn([
      paragraph('Strike on the market', { styleName: 'Heading 1' }),
      paragraph('The dead, by district:'),
      paragraph('Khan Yunis, 12', { numbering: ordered }),
      paragraph('Rafah, 4', { numbering: ordered })
    ])
    expect(await read('empty.docx', docHost)).toMatchObject({
      title: 'Strike on the market',
      text: 'The dead, by district:\n\n1. Khan Yunis, 12\n\n2. Rafah, 4'
    })
  })

  it('ignores the placeholder date Word writes for none, and refuses a file that is no Word document', async () => {
    const core = '<cp:coreProperties><dcterms:created>1601-01-01T00:00:00Z</dcterms:created></cp:coreProperties>'
    expect((await read('empty.docx', standIn([paragraph('Twelve people died.')], core))).publishedAt).toBeUndefined()
    const pdf = await readDocx(fixtureBytes('documents/tracemonkey.pdf'), host)
    expect(pdf).toMatchObject({ ok: false, reason: expect.stringMatching(/not a Word document/) })
  })
})
