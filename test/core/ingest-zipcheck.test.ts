/**
 * ingest/zipcheck: a Word file's zip directory read before any library inflates it, so a file that
 * is no Word document, one cut short, and a zip bomb are refused with a reason the journalist can act
 * on, while the real Word files of test/fixtures/documents pass with their parts listed.
 */
import { describe, expect, it } from 'vitest'
import { checkDocxArchive, MAX_DOCX_INFLATED_BYTES } from '../../src/core/ingest/zipcheck'
import { fixtureBytes } from './fixtures'

interface Entry {
  name: string
  compressed: number
  inflated: number
}

/** A zip holding only its directory's claims: each entry's local header, no data, then the directory. */
function zip(entries: Entry[]): Uint8Array {
  const out: number[] = []
  const u16 = (n: number) => out.push(n & 0xff, (n >>> 8) & 0xff)
  const u32 = (n: number) => out.push(n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff)
  const name = (s: string) => out.push(...Array.from(s, (c) => c.charCodeAt(0)))
  const offsets: number[] = []
  for (const e of entries) {
    offsets.push(out.length)
    u32(0x04034b50)
    for (let i = 0; i < 11; i++) u16(0) // version, flags, method, time, date, crc (2), sizes (4)
    u16(e.name.length)
    u16(0)
    name(e.name)
  }
  const directory = out.length
  entries.forEach((e, i) => {
    u32(0x02014b50)
    u16(20) // made by
    u16(20) // needed
    u16(0) // flags
    u16(8) // deflate
    u32(0) // time, date
    u32(0) // crc
    u32(e.compressed)
    u32(e.inflated)
    u16(e.name.length)
    u16(0) // extra
    u16(0) // comment
    u16(0) // disk
    u16(0) // internal attributes
    u32(0) // external attributes
    u32(offsets[i]!)
    name(e.name)
  })
  const size = out.length - directory
  u32(0x06054b50)
  u16(0)
  u16(0)
  u16(entries.length)
  u16(entries.length)
  u32(size)
  u32(directory)
  u16(0)
  return new Uint8Array(out)
}

const small = (name: string): Entry => ({ name, compressed: 2_000, inflated: 12_000 })

describe('Word files that open', () => {
  it('passes the real Word documents and lists their parts', () => {
    for (const file of ['footnotes.docx', 'tables.docx', 'arabic-report.docx', 'empty.docx']) {
      const check = checkDocxArchive(fixtureBytes(`documents/${file}`))
      expect(check, file).toMatchObject({ ok: true })
      if (check.ok) expect(check.names).toContain('word/document.xml')
    }
  })

  it('passes a document whose text compresses as text does', () => {
    const check = checkDocxArchive(zip([small('[Content_Types].xml'), small('word/document.xml')]))
    expect(check).toEqual({ ok: true, names: ['[Content_Types].xml', 'word/document.xml'] })
  })
})

describe('files refused before they are inflated', () => {
  it('refuses a PDF or an old .doc given as a Word file, saying how to save it as .docx', () => {
    const check = checkDocxArchive(fixtureBytes('documents/tracemonkey.pdf'))
    expect(check.ok).toBe(false)
    if (!check.ok) expect(check.reason).toMatch(/not a Word document.*saved as \.docx/)
  })

  it('refuses a zip that holds no Word text (a spreadsheet, an archive of photos)', () => {
    const check = checkDocxArchive(zip([small('xl/workbook.xml'), small('photo.jpg')]))
    expect(check).toMatchObject({ ok: false, reason: expect.stringMatching(/not a Word document/) })
  })

  it('says a download cut short is damaged', () => {
    const whole = fixtureBytes('documents/tables.docx')
    const check = checkDocxArchive(whole.subarray(0, Math.floor(whole.length / 2)))
    expect(check).toMatchObject({ ok: false, reason: expect.stringMatching(/damaged/) })
  })

  it('refuses a zip bomb by the sizes its directory declares', () => {
    const bomb = checkDocxArchive(zip([{ name: 'word/document.xml', compressed: 50_000, inflated: 4_000_000_000 }]))
    expect(bomb).toMatchObject({ ok: false, reason: expect.stringMatching(/zip bomb/) })
    // many entries that each look sane but together inflate past the limit
    const parts = Array.from({ length: 40 }, (_, i) => ({
      name: `word/media/image${i}.png`,
      compressed: MAX_DOCX_INFLATED_BYTES / 40,
      inflated: MAX_DOCX_INFLATED_BYTES / 20
    }))
    const many = checkDocxArchive(zip([small('word/document.xml'), ...parts]))
    expect(many).toMatchObject({ ok: false, reason: expect.stringMatching(/would inflate to more than 256 MB/) })
  })
})
