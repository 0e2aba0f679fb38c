/**
 * A stand-in for the 'electron' module (its binary cannot be downloaded here). Tests use it with
 * `vi.mock('electron', () => import('./fake-electron'))`; the fakes record what main asked of them
 * and let tests fire the events Electron would.
 */
import { EventEmitter } from 'node:events'
import { vi } from 'vitest'

type Handler = (...args: any[]) => any

const windows = ((globalThis as { __parallaxFakeWindows?: { list: any[] } }).__parallaxFakeWindows ??= { list: [] })

export class FakeWebContents extends EventEmitter {
  send = vi.fn()
  printToPDF = vi.fn(async (_options: Record<string, unknown>) => new Uint8Array([0x25, 0x50, 0x44, 0x46]))
  windowOpenHandler: Handler | undefined
  setWindowOpenHandler = vi.fn((handler: Handler) => {
    this.windowOpenHandler = handler
  })
}

export class FakeBrowserWindow extends EventEmitter {
  static get instances(): FakeBrowserWindow[] {
    return windows.list
  }
  static set instances(list: FakeBrowserWindow[]) {
    windows.list = list
  }
  static getAllWindows = vi.fn(() => FakeBrowserWindow.instances.filter((w) => !w.destroyed))
  static fromWebContents = vi.fn((_contents: unknown): FakeBrowserWindow | null => null)
  /** Called with each new window, before main uses it: lets a test script its loads and prints. */
  static onCreate: ((window: FakeBrowserWindow) => void) | undefined

  destroyed = false
  webContents = new FakeWebContents()
  loadURL = vi.fn(async (_url: string) => {})
  loadFile = vi.fn(async (_path: string) => {})
  show = vi.fn()
  focus = vi.fn()
  restore = vi.fn()
  isMinimized = vi.fn(() => false)
  isDestroyed = () => this.destroyed
  destroy = vi.fn(() => {
    this.destroyed = true
  })

  constructor(public options: Record<string, any>) {
    super()
    FakeBrowserWindow.instances.push(this)
    FakeBrowserWindow.onCreate?.(this)
  }
}

export function makeFakeSession() {
  return {
    webRequest: { onHeadersReceived: vi.fn(), onBeforeRequest: vi.fn() },
    protocol: { handle: vi.fn() },
    setSpellCheckerEnabled: vi.fn(),
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn()
  }
}
export type FakeSession = ReturnType<typeof makeFakeSession>

function createFakes() {
  const partitions = new Map<string, FakeSession>()
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    requestSingleInstanceLock: vi.fn(() => true),
    whenReady: vi.fn(() => Promise.resolve()),
    enableSandbox: vi.fn(),
    quit: vi.fn(),
    setAboutPanelOptions: vi.fn(),
    getPath: vi.fn((_name: string) => '/home/journalist/Documents')
  })
  return {
    app,
    session: {
      defaultSession: makeFakeSession(),
      /** One fake per partition name, as Electron returns the same session for the same name. */
      partitions,
      fromPartition: vi.fn((name: string, _options?: unknown): FakeSession => {
        const found = partitions.get(name)
        if (found) return found
        const created = makeFakeSession()
        partitions.set(name, created)
        return created
      })
    },
    ipcMain: { handle: vi.fn() },
    dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
    Menu: {
      buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
      setApplicationMenu: vi.fn()
    },
    contextBridge: { exposeInMainWorld: vi.fn() },
    shell: { openExternal: vi.fn(async (_url: string) => {}) },
    net: { fetch: vi.fn(async (_request: unknown, _options?: unknown) => new Response('')) },
    ipcRenderer: Object.assign(new EventEmitter(), {
      invoke: vi.fn(async (..._args: unknown[]): Promise<unknown> => [])
    })
  }
}

// One set of fakes per test file, even when a test re-imports main with vi.resetModules().
const store = globalThis as { __parallaxFakeElectron?: ReturnType<typeof createFakes> }
const fakes = (store.__parallaxFakeElectron ??= createFakes())

export const { app, session, ipcMain, dialog, Menu, contextBridge, ipcRenderer, shell, net } = fakes
export const BrowserWindow = FakeBrowserWindow

/** Puts every fake back to its first state (between tests that import main afresh). */
export function resetFakeElectron(): void {
  FakeBrowserWindow.instances = []
  FakeBrowserWindow.onCreate = undefined
  app.removeAllListeners()
  app.isPackaged = false
  app.requestSingleInstanceLock.mockReset().mockReturnValue(true)
  app.whenReady.mockReset().mockImplementation(() => Promise.resolve())
  app.enableSandbox.mockReset()
  app.quit.mockReset()
  app.setAboutPanelOptions.mockReset()
  session.defaultSession = makeFakeSession()
  ipcMain.handle.mockReset()
  dialog.showOpenDialog.mockReset()
  dialog.showSaveDialog.mockReset()
  Menu.buildFromTemplate.mockClear()
  Menu.setApplicationMenu.mockReset()
  contextBridge.exposeInMainWorld.mockReset()
  shell.openExternal.mockReset().mockImplementation(async () => {})
  ipcRenderer.removeAllListeners()
  ipcRenderer.invoke.mockReset().mockImplementation(async () => [])
}
