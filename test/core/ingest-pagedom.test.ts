/**
 * ingest/pagedom: the tree a web page is read into, built by parse5 as the HTML standard says and
 * copied into the host's light DOM (linkedom here, as in the CLI and the app's ingest worker).
 * Nothing of the page runs: the copy makes elements, attributes, text and comments only.
 */
import { DOMParser as LinkedomParser } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { buildPageDocument, pageWindow, type BlankDocument } from '../../src/core/ingest/pagedom'

const blank = () =>
  new LinkedomParser().parseFromString('<!doctype html><html></html>', 'text/html') as unknown as BlankDocument

type Doc = { querySelector(s: string): { textContent: string; getAttribute(n: string): string | null } | null }
const build = (html: string) => buildPageDocument(html, blank()) as Doc

describe('the page tree', () => {
  it('builds the tree a browser builds, unclosed paragraphs and all', () => {
    const doc = build('<title>Strike on Atareb</title><p>First paragraph<p>Second paragraph')
    expect(doc.querySelector('title')!.textContent).toBe('Strike on Atareb')
    expect((doc as unknown as { querySelectorAll(s: string): unknown[] }).querySelectorAll('body > p')).toHaveLength(2)
  })

  it('keeps attributes, and reads a script as text that never runs', () => {
    const flag = globalThis as unknown as { pwned?: boolean }
    const doc = build('<meta property="og:title" content="Aleppo"><script>globalThis.pwned = true</script>')
    expect(doc.querySelector('meta')!.getAttribute('content')).toBe('Aleppo')
    expect(doc.querySelector('script')!.textContent).toContain('pwned')
    expect(flag.pwned).toBeUndefined()
  })

  it('puts a template’s children in its content, not in the page', () => {
    const doc = build('<body><template><p id="hidden">not shown</p></template><p id="shown">shown</p></body>')
    expect(doc.querySelector('#shown')).not.toBeNull()
    expect(doc.querySelector('body > #hidden')).toBeNull()
  })

  it('builds pages nested thousands deep without running out of stack', () => {
    const deep = '<div>'.repeat(20_000) + 'the bottom' + '</div>'.repeat(20_000)
    expect((build(deep) as unknown as { body: { textContent: string } }).body.textContent).toBe('the bottom')
  })

  it('hands ingest a window whose DOMParser reads pages this way', () => {
    const win = pageWindow(blank)
    const doc = new win.DOMParser().parseFromString('<h1>Headline</h1>', 'text/html') as unknown as Doc
    expect(doc.querySelector('h1')!.textContent).toBe('Headline')
  })
})
