/** The messages between the suggestion client and its worker: one article text in, its suggested claims out. */
import type { ClaimDraft } from '@core/model'

export interface SuggestRequest {
  id: number
  text: string
  publishedAt?: string
}

export type SuggestReply =
  { id: number; ok: true; drafts: ClaimDraft[]; ms: number } | { id: number; ok: false; message: string }
