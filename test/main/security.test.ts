import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it, vi } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '@core/bridge'
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
    expect(resolveAppLocation(rendererDir, { ELECTRON_RENDERER_URL: 'http://localhost:5173' }, false).devServerUrl).toBe(
      'http://localhost:5173'
    )
    expect(resolveAppLocation(rendererDir, { ELECTRON_RENDERER_URL: 'http://localhost:5173' }, true).devServerUrl).toBeUndefined()
  })
})

describe('Content-Security-Policy', () => {
  it('is added to every response, replacing any policy the response brought', () => {
    const session = makeFakeSession()
    installSessionSecurity(session as never, built)
    const onHeaders = session.webRequest.onHeadersReceived.mock.calls[0]![0]
    const callback = vi.fn()
    onHeaders({ url: page, responseHeaders: { 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] } }, callback)
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
    expect(policy).toContain('connect-src \'self\' http://localhost:5173 ws://localhost:5173')
    expect(policy).toContain("object-src 'none'")
    expect(policy).not.toMatch(/\*/)
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
