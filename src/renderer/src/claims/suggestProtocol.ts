/** The messages between the suggestion client and its worker: one article text in, its suggested claims out. */
import type { ClaimDraft } from '@core/model'
import type { ReplyPart } from '../platform/replyParts'

export interface SuggestRequest {
  id: number
  text: string
  publishedAt?: string
}

/** The drafts come in parts ahead of the answer (platform/replyParts), the last part in it. */
export type SuggestReply =
  | ReplyPart<ClaimDraft>
  | { id: number; ok: true; drafts: ClaimDraft[]; ms: number }
  | { id: number; ok: false; message: string }
