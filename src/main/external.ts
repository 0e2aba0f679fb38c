/**
 * Opening an article's web address in the system browser (`shell.openExternal`). The renderer
 * asks the journalist first ("Open https://… in your browser?"); main cannot see that click, so it
 * trusts nothing about the call: the sender must be the app's own top frame, and the address must
 * pass the contract's check and parse as http(s) with Node's URL before the shell sees it. Any
 * other scheme (file:, javascript:, a custom protocol handler) would hand a hostile article a way
 * to run something on the machine.
 */
import { ipcMain, shell, type IpcMainInvokeEvent } from 'electron'
import { channels, openExternalProblem } from '@core/bridge'
import { assertTrustedSender, IpcRefusal, plainErrors } from './ipc'
import type { AppLocation } from './location'
import { parseUrl } from './location'

export interface ExternalDeps {
  location: AppLocation
  openExternal: (url: string) => Promise<void>
}

/** The address main hands to the shell: re-parsed and re-serialised, so what opens is what was checked. */
export function externalHref(url: string): string | null {
  const parsed = parseUrl(url)
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) return null
  if (!parsed.hostname || parsed.username || parsed.password) return null
  return parsed.href
}

export function makeOpenExternalHandler(deps: ExternalDeps) {
  return plainErrors('open the link', async (event: IpcMainInvokeEvent, ...args: unknown[]): Promise<void> => {
    assertTrustedSender(event, deps.location)
    const problem = openExternalProblem(args)
    if (problem) throw new IpcRefusal(`Refused to open the link: ${problem}`)
    const href = externalHref(args[0] as string)
    if (!href)
      throw new IpcRefusal('Refused to open the link: only http:// and https:// addresses open in the browser.')
    await deps.openExternal(href)
  })
}

export function registerExternalHandlers(location: AppLocation): void {
  ipcMain.handle(
    channels.openExternal,
    makeOpenExternalHandler({ location, openExternal: (url) => shell.openExternal(url) })
  )
}
