/** The main window: sandboxed, context-isolated, shown once its first paint is ready. */
import { BrowserWindow, type WebPreferences } from 'electron'
import { join } from 'node:path'
import type { AppLocation } from './location'

/** The renderer's web preferences: no Node, an isolated and sandboxed preload, web security on. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    // A file dropped outside a drop zone must not replace the app with that file.
    navigateOnDragDrop: false
  }
}

export function createMainWindow(location: AppLocation, preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Parallax',
    width: 1280,
    height: 820,
    minWidth: 880,
    minHeight: 560,
    show: false,
    webPreferences: secureWebPreferences(preloadPath)
  })
  window.once('ready-to-show', () => window.show())
  const loaded = location.devServerUrl
    ? window.loadURL(location.devServerUrl)
    : window.loadFile(join(location.rendererDir, 'index.html'))
  loaded.catch((error: unknown) => console.error('Parallax could not load its page:', error))
  return window
}
