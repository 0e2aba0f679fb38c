/**
 * A page measured from its markup, before any DOM is built: one pass of an HTML tokenizer,
 * iterative and linear in the page's length, that follows the parser's tree well enough to count
 * depth, elements, attributes and text (the limits are in limits.ts), and stops at the first limit
 * crossed. The tokenizer's states that matter are followed (comments, raw text, quoted attributes,
 * foreign content); the tree builder's rules as far as depth needs (implied ends, scopes, the
 * formatting elements it reopens).
 */
import { PAGE_LIMITS, pageLimitReason, type PageLimits, type PageMeasures } from './limits'

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
  'basefont',
  'bgsound',
  'frame',
  'image'
])
/** Elements whose content is text up to their end tag, in HTML (not inside <svg> or <math>). */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes'])
/** Their content counts as text for the text limit (a <title>, a <textarea>), scripts and styles do not. */
const RAW_TEXT_IS_TEXT = new Set(['textarea', 'title', 'xmp'])
/** Formatting elements the parser reopens after a block closes them ("reconstruct the active formatting elements"). */
const FORMATTING = new Set([
  'a',
  'b',
  'big',
  'code',
  'em',
  'font',
  'i',
  'nobr',
  's',
  'small',
  'strike',
  'strong',
  'tt',
  'u'
])
/** Elements that put a marker in the list of formatting elements: what is opened outside them is not reopened inside. */
const MARKER = new Set(['applet', 'caption', 'marquee', 'object', 'template', 'td', 'th'])
/** Start tags that close an open <p> (in button scope). */
const CLOSES_P = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'header',
  'hgroup',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'search',
  'section',
  'summary',
  'ul',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'pre',
  'listing',
  'form',
  'li',
  'dd',
  'dt',
  'plaintext',
  'table',
  'hr',
  'xmp'
])
/** Special elements: an <li>, <dd> or <dt> closes an open one unless one of these (but address, div, p) is in between. */
const SPECIAL = new Set([
  'address',
  'applet',
  'area',
  'article',
  'aside',
  'base',
  'basefont',
  'bgsound',
  'blockquote',
  'body',
  'br',
  'button',
  'caption',
  'center',
  'col',
  'colgroup',
  'dd',
  'details',
  'dir',
  'div',
  'dl',
  'dt',
  'embed',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'frame',
  'frameset',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'head',
  'header',
  'hgroup',
  'hr',
  'html',
  'iframe',
  'img',
  'input',
  'li',
  'link',
  'listing',
  'main',
  'marquee',
  'menu',
  'meta',
  'nav',
  'noembed',
  'noframes',
  'noscript',
  'object',
  'ol',
  'p',
  'param',
  'plaintext',
  'pre',
  'script',
  'search',
  'section',
  'select',
  'source',
  'style',
  'summary',
  'table',
  'tbody',
  'td',
  'template',
  'textarea',
  'tfoot',
  'th',
  'thead',
  'title',
  'tr',
  'track',
  'ul',
  'wbr',
  'xmp',
  'svg',
  'math'
])
/** Start tags that close the open table parts above their context ("clear the stack back to a table row / body context"). */
const TABLE_CONTEXT: Record<string, Set<string>> = {
  td: new Set(['tr', 'table', 'template']),
  th: new Set(['tr', 'table', 'template']),
  tr: new Set(['tbody', 'thead', 'tfoot', 'table', 'template']),
  tbody: new Set(['table', 'template']),
  thead: new Set(['table', 'template']),
  tfoot: new Set(['table', 'template'])
}

/** An open element; `open` turns false when it leaves the stack (a formatting entry outlives its place there). */
interface Open {
  name: string
  /** the tag's attributes as written: formatting entries with the same name and key are "identical" */
  key: string
  open: boolean
  foreign: boolean
}
const MARK: Open = { name: '', key: '', open: true, foreign: false }
/** Where searches for an open element to close stop (the parser's default scope, roughly). */
const SCOPE = new Set([
  'applet',
  'caption',
  'html',
  'table',
  'td',
  'th',
  'marquee',
  'object',
  'template',
  'svg',
  'math'
])
const P_SCOPE = new Set([...SCOPE, 'button'])
const LIST_ITEM_STOP_EXCEPT = new Set(['address', 'div', 'p'])
const DD_DT = new Set(['dd', 'dt'])
const NONE = new Set<string>()

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d
}
function isLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)
}

