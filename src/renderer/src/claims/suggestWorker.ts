/**
 * The suggestion worker: finding the claims of an article text takes from tens of milliseconds to
 * seconds (the first run compiles every extraction rule), far too long for the UI thread. One text
 * in, its suggested claims out; the client decides which texts are still worth asking about.
 */
import { suggestClaims } from '@core/extract'
import { cutInParts } from '../platform/replyParts'
import type { SuggestReply, SuggestRequest } from './suggestProtocol'

// The renderer's tsconfig types `self` as a Window; in a worker it is the worker's global scope.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<SuggestRequest>) => void) | null
  postMessage(message: SuggestReply): void
}

scope.onmessage = (event) => {
  const { id, text, publishedAt } = event.data
  const started = performance.now()
  try {
    const drafts = suggestClaims({ text, publishedAt })
    const ms = performance.now() - started
    const parts = cutInParts(drafts)
    const last = parts.pop()!
    for (const part of parts) scope.postMessage({ id, part })
    scope.postMessage({ id, ok: true, drafts: last, ms })
  } catch (error) {
    scope.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) })
  }
}
