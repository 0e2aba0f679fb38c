/**
 * The payloads of the file verbs (saveFile, openBundleFile, printToPdf) and the plain type guards
 * main applies to them before any dialog opens. Library-free on purpose, like the rest of the
 * contract: the sandboxed preload bundles it. Sizes are counted in the units the renderer sends
 * (UTF-16 code units for strings, bytes for Uint8Array).
 */

/** The largest report, bundle or backup main writes in one call (about 200 MB). */
export const MAX_SAVE_BYTES = 200 * 1024 * 1024
/** File names longer than this are cut: most file systems stop at 255 bytes. */
export const MAX_FILE_NAME = 120

/** A Save dialog's one filter: "Markdown report (*.md)". */
export interface FileFilter {
  name: string
  extensions: string[]
}

export interface SaveFileRequest {
  /** A file name only (no folder); main sanitises it again. */
  suggestedName: string
  filter: FileFilter
  data: string | Uint8Array
}

export interface PrintToPdfRequest {
  /** A self-contained HTML document (the HTML report): no script runs, no request leaves. */
  html: string
  suggestedName: string
}

/** The path chosen and written, or `saved: false` when the user cancelled. */
export type SaveResult = { saved: true; path: string } | { saved: false }

// Characters no common file system accepts in a name, C0/C1 controls, and the bidi controls
// that could make "evil\u202Egpj.exe" read as a harmless name.
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i

/**
 * A name that is safe as the last part of a path: no separators or reserved characters, no leading
 * dots (hidden files, `..`), no trailing dots or spaces (Windows drops them), not a Windows device
 * name, at most MAX_FILE_NAME characters with the extension kept. Empty → `fallback`.
 */
export function safeFileName(name: string, fallback = 'Parallax report'): string {
  let clean = name.normalize('NFC').replace(UNSAFE, '-').replace(/\s+/g, ' ').trim()
  clean = clean.replace(/^[.\s-]+/, '').replace(/[.\s]+$/, '')
  if (clean.length > MAX_FILE_NAME) {
    const dot = clean.lastIndexOf('.')
    const ext = dot > 0 && clean.length - dot <= 24 ? clean.slice(dot) : ''
    clean = clean.slice(0, MAX_FILE_NAME - ext.length).replace(/[.\s]+$/, '') + ext
  }
  if (!clean) return fallback
  return WINDOWS_RESERVED.test(clean) ? `_${clean}` : clean
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isName(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= 1000
}

/**
 * The kinds of file main writes for the renderer: reports (Markdown, HTML, CSV, JSON-LD), bundles
 * and backups (JSON). PDFs are written by printToPdf, which names its own. Nothing else: a renderer
 * that could name `.exe`, `.desktop` or `.lnk` would have main drop a program in the journalist's
 * Documents folder.
 */
export const SAVE_EXTENSIONS: readonly string[] = ['md', 'html', 'csv', 'json', 'jsonld']

/** A filter's extensions are among SAVE_EXTENSIONS: they end up in a native dialog's filter and in the file's name. */
export function isFileFilter(value: unknown): value is FileFilter {
  if (!isPlainObject(value) || !isName(value.name) || value.name.length > 200) return false
  const { extensions } = value
  return (
    Array.isArray(extensions) &&
    extensions.length > 0 &&
    extensions.length <= SAVE_EXTENSIONS.length &&
    extensions.every((e) => typeof e === 'string' && SAVE_EXTENSIONS.includes(e))
  )
}

/**
 * `name` ending in one of `extensions`: kept when it does ("case.parallax.json"), else the first
 * extension is added ("report.desktop" → "report.desktop.md"), so the suggested file is always of
 * the kind the dialog says.
 */
export function withSaveExtension(name: string, extensions: readonly string[]): string {
  const dot = name.lastIndexOf('.')
  const ext = dot > 0 ? name.slice(dot + 1).toLowerCase() : ''
  return extensions.includes(ext) ? name : `${name}.${extensions[0] ?? 'txt'}`
}

/** Why a saveFile payload is refused, or null when it is acceptable. */
export function saveFileProblem(args: readonly unknown[]): string | null {
  if (args.length !== 1 || !isPlainObject(args[0])) return 'saveFile takes one request object.'
  const { suggestedName, filter, data } = args[0]
  if (!isName(suggestedName)) return 'saveFile needs a file name.'
  if (!isFileFilter(filter))
    return `saveFile needs a filter with a name and extensions among ${SAVE_EXTENSIONS.join(', ')}.`
  if (typeof data === 'string') return data.length <= MAX_SAVE_BYTES ? null : 'the file is larger than 200 MB.'
  if (data instanceof Uint8Array) return data.byteLength <= MAX_SAVE_BYTES ? null : 'the file is larger than 200 MB.'
  return 'saveFile needs text or bytes to write.'
}

/** Why a printToPdf payload is refused, or null when it is acceptable. */
export function printToPdfProblem(args: readonly unknown[]): string | null {
  if (args.length !== 1 || !isPlainObject(args[0])) return 'printToPdf takes one request object.'
  const { html, suggestedName } = args[0]
  if (!isName(suggestedName)) return 'printToPdf needs a file name.'
  if (typeof html !== 'string' || html.length === 0) return 'printToPdf needs an HTML document.'
  return html.length <= MAX_SAVE_BYTES ? null : 'the report is larger than 200 MB.'
}

/** openBundleFile, like openFiles, takes no argument. */
export function isOpenBundleFileRequest(args: readonly unknown[]): boolean {
  return args.length === 0
}
