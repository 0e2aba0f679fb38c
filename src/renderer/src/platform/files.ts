/** Reading a browser File (drop or file input) into an OpenedFile, refusing oversized ones unread. */
import { MAX_IMPORT_BYTES, type OpenedFile } from '@core/bridge'

export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}

export async function readBrowserFile(file: File): Promise<OpenedFile> {
  if (file.size > MAX_IMPORT_BYTES) {
    return { ok: false, name: file.name, reason: `is larger than 20 MB (${formatMegabytes(file.size)})` }
  }
  try {
    return { ok: true, name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }
  } catch (error) {
    return { ok: false, name: file.name, reason: `could not be read (${(error as Error).message})` }
  }
}
