import { beforeEach, describe, expect, it, vi } from 'vitest'
import { channels, type ParallaxBridge } from '@core/bridge'
import * as electron from './fake-electron'

vi.mock('electron', () => import('./fake-electron'))

async function loadBridge(): Promise<ParallaxBridge> {
  vi.resetModules()
  await import('../../src/preload/index')
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce()
  const [name, bridge] = electron.contextBridge.exposeInMainWorld.mock.calls[0]!
  expect(name).toBe('parallax')
  return bridge as ParallaxBridge
}

describe('preload bridge', () => {
  beforeEach(() => electron.resetFakeElectron())

  it('exposes exactly the verbs of ParallaxBridge, and no ipcRenderer', async () => {
    const bridge = await loadBridge()
    expect(Object.keys(bridge).sort()).toEqual([
      'onMenuCommand',
      'openBundleFile',
      'openExternal',
      'openFiles',
      'platform',
      'printToPdf',
      'saveFile'
    ])
    expect(bridge.platform).toBe('electron')
    for (const value of Object.values(bridge)) expect(value).not.toBe(electron.ipcRenderer)
  })

  it('openExternal sends the address alone', async () => {
    electron.ipcRenderer.invoke.mockResolvedValue(undefined)
    const bridge = await loadBridge()
    await bridge.openExternal('https://example.com/story')
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(
      channels.openExternal,
      'https://example.com/story'
    )
  })

  it('openFiles invokes the channel with no arguments', async () => {
    const files = [{ ok: true, name: 'a.txt', bytes: new Uint8Array([1]) }]
    electron.ipcRenderer.invoke.mockResolvedValue(files)
    const bridge = await loadBridge()
    await expect(bridge.openFiles()).resolves.toBe(files)
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(channels.openFiles)
  })

  it('saveFile and printToPdf send only the request fields; openBundleFile sends nothing', async () => {
    electron.ipcRenderer.invoke.mockResolvedValue({ saved: false })
    const bridge = await loadBridge()
    const filter = { name: 'Markdown report', extensions: ['md'] }
    const sneaky = Object.assign({ suggestedName: 'a.md', filter, data: '# A' }, { path: '/etc/passwd' })
    await bridge.saveFile(sneaky)
    await bridge.printToPdf(Object.assign({ html: '<p>x</p>', suggestedName: 'a' }, { url: 'https://x' }))
    await bridge.openBundleFile()
    expect(electron.ipcRenderer.invoke.mock.calls).toEqual([
      [channels.saveFile, { suggestedName: 'a.md', filter, data: '# A' }],
      [channels.printToPdf, { html: '<p>x</p>', suggestedName: 'a' }],
      [channels.openBundleFile]
    ])
  })

  it('passes the listener the command alone, never the IPC event', async () => {
    const bridge = await loadBridge()
    const listener = vi.fn()
    bridge.onMenuCommand(listener)
    const event = { sender: electron.ipcRenderer, senderId: 0 }
    electron.ipcRenderer.emit(channels.menuCommand, event, 'open-files')
    expect(listener).toHaveBeenCalledExactlyOnceWith('open-files')
    expect(listener.mock.calls[0]).not.toContain(event)
  })

  it('drops commands outside the contract', async () => {
    const bridge = await loadBridge()
    const listener = vi.fn()
    bridge.onMenuCommand(listener)
    electron.ipcRenderer.emit(channels.menuCommand, {}, 'rm -rf')
    electron.ipcRenderer.emit(channels.menuCommand, {}, { command: 'find' })
    expect(listener).not.toHaveBeenCalled()
  })

  it('unsubscribes', async () => {
    const bridge = await loadBridge()
    const listener = vi.fn()
    const unsubscribe = bridge.onMenuCommand(listener)
    unsubscribe()
    electron.ipcRenderer.emit(channels.menuCommand, {}, 'find')
    expect(listener).not.toHaveBeenCalled()
    expect(electron.ipcRenderer.listenerCount(channels.menuCommand)).toBe(0)
  })
})
