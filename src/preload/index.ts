/**
 * The one bridge between main and the renderer, exposed as `window.parallax`. It offers verbs
 * (ParallaxBridge), never ipcRenderer; menu listeners get the command alone, checked against the
 * contract, never the IPC event (which would hand the renderer a way back to ipcRenderer).
 * Bundled into a single CommonJS file: a sandboxed preload can require only 'electron'.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { channels, isMenuCommand, type OpenedFile, type ParallaxBridge } from '@core/bridge'

const bridge: ParallaxBridge = {
  platform: 'electron',
  openFiles: () => ipcRenderer.invoke(channels.openFiles) as Promise<OpenedFile[]>,
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
