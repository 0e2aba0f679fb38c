/**
 * The ingest worker: the part of an import that needs no DOM (size, type, encoding, the page limits,
 * and the whole import of text and Markdown) runs here, off the window's thread. A worker has no
 * DOM, so a web page within the limits comes back to be read with the window's (importing.ts).
 */
import { prepareFile } from '@core/ingest'
import type { PrepareReply, PrepareRequest } from './ingestProtocol'

// The renderer's tsconfig types `self` as a Window; in a worker it is the worker's global scope.
const scope = self as unknown as { onmessage: ((event: MessageEvent<PrepareRequest>) => void) | null; postMessage(message: PrepareReply): void }

scope.onmessage = (event) => {
  const { id, name, bytes } = event.data
  scope.postMessage({ id, step: prepareFile({ name, bytes }) })
}
