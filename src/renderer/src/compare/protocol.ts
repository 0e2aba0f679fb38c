/** The messages between the comparison client and its worker. */
import type { Claim } from '@core/model'
import type { ReplyPart } from '../platform/replyParts'
import type { CompareInput, CompareResult } from './run'

export interface WorkerRequest {
  id: number
  input: CompareInput
}

/** The result's suggestions come in parts ahead of it (platform/replyParts), the last part in it. */
export type WorkerReply =
  | ReplyPart<Claim>
  | { id: number; ok: true; result: CompareResult; ms: number }
  | { id: number; ok: false; message: string }
