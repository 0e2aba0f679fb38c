/**
 * The reader's keyboard shortcuts, as a pure mapping from a key press to a command. In Electron
 * the application menu owns the ones it shows (Open, Paste, New case, Find), so the page leaves
 * them alone there and acts on the menu's command instead.
 */
import type { MenuCommand } from '@core/bridge'

export type Command = MenuCommand | 'undo' | 'redo' | 'close-dialog'

export interface KeyPress {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  shiftKey: boolean
  altKey: boolean
}

export interface ShortcutContext {
  /** The application menu handles its own accelerators (Electron). */
  menuOwnsShortcuts: boolean
  /** Focus is in a text field, whose own undo and paste must keep working. */
  inTextField: boolean
  /** macOS uses Cmd where others use Ctrl. */
  mac: boolean
}

const menuShortcuts: Record<string, MenuCommand> = {
  o: 'open-files',
  n: 'new-case',
  f: 'find',
  '1': 'show-library',
  e: 'export',
  // Ctrl+P prints the report, not the reader's own screen (the browser's default).
  p: 'print-pdf'
}

/** Returns the command a key press means here, or null when it is not ours. */
export function commandForKey(press: KeyPress, context: ShortcutContext): Command | null {
  const primary = context.mac ? press.metaKey : press.ctrlKey
  if (press.key === 'Escape') return 'close-dialog'
  if (!primary || press.altKey) return null
  const key = press.key.toLowerCase()
  if (key === 'z' && !context.inTextField) return press.shiftKey ? 'redo' : 'undo'
  if (key === 'y' && !context.mac && !context.inTextField) return 'redo'
  if (context.menuOwnsShortcuts) return null
  if (key === 'v' && press.shiftKey && !context.inTextField) return 'paste-text'
  if (press.shiftKey) return null
  return menuShortcuts[key] ?? null
}

export function isTextField(target: EventTarget | null): boolean {
  if (!target || !(target as Element).tagName) return false
  const element = target as HTMLElement
  return element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName)
}

export function isMac(): boolean {
  return /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent)
}
