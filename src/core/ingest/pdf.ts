/**
 * A PDF's bytes → article parts (the date is when the PDF was made: a later save, adding a
 * signature or a note, changes its ModDate), through a pdf.js the host injects (the renderer's ingest worker
 * and the CLI's reader thread each load their own build; core loads none). The options that keep a
 * PDF from doing anything live here, once: no script evaluation, no XFA forms, no fonts turned into
 * font faces or fetched, no range or stream requests, no rendering (only the text layer is read, so
 * images are never decoded; an image bomb is refused before pdf.js opens it, pdfcheck.ts). Every
 * refusal names what is wrong and what would help.
 */
import { findImageBomb } from './pdfcheck'
import { assemblePdfText, type PdfParts } from './pdftext'
import type { PdfPageText, PdfTextItem } from './pdflayout'

/** The part of pdf.js's `getDocument` this module uses (structurally; pdfjs-dist's own fits). */
export interface PdfLibrary {
  getDocument(params: Record<string, unknown>): PdfLoadingTask
}

export interface PdfLoadingTask {
  promise: Promise<PdfDocument>
  destroy(): Promise<void>
}

export interface PdfDocument {
  numPages: number
  getPage(pageNumber: number): Promise<PdfPage>
  getMetadata(): Promise<{ info: unknown }>
  destroy(): Promise<void>
}

export interface PdfPage {
  view: number[]
  getTextContent(params: Record<string, unknown>): Promise<{ items: unknown[] }>
  cleanup(): unknown
}

/** How much of a PDF is read: past these the file is refused rather than read for minutes. */
export const PDF_LIMITS = {
  pages: 2_000,
  /** text runs on one page: a real page holds a few thousand */
  itemsPerPage: 100_000,
  /** characters of text in the whole document (a 2,000-page report holds about 6 million) */
  characters: 8_000_000
} as const

/** What the host gives a PDF to read: pdf.js, a clock for the time budget, the CMaps (core reads none). */
export interface PdfHost {
  pdfjs: PdfLibrary
  /** milliseconds, monotonic; with `seconds`, bounds the reading between pages */
  now?: () => number
  seconds?: number
  /**
   * One of the packed CMaps pdf.js ships (`UniGB-UCS2-H.bcmap`), from where the host keeps them,
   * never the network: Chinese, Japanese and Korean text in a font that is not embedded is only
   * readable through its CMap.
   */
  cMap?: (file: string) => Promise<Uint8Array>
}

/** A CMap's file name as pdf.js asks for it (from a font's /Encoding name): nothing that leaves its folder. */
const CMAP_FILE = /^[A-Za-z0-9][A-Za-z0-9_-]*\.bcmap$/

/** pdf.js's loader of binary data, answering CMaps only, through the host (no fetch, no URL). */
function cMapLoader(load: NonNullable<PdfHost['cMap']>) {
  return class HostCMaps {
    fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
      if (kind !== 'cMapUrl' || !CMAP_FILE.test(filename)) return Promise.reject(new Error(`no ${kind} ${filename}`))
      return load(filename)
    }
  }
}

export type PdfOutcome =
  | { ok: true; parts: PdfParts; info: { title: string; author: string; date: string | undefined }; pageCount: number }
  | { ok: false; reason: string }

/**
 * The options that keep a PDF inert; `data` is a copy, since pdf.js takes ownership of its buffer.
 * The CMaps come through the host (`cMapUrl` is only the prefix pdf.js requires to ask for them).
 */
function openParams(bytes: Uint8Array, cMap: PdfHost['cMap']): Record<string, unknown> {
  return {
    ...(cMap ? { cMapUrl: 'parallax-cmaps:/', cMapPacked: true, BinaryDataFactory: cMapLoader(cMap) } : {}),
    data: bytes.slice(),
    isEvalSupported: false,
    enableXfa: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    disableRange: true,
    disableStream: true,
    disableAutoFetch: true,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    stopAtErrors: false,
    verbosity: 0
  }
}

/** pdf.js's text item → ours: horizontal runs only (a rotated watermark or side label is no body text). */
function toItem(raw: unknown, originX: number, originY: number): PdfTextItem | null {
  if (typeof raw !== 'object' || raw === null || !('str' in raw)) return null
  const item = raw as { str: string; dir?: string; transform: number[]; width: number; height: number }
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = item.transform
  if (Math.abs(b) > 0.05 * Math.abs(a) || Math.abs(c) > 0.05 * Math.abs(d) || a <= 0) return null
  const size = Math.abs(d) || item.height
  return { text: item.str, x: e - originX, y: f - originY, width: item.width, size, rtl: item.dir === 'rtl' }
}

