/** The browser platform: file inputs stand in for Open dialogs, downloads for Save, the print dialog for PDF. */
import { importFileExtensions } from '@core/bridge'
import { MAX_BUNDLE_BYTES } from '@core/source'
import { downloadFile, openInNewTab, pickFiles, printReport } from './browserFiles'
import type { Platform } from './platform'

export function createBrowserPlatform(doc: Document = document): Platform {
  return {
    kind: 'browser',
    menuOwnsShortcuts: false,
    openFiles: () => pickFiles(doc, importFileExtensions.map((e) => `.${e}`).join(','), true),
    saveFile: async (request) => downloadFile(doc, request),
    openBundleFile: () => pickFiles(doc, '.json,application/json', false, MAX_BUNDLE_BYTES),
    printToPdf: (request) => printReport(doc, request),
    openExternal: async (url) => openInNewTab(doc, url),
    onMenuCommand() {
      return () => {}
    }
  }
}
