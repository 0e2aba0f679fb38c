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
    expect(Object.keys(bridge).sort()).toEqual(['onMenuCommand', 'openFiles', 'platform'])
    expect(bridge.platform).toBe('electron')
    for (const value of Object.values(bridge)) expect(value).not.toBe(electron.ipcRenderer)
  })

  it('openFiles invokes the channel with no arguments', async () => {
    const files = [{ ok: true, name: 'a.txt', bytes: new Uint8Array([1]) }]
    electron.ipcRenderer.invoke.mockResolvedValue(files)
    const bridge = await loadBridge()
    await expect(bridge.openFiles()).resolves.toBe(files)
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(channels.openFiles)
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
