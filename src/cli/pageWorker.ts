/**
 * Inside the page thread: each page the main thread sends is read with the CLI's page DOM (pageDom:
 * core's page tree in linkedom; created on the first page), each PDF or Word document
 * with pdf.js or mammoth (loaded on the first), "started" sent when reading begins and the outcome
 * when it ends. The main thread stops this thread when a page takes too long.
 */
import { parentPort } from 'node:worker_threads'
import { readDocument, readPage, type DocumentToRead, type HtmlWindow, type PageToRead } from '@core/ingest'
import { nodeDocumentHost } from './documents'
import { cliPageWindow } from './pageDom'

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
  window ??= cliPageWindow()
  // the time limit runs from here: loading the DOMs on a busy machine is no part of it
  parentPort!.postMessage({ started: true })
  parentPort!.postMessage({ result: readPage(page, { window }) })
})
