/**
 * The reader's only door to the machine: a small interface with two implementations, the
 * Electron preload bridge and a plain browser (file input), so the same renderer runs in Electron
 * and in Chromium for end-to-end tests.
 */
import type { MenuCommand, OpenedFile, PrintToPdfRequest, SaveFileRequest, SaveResult } from '@core/bridge'

export interface Platform {
  readonly kind: 'electron' | 'browser'
  /** Shows an Open dialog for several articles; [] when the user cancels. */
  openFiles(): Promise<OpenedFile[]>
  /** Saves a report, bundle or backup: a Save dialog (Electron) or a download (browser). */
  saveFile(request: SaveFileRequest): Promise<SaveResult>
  /** Picks one bundle or backup (.json); [] when the user cancels. */
  openBundleFile(): Promise<OpenedFile[]>
  /**
   * The HTML report as a PDF: rendered off-screen and saved (Electron), or the browser's print
   * dialog, where the user picks "Save as PDF" (then `saved: false`, as the page cannot know).
   */
  printToPdf(request: PrintToPdfRequest): Promise<SaveResult>
  /**
   * Opens an http(s) address in the system browser (Electron: main checks it again) or a new tab
   * with no opener (browser). Only after the journalist confirmed: see views/ExternalLink.
   */
  openExternal(url: string): Promise<void>
  /** Menu commands from the application menu (Electron); the browser has none. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
  /** Whether the shell's menu owns the keyboard shortcuts (so the page must not handle them too). */
  readonly menuOwnsShortcuts: boolean
}
