/**
 * An article's DOM → canonical paragraphs and captions. Imported HTML is never shown as HTML
 * (DESIGN: security posture); this walk is where it becomes the text the reader displays, and
 * it reads text nodes only (no attribute, address or markup goes further).
 * Only the structural slice of the DOM below is used, so core needs no DOM library. Children are
 * walked by sibling links: indexing a live childNodes list is slow in jsdom.
 */
import { normalizeText } from '@core/text'
import { reflowHardWrapped } from './reflow'

/** The part of a DOM node this walk reads. Element and Text nodes of any DOM implementation fit it. */
export interface WalkNode {
  readonly nodeType: number
  readonly nodeName: string
  readonly nodeValue: string | null
  readonly firstChild: WalkNode | null
  readonly nextSibling: WalkNode | null
}

const ELEMENT_NODE = 1
const TEXT_NODE = 3

/** Elements that start and end a paragraph of their own. */
const BLOCK = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'DT',
  'DD',
  'BLOCKQUOTE',
  'PRE',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'FIGURE',
  'UL',
  'OL',
  'DL',
  'TABLE',
  'THEAD',
  'TBODY',
  'TFOOT',
  'TR',
  'ADDRESS',
  'HR',
  'CAPTION',
  'DETAILS',
  'SUMMARY'
])
/**
 * Elements whose content is never article text: script and style, what a page shows only without
 * script or plugins (noscript, noembed, noframes), templates, drawings (svg, canvas), frames, the
 * document's head, and the obsolete raw-text elements (xmp, plaintext), whose content is markup
 * written out as text. A form, its controls and an object's fallback are read: Readability has
 * removed the controls by then, and what it keeps (a form wrapped round the article, a video's
 * fallback sentence) is text of the page. A formula (MathML) is read too: its symbols are words
 * of the sentence it sits in ("When a ≠ 0, there are two solutions"), and a page that writes its
 * equations in MathML would lose them all; its annotations are not (the same formula again as
 * TeX or another markup, source code rather than text).
 */
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'NOEMBED',
  'NOFRAMES',
  'TEMPLATE',
  'SVG',
  'ANNOTATION',
  'ANNOTATION-XML',
  'CANVAS',
  'IFRAME',
  'XMP',
  'PLAINTEXT',
  'HEAD',
  'TITLE'
])
const CELL = new Set(['TD', 'TH'])
/**
 * MathML's token elements (identifier, number, operator, text, string): each is a word of the
 * formula, and the markup spells `x²` as `<mi>x</mi><mn>2</mn>` with nothing between, so a space
 * goes between one token and the next ("x 2", not the word "x2").
 */
const MATH_TOKEN = new Set(['MI', 'MN', 'MO', 'MTEXT', 'MS'])
/** HTML whitespace that collapsing would change: a run of it other than one plain space. */
const COLLAPSIBLE = /[\t\n\f\r]| {2}/

type End = 'caption' | 'pre' | 'block'
type Step = { node: WalkNode; pre: boolean } | { end: End }

export interface DomText {
  /** canonical text (normalizeText), none empty, none holding a blank line */
  paragraphs: string[]
  captions: string[]
}

/** Walks `root` in document order: blocks become paragraphs, <br> a line break, figcaptions captions, table cells " | "-separated. */
export function domToParagraphs(root: WalkNode): DomText {
  const paragraphs: string[] = []
  const captions: string[] = []
  const captionSet = new Set<string>()
  let buffer = ''
  // a token of the formula being read has been written: the next one is spaced from it
  let mathToken = false

  const flushInto = (target: string[]) => {
    // HTML whitespace collapses; only <br> (kept as \n) and <pre> newlines survive
    const text = normalizeText(buffer)
    buffer = ''
    if (!text) return
    if (target === captions) {
      if (captionSet.has(text)) return
      captionSet.add(text)
    }
    target.push(text)
  }

  /** After an element's children: what its end does (a block ends its paragraph, and so on). */
  const finish = (end: End) => {
    if (end === 'caption') flushInto(captions)
    else if (end === 'block') flushInto(paragraphs)
    else {
      // preformatted text (printer pages, wire copy): its blank lines are paragraph breaks, and
      // a wrapper's line breaks are undone
      const blocks = reflowHardWrapped(buffer).split(/\n[ \t]*\n/)
      buffer = ''
      for (const b of blocks) {
        buffer = b
        flushInto(paragraphs)
      }
    }
  }

  // An explicit stack, not recursion: a page nested thousands of levels deep would overflow the
  // call stack. Steps are popped in document order; an element's end is pushed below its children.
  const steps: Step[] = [{ node: root, pre: false }]
  const children: WalkNode[] = []
  while (steps.length) {
    const step = steps.pop()!
    if ('end' in step) {
      finish(step.end)
      continue
    }
    const { node, pre } = step
    if (node.nodeType === TEXT_NODE) {
      const v = node.nodeValue ?? ''
      // testing first spares rebuilding every text node: most hold single spaces only
      buffer += pre || !COLLAPSIBLE.test(v) ? v : v.replace(/[ \t\r\n\f]+/g, ' ')
      continue
    }
    if (node.nodeType !== ELEMENT_NODE) continue
    const name = node.nodeName.toUpperCase()
    if (SKIP.has(name)) continue
    if (name === 'BR') {
      buffer += '\n'
      continue
    }
    let end: End | undefined
    let childPre = pre
    if (name === 'FIGCAPTION') {
      flushInto(paragraphs)
      end = 'caption'
      childPre = false
    } else if (name === 'PRE') {
      flushInto(paragraphs)
      end = 'pre'
      childPre = true
    } else if (BLOCK.has(name)) {
      flushInto(paragraphs)
      end = 'block'
    }
    if (CELL.has(name) && buffer.trim() !== '') buffer += ' | '
    if (name === 'MATH') mathToken = false
    else if (MATH_TOKEN.has(name)) {
      if (mathToken) buffer += ' '
      mathToken = true
    }
    if (end) steps.push({ end })
    for (let c = node.firstChild; c; c = c.nextSibling) children.push(c)
    while (children.length) steps.push({ node: children.pop()!, pre: childPre })
  }

  flushInto(paragraphs)
  return {
    paragraphs: paragraphs.map((p) => p.replace(/\n{2,}/g, '\n')),
    captions
  }
}
