// the worker module's types are declared beside it; a reference, as pdf.js's worker entry has no types of its own
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./pdfjs-worker.d.ts" />
/**
 * The document libraries in the browser: pdf.js (its modern build) with its worker code run in this
 * same thread as a "fake worker" (the ingest worker is already off the window's thread, and a PDF
 * then needs no second worker or worker URL), mammoth's browser build and JSZip. Loaded on the first
 * PDF or Word file, so importing text and pages never pays for them. Core sets the options that keep
 * a PDF inert (core/ingest/pdf.ts); nothing here renders a page.
 */
import type { DocumentHost, DocxLibrary, PdfLibrary } from '@core/ingest'

/** Seconds one PDF may take between pages before it is refused (the worker's own limit stops worse). */
export const PDF_SECONDS = 25

let host: Promise<DocumentHost> | undefined

/**
 * pdf.js's packed CMaps, each its own chunk holding the file as a data: URL, loaded only when a PDF's
 * font needs it: no fetch (the policy allows none of data: or file: addresses), no network.
 */
const CMAPS = import.meta.glob<string>('../../../../node_modules/pdfjs-dist/cmaps/*.bcmap', {
  query: '?inline',
  import: 'default'
})

async function cMap(file: string): Promise<Uint8Array> {
  const entry = Object.entries(CMAPS).find(([path]) => path.endsWith(`/${file}`))
  if (!entry) throw new Error(`no CMap ${file}`)
  const url = await entry[1]()
  return Uint8Array.from(atob(url.slice(url.indexOf(',') + 1)), (c) => c.charCodeAt(0))
}

async function load(): Promise<DocumentHost> {
  const [pdfjs, pdfWorker, mammoth, jszip] = await Promise.all([
    import('pdfjs-dist'),
    import('pdfjs-dist/build/pdf.worker.mjs'),
    import('mammoth'),
    import('jszip')
  ])
  // pdf.js looks for this global before it would start a worker of its own from a URL
  ;(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfWorker
  const JSZip = jszip.default
  return {
    pdf: { pdfjs: pdfjs as unknown as PdfLibrary, now: () => performance.now(), seconds: PDF_SECONDS, cMap },
    docx: {
      mammoth: (mammoth.default ?? mammoth) as unknown as DocxLibrary,
      readZipText: async (bytes, path) => {
        const zip = await JSZip.loadAsync(bytes)
        return (await zip.file(path)?.async('string')) ?? null
      }
    }
  }
}

/** The libraries, loaded once per thread. */
export function browserDocumentHost(): Promise<DocumentHost> {
  return (host ??= load())
}
