/** Reading a browser File (drop or file input) into an OpenedFile, refusing oversized ones unread. */
import { MAX_IMPORT_BYTES, tooLargeReason, type OpenedFile } from '@core/source'

export async function readBrowserFile(file: File, limit = MAX_IMPORT_BYTES): Promise<OpenedFile> {
  if (file.size > limit) return { ok: false, name: file.name, reason: tooLargeReason(file.size, limit) }
  try {
    return { ok: true, name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }
  } catch (error) {
    return { ok: false, name: file.name, reason: `could not be read (${(error as Error).message})` }
  }
}
