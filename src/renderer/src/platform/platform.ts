/**
 * The reader's only door to the machine: a small interface with two implementations, the
 * Electron preload bridge and a plain browser (file input), so the same renderer runs in Electron
 * and in Chromium for end-to-end tests.
 */
import type { MenuCommand, OpenedFile } from '@core/bridge'

export interface Platform {
  readonly kind: 'electron' | 'browser'
  /** Shows an Open dialog for several articles; [] when the user cancels. */
  openFiles(): Promise<OpenedFile[]>
  /** Menu commands from the application menu (Electron); the browser has none. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
  /** Whether the shell's menu owns the keyboard shortcuts (so the page must not handle them too). */
  readonly menuOwnsShortcuts: boolean
}
