/**
 * Inside the page thread: each page the main thread sends is read with jsdom (created on the first
 * page), "started" sent when reading begins and the outcome when it ends. The main thread stops
 * this thread when a page takes too long.
 */
import { createRequire } from 'node:module'
import { parentPort } from 'node:worker_threads'
import { readPage, type HtmlWindow, type PageToRead } from '@core/ingest'

let window: HtmlWindow | undefined

parentPort?.on('message', (page: PageToRead) => {
  if (!window) {
    const { JSDOM } = createRequire(import.meta.url)('jsdom') as typeof import('jsdom')
    window = new JSDOM('').window
  }
  // the time limit runs from here: loading tsx and jsdom on a busy machine is no part of it
  parentPort!.postMessage({ started: true })
  parentPort!.postMessage({ result: readPage(page, { window }) })
})
