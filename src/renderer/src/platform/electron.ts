/** The Electron platform: the verbs of the preload bridge (`window.parallax`). */
import type { ParallaxBridge } from '@core/bridge'
import type { Platform } from './platform'

export function createElectronPlatform(bridge: ParallaxBridge): Platform {
  return {
    kind: 'electron',
    menuOwnsShortcuts: true,
    openFiles: () => bridge.openFiles(),
    onMenuCommand: (listener) => bridge.onMenuCommand(listener)
  }
}
