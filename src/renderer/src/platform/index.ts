/** Picks the platform the reader runs on: Electron when the preload bridge is present. */
import type { ParallaxBridge } from '@core/bridge'
import { createBrowserPlatform } from './browser'
import { createElectronPlatform } from './electron'
import type { Platform } from './platform'

export type { Platform } from './platform'
export { readBrowserFile } from './files'

export function detectPlatform(): Platform {
  const bridge = (window as unknown as { parallax?: ParallaxBridge }).parallax
  return bridge?.platform === 'electron' ? createElectronPlatform(bridge) : createBrowserPlatform()
}
