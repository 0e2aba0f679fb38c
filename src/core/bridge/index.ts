/**
 * The contract between the desktop shell (src/main, src/preload) and the reader (src/renderer):
 * IPC channel names, payload schemas, and the typed object the preload exposes as
 * `window.parallax`. Main validates every payload against these schemas; the renderer only sees
 * the verbs of `ParallaxBridge`, never ipcRenderer.
 */
import { z } from 'zod'

export { CONTENT_SECURITY_POLICY } from './csp'

export const channels = {
  /** renderer → main (invoke): show the Open dialog, read the chosen files */
  openFiles: 'parallax:open-files',
  /** main → renderer (send): a menu item was chosen */
  menuCommand: 'parallax:menu-command'
} as const

/** Menu items whose work happens in the renderer. */
export const menuCommands = ['open-files', 'paste-text', 'new-case', 'show-library', 'find'] as const
export type MenuCommand = (typeof menuCommands)[number]
export const menuCommandSchema = z.enum(menuCommands)

/** The largest file Parallax imports; bigger ones are refused before they are read. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024

/** A file the user chose, read by main; or the reason it could not be read. */
export type OpenedFile =
  | { ok: true; name: string; bytes: Uint8Array }
  | { ok: false; name: string; reason: string }

export const openedFileSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), name: z.string().min(1), bytes: z.instanceof(Uint8Array) }),
  z.object({ ok: z.literal(false), name: z.string().min(1), reason: z.string().min(1) })
])

/** openFiles takes no argument; main refuses anything else. */
export const openFilesRequestSchema = z.tuple([])

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
