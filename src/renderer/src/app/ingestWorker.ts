/**
 * The ingest worker: the part of an import that needs no DOM (size, type, encoding, the page limits,
 * the whole import of text and Markdown, and PDFs and Word documents through pdf.js and mammoth)
 * runs here, off the window's thread. A worker has no DOM, so a web page within the limits comes
 * back to be read with the window's (importing.ts).
 */
import { prepareFile, readDocument } from '@core/ingest'
import { browserDocumentHost } from './documentHost'
import type { PrepareReply, PrepareRequest } from './ingestProtocol'

// The renderer's tsconfig types `self` as a Window; in a worker it is the worker's global scope.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<PrepareRequest>) => void) | null
  postMessage(message: PrepareReply): void
}

scope.onmessage = (event) => {
  const { id, name, bytes } = event.data
  const step = prepareFile({ name, bytes })
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
