/**
 * The contract between the desktop shell (src/main, src/preload) and the reader (src/renderer):
 * IPC channel names, the checks main and preload apply to every message, and the typed object the
 * preload exposes as `window.parallax`. Kept free of libraries: the sandboxed preload bundles it.
 */
export { CONTENT_SECURITY_POLICY, PAGE_READER_FILE, PAGE_READER_POLICY, REPORT_STYLE_HASH } from './csp'
export { MAX_IMPORT_BYTES, type OpenedFile } from '@core/source'
import type { OpenedFile } from '@core/source'
import type { PrintToPdfRequest, SaveFileRequest, SaveResult } from './files'
export * from './files'
export * from './external'
export { ABOUT_CREDITS } from './about'

export const channels = {
  /** renderer → main (invoke): show the Open dialog, read the chosen files */
  openFiles: 'parallax:open-files',
  /** renderer → main (invoke): show the Save dialog, write the report, bundle or backup */
  saveFile: 'parallax:save-file',
  /** renderer → main (invoke): show the Open dialog for one bundle (.json), read it */
  openBundleFile: 'parallax:open-bundle-file',
  /** renderer → main (invoke): render the HTML report to PDF off-screen, save it */
  printToPdf: 'parallax:print-to-pdf',
  /** renderer → main (invoke): open an http(s) address in the system browser, after the journalist confirmed */
  openExternal: 'parallax:open-external',
  /** main → renderer (send): a menu item was chosen */
  menuCommand: 'parallax:menu-command'
} as const

/** Menu items whose work happens in the renderer. */
export const menuCommands = [
  'open-files',
  'paste-text',
  'new-case',
  'show-library',
  'find',
  'export',
  'print-pdf',
  'import-bundle',
  'backup',
  'restore'
] as const
export type MenuCommand = (typeof menuCommands)[number]

/** The check on every menu command crossing IPC, in either direction. */
export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (menuCommands as readonly string[]).includes(value)
}

/** openFiles takes no argument; main refuses anything else. */
export function isOpenFilesRequest(args: readonly unknown[]): boolean {
  return args.length === 0
}

/** What the preload exposes to the renderer as `window.parallax`. */
export interface ParallaxBridge {
  readonly platform: 'electron'
  /** Shows the Open dialog (several files); resolves to [] when the user cancels. */
  openFiles(): Promise<OpenedFile[]>
  /** Shows the Save dialog and writes `data` there; `saved: false` when the user cancels. */
  saveFile(request: SaveFileRequest): Promise<SaveResult>
  /** Shows the Open dialog for one bundle or backup (.json); [] when the user cancels. */
  openBundleFile(): Promise<OpenedFile[]>
  /** Renders the HTML report to PDF (no script, no network) and saves it where the user chooses. */
  printToPdf(request: PrintToPdfRequest): Promise<SaveResult>
  /** Opens an http(s) address in the system browser; the renderer asks the journalist first. */
  openExternal(url: string): Promise<void>
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
}

/** File types the Open dialog offers and ingest understands. */
export const importFileExtensions = ['txt', 'text', 'md', 'markdown', 'html', 'htm', 'pdf', 'docx'] as const
