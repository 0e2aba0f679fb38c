/** The Electron platform: the verbs of the preload bridge (`window.parallax`). */
import type { ParallaxBridge } from '@core/bridge'
import type { Platform } from './platform'

export function createElectronPlatform(bridge: ParallaxBridge): Platform {
  return {
    kind: 'electron',
    menuOwnsShortcuts: true,
    openFiles: () => bridge.openFiles(),
    saveFile: (request) => bridge.saveFile(request),
    openBundleFile: () => bridge.openBundleFile(),
    printToPdf: (request) => bridge.printToPdf(request),
    openExternal: (url) => bridge.openExternal(url),
    onMenuCommand: (listener) => bridge.onMenuCommand(listener)
  }
}
