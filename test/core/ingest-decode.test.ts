/** ingest/decode: bytes to text by byte-order mark, declared charset, or the Arabic code pages old pages use. */
import { describe, expect, it } from 'vitest'
import { bomEncoding, declaredHtmlCharset, decodeBytes } from '../../src/core/ingest/decode'

describe('decoding an imported file', () => {
  it('follows a byte-order mark and drops it', () => {
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69]))).toEqual({
      text: 'hi',
      encoding: 'utf-8',
      warning: ''
    })
    expect(bomEncoding(new Uint8Array([0xff, 0xfe, 0x68, 0]))).toBe('utf-16le')
  })

  it('reads the charset a page declares, and Arabic in windows-1256', () => {
    expect(declaredHtmlCharset(new TextEncoder().encode('<meta charset="windows-1256">'))).toBe('windows-1256')
    expect(decodeBytes(new Uint8Array([0xc7, 0xe1, 0xde, 0xc7, 0xc6, 0xe3]), 'windows-1256').text).toBe('القائم')
  })
})
