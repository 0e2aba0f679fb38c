/**
 * HTML report → PDF, in main. The report is written to a private temporary file and loaded in a
 * hidden window that can do nothing but lay it out: JavaScript off, sandboxed, no preload, and a
 * session partition of its own whose request filter cancels everything except that one file (the
 * report also carries a CSP meta forbidding any load). A file rather than a data: URL because
 * Chromium caps URLs at 2 MB, and a case's report can be larger.
 */
import { BrowserWindow, session, type Session, type WebPreferences } from 'electron'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseUrl } from './location'

/** In memory only (no "persist:" prefix): nothing of a print outlives the app. */
export const PRINT_PARTITION = 'parallax-print'
/** How long laying out and printing one report may take before we give up. */
export const PRINT_TIMEOUT_MS = 60_000

/** Files the print session may load: the report being printed, nothing else. */
const printable = new Set<string>()
let printSession: Session | undefined

/** Whether the print window may load `url`: only a report file being printed right now. */
export function isPrintableRequest(url: string, allowed: ReadonlySet<string> = printable): boolean {
  const parsed = parseUrl(url)
  if (!parsed || parsed.protocol !== 'file:') return false
  try {
    return allowed.has(resolve(fileURLToPath(parsed)))
  } catch {
    return false
  }
}

/** The print session: every request filtered, every permission refused. Created once. */
export function printSessionFor(): Session {
  if (printSession) return printSession
  const created = session.fromPartition(PRINT_PARTITION, { cache: false })
  created.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isPrintableRequest(details.url) }))
  created.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  created.setPermissionCheckHandler(() => false)
  created.setDevicePermissionHandler(() => false)
  printSession = created
  return created
}

/** A window that only lays out HTML: no script, no Node, no preload, its own session. */
export function printWebPreferences(partition: Session): WebPreferences {
  return {
    session: partition,
    javascript: false,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false
  }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`printing took longer than ${ms / 1000} s`)), ms)
  })
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer))
}

/** Lays out the HTML off-screen and prints it to PDF (A4, backgrounds kept); returns the PDF's bytes. */
export async function renderPdf(html: string, timeoutMs = PRINT_TIMEOUT_MS): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), 'parallax-print-'))
  const file = resolve(join(dir, 'report.html'))
  await writeFile(file, html, 'utf8')
  printable.add(file)
  const window = new BrowserWindow({
    show: false,
    width: 900,
    height: 1200,
    webPreferences: printWebPreferences(printSessionFor())
  })
  try {
    return await withTimeout(
      (async () => {
        await window.loadURL(pathToFileURL(file).href)
        const pdf = await window.webContents.printToPDF({
          printBackground: true,
          pageSize: 'A4',
          generateDocumentOutline: true
        })
        return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength)
      })(),
      timeoutMs
    )
  } finally {
    printable.delete(file)
    if (!window.isDestroyed()) window.destroy()
    await rm(dir, { recursive: true, force: true })
  }
}
