/**
 * A watch on everything hostile content could make the page do: run script (the canary
 * `window.__pwned`, any alert/confirm/prompt dialog), reach the network (any request to a host
 * other than 127.0.0.1 is recorded and aborted), open a window, or slip live markup into the
 * document (script, frames, plugins, media, event-handler attributes). Install it before the page
 * loads; call `expectNothingEscaped()` after each step.
 */
import { expect, type Page } from '@playwright/test'

/** Elements the reader never renders itself: finding one means imported markup got into the DOM. */
const FOREIGN_TAGS = [
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'base',
  'img',
  'image',
  'video',
  'audio',
  'source',
  'picture',
  'template',
  'math',
  'style',
  'link',
  'meta',
  'portal',
  'noscript'
]

export interface Guard {
  offsite: string[]
  dialogs: string[]
  popups: string[]
  expectNothingEscaped(): Promise<void>
}

const isLocal = (url: string) => {
  if (/^(data|blob|about):/i.test(url)) return true
  try {
    return new URL(url).hostname === '127.0.0.1'
  } catch {
    return false
  }
}

export async function guardPage(page: Page, options: { allowPopups?: boolean } = {}): Promise<Guard> {
  const guard: Guard = {
    offsite: [],
    dialogs: [],
    popups: [],
    async expectNothingEscaped() {
      const state = await page.evaluate((foreign) => {
        const body = document.body
        const handlers: string[] = []
        for (const el of body.querySelectorAll('*')) {
          for (const attr of Array.from(el.attributes))
            if (/^on/i.test(attr.name)) handlers.push(`<${el.localName} ${attr.name}>`)
        }
        // The reader's frames: the print frame, only while printing, and the page reader (app/pageReader.ts),
        // hidden, sandboxed to scripts alone, showing the app's own page-reader.html; any other is foreign.
        const isPageReader = (el: Element) =>
          el.localName === 'iframe' &&
          el.getAttribute('sandbox') === 'allow-scripts' &&
          el.getAttribute('src') === 'page-reader.html' &&
          (el as HTMLElement).hidden
        const tags = foreign.flatMap((tag) =>
          Array.from(body.querySelectorAll(tag))
            .filter((el) => !isPageReader(el))
            .map((el) => `<${el.localName}>`)
        )
        const links = Array.from(body.querySelectorAll('a[href]')).map((a) => a.getAttribute('href'))
        return {
          pwned: (window as unknown as { __pwned?: unknown }).__pwned,
          handlers,
          tags,
          links,
          url: location.href
        }
      }, FOREIGN_TAGS)
      expect(state.pwned, 'a payload ran script (window.__pwned is set)').toBeUndefined()
      // the page reader frame reads imported pages: nothing of them runs there either, and its
      // document holds only its own script
      for (const frame of page.frames().filter((f) => f.url().endsWith('/page-reader.html'))) {
        const inside = await frame.evaluate(() => ({
          pwned: (window as unknown as { __pwned?: unknown }).__pwned,
          elements: Array.from(document.body.querySelectorAll('*')).map((el) => el.localName)
        }))
        expect(inside.pwned, 'a payload ran script in the page reader frame').toBeUndefined()
        expect(inside.elements, 'elements in the page reader frame').toEqual(['script'])
      }
      expect(state.handlers, 'event-handler attributes in the document').toEqual([])
      expect(state.tags, 'foreign elements in the document').toEqual([])
      expect(state.links, 'links in the document').toEqual([])
      expect(new URL(state.url).hostname, 'the page navigated away').toBe('127.0.0.1')
      expect(guard.dialogs, 'dialogs opened by a payload').toEqual([])
      expect(guard.offsite, 'requests that left 127.0.0.1').toEqual([])
      if (!options.allowPopups) expect(guard.popups, 'windows opened').toEqual([])
    }
  }
  await page.context().route('**/*', (route) => {
    const url = route.request().url()
    if (isLocal(url)) return route.continue()
    guard.offsite.push(url)
    return route.abort('blockedbyclient')
  })
  page.context().on('request', (request) => {
    const url = request.url()
    if (!isLocal(url) && !guard.offsite.includes(url)) guard.offsite.push(url)
  })
  page.on('dialog', (dialog) => {
    guard.dialogs.push(`${dialog.type()}: ${dialog.message()}`)
    void dialog.dismiss().catch(() => {})
  })
  page.context().on('page', (popup) => guard.popups.push(popup.url() || 'about:blank'))
  return guard
}
