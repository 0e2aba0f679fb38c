/**
 * The document libraries under Node: pdf.js's legacy build (the one meant for Node; its own worker
 * runs in this thread as a "fake worker", so the CLI's reader thread and its time limit cover it),
 * its CMaps from its package's folder, mammoth and JSZip. Loaded on the first document, so commands
 * on text and pages never pay for them.
 */
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { DocumentHost, DocxLibrary, PdfLibrary } from '@core/ingest'

let host: Promise<DocumentHost> | undefined

/** Seconds one PDF may take between pages before it is refused (the thread's own limit stops worse). */
export const PDF_SECONDS = 30

async function load(): Promise<DocumentHost> {
  const require = createRequire(import.meta.url)
  // by its file: the CLI's sources run as CommonJS under tsx, where a bare ES module specifier fails
  const pdfjs = (await import(pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.mjs')).href)) as PdfLibrary
  const mammoth = require('mammoth') as DocxLibrary
  const JSZip = require('jszip') as typeof import('jszip')
  // the CMaps pdf.js ships, read from its package (core checks the file name)
  const cMaps = join(dirname(require.resolve('pdfjs-dist/package.json')), 'cmaps')
  const cMap = async (file: string) => new Uint8Array(await readFile(join(cMaps, file)))
  return {
    pdf: { pdfjs, now: () => performance.now(), seconds: PDF_SECONDS, cMap },
    docx: {
      mammoth,
      readZipText: async (bytes, path) => {
        const zip = await JSZip.loadAsync(bytes)
        return (await zip.file(path)?.async('string')) ?? null
      }
    }
  }
}

/** The libraries, loaded once per thread. */
export function nodeDocumentHost(): Promise<DocumentHost> {
  return (host ??= load())
}
