/**
 * The DOM the CLI reads web pages with. jsdom took 3–4 s on a 1 MB page, most of it Readability
 * walking jsdom's tree, so pages are parsed by parse5 (the HTML standard's tree builder, the parser
 * jsdom itself uses: the same tree) into linkedom, a light DOM Readability runs on several times
 * faster. DOMPurify does not support linkedom (it has no document.implementation, and DOMPurify's
 * authors vouch only for jsdom on Node), so the article Readability finds is copied into jsdom
 * and sanitised there: element names and text only, no attributes (the text walk reads none). Neither
 * DOM runs a page's scripts or loads what it links to; parse5 and the copy build nodes, nothing more.
 */
import { createRequire } from 'node:module'
import { parse, type DefaultTreeAdapterMap } from 'parse5'
import { DOMParser as LinkedomParser } from 'linkedom'
import type { HtmlWindow } from '@core/ingest'

type P5Node = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['parentNode']
type P5Parent = DefaultTreeAdapterMap['parentNode']

/** The DOM methods used to build a tree in linkedom or jsdom. */
interface BuildDocument {
  createElement(name: string): BuildNode
  createElementNS(ns: string, name: string): BuildNode
  createTextNode(text: string): BuildNode
  createComment(text: string): BuildNode
}
interface BuildNode {
  appendChild(child: BuildNode): unknown
  setAttribute(name: string, value: string): void
  readonly content?: BuildNode
}
/** What the copy into jsdom reads of a linkedom node. */
interface SourceNode {
  readonly nodeType: number
  readonly nodeValue: string | null
  readonly localName: string
  readonly namespaceURI: string | null
  readonly firstChild: SourceNode | null
  readonly nextSibling: SourceNode | null
}

const HTML_NS = 'http://www.w3.org/1999/xhtml'
/** Stands in for an element name jsdom's createElementNS refuses (the parser accepts more): unknown, so DOMPurify removes it and keeps its text, as it would the original. */
const UNNAMED = 'parallax-unnamed'

function isParent(node: P5Node): node is P5Parent & { childNodes: P5Node[] } {
  return 'childNodes' in node
}

/** parse5's tree → linkedom's, iteratively (pages nest thousands deep); a <template>'s children go to its content, as in jsdom. */
function buildLinkedom(html: string): unknown {
  const doc = new LinkedomParser().parseFromString(
    '<!doctype html><html></html>',
    'text/html'
  ) as unknown as BuildDocument & {
    documentElement: BuildNode
    removeChild(n: BuildNode): void
  }
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

function jsdomElement(doc: BuildDocument, node: SourceNode): BuildNode {
  try {
    return doc.createElementNS(node.namespaceURI ?? HTML_NS, node.localName)
  } catch {
    return doc.createElementNS(HTML_NS, UNNAMED)
  }
}

/** The article element (linkedom) → a copy in a jsdom document: elements (names, namespaces) and text. */
function copyInto(doc: BuildDocument, article: SourceNode): BuildNode {
  const root = jsdomElement(doc, article)
  const stack: [SourceNode, BuildNode][] = [[article, root]]
  while (stack.length) {
    const [from, to] = stack.pop()!
    for (let c = from.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) to.appendChild(doc.createTextNode(c.nodeValue ?? ''))
      else if (c.nodeType === 1) {
        const el = jsdomElement(doc, c)
        to.appendChild(el)
        stack.push([c, el])
      }
    }
  }
  return root
}

function jsdomWindow() {
  const { JSDOM } = createRequire(import.meta.url)('jsdom') as typeof import('jsdom')
  return new JSDOM('').window
}

/**
 * The page DOM: parse5 into linkedom for reading, jsdom (loaded here, once) for DOMPurify.
 * PARALLAX_PAGE_DOM=jsdom reads with jsdom alone, as before: the bench's peer for the same page.
 */
export function cliPageWindow(env: NodeJS.ProcessEnv = process.env): HtmlWindow {
  const jsdom = jsdomWindow()
  if (env.PARALLAX_PAGE_DOM === 'jsdom') return jsdom as unknown as HtmlWindow
  const target = jsdom.document.implementation.createHTMLDocument('') as unknown as BuildDocument
  class PageParser {
    parseFromString(html: string): unknown {
      return buildLinkedom(html)
    }
  }
  return {
    DOMParser: PageParser,
    purifyIn: { window: jsdom as unknown as HtmlWindow, adopt: (article) => copyInto(target, article as SourceNode) }
  }
}
