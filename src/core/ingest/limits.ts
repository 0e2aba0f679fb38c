/**
 * How much page Parallax reads. Readability's cost grows with the square of nesting depth, and with
 * how much text sits how deep; under jsdom it also grows faster than the element count; and a DOM
 * walk over thousands of levels overflows the stack. So a page is measured before any DOM is built
 * (pagescan.ts: one linear pass of a tokenizer that follows the parser's tree), and the DOM itself
 * again after parsing (measureDom, here).
 *
 * Where real pages sit (measured with measurePage): the fixture news pages nest at most 9 levels
 * and hold at most 136 elements; a whole book printed on one page (the Rust book, 1.8 MB) nests 13
 * levels, holds 25,032 elements and 1.3 M characters, nesting 232 k, text nesting 11.3 M.
 * Readability takes about 1 s in Chromium on that book, and about as long on the worst pages these
 * limits let through (30,000 divs; 205 chains 120 deep; 198 k characters 126 levels deep); beyond
 * them it took 12 s (380 chains 158 deep) to 114 s (4.9 M characters 158 levels deep). jsdom is
 * slower still, and on some shapes within the limits takes minutes (20,000 divs holding a
 * paragraph each: 97 s): the CLI's time limit covers those.
 */

/** What Parallax reads of one page, at most. */
export interface PageLimits {
  /** deepest element nesting (Chromium's parser itself flattens below 512 levels) */
  depth: number
  /** elements and comments (tags) */
  elements: number
  /** attributes on one element (Readability's passes over them are quadratic) */
  attributes: number
  /** characters of text outside scripts, styles and comments */
  text: number
  /** the sum of every element's depth: what walks that read each element's subtree cost */
  nesting: number
  /** the sum of every character's depth: what reading each element's text costs */
  textNesting: number
}

/** The limits: twice to ten times what the largest real pages need (see above). */
export const PAGE_LIMITS: Readonly<PageLimits> = {
  depth: 128,
  elements: 60_000,
  attributes: 400,
  text: 5_000_000,
  nesting: 1_500_000,
  textNesting: 25_000_000
}

/** A page's measures, as far as they were taken (the scan stops at the first limit crossed), and the reason it is refused, if it is. */
export interface PageMeasures extends PageLimits {
  reason: string | null
}

const count = (n: number) => n.toLocaleString('en-US')
const ADVICE = 'save the article alone (as text, or from the browser’s reader view) and import that'

const REASONS: Record<keyof PageLimits, (limit: number) => string> = {
  depth: (m) => `nests its elements more than ${count(m)} levels deep, more than Parallax reads (${count(m)})`,
  elements: (m) =>
    `has more than ${count(m)} elements (tags and comments), more than Parallax reads in one page (${count(m)})`,
  attributes: (m) => `has an element with more than ${count(m)} attributes, more than Parallax reads (${count(m)})`,
  text: (m) => `holds more than ${count(m)} characters of text, more than Parallax reads in one page (${count(m)})`,
  nesting: () => 'nests too many elements too deeply for Parallax to read in reasonable time',
  textNesting: () => 'nests too much text too deeply for Parallax to read in reasonable time'
}

/** The reason a file is refused when reading it took longer than the host's time limit. */
export function tooSlowReason(seconds: number): string {
  return `took longer than ${seconds} seconds to read, so Parallax stopped; ${ADVICE}`
}

/** The reason a page crossing `limit` is refused: what it has, what Parallax reads, what to do instead. */
export function pageLimitReason(limit: keyof PageLimits, limits: Readonly<PageLimits> = PAGE_LIMITS): string {
  return `${REASONS[limit](limits[limit])}; ${ADVICE}`
}

/** The part of a DOM node measureDom reads; Element nodes of any DOM implementation fit it. */
export interface MeasuredNode {
  readonly firstElementChild: MeasuredNode | null
  readonly nextElementSibling: MeasuredNode | null
  readonly parentElement: MeasuredNode | null
}

/**
 * The reason a parsed page's DOM exceeds the depth or element limit, or null: an iterative walk by
 * element links (no recursion, no child lists), stopping at the first limit crossed.
 */
export function measureDom(root: MeasuredNode | null, limits: Readonly<PageLimits> = PAGE_LIMITS): string | null {
  let depth = 1
  let elements = 0
  let nesting = 0
  for (let el = root; el;) {
    nesting += depth
    if (++elements > limits.elements) return pageLimitReason('elements', limits)
    if (depth > limits.depth) return pageLimitReason('depth', limits)
    if (nesting > limits.nesting) return pageLimitReason('nesting', limits)
    let next = el.firstElementChild
    if (next) depth++
    for (let up: MeasuredNode | null = el; !next && up && up !== root; up = up.parentElement) {
      next = up.nextElementSibling
      if (!next) depth--
    }
    el = next
  }
  return null
}
