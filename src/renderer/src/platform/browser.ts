/** The browser platform: a hidden file input stands in for the Open dialog. */
import { importFileExtensions } from '@core/bridge'
import { readBrowserFile } from './files'
import type { Platform } from './platform'

export function createBrowserPlatform(doc: Document = document): Platform {
  return {
    kind: 'browser',
    menuOwnsShortcuts: false,
    openFiles() {
      return new Promise((resolve) => {
        const input = doc.createElement('input')
        input.type = 'file'
        input.multiple = true
        input.accept = importFileExtensions.map((e) => `.${e}`).join(',')
        input.addEventListener('change', () => {
          void Promise.all(Array.from(input.files ?? []).map(readBrowserFile)).then(resolve)
        })
        input.addEventListener('cancel', () => resolve([]))
        input.click()
      })
    },
    onMenuCommand() {
      return () => {}
    }
  }
}
