/**
 * Where Parallax's own pages come from, and the one test every security check shares: is this URL
 * the app's own page? In a build the pages are files under the renderer folder; in development
 * (`npm run dev`) they come from the electron-vite dev server. Pure: no Electron, no I/O.
 */
import { isAbsolute, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export interface AppLocation {
  /** Absolute path of the built renderer folder (`out/renderer`). */
  rendererDir: string
  /** The dev server's URL (`ELECTRON_RENDERER_URL`), only while developing; never in a packaged app. */
  devServerUrl?: string
}

/**
 * The location for this run. The dev server URL comes from the environment, so a packaged app
 * ignores it: otherwise anyone who can set an environment variable could make it load a remote page.
 */
export function resolveAppLocation(
  rendererDir: string,
  env: { ELECTRON_RENDERER_URL?: string },
  packaged: boolean
): AppLocation {
  const devServerUrl = packaged ? undefined : env.ELECTRON_RENDERER_URL
  return devServerUrl ? { rendererDir, devServerUrl } : { rendererDir }
}

/** True when `url` is one of the app's pages: the dev server's origin, or a file inside the renderer folder. */
export function isAppUrl(url: string, location: AppLocation): boolean {
  const parsed = parseUrl(url)
  if (!parsed) return false
  if (parsed.protocol === 'file:') return isFileInside(parsed, location.rendererDir)
  const dev = location.devServerUrl ? parseUrl(location.devServerUrl) : null
  return dev !== null && (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.origin === dev.origin
}

/** Whether a file: URL names exactly `dir`/`name`. */
export function isFileAt(url: URL, dir: string, name: string): boolean {
  try {
    return resolve(fileURLToPath(url)) === resolve(dir, name)
  } catch {
    return false
  }
}

/** True when a file: URL names a file inside `dir` (after resolving `..`). */
export function isFileInside(url: URL, dir: string): boolean {
  let path: string
  try {
    path = fileURLToPath(url)
  } catch {
    return false
  }
  const rel = relative(resolve(dir), resolve(path))
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)
}

export function parseUrl(url: string): URL | null {
  try {
    return new URL(url)
  } catch {
    return null
  }
}
