/**
 * Electron main entry: one instance, one window, the security cage installed before anything
 * loads, the menu and IPC handlers registered. Decisions live in the modules it wires together.
 */
import { app, BrowserWindow, Menu, net, session } from 'electron'
import { join } from 'node:path'
import { ABOUT_CREDITS, type MenuCommand } from '@core/bridge'
import { registerExternalHandlers } from './external'
import { registerFileHandlers } from './files'
import { registerIpcHandlers, sendMenuCommand } from './ipc'
import { resolveAppLocation } from './location'
import { buildMenuTemplate } from './menu'
import { installAppSecurity, installSessionSecurity } from './security'
import { createMainWindow } from './window'

const location = resolveAppLocation(join(__dirname, '../renderer'), process.env, app.isPackaged)
const preloadPath = join(__dirname, '../preload/index.js')

let mainWindow: BrowserWindow | null = null

function showMainWindow(): BrowserWindow {
  if (mainWindow && !mainWindow.isDestroyed()) {
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.show()
    mainWindow.focus()
    return mainWindow
  }
  const window = createMainWindow(location, preloadPath)
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null
  })
  mainWindow = window
  return window
}

function sendToRenderer(command: MenuCommand): void {
  // With no window open (macOS), the command has nowhere to go: open the window instead.
  if (!mainWindow || mainWindow.isDestroyed()) {
    showMainWindow()
    return
  }
  sendMenuCommand(mainWindow.webContents, command)
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  // Every renderer sandboxed, whatever a window's options say; must precede 'ready'.
  app.enableSandbox()
  installAppSecurity(app, location)
  // Help › About: where the sample cases' reports come from, and their licence
  app.setAboutPanelOptions({ applicationName: 'Parallax', credits: ABOUT_CREDITS })
  app.on('second-instance', () => showMainWindow())
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) showMainWindow()
  })
  app
    .whenReady()
    .then(() => {
      installSessionSecurity(session.defaultSession, location, (request) =>
        net.fetch(request, { bypassCustomProtocolHandlers: true })
      )
      registerIpcHandlers(location)
      registerFileHandlers(location)
      registerExternalHandlers(location)
      Menu.setApplicationMenu(
        Menu.buildFromTemplate(buildMenuTemplate(process.platform, sendToRenderer, { packaged: app.isPackaged }))
      )
      showMainWindow()
    })
    .catch((error: unknown) => {
      console.error('Parallax could not start:', error)
      app.quit()
    })
}
