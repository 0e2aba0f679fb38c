/** The file verbs in main: save, open a bundle, print to PDF; checked before any dialog, I/O injected. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { channels, MAX_SAVE_BYTES, safeFileName, SAVE_EXTENSIONS, type SaveFileRequest } from '@core/bridge'
import { reportFormatInfo } from '@core/report'
import type { FileSystemPort } from '@core/source'
import {
  describeWriteError,
  makeOpenBundleFileHandler,
  makePrintToPdfHandler,
  makeSaveFileHandler,
  registerFileHandlers,
  writeWhole,
  type FileDeps
} from '../../src/main/files'
import type { AppLocation } from '../../src/main/location'
import { isPrintableRequest, PRINT_PARTITION, renderPdf } from '../../src/main/print'
import * as electron from './fake-electron'

vi.mock('electron', () => import('./fake-electron'))

const rendererDir = resolve('/opt/parallax/out/renderer')
const location: AppLocation = { rendererDir }
const appFrame = { url: pathToFileURL(join(rendererDir, 'index.html')).href, parent: null }
const event = (frame: { url: string; parent: unknown } | null = appFrame) =>
  ({ senderFrame: frame, sender: {} }) as never

const noFiles: FileSystemPort = {
  stat: async () => ({ size: 0, isFile: () => true }),
  readFile: async () => new Uint8Array()
}

function deps(overrides: Partial<FileDeps> = {}) {
  const written: [string, string | Uint8Array][] = []
  const d: FileDeps = {
    location,
    showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/home/j/report.md' })),
    showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] as string[] })),
    writeFile: vi.fn(async (path: string, data: string | Uint8Array) => void written.push([path, data])),
    files: noFiles,
    renderPdf: vi.fn(async () => new Uint8Array([37, 80, 68, 70])),
    defaultFolder: () => '/home/j/Documents',
    ...overrides
  }
  return { d, written }
}

const request: SaveFileRequest = {
  suggestedName: 'al-qaim.md',
  filter: { name: 'Markdown report', extensions: ['md'] },
  data: '# Al-Qaim\n'
}

describe('safeFileName', () => {
  it.each([
    ['al-qaim.md', 'al-qaim.md'],
    ['../../etc/passwd', 'etc-passwd'],
    ['C:\\Windows\\system32\\x.md', 'C--Windows-system32-x.md'],
    ['.bashrc', 'bashrc'],
    ['report. ', 'report'],
    ['a\u0000b\nc.md', 'a-b-c.md'],
    ['evil\u202Egpj.exe', 'evil-gpj.exe'],
    ['CON.md', '_CON.md'],
    ['', 'Parallax report'],
    ['///', 'Parallax report'],
    ['مقتل 12 قائداً.md', 'مقتل 12 قائداً.md']
  ])('%j → %j', (input, expected) => {
    expect(safeFileName(input)).toBe(expected)
  })

  it('cuts long names and keeps the extension', () => {
    const name = safeFileName(`${'x'.repeat(300)}.parallax.json`)
    expect(name.length).toBeLessThanOrEqual(120)
    expect(name.endsWith('.json')).toBe(true)
  })
})

describe('saveFile handler', () => {
  it('refuses a foreign sender before showing any dialog', async () => {
    const { d } = deps()
    await expect(makeSaveFileHandler(d)(event({ url: 'https://example.com/', parent: null }), request)).rejects.toThrow(
      /did not come from Parallax/
    )
    expect(d.showSaveDialog).not.toHaveBeenCalled()
  })

  it.each([
    ['no request', []],
    ['two requests', [request, request]],
    ['no name', [{ ...request, suggestedName: '' }]],
    ['no data', [{ ...request, data: undefined }]],
    ['data of the wrong type', [{ ...request, data: { length: 3 } }]],
    ['a filter with a path in an extension', [{ ...request, filter: { name: 'x', extensions: ['../md'] } }]],
    ['a filter without extensions', [{ ...request, filter: { name: 'x', extensions: [] } }]],
    ...['exe', 'desktop', 'lnk', 'sh', 'bat', 'app', 'command', 'scr', 'js', 'html5'].map(
      (ext): [string, unknown[]] => [
        `a filter for .${ext} files`,
        [{ ...request, filter: { name: 'Report', extensions: [ext] } }]
      ]
    ),
    [
      'a filter mixing a report extension with a program one',
      [{ ...request, filter: { name: 'Report', extensions: ['md', 'exe'] } }]
    ]
  ])('refuses %s', async (_what, args) => {
    const { d } = deps()
    await expect(makeSaveFileHandler(d)(event(), ...(args as unknown[]))).rejects.toThrow(/^Refused: /)
    expect(d.showSaveDialog).not.toHaveBeenCalled()
  })

  it('refuses more than 200 MB', async () => {
    const huge = new Uint8Array(1)
    Object.defineProperty(huge, 'byteLength', { get: () => MAX_SAVE_BYTES + 1 })
    const { d } = deps()
    await expect(makeSaveFileHandler(d)(event(), { ...request, data: huge })).rejects.toThrow(/larger than 200 MB/)
    expect(d.showSaveDialog).not.toHaveBeenCalled()
  })

  it('suggests a sanitised name in Documents, with the format filter', async () => {
    const { d } = deps()
    await makeSaveFileHandler(d)(event(), { ...request, suggestedName: '../../.ssh/authorized_keys' })
    const options = (d.showSaveDialog as ReturnType<typeof vi.fn>).mock.calls[0]![1]
    expect(options.defaultPath).toBe(join('/home/j/Documents', 'ssh-authorized_keys.md'))
    expect(options.filters).toEqual([{ name: 'Markdown report', extensions: ['md'] }])
  })

  it.each([
    ['report.desktop', 'report.desktop.md'],
    ['run.exe', 'run.exe.md'],
    ['al-qaim.MD', 'al-qaim.MD'],
    ['evil\u202Edm.exe', 'evil-dm.exe.md']
  ])('gives the suggested name %j the kind of the filter: %j', async (suggested, expected) => {
    const { d } = deps()
    await makeSaveFileHandler(d)(event(), { ...request, suggestedName: suggested })
    expect((d.showSaveDialog as ReturnType<typeof vi.fn>).mock.calls[0]![1].defaultPath).toBe(
      join('/home/j/Documents', expected)
    )
  })

  it('accepts every extension a report, bundle or backup has, and no other', () => {
    const used = new Set([...Object.values(reportFormatInfo).map((f) => f.extension), 'json'])
    expect([...used].sort()).toEqual([...SAVE_EXTENSIONS].sort())
  })

  it('writes the data where the user chose and says where', async () => {
    const { d, written } = deps()
    await expect(makeSaveFileHandler(d)(event(), request)).resolves.toEqual({ saved: true, path: '/home/j/report.md' })
    expect(written).toEqual([['/home/j/report.md', '# Al-Qaim\n']])
  })

  it('writes nothing when the user cancels', async () => {
    const { d, written } = deps({ showSaveDialog: async () => ({ canceled: true, filePath: '' }) })
    await expect(makeSaveFileHandler(d)(event(), request)).resolves.toEqual({ saved: false })
    expect(written).toEqual([])
  })

  it('says why a write failed, without a path dump', async () => {
    const denied = Object.assign(new Error("EACCES: permission denied, open '/home/j/report.md'"), { code: 'EACCES' })
    const { d } = deps({ writeFile: async () => Promise.reject(denied) })
    await expect(makeSaveFileHandler(d)(event(), request)).rejects.toThrow(
      /^Could not save report\.md: permission denied\.$/
    )
    expect(describeWriteError({ code: 'ENOSPC' })).toBe('the disk is full')
  })
})

describe('writeWhole', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'parallax-save-'))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('replaces an existing file whole and leaves no partial file', async () => {
    const path = join(dir, 'report.md')
    writeFileSync(path, 'old report, longer than the new one')
    await writeWhole(path, 'new')
    expect(readFileSync(path, 'utf8')).toBe('new')
    await writeWhole(path, new Uint8Array([1, 2, 3]))
    expect([...readFileSync(path)]).toEqual([1, 2, 3])
    expect(readdirSync(dir)).toEqual(['report.md'])
  })

  it('leaves no partial file when the folder is missing', async () => {
    await expect(writeWhole(join(dir, 'missing', 'x.md'), 'x')).rejects.toMatchObject({ code: 'ENOENT' })
    expect(readdirSync(dir)).toEqual([])
  })
})

describe('openBundleFile handler', () => {
  it('offers one .json file and reads it', async () => {
    const bytes = new TextEncoder().encode('{"format":"parallax/1"}')
    const files: FileSystemPort = {
      stat: async () => ({ size: bytes.length, isFile: () => true }),
      readFile: async () => bytes
    }
    const { d } = deps({
      files,
      showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: ['/b/case.parallax.json', '/b/other.json'] }))
    })
    const result = await makeOpenBundleFileHandler(d)(event())
    expect(result).toEqual([{ ok: true, name: 'case.parallax.json', bytes }])
    const options = (d.showOpenDialog as ReturnType<typeof vi.fn>).mock.calls[0]![1]
    expect(options.properties).toEqual(['openFile'])
    expect(options.filters).toEqual([{ name: 'Parallax bundle', extensions: ['json'] }])
  })

  it('refuses arguments and foreign senders', async () => {
    const { d } = deps()
    await expect(makeOpenBundleFileHandler(d)(event(), '/etc/passwd')).rejects.toThrow(
      'Refused: openBundleFile takes no arguments.'
    )
    await expect(makeOpenBundleFileHandler(d)(event(null))).rejects.toThrow(/did not come from Parallax/)
    expect(d.showOpenDialog).not.toHaveBeenCalled()
  })

  it('resolves to [] when the user cancels', async () => {
    const { d } = deps()
    await expect(makeOpenBundleFileHandler(d)(event())).resolves.toEqual([])
  })
})

describe('printToPdf handler', () => {
  const print = { html: '<!doctype html><title>r</title><p>Report</p>', suggestedName: 'al-qaim' }

  it('asks where first, then renders and writes the PDF', async () => {
    const { d, written } = deps({
      showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/home/j/al-qaim.pdf' }))
    })
    await expect(makePrintToPdfHandler(d)(event(), print)).resolves.toEqual({
      saved: true,
      path: '/home/j/al-qaim.pdf'
    })
    const options = (d.showSaveDialog as ReturnType<typeof vi.fn>).mock.calls[0]![1]
    expect(options.defaultPath).toBe(join('/home/j/Documents', 'al-qaim.pdf'))
    expect(options.filters).toEqual([{ name: 'PDF document', extensions: ['pdf'] }])
    expect(d.renderPdf).toHaveBeenCalledWith(print.html)
    expect(written).toEqual([['/home/j/al-qaim.pdf', new Uint8Array([37, 80, 68, 70])]])
  })

  it('renders nothing when the user cancels', async () => {
    const { d } = deps({ showSaveDialog: async () => ({ canceled: true }) })
    await expect(makePrintToPdfHandler(d)(event(), print)).resolves.toEqual({ saved: false })
    expect(d.renderPdf).not.toHaveBeenCalled()
  })

  it('refuses a payload without HTML, before any dialog', async () => {
    const { d } = deps()
    await expect(makePrintToPdfHandler(d)(event(), { suggestedName: 'x' })).rejects.toThrow(
      /^Refused: printToPdf needs an HTML document/
    )
    await expect(makePrintToPdfHandler(d)(event(), print, print)).rejects.toThrow(/^Refused/)
    expect(d.showSaveDialog).not.toHaveBeenCalled()
  })
})

describe('renderPdf', () => {
  beforeEach(() => {
    electron.resetFakeElectron()
    electron.session.partitions.clear()
  })

  type Filter = (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void
  function verdict(url: string): boolean | undefined {
    const filter = electron.session.partitions.get(PRINT_PARTITION)!.webRequest.onBeforeRequest.mock
      .calls[0]![0] as Filter
    let cancel: boolean | undefined
    filter({ url }, (response) => (cancel = response.cancel))
    return cancel
  }

  it('prints in a hidden window without script, preload or the app session, then cleans up', async () => {
    let cancelledWhilePrinting: boolean | undefined
    let printedText = ''
    electron.FakeBrowserWindow.onCreate = (window) => {
      window.loadURL.mockImplementation(async (url: string) => {
        cancelledWhilePrinting = verdict(url)
        printedText = readFileSync(new URL(url), 'utf8')
      })
    }
    const pdf = await renderPdf('<!doctype html><p>Killed: 12</p>')

    expect(pdf).toEqual(new Uint8Array([0x25, 0x50, 0x44, 0x46]))
    const [window] = electron.FakeBrowserWindow.instances
    const printSession = electron.session.partitions.get(PRINT_PARTITION)!
    expect(electron.session.fromPartition).toHaveBeenCalledWith(PRINT_PARTITION, { cache: false })
    const prefs = window!.options.webPreferences
    expect(window!.options.show).toBe(false)
    expect(prefs).toMatchObject({ javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false })
    expect(prefs.preload).toBeUndefined()
    expect(prefs.session).toBe(printSession)
    expect(printSession.setPermissionRequestHandler).toHaveBeenCalled()
    expect(window!.webContents.printToPDF).toHaveBeenCalledWith(expect.objectContaining({ printBackground: true }))

    expect(printedText).toBe('<!doctype html><p>Killed: 12</p>')
    expect(cancelledWhilePrinting).toBe(false)
    expect(window!.destroy).toHaveBeenCalled()
    const url = window!.loadURL.mock.calls[0]![0]
    expect(existsSync(new URL(url))).toBe(false)
    // After the print even the report's own file is refused; remote pages and other files always are.
    expect(verdict(url)).toBe(true)
    expect(verdict('https://tracker.example/pixel.gif')).toBe(true)
    expect(verdict('file:///etc/passwd')).toBe(true)
  })

  it('lets only the report being printed through the session filter', () => {
    const file = resolve('/tmp/parallax-print-x/report.html')
    const allowed = new Set([file])
    expect(isPrintableRequest(pathToFileURL(file).href, allowed)).toBe(true)
    expect(isPrintableRequest('file:///tmp/parallax-print-x/../../etc/passwd', allowed)).toBe(false)
    expect(isPrintableRequest('https://example.com/', allowed)).toBe(false)
    expect(isPrintableRequest('data:text/html,<p>x', allowed)).toBe(false)
    expect(isPrintableRequest('not a url', allowed)).toBe(false)
  })

  it('destroys the window and removes the file when printing fails', async () => {
    electron.FakeBrowserWindow.onCreate = (window) =>
      window.webContents.printToPDF.mockRejectedValueOnce(new Error('printing failed'))
    await expect(renderPdf('<p>x</p>')).rejects.toThrow('printing failed')
    const [window] = electron.FakeBrowserWindow.instances
    expect(window!.destroy).toHaveBeenCalled()
    expect(existsSync(new URL(window!.loadURL.mock.calls[0]![0]))).toBe(false)
  })

  it('gives up after its time budget', async () => {
    electron.FakeBrowserWindow.onCreate = (window) => window.loadURL.mockImplementation(() => new Promise(() => {}))
    await expect(renderPdf('<p>x</p>', 50)).rejects.toThrow(/longer than/)
    expect(electron.FakeBrowserWindow.instances[0]!.destroy).toHaveBeenCalled()
  })
})

describe('registerFileHandlers', () => {
  beforeEach(() => electron.resetFakeElectron())

  it('registers the three file channels', () => {
    registerFileHandlers(location)
    const registered = electron.ipcMain.handle.mock.calls.map((c) => c[0])
    expect(registered).toEqual([channels.saveFile, channels.openBundleFile, channels.printToPdf])
  })
})
