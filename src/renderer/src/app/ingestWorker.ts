/**
 * The ingest worker: every file is read here, off the window's thread — size, type, encoding, the
 * page limits, text and Markdown, web pages (Readability over core's page tree in linkedom: a
 * worker has no DOM of its own), PDFs and Word documents through pdf.js and mammoth. The window
 * only receives the outcome and stores it (importing.ts).
 */
import { prepareFile, readDocument, readPage } from '@core/ingest'
import { browserDocumentHost } from './documentHost'
import { workerPageWindow } from './pageDom'
import type { PrepareReply, PrepareRequest } from './ingestProtocol'

// The renderer's tsconfig types `self` as a Window; in a worker it is the worker's global scope.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<PrepareRequest>) => void) | null
  postMessage(message: PrepareReply): void
}

scope.onmessage = (event) => {
  const { id, name, bytes } = event.data
  const step = prepareFile({ name, bytes })
  if (step.status === 'page') {
    scope.postMessage({ id, step: readPage(step, { window: workerPageWindow() }) })
    return
  }
  if (step.status !== 'document') {
    scope.postMessage({ id, step })
    return
  }
  void browserDocumentHost()
    .then((host) => readDocument(step, host, (done, total) => scope.postMessage({ id, pages: { done, total } })))
    .catch((error: unknown) => ({
      status: 'failed' as const,
      name,
      reason: `could not be read (the document reader did not load: ${error instanceof Error ? error.message : String(error)})`
    }))
    .then((result) => scope.postMessage({ id, step: result }))
}
