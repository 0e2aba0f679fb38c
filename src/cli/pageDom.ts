/**
 * The DOM the CLI reads web pages with: core's page tree (parse5, the HTML standard's tree
 * builder) built in linkedom, a light DOM Readability runs on several times faster than on jsdom
 * (jsdom took 3–4 s on a 1 MB page). The app's ingest worker reads pages the same way.
 * PARALLAX_PAGE_DOM=jsdom reads with jsdom instead: the bench's peer for the same page.
 */
import { createRequire } from 'node:module'
import type { HtmlWindow } from '@core/ingest'
import { linkedomPageWindow } from './linkedomWindow'

export function cliPageWindow(env: NodeJS.ProcessEnv = process.env): HtmlWindow {
  if (env.PARALLAX_PAGE_DOM === 'jsdom') {
    const { JSDOM } = createRequire(import.meta.url)('jsdom') as typeof import('jsdom')
    return new JSDOM('').window as unknown as HtmlWindow
  }
  return linkedomPageWindow()
}
