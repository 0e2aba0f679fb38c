/** ingest/sniff: what a file is, by its name and its first bytes, and what a refusal says. */
import { describe, expect, it } from 'vitest'
import {
  describeBinary,
  documentFormat,
  extensionOf,
  formatFromExtension,
  unsupportedTypeReason
} from '../../src/core/ingest/sniff'

describe('file types', () => {
  it('reads the extension in any case and maps it to a format', () => {
    expect(extensionOf('Report.FINAL.HTM')).toBe('htm')
    expect(formatFromExtension('md')).toBe('markdown')
    expect(formatFromExtension('exe')).toBeNull()
  })

  it('knows a PDF by its bytes, and names a binary it cannot read', () => {
    expect(documentFormat('pdf', new TextEncoder().encode('%PDF-1.4\n'))).toBe('pdf')
    expect(describeBinary(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))).toBe('a ZIP archive or an office document')
  })

  it('says which types it imports when it refuses one', () => {
    expect(unsupportedTypeReason('exe')).toBe(
      'is not a file type Parallax imports (.exe); use .txt, .md, .html, .htm, .pdf or .docx'
    )
  })
})
