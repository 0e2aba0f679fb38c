/**
 * What kind of file this is, decided before any parsing: by its extension when it has a known
 * one, by its first bytes otherwise. The point is to refuse PDFs, images and office files with a
 * reason the journalist can act on, instead of importing garbage text.
 */
import { importFileExtensions } from '@core/bridge'

export type FileFormat = 'text' | 'markdown' | 'html'

/** Formats read by a library the host injects (pdf.js, mammoth) rather than decoded as text. */
export type DocumentFormat = 'pdf' | 'docx'

const FORMAT_BY_EXTENSION: Readonly<Record<string, FileFormat>> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html'
}

/**
 * Extensions of document, image, archive and media formats people commonly drop on a reader by
 * mistake. Refused by name alone: their bytes never hold an article Parallax can read as text.
 */
const REFUSED_EXTENSIONS = new Set([
  'doc',
  'odt',
  'rtf',
  'pages',
  'epub',
  'mobi',
  'xls',
  'xlsx',
  'ods',
  'csv',
  'ppt',
  'pptx',
  'png',
  'jpg',
  'jpeg',
  'gif',
  'webp',
  'bmp',
  'tif',
  'tiff',
  'heic',
  'svg',
  'zip',
  'gz',
  'tgz',
  'rar',
  '7z',
  'mp3',
  'm4a',
  'wav',
  'mp4',
  'mov',
  'avi',
  'mkv',
  'webarchive',
  'mht',
  'mhtml'
])

/** Magic numbers of binary formats, so the reason can say what the file seems to be. */
const MAGIC: ReadonlyArray<[number[], string]> = [
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive or an office document'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Word or Excel document']
]

/**
 * Whether the bytes are a PDF or (by its extension and zip signature) a Word document; null for
 * anything else. A PDF is known by "%PDF-" in its first kilobyte (the specification allows junk
 * before it), whatever its extension.
 */
export function documentFormat(ext: string, bytes: Uint8Array): DocumentFormat | null {
  const head = String.fromCharCode(...bytes.subarray(0, 1024))
  if (head.includes('%PDF-')) return 'pdf'
  if (ext === 'pdf') return 'pdf'
  if (ext === 'docx') return 'docx'
  return null
}

/** The file's extension in lower case without the dot; '' when it has none. */
export function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? ''
  const dot = base.lastIndexOf('.')
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : ''
}

/** The format a known extension promises, or null for unknown or missing extensions. */
export function formatFromExtension(ext: string): FileFormat | null {
  return FORMAT_BY_EXTENSION[ext] ?? null
}

/** True for extensions Parallax refuses without looking at the bytes. */
export function isRefusedExtension(ext: string): boolean {
  return REFUSED_EXTENSIONS.has(ext)
}

/** The reason given for a refused or unreadable file type, listing what Parallax does import. */
export function unsupportedTypeReason(ext: string): string {
  const offered = importFileExtensions.filter((e) => e !== 'text' && e !== 'markdown').map((e) => `.${e}`)
  const list = `${offered.slice(0, -1).join(', ')} or ${offered[offered.length - 1]}`
  return `is not a file type Parallax imports (.${ext}); use ${list}`
}

/**
 * Describes `bytes` when they are binary (a known magic number, a NUL byte, or many control
 * characters in the first 16 KB), e.g. 'a PNG image' or 'binary data'; null when they look like text.
 * Call only on bytes that are not UTF-16 (where NULs are normal).
 */
export function describeBinary(bytes: Uint8Array): string | null {
  for (const [magic, what] of MAGIC) {
    if (magic.every((b, i) => bytes[i] === b)) return what
  }
  const n = Math.min(bytes.length, 16_384)
  let control = 0
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!
    if (b === 0) return 'binary data'
    // tab, line feed, form feed and carriage return are text; other C0 controls almost never are
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) control++
  }
  return n > 0 && control / n > 0.02 ? 'binary data' : null
}

/** True when decoded text reads as an HTML page: a doctype/<html> start, or many common tags early on. */
export function looksLikeHtml(text: string): boolean {
  const start = text.slice(0, 16_384)
  if (/^\s*(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i.test(start)) return true
  const tags = start.match(
    /<\/?(p|div|span|a|br|h[1-6]|li|ul|ol|table|tr|td|body|head|meta|script|article|section)\b[^>]*>/gi
  )
  return (tags?.length ?? 0) >= 5
}

/** True when a file starts like an HTML document (doctype or <html>), whatever its extension says. */
export function startsLikeHtmlDocument(text: string): boolean {
  return /^\s*(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html[\s>])/i.test(text.slice(0, 4096))
}
