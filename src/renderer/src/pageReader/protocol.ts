/**
 * The messages between the window and the page reader frame (frame.ts). The window sends the
 * frame one MessagePort in a hello; after that, every request and reply goes over the port. Both
 * sides check what they receive: the frame reads hostile pages, and the window stores what it says.
 */
import type { IngestStep } from '@core/ingest'

/** The hello's tag. */
export const PAGE_READER_HELLO = 'parallax-page-reader-hello'

export interface PageReaderRequest {
  id: number
  name: string
  bytes: Uint8Array
}

/** `ready` once, after the hello; then one outcome per request. */
export type PageReaderReply = { ready: true } | { id: number; step: IngestStep }

/** A file name is a label: longer than this and it is no file name. */
const MAX_NAME = 4096

export function isPageReaderHello(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { hello?: unknown }).hello === PAGE_READER_HELLO
}

export function isPageReaderRequest(data: unknown): data is PageReaderRequest {
  if (typeof data !== 'object' || data === null) return false
  const { id, name, bytes } = data as Partial<PageReaderRequest>
  return Number.isSafeInteger(id) && typeof name === 'string' && name.length <= MAX_NAME && bytes instanceof Uint8Array
}
