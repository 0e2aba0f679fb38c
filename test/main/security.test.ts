import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it, vi } from 'vitest'
import { CONTENT_SECURITY_POLICY, PAGE_READER_FILE, PAGE_READER_POLICY } from '@core/bridge'
import { isAppUrl, resolveAppLocation, type AppLocation } from '../../src/main/location'
import {
  contentSecurityPolicyFor,
  hardenWebContents,
  installSessionSecurity,
  isAllowedRequest,
  withContentSecurityPolicy
} from '../../src/main/security'
import { FakeWebContents, makeFakeSession } from './fake-electron'

vi.mock('electron', () => import('./fake-electron'))

const rendererDir = resolve('/opt/parallax/out/renderer')
const built: AppLocation = { rendererDir }
const dev: AppLocation = { rendererDir, devServerUrl: 'http://localhost:5173/' }
const page = pathToFileURL(join(rendererDir, 'index.html')).href

function navigationEvent(url: string) {
  return { url, preventDefault: vi.fn() }
}

describe('isAppUrl', () => {
  it.each([
    [page, built, true],
    [pathToFileURL(join(rendererDir, 'assets', 'index.js')).href, built, true],
    [pathToFileURL(resolve('/etc/passwd')).href, built, false],
    [pathToFileURL(join(rendererDir, '..', 'main', 'index.js')).href, built, false],
    [pathToFileURL(rendererDir + '-evil/index.html').href, built, false],
    ['http://localhost:5173/', built, false],
    ['http://localhost:5173/#/library', dev, true],
    ['http://localhost:5174/', dev, false],
    ['https://example.com/', dev, false],
    ['not a url', dev, false]
  ])('%s → %s', (url, location, expected) => {
    expect(isAppUrl(url, location)).toBe(expected)
  })

  it('takes the dev server from the environment only when not packaged', () => {
    expect(
      resolveAppLocation(rendererDir, { ELECTRON_RENDERER_URL: 'http://localhost:5173' }, false).devServerUrl
    ).toBe('http://localhost:5173')
    expect(
      resolveAppLocation(rendererDir, { ELECTRON_RENDERER_URL: 'http://localhost:5173' }, true).devServerUrl
    ).toBeUndefined()
  })
})

describe('Content-Security-Policy', () => {
  it('is added to every response, replacing any policy the response brought', () => {
    const session = makeFakeSession()
    installSessionSecurity(session as never, built)
    const onHeaders = session.webRequest.onHeadersReceived.mock.calls[0]![0]
    const callback = vi.fn()
    onHeaders(
      { url: page, responseHeaders: { 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] } },
      callback
    )
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] }
    })
  })

  it('is added when the response has no headers at all', () => {
    expect(withContentSecurityPolicy(undefined, 'x')).toEqual({ 'Content-Security-Policy': ['x'] })
  })

  it('is the strict policy in a build and a relaxed one naming the dev server while developing', () => {
    expect(contentSecurityPolicyFor(built)).toBe(CONTENT_SECURITY_POLICY)
    const policy = contentSecurityPolicyFor(dev)
    expect(policy).toContain("style-src 'self' 'unsafe-inline' http://localhost:5173")
    expect(policy).toContain("connect-src 'self' http://localhost:5173 ws://localhost:5173")
    expect(policy).toContain("object-src 'none'")
    expect(policy).not.toMatch(/\*/)
  })
})

describe('the app files, served by the file protocol handler', () => {
  function handlerFor(location: AppLocation, fetchFile: (r: Request) => Promise<Response>) {
    const session = makeFakeSession()
    installSessionSecurity(session as never, location, fetchFile)
    expect(session.protocol.handle).toHaveBeenCalledWith('file', expect.any(Function))
    return session.protocol.handle.mock.calls[0]![1] as (r: Request) => Promise<Response>
  }

  it('carry the Content-Security-Policy header, frame-ancestors included (a meta tag cannot), replacing any other', async () => {
    const fetchFile = vi.fn(
      async () =>
        new Response('<!doctype html>', {
          headers: { 'Content-Type': 'text/html', 'Content-Security-Policy': 'default-src *' }
        })
    )
    const handle = handlerFor(built, fetchFile)
    const response = await handle(new Request(page))
    expect(fetchFile).toHaveBeenCalledOnce()
    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'")
    expect(response.headers.get('Content-Type')).toBe('text/html')
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff')
    expect(await response.text()).toBe('<!doctype html>')
    const worker = await handle(new Request(pathToFileURL(join(rendererDir, 'assets', 'worker-1a2b.js')).href))
    expect(worker.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY)
  })

  it('let the app frame only its page reader, whose policy allows its one script and no request', async () => {
    const handle = handlerFor(
      built,
      vi.fn(async () => new Response('<!doctype html>', { headers: { 'Content-Type': 'text/html' } }))
    )
    const reader = await handle(new Request(pathToFileURL(join(rendererDir, PAGE_READER_FILE)).href))
    expect(reader.headers.get('Content-Security-Policy')).toBe(PAGE_READER_POLICY)
    expect(PAGE_READER_POLICY).toContain("frame-ancestors 'self'")
    expect(PAGE_READER_POLICY).toContain("default-src 'none'")
    expect(PAGE_READER_POLICY).not.toMatch(/connect-src|img-src|unsafe/)
    expect(CONTENT_SECURITY_POLICY).toContain("frame-src 'self'")
    // a file of that name elsewhere in the folder is an ordinary file
    const other = await handle(new Request(pathToFileURL(join(rendererDir, 'assets', PAGE_READER_FILE)).href))
    expect(other.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY)
  })

  it('are the only files served: any other file is never read', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const fetchFile = vi.fn(async () => new Response('secret'))
    const handle = handlerFor(built, fetchFile)
    for (const url of [
      pathToFileURL(resolve('/etc/passwd')).href,
      pathToFileURL(join(rendererDir, '..', 'main', 'index.js')).href,
      pathToFileURL(rendererDir + '-evil/index.html').href,
      'file:///opt/parallax/out/renderer/%2e%2e/main/index.js'
    ]) {
      const response = await handle(new Request(url))
      expect(response.status, url).toBe(404)
    }
    expect(fetchFile).not.toHaveBeenCalled()
    warn.mockRestore()
  })

  it('turns the spellchecker off (it downloads dictionaries)', () => {
    const session = makeFakeSession()
    installSessionSecurity(session as never, built)
    expect(session.setSpellCheckerEnabled).toHaveBeenCalledWith(false)
  })
})

