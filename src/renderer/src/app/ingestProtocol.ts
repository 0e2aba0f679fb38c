/** The messages between importing.ts and the ingest worker. */
import type { IngestStep } from '@core/ingest'

export interface PrepareRequest {
  id: number
  name: string
  bytes: Uint8Array
}

/** The outcome of one file, or (for a long PDF) how many of its pages are read so far. */
export type PrepareReply = { id: number; step: IngestStep } | { id: number; pages: { done: number; total: number } }
