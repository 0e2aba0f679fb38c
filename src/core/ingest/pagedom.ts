/**
 * The tree a web page is read into, the same in the app's ingest worker and in the CLI. parse5 is
 * the HTML standard's tree builder (the parser jsdom uses; Chromium builds the same tree), run
 * with scripting off, as DOMParser does; its tree is then built again as nodes of a light DOM the
 * host hands over (linkedom: a worker has no DOM of its own, and Readability runs on linkedom
 * several times faster than on jsdom). Nothing of the page runs or loads: parse5 only tokenises,
 * and the copy creates elements, attributes, text and comments.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5'
import type { HtmlWindow } from './types'

type P5Node = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['parentNode']
type P5Parent = DefaultTreeAdapterMap['parentNode']

/** The DOM methods used to build a tree (linkedom's document has them, as every DOM does). */
export interface BuildDocument {
  createElement(name: string): BuildNode
  createElementNS(ns: string, name: string): BuildNode
  createTextNode(text: string): BuildNode
  createComment(text: string): BuildNode
}
export interface BuildNode {
  appendChild(child: BuildNode): unknown
  setAttribute(name: string, value: string): void
  readonly content?: BuildNode
}
/** A document of the host's DOM holding only its root element, which the page's replaces. */
export type BlankDocument = BuildDocument & { documentElement: BuildNode; removeChild(n: BuildNode): void }

const HTML_NS = 'http://www.w3.org/1999/xhtml'

function isParent(node: P5Node): node is P5Parent & { childNodes: P5Node[] } {
  return 'childNodes' in node
}

/** parse5's tree → the host's, iteratively (pages nest thousands deep); a <template>'s children go to its content, as in a browser. */
export function buildPageDocument(html: string, doc: BlankDocument): unknown {
  doc.removeChild(doc.documentElement)
  const stack: [P5Parent, BuildNode][] = [[parse(html, { scriptingEnabled: false }), doc as unknown as BuildNode]]
  while (stack.length) {
    const [from, to] = stack.pop()!
    const isTemplate = 'tagName' in from && from.tagName === 'template'
    const into = isTemplate ? to.content! : to
    const kids = isTemplate ? (from as DefaultTreeAdapterMap['template']).content.childNodes : from.childNodes
    for (const c of kids as P5Node[]) {
      if (c.nodeName === '#text') into.appendChild(doc.createTextNode((c as DefaultTreeAdapterMap['textNode']).value))
      else if (c.nodeName === '#comment')
        into.appendChild(doc.createComment((c as DefaultTreeAdapterMap['commentNode']).data))
      else if ('tagName' in c) {
        const el =
          c.namespaceURI === HTML_NS ? doc.createElement(c.tagName) : doc.createElementNS(c.namespaceURI, c.tagName)
        for (const a of c.attrs) el.setAttribute(a.prefix ? `${a.prefix}:${a.name}` : a.name, a.value)
        into.appendChild(el)
        if (isParent(c)) stack.push([c, el])
      }
    }
  }
  return doc
}

/** The window ingest reads pages with, over the host's light DOM: `blank` makes an empty document of it. */
export function pageWindow(blank: () => BlankDocument): HtmlWindow {
  class PageParser {
    parseFromString(html: string): unknown {
      return buildPageDocument(html, blank())
    }
  }
  return { DOMParser: PageParser }
}
