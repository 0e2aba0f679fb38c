/**
 * The one bridge between main and the renderer, exposed as `window.parallax`. It offers verbs
 * (ParallaxBridge), never ipcRenderer; menu listeners get the command alone, checked against the
 * contract, never the IPC event (which would hand the renderer a way back to ipcRenderer).
 * Bundled into a single CommonJS file: a sandboxed preload can require only 'electron'.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { channels, isMenuCommand, type OpenedFile, type ParallaxBridge, type SaveResult } from '@core/bridge'

const bridge: ParallaxBridge = {
  platform: 'electron',
  openFiles: () => ipcRenderer.invoke(channels.openFiles) as Promise<OpenedFile[]>,
  // Only the request's own fields cross (main checks them again): nothing else the page put on the object.
  saveFile: ({ suggestedName, filter, data }) =>
    ipcRenderer.invoke(channels.saveFile, { suggestedName, filter, data }) as Promise<SaveResult>,
  openBundleFile: () => ipcRenderer.invoke(channels.openBundleFile) as Promise<OpenedFile[]>,
  printToPdf: ({ html, suggestedName }) =>
    ipcRenderer.invoke(channels.printToPdf, { html, suggestedName }) as Promise<SaveResult>,
  openExternal: (url) => ipcRenderer.invoke(channels.openExternal, url) as Promise<void>,
  onMenuCommand(listener) {
    const relay = (_event: IpcRendererEvent, command: unknown) => {
      if (isMenuCommand(command)) listener(command)
    }
    ipcRenderer.on(channels.menuCommand, relay)
    return () => {
      ipcRenderer.removeListener(channels.menuCommand, relay)
    }
  }
}

contextBridge.exposeInMainWorld('parallax', bridge)
