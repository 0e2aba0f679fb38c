/**
 * The file verbs of main: save a report, bundle or backup where the user chooses, open one bundle,
 * print the HTML report to PDF. Each handler checks the sender frame and the payload before any
 * dialog opens (the checks are the contract's plain guards), and takes its I/O as parameters so
 * tests run it without Electron. The file name the renderer suggests is sanitised again here: the
 * renderer is not trusted to name files.
 */
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  type IpcMainInvokeEvent,
  type OpenDialogOptions,
  type SaveDialogOptions
} from 'electron'
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import {
  channels,
  isOpenBundleFileRequest,
  printToPdfProblem,
  safeFileName,
  saveFileProblem,
  type OpenedFile,
  type PrintToPdfRequest,
  type SaveFileRequest,
  type SaveResult,
  withSaveExtension
} from '@core/bridge'
import { MAX_BUNDLE_BYTES, readSourceFiles, type FileSystemPort } from '@core/source'
import { assertTrustedSender, IpcRefusal, plainErrors } from './ipc'
import type { AppLocation } from './location'
import { renderPdf } from './print'

type SaveDialog = (
  event: IpcMainInvokeEvent,
  options: SaveDialogOptions
) => Promise<{ canceled: boolean; filePath?: string }>
type OpenDialog = (
  event: IpcMainInvokeEvent,
  options: OpenDialogOptions
) => Promise<{ canceled: boolean; filePaths: string[] }>
export type WriteFile = (path: string, data: string | Uint8Array) => Promise<void>

export interface FileDeps {
  location: AppLocation
  showSaveDialog: SaveDialog
  showOpenDialog: OpenDialog
  writeFile: WriteFile
  files: FileSystemPort
  /** HTML → PDF bytes, off-screen (see ./print). */
  renderPdf: (html: string) => Promise<Uint8Array>
  /** The folder the Save dialog starts in (Documents); undefined lets the system choose. */
  defaultFolder?: () => string | undefined
}

/** A sentence fragment for a write error, never a stack or a path dump. */
export function describeWriteError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : ''
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'ENOSPC':
      return 'the disk is full'
    case 'EROFS':
      return 'the disk is read-only'
    case 'ENOENT':
    case 'ENOTDIR':
      return 'the folder does not exist'
    case 'EISDIR':
      return 'a folder has that name'
    default:
      return 'the file could not be written'
  }
}

/**
 * Writes next to the target and renames over it, so a failed or interrupted write never leaves a
 * half-written report in place of the file the user chose to replace.
 */
export const writeWhole: WriteFile = async (path, data) => {
  const partial = `${path}.${process.pid}.part`
  try {
    await writeFile(partial, data)
    await rename(partial, path)
  } catch (error) {
    await rm(partial, { force: true }).catch(() => {})
    throw error
  }
}

function saveOptions(
  deps: FileDeps,
  name: string,
  filter: SaveFileRequest['filter'],
  title: string
): SaveDialogOptions {
  const folder = deps.defaultFolder?.()
  return {
    title,
    defaultPath: folder ? join(folder, name) : name,
    filters: [{ name: filter.name, extensions: [...filter.extensions] }],
    properties: ['createDirectory', 'showOverwriteConfirmation']
  }
}

async function saveTo(
  deps: FileDeps,
  event: IpcMainInvokeEvent,
  options: SaveDialogOptions,
  produce: () => Promise<string | Uint8Array>
): Promise<SaveResult> {
  const choice = await deps.showSaveDialog(event, options)
  if (choice.canceled || !choice.filePath) return { saved: false }
  const data = await produce()
  try {
    await deps.writeFile(choice.filePath, data)
  } catch (error) {
    throw new IpcRefusal(`Could not save ${basename(choice.filePath)}: ${describeWriteError(error)}.`)
  }
  return { saved: true, path: choice.filePath }
}

export function makeSaveFileHandler(deps: FileDeps) {
  return plainErrors('save the file', async (event: IpcMainInvokeEvent, ...args: unknown[]): Promise<SaveResult> => {
    assertTrustedSender(event, deps.location)
    const problem = saveFileProblem(args)
    if (problem) throw new IpcRefusal(`Refused: ${problem}`)
    const request = args[0] as SaveFileRequest
    const name = safeFileName(withSaveExtension(safeFileName(request.suggestedName), request.filter.extensions))
    return saveTo(deps, event, saveOptions(deps, name, request.filter, 'Save'), async () => request.data)
  })
}

export const bundleDialogOptions: OpenDialogOptions = {
  title: 'Open a Parallax bundle or backup',
  properties: ['openFile'],
  filters: [{ name: 'Parallax bundle', extensions: ['json'] }]
}

export function makeOpenBundleFileHandler(deps: FileDeps) {
  return plainErrors(
    'open the bundle',
    async (event: IpcMainInvokeEvent, ...args: unknown[]): Promise<OpenedFile[]> => {
      assertTrustedSender(event, deps.location)
      if (!isOpenBundleFileRequest(args)) throw new IpcRefusal('Refused: openBundleFile takes no arguments.')
      const choice = await deps.showOpenDialog(event, bundleDialogOptions)
      if (choice.canceled || choice.filePaths.length === 0) return []
      return readSourceFiles(choice.filePaths.slice(0, 1), deps.files, MAX_BUNDLE_BYTES)
    }
  )
}

export function makePrintToPdfHandler(deps: FileDeps) {
  return plainErrors('print to PDF', async (event: IpcMainInvokeEvent, ...args: unknown[]): Promise<SaveResult> => {
    assertTrustedSender(event, deps.location)
    const problem = printToPdfProblem(args)
    if (problem) throw new IpcRefusal(`Refused: ${problem}`)
    const request = args[0] as PrintToPdfRequest
    const name = safeFileName(request.suggestedName).replace(/(\.pdf)?$/i, '.pdf')
    const filter = { name: 'PDF document', extensions: ['pdf'] }
    // The dialog first: a cancelled print renders nothing.
    return saveTo(deps, event, saveOptions(deps, name, filter, 'Print to PDF'), () => deps.renderPdf(request.html))
  })
}

function parentOf(event: IpcMainInvokeEvent) {
  return BrowserWindow.fromWebContents(event.sender)
}

export function registerFileHandlers(location: AppLocation): void {
  const deps: FileDeps = {
    location,
    showSaveDialog: (event, options) => {
      const window = parentOf(event)
      return window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options)
    },
    showOpenDialog: (event, options) => {
      const window = parentOf(event)
      return window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options)
    },
    writeFile: writeWhole,
    files: { stat, readFile },
    renderPdf,
    defaultFolder: () => {
      try {
        return app.getPath('documents')
      } catch {
        return undefined
      }
    }
  }
  ipcMain.handle(channels.saveFile, makeSaveFileHandler(deps))
  ipcMain.handle(channels.openBundleFile, makeOpenBundleFileHandler(deps))
  ipcMain.handle(channels.printToPdf, makePrintToPdfHandler(deps))
}