/** A tag as the tokenizer reads it: lower-cased name, attribute count and text, where it ends (after `>`), and whether it ends in `/>`. */
interface Tag {
  name: string
  attributes: number
  key: string
  end: number
  selfClosing: boolean
}

/** Reads the tag whose name starts at `nameAt`, following the tokenizer's attribute states (a `>` inside quotes does not end it). */
function readTag(html: string, nameAt: number): Tag {
  const n = html.length
  let i = nameAt
  while (i < n && !isSpace(html.charCodeAt(i)) && html[i] !== '/' && html[i] !== '>') i++
  const name = html.slice(nameAt, i).toLowerCase()
  const keyFrom = i
  let attributes = 0
  let selfClosing = false
  while (i < n) {
    const c = html.charCodeAt(i)
    if (c === 0x3e /* > */) return { name, attributes, key: html.slice(keyFrom, i), end: i + 1, selfClosing }
    if (isSpace(c)) {
      i++
      continue
    }
    if (c === 0x2f /* / */) {
      selfClosing = html.charCodeAt(i + 1) === 0x3e
      i++
      continue
    }
    selfClosing = false
    // an attribute name: its first character may be "=", then anything up to a space, "/", ">" or "="
    attributes++
    i++
    while (i < n && !isSpace(html.charCodeAt(i)) && html[i] !== '/' && html[i] !== '>' && html[i] !== '=') i++
    let j = i
    while (j < n && isSpace(html.charCodeAt(j))) j++
    if (html[j] !== '=') continue
    j++
    while (j < n && isSpace(html.charCodeAt(j))) j++
    const q = html[j]
    if (q === '"' || q === "'") {
      const close = html.indexOf(q, j + 1)
      i = close < 0 ? n : close + 1
    } else {
      while (j < n && !isSpace(html.charCodeAt(j)) && html[j] !== '>') j++
      i = j
    }
  }
  return { name, attributes, key: html.slice(keyFrom), end: n, selfClosing }
}

/**
 * Where comments end (just past "-->" or "--!>"; "<!-->" and "<!--->" are whole). The next
 * "--!>" is remembered: it is rare, and searching for it from every comment would re-read the
 * rest of the page each time.
 */
function commentEnds(html: string): (lt: number) => number {
  let bang = -2
  return (lt) => {
    if (html.startsWith('<!-->', lt)) return lt + 5
    if (html.startsWith('<!--->', lt)) return lt + 6
    if (bang !== -1 && bang < lt + 4) bang = html.indexOf('--!>', lt + 4)
    const a = html.indexOf('-->', lt + 4)
    if (a < 0 && bang < 0) return html.length
    return a >= 0 && (bang < 0 || a < bang) ? a + 3 : bang + 4
  }
}

/**
 * The page's tree as the parser builds it, kept as far as depth and element count need: the stack
 * of open elements with the parser's implied closes (<p>, <li>, table parts, options) and its list
 * of formatting elements, which it reopens after a block closed them. Where the parser's rules are
 * not followed (adoption of misnested formatting, foreign-content breakouts), the model keeps more
 * open than the parser does, never less, so a page is never measured smaller than it is.
 */
class PageTree {
  private readonly stack: Open[] = []
  /** formatting elements not closed by their own end tag, with markers (MARK) */
  private readonly formatting: Open[] = []
  private foreign = 0
  readonly measures: PageMeasures = {
    reason: null,
    depth: 2,
    elements: 0,
    attributes: 0,
    text: 0,
    nesting: 0,
    textNesting: 0
  }

  constructor(private readonly limits: Readonly<PageLimits>) {}

  /** Records the first limit crossed; true once one is. */
  private over(limit: keyof PageLimits, value: number): boolean {
    if (value <= this.limits[limit]) return false
    this.measures.reason ??= pageLimitReason(limit, this.limits)
    return true
  }

  /** An element or comment at the current depth (+1 for an element about to be pushed). */
  count(deeper = 0): boolean {
    const m = this.measures
    m.elements++
    m.nesting += this.stack.length + 2 + deeper
    return this.over('elements', m.elements) || this.over('nesting', m.nesting)
  }

  /** `length` characters of text inside the current element. */
  addText(length: number): boolean {
    const m = this.measures
    m.text += length
    m.textNesting += length * (this.stack.length + 2)
    return this.over('text', m.text) || this.over('textNesting', m.textNesting)
  }

