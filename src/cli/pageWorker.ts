/**
 * Inside the page thread: each page the main thread sends is read with jsdom (created on the first
 * page), each PDF or Word document with pdf.js or mammoth (loaded on the first), "started" sent when reading begins and the outcome when it ends. The main thread stops
 * this thread when a page takes too long.
 */
import { createRequire } from 'node:module'
import { parentPort } from 'node:worker_threads'
import { readDocument, readPage, type DocumentToRead, type HtmlWindow, type PageToRead } from '@core/ingest'
import { nodeDocumentHost } from './documents'

let window: HtmlWindow | undefined

parentPort?.on('message', (page: PageToRead | DocumentToRead) => {
  if (page.status === 'document') {
    // PDFs and Word documents: pdf.js and mammoth load first, outside the file's time
    void nodeDocumentHost().then(async (host) => {
      parentPort!.postMessage({ started: true })
      parentPort!.postMessage({ result: await readDocument(page, host) })
    })
    return
  }
  if (!window) {
    const { JSDOM } = createRequire(import.meta.url)('jsdom') as typeof import('jsdom')
    window = new JSDOM('').window
  }
  // the time limit runs from here: loading tsx and jsdom on a busy machine is no part of it
  parentPort!.postMessage({ started: true })
  parentPort!.postMessage({ result: readPage(page, { window }) })
})
