/** The messages between the comparison client and its worker. */
import type { CompareInput, CompareResult } from './run'

export interface WorkerRequest {
  id: number
  input: CompareInput
}

export type WorkerReply =
  { id: number; ok: true; result: CompareResult; ms: number } | { id: number; ok: false; message: string }
