/**
 * A Word document is a zip archive. Before any library inflates it, its central directory (the
 * archive's table of contents, at its end) is read here: a file that is no zip, a zip that is no
 * Word document, and a zip bomb (a few kilobytes that inflate to gigabytes) are refused by what the
 * directory declares, in one pass over at most the directory's bytes.
 */

/** What the entries of one Word document may inflate to, together (a long report with images is a few tens of MB). */
export const MAX_DOCX_INFLATED_BYTES = 256 * 1024 * 1024
/** Entries of one archive: a Word document holds a few dozen, a few hundred with many images. */
export const MAX_DOCX_ENTRIES = 10_000
/** How much an entry may grow when inflated: text XML compresses about 10:1, a bomb by 1000:1. */
const MAX_RATIO = 200

export type ArchiveCheck = { ok: true; names: string[] } | { ok: false; reason: string }

const NOT_DOCX = 'is not a Word document (.docx); an older .doc file can be saved as .docx in Word or LibreOffice'

function u16(b: Uint8Array, i: number): number {
  return b[i]! | (b[i + 1]! << 8)
}
function u32(b: Uint8Array, i: number): number {
  return (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0
}

/** Checks that `bytes` are a zip whose directory holds word/document.xml and declares sane sizes. */
export function checkDocxArchive(bytes: Uint8Array): ArchiveCheck {
  if (bytes.length < 22 || u32(bytes, 0) !== 0x04034b50) return { ok: false, reason: NOT_DOCX }
  // the end-of-directory record: 22 bytes, plus a comment of up to 65,535
  let end = -1
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (u32(bytes, i) === 0x06054b50) {
      end = i
      break
    }
  }
  if (end < 0) return { ok: false, reason: 'is damaged (its zip directory is missing: the file may be cut short)' }
  const count = u16(bytes, end + 10)
  const offset = u32(bytes, end + 16)
  if (count === 0xffff || offset === 0xffffffff)
    return { ok: false, reason: 'is a zip64 archive, which no Word document needs; it was not opened' }
  if (count > MAX_DOCX_ENTRIES) return { ok: false, reason: `holds ${count} files; a Word document holds far fewer` }
  const names: string[] = []
  let total = 0
  let at = offset
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50)
      return { ok: false, reason: 'is damaged (its zip directory cannot be read)' }
    const compressed = u32(bytes, at + 20)
    const inflated = u32(bytes, at + 24)
    const nameLength = u16(bytes, at + 28)
    // the parts of a Word document have ASCII names; others are only shown in a message
    const name = String.fromCharCode(...bytes.subarray(at + 46, at + 46 + Math.min(nameLength, 1024)))
    names.push(name)
    total += inflated
    if (inflated > 10 * 1024 * 1024 && inflated > MAX_RATIO * Math.max(compressed, 1)) {
      return {
        ok: false,
        reason: `holds ${name}, which would inflate ${Math.round(inflated / Math.max(compressed, 1))} times over to ${Math.round(inflated / 1048576)} MB (a zip bomb); it was not opened`
      }
    }
    if (total > MAX_DOCX_INFLATED_BYTES)
      return {
        ok: false,
        reason: `would inflate to more than ${MAX_DOCX_INFLATED_BYTES / 1048576} MB; it was not opened`
      }
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32)
  }
  if (!names.includes('word/document.xml')) return { ok: false, reason: NOT_DOCX }
  return { ok: true, names }
}