/** A PDF date ("D:20240601083000+02'00'") as ISO-8601 (date and time, or the date alone). */
export function pdfDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const m = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?([Zz]|[+-]\d{2}'?\d{2}'?)?/.exec(value.trim())
  if (!m) return undefined
  const [, y, mo = '01', d = '01', h, mi = '00', s = '00', zone] = m
  if (+mo < 1 || +mo > 12 || +d < 1 || +d > 31 || +y! < 1900) return undefined
  const date = `${y}-${mo}-${d}`
  if (!h || +h > 23 || +mi > 59 || +s > 59) return date
  const tz = !zone ? '' : /z/i.test(zone) ? 'Z' : `${zone.slice(0, 3)}:${zone.replace(/'/g, '').slice(3, 5) || '00'}`
  return tz ? `${date}T${h}:${mi}:${s}${tz}` : date
}

/** A document-property title worth keeping: not a file name, a program's stamp or a placeholder. */
export function usablePropertyTitle(title: string): boolean {
  const t = title.trim()
  if (t.length < 3) return false
  if (/\.(docx?|pdf|indd|pages|odt|rtf|txt|qxp|tex|dvi|ps)$/i.test(t)) return false
  return !/^(microsoft (word|powerpoint)\s*-|untitled|document\d*$|no title|title$|slide \d+$|\(?anonymous\)?$)/i.test(
    t
  )
}

function refusal(error: unknown): string {
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : ''
  if (name === 'PasswordException') {
    return 'is protected by a password; Parallax does not open protected PDFs: open it in a PDF reader with its password, save or print an unprotected copy, and import that'
  }
  if (name === 'InvalidPDFException')
    return 'is damaged or is not a PDF (pdf.js found no readable document structure in it)'
  const detail = error instanceof Error && error.message ? ` (${error.message})` : ''
  return `could not be read as a PDF${detail}`
}

/** Pages read so far of all: for a progress line on a long document. */
export type PageProgress = (done: number, total: number) => void

/** Reads a PDF's text layer and properties; never throws (a refusal is `ok: false` with its reason). */
export async function readPdf(bytes: Uint8Array, host: PdfHost, onPages?: PageProgress): Promise<PdfOutcome> {
  let task: PdfLoadingTask | undefined
  let doc: PdfDocument | undefined
  const started = host.now?.()
  const bomb = findImageBomb(bytes)
  if (bomb) return { ok: false, reason: bomb }
  try {
    task = host.pdfjs.getDocument(openParams(bytes, host.cMap))
    doc = await task.promise
    if (doc.numPages > PDF_LIMITS.pages)
      return { ok: false, reason: `has ${doc.numPages} pages; Parallax reads PDFs of at most ${PDF_LIMITS.pages}` }
    const pages: PdfPageText[] = []
    let characters = 0
    for (let n = 1; n <= doc.numPages; n++) {
      if (started !== undefined && host.seconds !== undefined && host.now!() - started > host.seconds * 1000) {
        return {
          ok: false,
          reason: `took longer than ${host.seconds} seconds to read (stopped at page ${n} of ${doc.numPages})`
        }
      }
      const page = await doc.getPage(n)
      // disableNormalization: pdf.js would decompose a ligature glyph (ﳋ) before ordering a
      // right-to-left run and so reverse its letters; pdflayout unfolds the forms after ordering
      const content = await page.getTextContent({ disableNormalization: true, includeMarkedContent: false })
      if (content.items.length > PDF_LIMITS.itemsPerPage) {
        return {
          ok: false,
          reason: `has more text pieces on page ${n} than a document holds (${content.items.length}); it may be built to exhaust a reader`
        }
      }
      const [x0 = 0, y0 = 0, x1 = 612, y1 = 792] = page.view
      const items = content.items.map((raw) => toItem(raw, x0, y0)).filter((i): i is PdfTextItem => i !== null)
      characters += items.reduce((sum, i) => sum + i.text.length, 0)
      if (characters > PDF_LIMITS.characters)
        return { ok: false, reason: `holds more than ${PDF_LIMITS.characters.toLocaleString('en')} characters of text` }
      pages.push({ width: x1 - x0, height: y1 - y0, items })
      page.cleanup()
      if (onPages && (n % 10 === 0 || n === doc.numPages)) onPages(n, doc.numPages)
    }
    const meta = await doc.getMetadata().catch(() => ({ info: {} }))
    const info = (typeof meta.info === 'object' && meta.info !== null ? meta.info : {}) as Record<string, unknown>
    const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '')
    return {
      ok: true,
      parts: assemblePdfText(pages),
      info: {
        title: str(info.Title),
        author: str(info.Author),
        date: pdfDate(info.CreationDate) ?? pdfDate(info.ModDate)
      },
      pageCount: doc.numPages
    }
  } catch (error) {
    return { ok: false, reason: refusal(error) }
  } finally {
    await doc?.destroy().catch(() => undefined)
    await task?.destroy().catch(() => undefined)
  }
}
