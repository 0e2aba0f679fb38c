/**
 * The application menu as data. Items whose work happens in the renderer call `send` with a menu
 * command (see `menuCommands` in @core/bridge); the rest are Electron roles.
 */
import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '@core/bridge'

export type SendMenuCommand = (command: MenuCommand) => void

export interface MenuOptions {
  /** A packaged app has no developer tools item. */
  packaged: boolean
}

export function buildMenuTemplate(
  platform: NodeJS.Platform,
  send: SendMenuCommand,
  options: MenuOptions = { packaged: false }
): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin'
  const command = (label: string, accelerator: string, name: MenuCommand): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => send(name)
  })
  const separator: MenuItemConstructorOptions = { type: 'separator' }

  const appMenu: MenuItemConstructorOptions = {
    label: 'Parallax',
    submenu: [
      { role: 'about', label: 'About Parallax' },
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' }
    ]
  }

  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      command('Open…', 'CmdOrCtrl+O', 'open-files'),
      command('Paste Text as Article…', 'CmdOrCtrl+Shift+V', 'paste-text'),
      command('New Case', 'CmdOrCtrl+N', 'new-case'),
      separator,
      command('Export…', 'CmdOrCtrl+E', 'export'),
      command('Print to PDF…', 'CmdOrCtrl+P', 'print-pdf'),
      separator,
      { label: 'Import Bundle…', click: () => send('import-bundle') },
      { label: 'Back Up Library…', click: () => send('backup') },
      { label: 'Restore from Backup…', click: () => send('restore') },
      separator,
      mac ? { role: 'close' } : { role: 'quit' }
    ]
  }

  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'delete' },
      { role: 'selectAll' },
      separator,
      command('Find…', 'CmdOrCtrl+F', 'find')
    ]
  }

  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      command('Library', 'CmdOrCtrl+1', 'show-library'),
      separator,
      { role: 'reload' },
      ...(options.packaged ? [] : [{ role: 'toggleDevTools' } satisfies MenuItemConstructorOptions]),
      separator,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' }
    ]
  }

  const window: MenuItemConstructorOptions = { role: 'windowMenu' }

  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: mac ? [] : [{ role: 'about', label: 'About Parallax' }]
  }

  return [...(mac ? [appMenu] : []), file, edit, view, window, help]
}
