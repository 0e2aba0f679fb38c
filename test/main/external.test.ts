/**
 * Opening an article's address in the system browser: only http(s), only from the app's own page,
 * only what was checked reaches shell.openExternal.
 */
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { channels, externalUrlProblem, MAX_EXTERNAL_URL } from '@core/bridge'
import { externalHref, makeOpenExternalHandler, registerExternalHandlers } from '../../src/main/external'
import type { AppLocation } from '../../src/main/location'
import * as electron from './fake-electron'

vi.mock('electron', () => import('./fake-electron'))

const spoofed: string[] = JSON.parse(
  readFileSync(join(__dirname, '../fixtures/hostile/links/spoofed-urls.json'), 'utf8')
).urls

const rendererDir = resolve('/opt/parallax/out/renderer')
const location: AppLocation = { rendererDir }
const appFrame = { url: pathToFileURL(join(rendererDir, 'index.html')).href, parent: null }
const event = (frame: { url: string; parent: unknown } | null = appFrame) =>
  ({ senderFrame: frame, sender: {} }) as never

describe('externalUrlProblem (the contract both sides apply)', () => {
  it.each([
    'https://www.example.com/news/2017/11/story.html?x=1#p2',
    'http://example.org',
    'HTTPS://EXAMPLE.COM/A',
    'https://[::1]:8080/x'
  ])('accepts %s', (url) => {
    expect(externalUrlProblem(url)).toBeNull()
  })

  it.each([
    ['javascript:alert(1)', /only http/],
    ['JaVaScRiPt:alert(1)', /only http/],
    ['data:text/html,<script>alert(1)</script>', /only http/],
    ['file:///etc/passwd', /only http/],
    ['vbscript:msgbox(1)', /only http/],
    ['ms-msdt:/id PCWDiagnostic', /only http/],
    ['smb://attacker.example/share', /only http/],
    [' https://example.com', /only http/],
    ['https://news.example@evil.example/', /user name/],
    ['https://user:pass@evil.example/', /user name/],
    ['https://evil.example/\u202Elmth.txt', /invisible/],
    ['https://evil.example/a b', /spaces/],
    ['https://evil.example/\u0000', /control/],
    ['https:///path', /no host/],
    ['https://', /no host/],
    ['', /no web address/],
    ['https://e.example/' + 'a'.repeat(MAX_EXTERNAL_URL), /longer/]
  ])('refuses %s', (url, reason) => {
    expect(externalUrlProblem(url)).toMatch(reason)
  })

  it('refuses what is not a string', () => {
    for (const value of [undefined, null, 42, { href: 'https://x.example' }, ['https://x.example']])
      expect(externalUrlProblem(value)).not.toBeNull()
  })
})

describe('openExternal handler', () => {
  beforeEach(() => electron.resetFakeElectron())

  it('opens a checked http(s) address from the app page', async () => {
    const openExternal = vi.fn(async () => {})
    const handler = makeOpenExternalHandler({ location, openExternal })
    await handler(event(), 'https://www.example.com/a story?q=1')
      .then(() => expect.unreachable('a space is refused'))
      .catch((e: Error) => expect(e.message).toMatch(/Refused to open the link/))
    await handler(event(), 'https://www.example.com/story?q=1#x')
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://www.example.com/story?q=1#x')
  })

  it('refuses another frame, a subframe, or no frame before looking at the address', async () => {
    const openExternal = vi.fn(async () => {})
    const handler = makeOpenExternalHandler({ location, openExternal })
    for (const frame of [{ url: 'https://evil.example/', parent: null }, { url: appFrame.url, parent: {} }, null]) {
      await expect(handler(event(frame), 'https://example.com/')).rejects.toThrow(/did not come from Parallax/)
    }
    expect(openExternal).not.toHaveBeenCalled()
  })

  it('opens none of the spoofed addresses of the hostile corpus (the rule reports also follow)', async () => {
    const openExternal = vi.fn(async () => {})
    const handler = makeOpenExternalHandler({ location, openExternal })
    for (const url of spoofed) {
      const error = await handler(event(), url).catch((e: Error) => e)
      expect((error as Error).message, url).toMatch(/^Refused to open the link: /)
    }
    expect(openExternal).not.toHaveBeenCalled()
  })

  it('refuses every non-http(s) scheme, extra arguments and credentials; only a plain message crosses', async () => {
    const openExternal = vi.fn(async () => {})
    const handler = makeOpenExternalHandler({ location, openExternal })
    for (const args of [
      ['javascript:alert(1)'],
      ['file:///etc/passwd'],
      ['https://a.example', 'extra'],
      [],
      [{ url: 'https://a.example' }],
      ['https://a@b.example/']
    ]) {
      const error = await handler(event(), ...args).catch((e: Error) => e)
      expect(error).toBeInstanceOf(Error)
      expect((error as Error).message).toMatch(/^Refused to open the link: /)
    }
    expect(openExternal).not.toHaveBeenCalled()
  })

  it('reports a shell failure as one plain sentence', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {})
    const handler = makeOpenExternalHandler({
      location,
      openExternal: async () => Promise.reject(new Error('xdg-open: /home/x/secret path'))
    })
    await expect(handler(event(), 'https://example.com/')).rejects.toThrow(/^Parallax could not open the link\.$/)
    spy.mockRestore()
  })

  it('re-serialises the address it hands to the shell', () => {
    expect(externalHref('https://EXAMPLE.com/a/../b')).toBe('https://example.com/b')
    expect(externalHref('javascript:alert(1)')).toBeNull()
    expect(externalHref('https://u:p@example.com/')).toBeNull()
  })

  it('registers on its channel and calls shell.openExternal', async () => {
    registerExternalHandlers(location)
    const [channel, handler] = electron.ipcMain.handle.mock.calls.find(([c]) => c === channels.openExternal)!
    expect(channel).toBe(channels.openExternal)
    await (handler as (...a: unknown[]) => Promise<void>)(event(), 'https://example.com/x')
    expect(electron.shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://example.com/x')
  })
})
