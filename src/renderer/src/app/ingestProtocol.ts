/** The messages between importing.ts and the ingest worker. */
import type { IngestStep } from '@core/ingest'

export interface PrepareRequest {
  id: number
  name: string
  bytes: Uint8Array
}

export interface PrepareReply {
  id: number
  step: IngestStep
}
