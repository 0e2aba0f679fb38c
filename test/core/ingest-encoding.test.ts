import { describe, expect, it } from 'vitest'
import { ingestFile } from '@core/ingest'
import { env, imported, utf8 } from './fixtures'

/** The windows-1252 bytes 0x80–0x9F this test uses (the rest of the page matches Latin-1). */
const CP1252_SPECIALS: Record<string, number> = {
  '“': 0x93,
  '”': 0x94,
  '‘': 0x91,
  '’': 0x92,
  '—': 0x97,
  '–': 0x96,
  '€': 0x80
}

/**
 * Encodes `s` in a single-byte Windows code page: windows-1252 from Latin-1 plus the table above
 * (Node's own windows-1252 decoder is Latin-1, so it cannot be inverted), windows-1256 by inverting
 * the platform's decoder.
 */
function encodeSingleByte(s: string, label: 'windows-1252' | 'windows-1256'): Uint8Array {
  const table = new Map<string, number>()
  if (label === 'windows-1256') {
    const decoder = new TextDecoder(label)
    for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b)
  } else {
    for (let b = 0; b < 256; b++) if (b < 0x80 || b > 0x9f) table.set(String.fromCharCode(b), b)
    for (const [ch, b] of Object.entries(CP1252_SPECIALS)) table.set(ch, b)
  }
  return Uint8Array.from([...s], (ch) => {
    const b = table.get(ch)
    if (b === undefined) throw new Error(`${ch} is not in ${label}`)
    return b
  })
}

function utf16(s: string, endian: 'le' | 'be', bom = true): Uint8Array {
  const out = new Uint8Array((s.length + (bom ? 1 : 0)) * 2)
  const units = bom ? [0xfeff, ...Array.from(s, (c) => c.charCodeAt(0))] : Array.from(s, (c) => c.charCodeAt(0))
  units.forEach((u, i) => {
    out[i * 2 + (endian === 'le' ? 0 : 1)] = u & 0xff
    out[i * 2 + (endian === 'le' ? 1 : 0)] = u >> 8
  })
  return out
}

const ENGLISH = 'Strikes hit border town\n\nThe “convoy” was hit on Sunday, officials said — café owners saw it.'
const ARABIC =
  'تضييق الخناق على داعش\n\nقالت قيادة العمليات المشتركة إن غارات جوية استهدفت اجتماعاً لقادة التنظيم في القائم.'

describe('text encodings', () => {
  it.each([
    ['UTF-8 without BOM', utf8(ENGLISH)],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(ENGLISH)])],
    ['UTF-16 LE with BOM', utf16(ENGLISH, 'le')],
    ['UTF-16 BE with BOM', utf16(ENGLISH, 'be')],
    ['UTF-16 LE without BOM', utf16(ENGLISH, 'le', false)],
    ['windows-1252 (smart quotes 0x93 0x94, dash 0x97, é 0xE9)', encodeSingleByte(ENGLISH, 'windows-1252')]
  ])('reads %s', (_what, bytes) => {
    const a = imported(ingestFile({ name: 'a.txt', bytes }, env)).article
    expect(a.title).toBe('Strikes hit border town')
    expect(a.text).toBe('The “convoy” was hit on Sunday, officials said — café owners saw it.')
  })

  it('checks that the windows-1252 case really holds 0x93 and 0x94', () => {
    const bytes = encodeSingleByte(ENGLISH, 'windows-1252')
    expect(bytes).toContain(0x93)
    expect(bytes).toContain(0x94)
  })

  it('says when it had to guess the encoding', () => {
    const r = imported(ingestFile({ name: 'a.txt', bytes: encodeSingleByte(ENGLISH, 'windows-1252') }, env))
    expect(r.warnings.join(' ')).toMatch(/windows-1252/)
    expect(imported(ingestFile({ name: 'a.txt', bytes: utf8(ENGLISH) }, env)).warnings).toEqual([])
  })

  it('reads Arabic in windows-1256 without a BOM as Arabic, right to left', () => {
    const a = imported(ingestFile({ name: 'ar.txt', bytes: encodeSingleByte(ARABIC, 'windows-1256') }, env)).article
    expect(a.title).toBe('تضييق الخناق على داعش')
    expect(a.text).toBe('قالت قيادة العمليات المشتركة إن غارات جوية استهدفت اجتماعاً لقادة التنظيم في القائم.')
    expect(a.dir).toBe('rtl')
    expect(a.lang).toBe('ar')
  })

  it('honours <meta charset> of a page that is not UTF-8', () => {
    const body = `<p>${ARABIC.split('\n\n')[1]} ${ARABIC.split('\n\n')[1]}</p>`
    const html = `<html lang="ar"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"><title>تضييق الخناق</title></head><body><article>${body}</article></body></html>`
    const a = imported(ingestFile({ name: 'ar.html', bytes: encodeSingleByte(html, 'windows-1256') }, env)).article
    expect(a.text).toContain('قالت قيادة العمليات المشتركة')
    expect(a.dir).toBe('rtl')
  })

  it('refuses a UTF-8 file with a broken byte, rather than store � in a quote', () => {
    const good = utf8(
      'Strikes hit border town\n\nOfficials said the “convoy” of trucks was hit near the café on Sunday.'
    )
    const bytes = new Uint8Array([...good.slice(0, 30), 0xff, ...good.slice(30)])
    expect(ingestFile({ name: 'a.txt', bytes }, env)).toEqual({
      status: 'failed',
      name: 'a.txt',
      reason: 'is not valid UTF-8 text (1 character could not be read); save it again as UTF-8 and import it again'
    })
  })
})

describe('canonical form', () => {
  it.each([
    [
      'decomposed é (e + U+0301) to NFC',
      'Headline of the story\n\nThe cafe\u0301 owner said the convoy passed.',
      'The caf\u00e9 owner said the convoy passed.'
    ],
    [
      'CRLF line ends',
      'Headline of the story\r\n\r\nFirst line of the paragraph here.\r\nSecond line.',
      'First line of the paragraph here.\nSecond line.'
    ],
    [
      'tabs and no-break spaces',
      'Headline of the story\n\nThe\tconvoy\u00a0was   hit on Sunday, they said.',
      'The convoy was hit on Sunday, they said.'
    ]
  ])('turns %s', (_what, input, expected) => {
    const a = imported(ingestFile({ name: 'a.txt', bytes: utf8(input) }, env)).article
    expect(a.text).toBe(expected)
  })

  it('gives the same text the same hash whatever encoding it came in', () => {
    const hashes = [utf8(ENGLISH), utf16(ENGLISH, 'be'), encodeSingleByte(ENGLISH, 'windows-1252')].map(
      (bytes) => imported(ingestFile({ name: 'a.txt', bytes }, env)).article.contentHash
    )
    expect(new Set(hashes).size).toBe(1)
  })
})