  /** True when a limit is crossed. */
  start(tag: Tag): boolean {
    const name = tag.name
    this.measures.attributes = Math.max(this.measures.attributes, tag.attributes)
    if (this.count(1) || this.over('attributes', tag.attributes)) return true
    // <html>, <head> and <body> are levels every page has, counted in the depth limit
    if (name === 'html' || name === 'head' || name === 'body') return false
    const inForeign = this.foreign > 0
    if (!inForeign) {
      if (CLOSES_P.has(name)) this.closeTo(this.find('p', P_SCOPE))
      if (name === 'li') this.closeTo(this.find('li', SPECIAL, LIST_ITEM_STOP_EXCEPT))
      if (name === 'dd' || name === 'dt') this.closeTo(this.find(DD_DT, SPECIAL, LIST_ITEM_STOP_EXCEPT))
      const context = TABLE_CONTEXT[name]
      if (context) {
        const at = this.find(context, NONE)
        if (at >= 0) this.closeTo(at + 1)
      }
      if (name === 'option' || name === 'optgroup') this.closeCurrent('option')
      if (name === 'optgroup') this.closeCurrent('optgroup')
      // the parser reopens formatting elements before inline content too; doing it only before
      // text and formatting elements (later, so deeper) never makes a page smaller than it is
      if (FORMATTING.has(name) && this.reopen()) return true
    }
    if (VOID.has(name) || (tag.selfClosing && (inForeign || name === 'svg' || name === 'math'))) return false
    const el: Open = { name, key: tag.key, open: true, foreign: inForeign || name === 'svg' || name === 'math' }
    if (this.push(el)) return true
    if (el.foreign) return false
    if (FORMATTING.has(name)) this.addFormatting(el)
    else if (MARKER.has(name)) this.formatting.push(MARK)
    return false
  }

  end(name: string): void {
    if (name === 'html' || name === 'head' || name === 'body' || name === 'br') return
    if (FORMATTING.has(name) && this.foreign === 0 && this.endFormatting(name)) return
    // a block's end tag closes it when it is in scope; any other end tag only past non-special elements
    const at = SPECIAL.has(name) ? this.find(name, SCOPE) : this.find(name, SPECIAL)
    this.closeTo(at)
  }

  inForeign(): boolean {
    return this.foreign > 0
  }

  /** Non-blank text: the parser reopens closed formatting elements first. True when a limit is crossed. */
  text(): boolean {
    return this.foreign > 0 ? false : this.reopen()
  }

  private push(el: Open): boolean {
    this.stack.push(el)
    if (el.foreign) this.foreign++
    // <html> and <body> are the two levels below the stack
    const depth = this.stack.length + 2
    this.measures.depth = Math.max(this.measures.depth, depth)
    return this.over('depth', depth)
  }

  private remove(at: number): void {
    const [el] = this.stack.splice(at, 1)
    this.closed(el!)
  }

  private closed(el: Open): void {
    el.open = false
    if (el.foreign) this.foreign--
    if (MARKER.has(el.name) && !el.foreign) {
      const mark = this.formatting.lastIndexOf(MARK)
      if (mark >= 0) this.formatting.length = mark
    }
  }

  private closeCurrent(name: string): void {
    if (this.stack.at(-1)?.name === name) this.closed(this.stack.pop()!)
  }

  /** Pops the element at `at` and everything above it; nothing when `at` is -1. */
  private closeTo(at: number): void {
    if (at < 0) return
    while (this.stack.length > at) this.closed(this.stack.pop()!)
  }

  /** Index of the nearest open element named `names`, searching down until a `stop` element (but `except`); -1 when none. */
  private find(names: Set<string> | string, stop: Set<string>, except?: Set<string>): number {
    for (let k = this.stack.length - 1; k >= 0; k--) {
      const name = this.stack[k]!.name
      if (typeof names === 'string' ? name === names : names.has(name)) return k
      if (stop.has(name) && !except?.has(name)) return -1
    }
    return -1
  }

