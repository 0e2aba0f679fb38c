/**
 * The renderer's cage: a Content-Security-Policy on every response (the app's own files included),
 * no permission ever granted, no navigation away from the app's own page (in any frame), no new
 * windows, no webviews, no file outside the renderer folder, and no request to a remote origin
 * (only the dev server, while developing). The decisions are pure functions; the install
 * functions only wire them to Electron's session and webContents events.
 */
import type { App, Session, WebContents } from 'electron'
import { CONTENT_SECURITY_POLICY, PAGE_READER_FILE, PAGE_READER_POLICY } from '@core/bridge'
import { isAppUrl, isFileAt, isFileInside, parseUrl, type AppLocation } from './location'

/**
 * The policy sent with every response. In development the dev server needs its origin, its
 * websocket (hot reload) and inline code: Vite injects styles inline and @vitejs/plugin-react an
 * inline module script (the React Refresh preamble). A packaged app never has a dev server URL.
 */
export function contentSecurityPolicyFor(location: AppLocation): string {
  const dev = location.devServerUrl ? parseUrl(location.devServerUrl) : null
  if (!dev) return CONTENT_SECURITY_POLICY
  const origin = dev.origin
  const socket = `${dev.protocol === 'https:' ? 'wss' : 'ws'}://${dev.host}`
  return [
    "default-src 'none'",
    `script-src 'self' 'unsafe-inline' ${origin}`,
    `style-src 'self' 'unsafe-inline' ${origin}`,
    `img-src 'self' data: ${origin}`,
    `font-src 'self' ${origin}`,
    `connect-src 'self' ${origin} ${socket}`,
    `worker-src 'self' blob: ${origin}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'"
  ].join('; ')
}

const networkProtocols = new Set(['http:', 'https:', 'ws:', 'wss:'])

/**
 * Whether the renderer may make this request: nothing over the network except the dev server
 * (and its websocket), no file outside the renderer folder. Other schemes (data:, blob:,
 * devtools:) stay local and are allowed.
 */
export function isAllowedRequest(url: string, location: AppLocation): boolean {
  const parsed = parseUrl(url)
  if (!parsed) return false
  if (parsed.protocol === 'file:') return isFileInside(parsed, location.rendererDir)
  if (!networkProtocols.has(parsed.protocol)) return true
  const dev = location.devServerUrl ? parseUrl(location.devServerUrl) : null
  return dev !== null && parsed.hostname === dev.hostname && parsed.port === dev.port
}

/** Replaces any Content-Security-Policy header (whatever its case) with ours. */
export function withContentSecurityPolicy(
  headers: Record<string, string[]> | undefined,
  policy: string
): Record<string, string[]> {
  const kept = Object.entries(headers ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy')
  return { ...Object.fromEntries(kept), 'Content-Security-Policy': [policy] }
}

/** Reads a file: URL as the file protocol would (Electron's net.fetch, past our own handler). */
export type FetchFile = (request: Request) => Promise<Response>

/**
 * The app's own files with the policy as a header. `onHeadersReceived` never sees file: responses,
 * and a meta tag cannot carry `frame-ancestors`, so the file protocol itself is handled: a file
 * inside the renderer folder is served with the Content-Security-Policy header (documents and
 * workers alike), any other file is not served at all.
 */
export async function serveAppFile(
  request: Request,
  location: AppLocation,
  policy: string,
  fetchFile: FetchFile
): Promise<Response> {
  const parsed = parseUrl(request.url)
  if (!parsed || parsed.protocol !== 'file:' || !isFileInside(parsed, location.rendererDir)) {
    console.warn(`Parallax refused to read ${request.url}`)
    return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } })
  }
  const response = await fetchFile(request)
  const headers = new Headers(response.headers)
  // the page reader frame has its own, narrower policy, which lets the app (only) frame it
  const pageReader = policy === CONTENT_SECURITY_POLICY && isFileAt(parsed, location.rendererDir, PAGE_READER_FILE)
  headers.set('Content-Security-Policy', pageReader ? PAGE_READER_POLICY : policy)
  headers.set('X-Content-Type-Options', 'nosniff')
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
}

/** CSP header, request filter and permission handlers for a session (the default one); `fetchFile` reads the app's files. */
export function installSessionSecurity(session: Session, location: AppLocation, fetchFile?: FetchFile): void {
  const policy = contentSecurityPolicyFor(location)
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders, policy) })
  })
  if (fetchFile) session.protocol.handle('file', (request) => serveAppFile(request, location, policy, fetchFile))
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, location)
    if (!allowed) console.warn(`Parallax refused a request to ${details.url}`)
    callback({ cancel: !allowed })
  })
  // the spellchecker fetches its dictionaries from the network; windows also turn it off
  session.setSpellCheckerEnabled(false)
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
}

/** Navigation, redirects, new windows and webviews, refused for one webContents. */
export function hardenWebContents(contents: WebContents, location: AppLocation): void {
  const stayHome = (event: { preventDefault(): void }, url: string) => {
    if (!isAppUrl(url, location)) {
      event.preventDefault()
      console.warn(`Parallax refused to navigate to ${url}`)
    }
  }
  contents.on('will-navigate', (event) => stayHome(event, event.url))
  // any frame's navigation, not only the top one's (Electron 25+)
  contents.on('will-frame-navigate', (event) => stayHome(event, event.url))
  contents.on('will-redirect', (event) => stayHome(event, event.url))
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
}

/** Hardens every webContents the app ever creates (windows, devtools, anything else). */
export function installAppSecurity(app: App, location: AppLocation): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, location))
}
