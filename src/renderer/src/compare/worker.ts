/**
 * The comparison worker: suggestion and comparison of a whole case take from tens of milliseconds
 * to seconds (the first run compiles every extraction rule), far too long for the UI thread.
 * One request in, one result out; the client drops results it no longer wants.
 */
import { cutInParts } from '../platform/replyParts'
import { runComparison } from './run'
import type { WorkerReply, WorkerRequest } from './protocol'

// The renderer's tsconfig types `self` as a Window; in a worker it is the worker's global scope.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null
  postMessage(message: WorkerReply): void
}

scope.onmessage = (event) => {
  const { id, input } = event.data
  const started = performance.now()
  try {
    const result = runComparison(input)
    const ms = performance.now() - started
    const parts = cutInParts(result.suggestions)
    const last = parts.pop()!
    for (const part of parts) scope.postMessage({ id, part })
    scope.postMessage({ id, ok: true, result: { ...result, suggestions: last }, ms })
  } catch (error) {
    scope.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) })
  }
}