  /** The entries after the last marker, where "identical" formatting elements are at most three (Noah's Ark). */
  private addFormatting(el: Open): void {
    const list = this.formatting
    let same = -1
    let count = 0
    for (let k = list.length - 1; k >= 0 && list[k] !== MARK; k--) {
      if (list[k]!.name === el.name && list[k]!.key === el.key) {
        count++
        same = k
      }
    }
    if (count >= 3) list.splice(same, 1)
    // a second <a> ends the first one's entry (the parser also adopts it; its place in the stack is kept here)
    if (el.name === 'a') {
      for (let k = list.length - 1; k >= 0 && list[k] !== MARK; k--) {
        if (list[k]!.name === 'a') {
          list.splice(k, 1)
          k = 0
        }
      }
    }
    list.push(el)
  }

  /** A formatting end tag (the adoption agency, roughly); false when it is to be handled as any other end tag. */
  private endFormatting(name: string): boolean {
    const list = this.formatting
    let k = list.length - 1
    for (; k >= 0 && list[k] !== MARK; k--) if (list[k]!.name === name) break
    if (k < 0 || list[k] === MARK) return false
    const el = list[k]!
    list.splice(k, 1)
    const at = this.stack.lastIndexOf(el)
    if (at < 0) return true
    // with a block opened inside it, the parser moves that block out rather than closing it: only the formatting element goes
    let block = false
    for (let j = at + 1; j < this.stack.length && !block; j++) block = SPECIAL.has(this.stack[j]!.name)
    if (block) this.remove(at)
    else this.closeTo(at)
    return true
  }

  /** Reopens the formatting elements a block closed, as the parser does before new content: each is a new element. */
  private reopen(): boolean {
    const list = this.formatting
    let k = list.length
    while (k > 0 && list[k - 1] !== MARK && !list[k - 1]!.open) k--
    for (; k < list.length; k++) {
      const again: Open = { ...list[k]!, open: true }
      if (this.count(1) || this.push(again)) return true
      list[k] = again
    }
    return false
  }
}

function hasNonSpace(html: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isSpace(html.charCodeAt(k))) return true
  return false
}

/**
 * Measures a page's markup as the parser would build it, up to the first limit crossed (then
 * `reason` says which). Never throws; linear in `html`'s length.
 */
export function measurePage(html: string, limits: Readonly<PageLimits> = PAGE_LIMITS): PageMeasures {
  const tree = new PageTree(limits)
  const commentEnd = commentEnds(html)
  const n = html.length
  const text = (from: number, to: number): boolean =>
    to > from && (tree.addText(to - from) || (hasNonSpace(html, from, to) && tree.text()))
  let i = 0
  while (i < n) {
    const lt = html.indexOf('<', i)
    if (text(i, lt < 0 ? n : lt) || lt < 0) break
    const next = html.charCodeAt(lt + 1)
    if (html.startsWith('<!--', lt)) {
      if (tree.count()) break
      i = commentEnd(lt)
    } else if (
      next === 0x21 /* ! */ ||
      next === 0x3f /* ? */ ||
      (next === 0x2f /* / */ && !isLetter(html.charCodeAt(lt + 2)))
    ) {
      // a doctype, CDATA, processing instruction or "</3": a bogus comment up to ">" ("</>" is dropped whole)
      const close = html.indexOf('>', lt + 2)
      i = close < 0 ? n : close + 1
    } else if (next === 0x2f) {
      const tag = readTag(html, lt + 2)
      tree.end(tag.name)
      i = tag.end
    } else if (!isLetter(next)) {
      if (text(lt, lt + 1)) break
      i = lt + 1
    } else {
      const tag = readTag(html, lt + 1)
      if (tree.start(tag)) break
      i = tag.end
      if (tag.name === 'plaintext' && !tag.selfClosing) {
        text(i, n)
        break
      }
      if (RAW_TEXT.has(tag.name) && !tree.inForeign()) {
        // the content runs to "</name" followed by a space, "/" or ">", in any case
        const close = new RegExp(`</${tag.name}[\\t\\n\\f\\r />]`, 'ig')
        close.lastIndex = i
        const found = close.exec(html)
        const end = found ? found.index : n
        // a title's or a text area's content is text; a script's or a style's is not read
        if (RAW_TEXT_IS_TEXT.has(tag.name) && tree.addText(end - i)) break
        tree.end(tag.name)
        i = found ? readTag(html, end + 2).end : n
      }
    }
  }
  return tree.measures
}

/** The reason a page exceeds what Parallax reads, or null when it is within every limit. */
export function checkPageLimits(html: string, limits: Readonly<PageLimits> = PAGE_LIMITS): string | null {
  return measurePage(html, limits).reason
}