describe('remote requests', () => {
  it.each([
    ['https://example.com/tracker.js', built, false],
    ['http://localhost:5173/src/main.tsx', built, false],
    ['wss://example.com/socket', built, false],
    [page, built, true],
    [pathToFileURL(resolve('/home/user/secret.txt')).href, built, false],
    ['data:image/png;base64,AAAA', built, true],
    ['devtools://devtools/bundled/inspector.html', built, true],
    ['http://localhost:5173/src/main.tsx', dev, true],
    ['ws://localhost:5173/', dev, true],
    ['http://localhost:8080/', dev, false],
    ['https://fonts.example/font.woff2', dev, false]
  ])('%s allowed: %s', (url, location, expected) => {
    expect(isAllowedRequest(url, location)).toBe(expected)
  })

  it('are cancelled by the session', () => {
    const session = makeFakeSession()
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    installSessionSecurity(session as never, built)
    const onBefore = session.webRequest.onBeforeRequest.mock.calls[0]![0]
    const callback = vi.fn()
    onBefore({ url: 'https://example.com/x.js' }, callback)
    expect(callback).toHaveBeenLastCalledWith({ cancel: true })
    onBefore({ url: page }, callback)
    expect(callback).toHaveBeenLastCalledWith({ cancel: false })
    warn.mockRestore()
  })
})

describe('permissions', () => {
  it('are all refused, on request and on check', () => {
    const session = makeFakeSession()
    installSessionSecurity(session as never, built)
    const onRequest = session.setPermissionRequestHandler.mock.calls[0]![0]
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn()
      onRequest({}, permission, callback, {})
      expect(callback).toHaveBeenCalledWith(false)
    }
    const onCheck = session.setPermissionCheckHandler.mock.calls[0]![0]
    expect(onCheck({}, 'media', page, {})).toBe(false)
    expect(session.setDevicePermissionHandler.mock.calls[0]![0]({})).toBe(false)
  })
})

describe('web contents', () => {
  function hardened(location: AppLocation) {
    const contents = new FakeWebContents()
    hardenWebContents(contents as never, location)
    return contents
  }

  it('refuses navigation to another origin and allows the app page', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const contents = hardened(built)
    const away = navigationEvent('https://example.com/')
    contents.emit('will-navigate', away)
    expect(away.preventDefault).toHaveBeenCalled()
    const dropped = navigationEvent(pathToFileURL(resolve('/home/user/article.html')).href)
    contents.emit('will-navigate', dropped)
    expect(dropped.preventDefault).toHaveBeenCalled()
    const home = navigationEvent(page)
    contents.emit('will-navigate', home)
    expect(home.preventDefault).not.toHaveBeenCalled()
    warn.mockRestore()
  })

  it('refuses navigation of any frame (will-frame-navigate), not only the top one', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const contents = hardened(built)
    const away = navigationEvent('https://evil.example/frame.html')
    contents.emit('will-frame-navigate', away)
    expect(away.preventDefault).toHaveBeenCalled()
    const local = navigationEvent(pathToFileURL(resolve('/home/user/saved-page.html')).href)
    contents.emit('will-frame-navigate', local)
    expect(local.preventDefault).toHaveBeenCalled()
    const home = navigationEvent(page)
    contents.emit('will-frame-navigate', home)
    expect(home.preventDefault).not.toHaveBeenCalled()
    warn.mockRestore()
  })

  it('refuses redirects away from the dev server', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const contents = hardened(dev)
    const away = navigationEvent('https://example.com/')
    contents.emit('will-redirect', away)
    expect(away.preventDefault).toHaveBeenCalled()
    const home = navigationEvent('http://localhost:5173/index.html')
    contents.emit('will-redirect', home)
    expect(home.preventDefault).not.toHaveBeenCalled()
    warn.mockRestore()
  })

  it('denies window.open', () => {
    const contents = hardened(built)
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' })
    expect(contents.windowOpenHandler?.({ url: page })).toEqual({ action: 'deny' })
  })

  it('refuses to attach webviews', () => {
    const contents = hardened(built)
    const event = { preventDefault: vi.fn() }
    contents.emit('will-attach-webview', event, {}, {})
    expect(event.preventDefault).toHaveBeenCalled()
  })
})
