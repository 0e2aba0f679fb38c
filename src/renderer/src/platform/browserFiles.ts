/**
 * The browser's stand-ins for the desktop file verbs: a download for Save, a file input for Open,
 * and the print dialog for PDF. Printing goes through a hidden iframe whose `srcdoc` is the report
 * and whose sandbox allows no script (only `allow-same-origin`, so this page may call the frame's
 * print(), and `allow-modals`, without which a sandboxed frame's print() is ignored): the report
 * HTML is never put into the app's own DOM.
 */
import {
  externalUrlProblem,
  safeFileName,
  type OpenedFile,
  type PrintToPdfRequest,
  type SaveFileRequest,
  type SaveResult
} from '@core/bridge'
import { readBrowserFile } from './files'

/** A hidden file input: resolves to the chosen files read, or [] on cancel. */
export function pickFiles(doc: Document, accept: string, multiple: boolean, limit?: number): Promise<OpenedFile[]> {
  return new Promise((resolve) => {
    const input = doc.createElement('input')
    input.type = 'file'
    input.multiple = multiple
    input.accept = accept
    input.addEventListener('change', () => {
      void Promise.all(Array.from(input.files ?? []).map((file) => readBrowserFile(file, limit))).then(resolve)
    })
    input.addEventListener('cancel', () => resolve([]))
    input.click()
  })
}

/**
 * Opens a checked http(s) address in a new tab that cannot reach back into this page: `noopener`
 * leaves the new tab no `window.opener`, `noreferrer` sends it no Referer. Throws for an address
 * the contract refuses, so a caller that forgot to check cannot open a javascript: URL here.
 */
export function openInNewTab(doc: Document, url: string): void {
  const problem = externalUrlProblem(url)
  if (problem) throw new Error(`Parallax did not open the link: ${problem}`)
  doc.defaultView?.open(url, '_blank', 'noopener,noreferrer')
}

/** The media type a download gets, from the file's extension (the browser shows and opens by it). */
function mimeTypeOf(name: string): string {
  const ext = name.slice(name.lastIndexOf('.') + 1).toLowerCase()
  const types: Record<string, string> = {
    md: 'text/markdown;charset=utf-8',
    html: 'text/html;charset=utf-8',
    csv: 'text/csv;charset=utf-8',
    json: 'application/json',
    jsonld: 'application/ld+json',
    pdf: 'application/pdf'
  }
  return types[ext] ?? 'application/octet-stream'
}

/**
 * Downloads the data as a file: a Blob URL (same origin, so the CSP has nothing to say) clicked
 * through an <a download>. The browser picks the folder; the "path" is the file name.
 */
export function downloadFile(doc: Document, request: SaveFileRequest): SaveResult {
  const name = safeFileName(request.suggestedName)
  const part: BlobPart = typeof request.data === 'string' ? request.data : new Uint8Array(request.data)
  const url = URL.createObjectURL(new Blob([part], { type: mimeTypeOf(name) }))
  const link = doc.createElement('a')
  link.href = url
  link.download = name
  link.hidden = true
  doc.body.append(link)
  link.click()
  link.remove()
  // The download has started from the click; the URL is only needed until then.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
  return { saved: true, path: name }
}

/** Opens the print dialog on the report, laid out in a script-less sandboxed frame; removes the frame after. */
export function printReport(doc: Document, request: PrintToPdfRequest): Promise<SaveResult> {
  return new Promise((resolve, reject) => {
    const frame = doc.createElement('iframe')
    frame.setAttribute('sandbox', 'allow-same-origin allow-modals')
    frame.title = safeFileName(request.suggestedName)
    frame.className = 'print-frame'
    frame.setAttribute('aria-hidden', 'true')
    frame.tabIndex = -1
    frame.addEventListener(
      'load',
      () => {
        try {
          frame.contentWindow?.print()
          resolve({ saved: false })
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)))
        } finally {
          // print() returns once the dialog closes; give the browser a moment before dropping the frame.
          setTimeout(() => frame.remove(), 1000)
        }
      },
      { once: true }
    )
    frame.srcdoc = request.html
    doc.body.append(frame)
  })
}
