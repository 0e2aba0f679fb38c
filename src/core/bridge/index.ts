/**
 * The contract between the desktop shell (src/main, src/preload) and the reader (src/renderer):
 * IPC channel names, the checks main and preload apply to every message, and the typed object the
 * preload exposes as `window.parallax`. Kept free of libraries: the sandboxed preload bundles it.
 */
export { CONTENT_SECURITY_POLICY } from './csp'
export { MAX_IMPORT_BYTES, type OpenedFile } from '@core/source'
import type { OpenedFile } from '@core/source'

export const channels = {
  /** renderer → main (invoke): show the Open dialog, read the chosen files */
  openFiles: 'parallax:open-files',
  /** main → renderer (send): a menu item was chosen */
  menuCommand: 'parallax:menu-command'
} as const

/** Menu items whose work happens in the renderer. */
export const menuCommands = ['open-files', 'paste-text', 'new-case', 'show-library', 'find'] as const
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
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
}

/** File types the Open dialog offers and ingest understands. */
export const importFileExtensions = ['txt', 'text', 'md', 'markdown', 'html', 'htm'] as const
