import { beforeEach, describe, expect, it, vi } from 'vitest'
import { channels } from '@core/bridge'
import * as electron from './fake-electron'

vi.mock('electron', () => import('./fake-electron'))

const { app, FakeBrowserWindow, ipcMain, Menu } = electron

/** Imports main afresh (it starts the app on import) and lets `whenReady` settle. */
async function startMain(env: { ELECTRON_RENDERER_URL?: string } = {}) {
  vi.resetModules()
  const saved = process.env.ELECTRON_RENDERER_URL
  if (env.ELECTRON_RENDERER_URL) process.env.ELECTRON_RENDERER_URL = env.ELECTRON_RENDERER_URL
  else delete process.env.ELECTRON_RENDERER_URL
  try {
    await import('../../src/main/index')
    await new Promise((resolve) => setTimeout(resolve, 0))
  } finally {
    if (saved === undefined) delete process.env.ELECTRON_RENDERER_URL
    else process.env.ELECTRON_RENDERER_URL = saved
  }
}

function onlyWindow() {
  expect(FakeBrowserWindow.instances).toHaveLength(1)
  return FakeBrowserWindow.instances[0]!
}

describe('main process start', () => {
  beforeEach(() => electron.resetFakeElectron())

  it('creates one hidden window with the secure web preferences and the Parallax title', async () => {
    await startMain()
    const window = onlyWindow()
    expect(window.options).toMatchObject({
      title: 'Parallax',
      show: false,
      minWidth: expect.any(Number),
      minHeight: expect.any(Number)
    })
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false
    })
    expect(window.options.webPreferences.preload).toMatch(/[/\\]preload[/\\]index\.js$/)
    expect(app.enableSandbox).toHaveBeenCalled()
  })

  it('shows the window once it is ready to show', async () => {
    await startMain()
    const window = onlyWindow()
    expect(window.show).not.toHaveBeenCalled()
    window.emit('ready-to-show')
    expect(window.show).toHaveBeenCalledOnce()
  })

  it('loads the built page from the renderer folder, or the dev server while developing', async () => {
    await startMain()
    expect(onlyWindow().loadFile.mock.calls[0]?.[0]).toMatch(/[/\\]renderer[/\\]index\.html$/)

    electron.resetFakeElectron()
    await startMain({ ELECTRON_RENDERER_URL: 'http://localhost:5173' })
    expect(onlyWindow().loadURL).toHaveBeenCalledWith('http://localhost:5173')
  })

  it('ignores the dev server variable in a packaged app', async () => {
    app.isPackaged = true
    await startMain({ ELECTRON_RENDERER_URL: 'https://evil.example' })
    expect(onlyWindow().loadURL).not.toHaveBeenCalled()
    expect(onlyWindow().loadFile).toHaveBeenCalledOnce()
  })

  it('installs the session cage, the IPC handler and the menu before the window loads', async () => {
    await startMain()
    const session = electron.session.defaultSession
    expect(session.webRequest.onHeadersReceived).toHaveBeenCalledOnce()
    expect(session.webRequest.onBeforeRequest).toHaveBeenCalledOnce()
    expect(session.setPermissionRequestHandler).toHaveBeenCalledOnce()
    // the app's own files are served by main's file handler, which reads them past itself
    expect(session.protocol.handle).toHaveBeenCalledWith('file', expect.any(Function))
    const serve = session.protocol.handle.mock.calls[0]![1] as (r: Request) => Promise<Response>
    const page = onlyWindow().loadFile.mock.calls[0]![0] as string
    await serve(new Request(`file://${page.startsWith('/') ? '' : '/'}${page.replace(/\\/g, '/')}`))
    expect(electron.net.fetch).toHaveBeenCalledWith(expect.any(Request), { bypassCustomProtocolHandlers: true })
    expect(ipcMain.handle).toHaveBeenCalledWith(channels.openFiles, expect.any(Function))
    expect(Menu.setApplicationMenu).toHaveBeenCalledOnce()
    expect(app.listenerCount('web-contents-created')).toBe(1)
  })

  it("credits the sample cases' sources (FA-KES, CC BY 4.0) in the About box", async () => {
    await startMain()
    const [options] = app.setAboutPanelOptions.mock.calls[0]! as [{ credits: string }]
    expect(options.credits).toContain('FA-KES')
    expect(options.credits).toContain('CC BY 4.0')
  })

  it('quits when another instance already runs', async () => {
    app.requestSingleInstanceLock.mockReturnValue(false)
    await startMain()
    expect(app.quit).toHaveBeenCalled()
    expect(FakeBrowserWindow.instances).toHaveLength(0)
  })

  it('focuses the existing window when a second instance starts', async () => {
    await startMain()
    const window = onlyWindow()
    window.isMinimized.mockReturnValue(true)
    app.emit('second-instance')
    expect(FakeBrowserWindow.instances).toHaveLength(1)
    expect(window.restore).toHaveBeenCalled()
    expect(window.focus).toHaveBeenCalled()
  })

  it('sends menu commands to the window', async () => {
    await startMain()
    const template = Menu.buildFromTemplate.mock.calls[0]![0] as any[]
    const file = template.find((item) => item.label === 'File')
    file.submenu.find((item: any) => item.label === 'Open…').click()
    expect(onlyWindow().webContents.send).toHaveBeenCalledWith(channels.menuCommand, 'open-files')
  })
})
