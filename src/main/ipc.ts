/**
 * IPC handlers in main. Every call is checked twice before any work: the sender frame must be the
 * app's own page, and the payload must pass the contract's check. Only a plain message crosses
 * back to the renderer when something goes wrong.
 */
import {
  BrowserWindow,
  dialog,
  ipcMain,
  type IpcMainInvokeEvent,
  type OpenDialogOptions,
  type WebContents
} from 'electron'
import { readFile, stat } from 'node:fs/promises'
import { channels, importFileExtensions, isMenuCommand, isOpenFilesRequest, type OpenedFile } from '@core/bridge'
import { readSourceFiles, type FileSystemPort } from '@core/source'
import { isAppUrl, type AppLocation } from './location'

/** A refusal whose message is meant for the renderer. */
export class IpcRefusal extends Error {}

const nodeFiles: FileSystemPort = { stat, readFile }

/** The sender must be the top frame of a window showing the app's own page. */
export function assertTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>, location: AppLocation): void {
  const frame = event.senderFrame
  if (!frame || frame.parent !== null || !isAppUrl(frame.url, location)) {
    throw new IpcRefusal('Refused: the request did not come from Parallax’s own page.')
  }
}

/**
 * Wraps a handler so that only a plain Error with a message reaches the renderer; unexpected errors
 * are logged here and reported as a generic sentence (no stack, no paths).
 */
export function plainErrors<A extends unknown[], R>(what: string, handler: (...args: A) => Promise<R>) {
  return async (...args: A): Promise<R> => {
    try {
      return await handler(...args)
    } catch (error) {
      if (error instanceof IpcRefusal) throw new Error(error.message)
      console.error(`Parallax: ${what} failed:`, error)
      throw new Error(`Parallax could not ${what}.`)
    }
  }
}

export interface OpenFilesDeps {
  location: AppLocation
  showOpenDialog: (
    event: IpcMainInvokeEvent,
    options: OpenDialogOptions
  ) => Promise<{ canceled: boolean; filePaths: string[] }>
  files: FileSystemPort
}

export const openDialogOptions: OpenDialogOptions = {
  title: 'Open articles',
  properties: ['openFile', 'multiSelections'],
  filters: [{ name: 'Articles', extensions: [...importFileExtensions] }]
}

/** The openFiles handler with its I/O injected: check sender and payload, show the dialog, read the files. */
export function makeOpenFilesHandler(deps: OpenFilesDeps) {
  return plainErrors('open the files', async (event: IpcMainInvokeEvent, ...args: unknown[]): Promise<OpenedFile[]> => {
    assertTrustedSender(event, deps.location)
    if (!isOpenFilesRequest(args)) throw new IpcRefusal('Refused: openFiles takes no arguments.')
    const choice = await deps.showOpenDialog(event, openDialogOptions)
    if (choice.canceled || choice.filePaths.length === 0) return []
    return readSourceFiles(choice.filePaths, deps.files)
  })
}

function showOpenDialog(event: IpcMainInvokeEvent, options: OpenDialogOptions) {
  const window = BrowserWindow.fromWebContents(event.sender)
  return window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options)
}

export function registerIpcHandlers(location: AppLocation): void {
  ipcMain.handle(channels.openFiles, makeOpenFilesHandler({ location, showOpenDialog, files: nodeFiles }))
}

/** Tells the renderer a menu item was chosen; a command outside the contract is a bug and throws. */
export function sendMenuCommand(contents: Pick<WebContents, 'send'>, command: unknown): void {
  if (!isMenuCommand(command)) throw new Error(`Not a menu command: ${String(command)}`)
  contents.send(channels.menuCommand, command)
}
