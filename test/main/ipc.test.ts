import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { channels } from '@core/bridge'
import type { FileSystemPort } from '@core/source'
import { makeOpenFilesHandler, registerIpcHandlers, sendMenuCommand } from '../../src/main/ipc'
import type { AppLocation } from '../../src/main/location'
import * as electron from './fake-electron'

vi.mock('electron', () => import('./fake-electron'))

const rendererDir = resolve('/opt/parallax/out/renderer')
const location: AppLocation = { rendererDir }
const appFrame = { url: pathToFileURL(join(rendererDir, 'index.html')).href, parent: null }
const MB = 1024 * 1024

function invokeEvent(frame: { url: string; parent: unknown } | null = appFrame) {
  return { senderFrame: frame, sender: {} } as never
}

/** A file system of in-memory files; records what was read. */
function memoryFiles(files: Record<string, number | Uint8Array | Error>) {
  const reads: string[] = []
  const fs: FileSystemPort = {
    async stat(path) {
      const entry = files[path]
      if (entry === undefined)
        throw Object.assign(new Error(`ENOENT: no such file, stat '${path}'`), { code: 'ENOENT' })
      if (entry instanceof Error) throw entry
      const size = typeof entry === 'number' ? entry : entry.byteLength
      return { size, isFile: () => true }
    },
    async readFile(path) {
      reads.push(path)
      const entry = files[path]
      if (entry instanceof Uint8Array) return entry
      if (typeof entry === 'number') return new Uint8Array(entry)
      throw entry
    }
  }
  return { fs, reads }
}

function handlerWith(dialogResult: { canceled: boolean; filePaths: string[] }, files: FileSystemPort) {
  const showOpenDialog = vi.fn(async () => dialogResult)
  return { handler: makeOpenFilesHandler({ location, showOpenDialog, files }), showOpenDialog }
}

describe('openFiles handler', () => {
  it('refuses a sender frame that is not the app page, before showing any dialog', async () => {
    const { handler, showOpenDialog } = handlerWith({ canceled: true, filePaths: [] }, memoryFiles({}).fs)
    for (const frame of [
      { url: 'https://example.com/', parent: null },
      { url: pathToFileURL(resolve('/tmp/evil.html')).href, parent: null },
      { url: appFrame.url, parent: {} },
      null
    ]) {
      await expect(handler(invokeEvent(frame))).rejects.toThrow(/did not come from Parallax/)
    }
    expect(showOpenDialog).not.toHaveBeenCalled()
  })

  it('refuses a payload: openFiles takes no arguments', async () => {
    const { handler, showOpenDialog } = handlerWith({ canceled: true, filePaths: [] }, memoryFiles({}).fs)
    await expect(handler(invokeEvent(), '/etc/passwd')).rejects.toThrow('Refused: openFiles takes no arguments.')
    expect(showOpenDialog).not.toHaveBeenCalled()
  })

  it('resolves to [] when the user cancels', async () => {
    const { handler } = handlerWith({ canceled: true, filePaths: [] }, memoryFiles({}).fs)
    await expect(handler(invokeEvent())).resolves.toEqual([])
  })

  it('offers several files of the article types', async () => {
    const { handler, showOpenDialog } = handlerWith({ canceled: true, filePaths: [] }, memoryFiles({}).fs)
    await handler(invokeEvent())
    const options = (showOpenDialog.mock.calls[0] as unknown[])[1] as Electron.OpenDialogOptions
    expect(options.properties).toEqual(expect.arrayContaining(['openFile', 'multiSelections']))
    expect(options.filters).toEqual([{ name: 'Articles', extensions: expect.arrayContaining(['txt', 'html', 'md']) }])
  })

  it('refuses a 25 MB file without reading it, and reads a small one', async () => {
    const small = new TextEncoder().encode('Al Qaim last IS bastion')
    const { fs, reads } = memoryFiles({ '/news/huge.html': 25 * MB, '/news/small.txt': small })
    const { handler } = handlerWith({ canceled: false, filePaths: ['/news/huge.html', '/news/small.txt'] }, fs)
    const result = await handler(invokeEvent())
    expect(result).toEqual([
      { ok: false, name: 'huge.html', reason: 'is larger than 20 MB (25 MB)' },
      { ok: true, name: 'small.txt', bytes: small }
    ])
    expect(reads).toEqual(['/news/small.txt'])
  })

  it('turns read errors into plain reasons and carries on', async () => {
    const denied = Object.assign(new Error("EACCES: permission denied, open '/root/x.txt'"), { code: 'EACCES' })
    const { fs } = memoryFiles({ '/root/x.txt': denied, '/ok.txt': new Uint8Array([65]) })
    const { handler } = handlerWith({ canceled: false, filePaths: ['/gone.txt', '/root/x.txt', '/ok.txt'] }, fs)
    expect(await handler(invokeEvent())).toEqual([
      { ok: false, name: 'gone.txt', reason: 'could not be found' },
      { ok: false, name: 'x.txt', reason: 'could not be read (permission denied)' },
      { ok: true, name: 'ok.txt', bytes: new Uint8Array([65]) }
    ])
  })

  it('lets only a plain message cross when something unexpected breaks', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const handler = makeOpenFilesHandler({
      location,
      showOpenDialog: async () => {
        throw new Error('internal detail /home/user/.config')
      },
      files: memoryFiles({}).fs
    })
    await expect(handler(invokeEvent())).rejects.toThrow(/^Parallax could not open the files\.$/)
    expect(error).toHaveBeenCalled()
    error.mockRestore()
  })
})

describe('registerIpcHandlers', () => {
  let dir: string
  beforeEach(() => {
    electron.resetFakeElectron()
    dir = mkdtempSync(join(tmpdir(), 'parallax-ipc-'))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('registers openFiles, which reads real files chosen in the dialog', async () => {
    const path = join(dir, 'article.txt')
    writeFileSync(path, 'The desert towns of Al Qaim and Rawa')
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [path] })
    registerIpcHandlers(location)
    const [channel, handler] = electron.ipcMain.handle.mock.calls[0]!
    expect(channel).toBe(channels.openFiles)
    const [file] = await handler(invokeEvent())
    expect(file).toMatchObject({ ok: true, name: 'article.txt' })
    expect(new TextDecoder().decode(file.bytes)).toBe('The desert towns of Al Qaim and Rawa')
    expect(Object.getPrototypeOf(file.bytes)).toBe(Uint8Array.prototype)
  })
})

describe('sendMenuCommand', () => {
  it('sends a contract command on the menu channel', () => {
    const contents = { send: vi.fn() }
    sendMenuCommand(contents, 'paste-text')
    expect(contents.send).toHaveBeenCalledWith(channels.menuCommand, 'paste-text')
  })

  it('throws for a command outside the contract and sends nothing', () => {
    const contents = { send: vi.fn() }
    expect(() => sendMenuCommand(contents, 'format-disk')).toThrow()
    expect(contents.send).not.toHaveBeenCalled()
  })
})
