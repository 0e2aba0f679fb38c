/**
 * The main window: no Node, an isolated and sandboxed preload, web security on; shown once its
 * first paint is ready.
 */
import { BrowserWindow } from 'electron'
import { join } from 'node:path'
import type { AppLocation } from './location'

export function createMainWindow(location: AppLocation, preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Parallax',
    width: 1280,
    height: 820,
    minWidth: 880,
    minHeight: 560,
    show: false,
    // Written out here, not built by a helper, so that static checkers (electronegativity in CI)
    // see every option on the BrowserWindow itself.
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // A middle-click on a link must not open anything (window.open is denied too).
      disableBlinkFeatures: 'Auxclick',
      // A file dropped outside a drop zone must not replace the app with that file.
      navigateOnDragDrop: false,
      // Chromium's spellchecker may download dictionaries: nothing leaves the machine.
      spellcheck: false
    }
  })
  window.once('ready-to-show', () => window.show())
  const loaded = location.devServerUrl
    ? window.loadURL(location.devServerUrl)
    : window.loadFile(join(location.rendererDir, 'index.html'))
  loaded.catch((error: unknown) => console.error('Parallax could not load its page:', error))
  return window
}
