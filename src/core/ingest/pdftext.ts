/**
 * A PDF's pages of text items → article parts: paragraphs as the canonical text has them, the page
 * each paragraph starts on, footnotes apart, the title. Pure: pdf.js (run by the host, see pdfjs.ts)
 * gives the items; the layout (lines, columns, reading order) is pdflayout.ts.
 *
 * A paragraph ends at a vertical gap wider than the body's line spacing, a change of font size (a
 * heading), a first-line indent, or a short line ending a sentence; it runs on across a column or
 * page break when the text above ends mid-sentence and the text below starts in lower case. A word
 * hyphenated at a line's end is joined ("reading-\norder" → "readingorder" only when the document
 * never writes it with the hyphen elsewhere: "Just-in-\nTime" stays "Just-in-Time").
 */
import { normalizeLine, normalizeText } from '@core/text'
import { dropRunningLines, readPageLines, type PdfLine, type PdfPageText } from './pdflayout'

export interface PdfParts {
  title: string
  text: string
  notes: string[]
  pages: { at: number; page: number }[]
  /** pages (1-based) that hold no text at all: scanned pages inside a text PDF */
  emptyPages: number[]
  /** letters, digits and marks found on all pages: 0 means the PDF has no text layer */
  characters: number
}

interface Paragraph {
  lines: PdfLine[]
  page: number
}

const SENTENCE_END = /[.!?:;…"”’)\]»؟۔。！？」』）]$/
const NOTE_MARKER = /^([0-9]{1,3}|[*∗†‡§¶])[.)]?(\s|$|(?=\p{L}))/u

/** The font size most of the text is set in (weighted by characters): the body's size. */
function bodySize(lines: readonly PdfLine[]): number {
  const weight = new Map<number, number>()
  for (const l of lines) {
    const size = Math.round(l.size * 2) / 2
    weight.set(size, (weight.get(size) ?? 0) + l.text.length)
  }
  let best = 0
  let most = -1
  for (const [size, w] of weight) if (w > most) [best, most] = [size, w]
  return best
}

/** The usual distance between two baselines of body text in one column (points). */
function bodyLeading(pages: readonly PdfLine[][], size: number): number {
  const gaps: number[] = []
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) {
      const a = lines[i - 1]!
      const b = lines[i]!
      if (a.column === b.column && similar(a.size, size) && similar(b.size, size) && a.y > b.y) gaps.push(a.y - b.y)
    }
  }
  if (gaps.length === 0) return size * 1.2
  gaps.sort((x, y) => x - y)
  return gaps[Math.floor(gaps.length / 2)]!
}

function similar(a: number, b: number): boolean {
  return Math.abs(a - b) <= 0.1 * Math.max(a, b)
}

/** The left and right edges of each column on a page (the most common start and the furthest end). */
function columnEdges(lines: readonly PdfLine[]): Map<number, { left: number; right: number }> {
  const edges = new Map<number, { left: number; right: number }>()
  for (const l of lines) {
    const e = edges.get(l.column)
    if (!e) edges.set(l.column, { left: l.x0, right: l.x1 })
    else {
      e.left = Math.min(e.left, l.x0)
      e.right = Math.max(e.right, l.x1)
    }
  }
  return edges
}

/** Whether `line` continues the paragraph whose last line is `prev` (both of one page). */
function continues(
  prev: PdfLine,
  line: PdfLine,
  leading: number,
  edges: Map<number, { left: number; right: number }>,
  full: ReadonlySet<PdfLine>
): boolean {
  if (!similar(prev.size, line.size)) return false
  const edge = edges.get(line.column)!
  const indent = (l: PdfLine) => (l.rtl ? edge.right - l.x1 : l.x0 - edge.left)
  const shortBy = (l: PdfLine) => (l.rtl ? l.x0 - edge.left : edge.right - l.x1)
  const gap = prev.y - line.y
  // headings are set with a leading of their own size; the body's would split a two-line title
  const near = gap > 0 && gap <= Math.max(leading * 1.35 + 0.5, line.size * 1.6)
  if (prev.column !== line.column) {
    // the next line straight below, starting where this one did, is the same block (a heading's
    // last line, above the columns); otherwise the paragraph runs on into a new column only
    // mid-sentence, into a line that starts in lower case
    const below = near && Math.abs(prev.rtl ? prev.x1 - line.x1 : prev.x0 - line.x0) < line.size
    return below || runsOn(prev, line, full, indent(line))
  }
  if (!near) return false
  if (indent(line) > 0.8 * line.size && indent(line) < 6 * line.size && indent(prev) < 0.8 * line.size) return false
  if (SENTENCE_END.test(prev.text) && shortBy(prev) > 3 * prev.size) return false
  return true
}

/** Hyphenated words written whole somewhere in the document ("well-known"), in lower case. */
function hyphenatedWords(pages: readonly PdfLine[][]): Set<string> {
  const words = new Set<string>()
  for (const lines of pages)
    for (const l of lines) for (const m of l.text.matchAll(/\p{L}+-\p{L}+/gu)) words.add(m[0].toLowerCase())
  return words
}

/** Chinese and Japanese letters and punctuation: a break between two of them is no space (Korean spaces words). */
const SPACELESS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F\uFF00-\uFF65]/u
const SPACELESS_END = new RegExp(`${SPACELESS.source}$`, 'u')
const SPACELESS_START = new RegExp(`^${SPACELESS.source}`, 'u')

/** The lines of one paragraph → its text, with line-end hyphens resolved. */
function joinLines(lines: readonly PdfLine[], hyphenated: Set<string>): string {
  let text = ''
  for (const line of lines) {
    const t = line.text
    if (text === '') {
      text = t
      continue
    }
    const broken = /(\p{L}+)[-\u00AD]$/u.exec(text)
    if (broken) {
      const next = /^\p{L}+/u.exec(t)?.[0] ?? ''
      const whole = `${broken[1]}-${next}`.toLowerCase()
      // "reading-\norder" is one word broken by the typesetter; "Just-in-\nTime" was written with its hyphen
      if (text.endsWith('\u00AD') || (/^\p{Ll}/u.test(t) && !hyphenated.has(whole))) text = text.slice(0, -1) + t
      else text += t
      continue
    }
    text += SPACELESS_END.test(text) && SPACELESS_START.test(t) ? t : ' ' + t
  }
  return text
}

/** The paragraphs of one page, in reading order (lines already ordered by pdflayout). */
function pageParagraphs(
  lines: readonly PdfLine[],
  page: number,
  leading: number,
  into: Paragraph[],
  full: Set<PdfLine>,
  asides: Paragraph[]
): void {
  const edges = columnEdges(lines)
  for (const line of lines) {
    const edge = edges.get(line.column)!
    if ((line.rtl ? line.x0 - edge.left : edge.right - line.x1) < 2 * line.size) full.add(line)
  }
  for (const line of lines) {
    const last = into[into.length - 1]
    const prev = last?.lines[last.lines.length - 1]
    const edge = edges.get(line.column)!
    if (last && prev && last.page === page && continues(prev, line, leading, edges, full)) last.lines.push(line)
    else if (
      last &&
      prev &&
      last.page !== page &&
      runsOn(prev, line, full, line.rtl ? edge.right - line.x1 : line.x0 - edge.left)
    )
      last.lines.push(line)
    else if (last && prev && prev.column !== line.column && resumes(into, page, line, full, asides)) continue
    else into.push({ lines: [line], page })
  }
}

/**
 * A column that opens mid-sentence, in lower case, after a box set at the foot of the column before
 * (a copyright or permission notice, a footnote in body type): the paragraph the box interrupted
 * runs on, and the box goes to the notes. Looks back at most three paragraphs of the page.
 */
function resumes(
  into: Paragraph[],
  page: number,
  line: PdfLine,
  full: ReadonlySet<PdfLine>,
  asides: Paragraph[]
): boolean {
  if (!/^\p{Ll}/u.test(line.text)) return false
  for (let k = into.length - 2; k >= Math.max(0, into.length - 4); k--) {
    const p = into[k]!
    const end = p.lines[p.lines.length - 1]!
    if (p.page !== page) return false
    if (full.has(end) && !SENTENCE_END.test(end.text) && similar(end.size, line.size) && end.column !== line.column) {
      asides.push(...into.splice(k + 1))
      p.lines.push(line)
      return true
    }
  }
  return false
}

/**
 * Whether a paragraph cut by the end of a column or page runs on at `line`: the text above stops
 * mid-sentence, the line below is not indented, and either it starts in lower case or the line
 * above filled its column (a paragraph's own last line is short; a cut one is full).
 */
function runsOn(prev: PdfLine, line: PdfLine, full: ReadonlySet<PdfLine>, indent: number): boolean {
  if (!similar(prev.size, line.size) || SENTENCE_END.test(prev.text) || indent >= 0.8 * line.size) return false
  return /^\p{Ll}/u.test(line.text) || full.has(prev)
}

/**
 * Footnotes: a paragraph set smaller than the body, in the lower part of its page, that starts
 * with a note marker ("1", "∗", "†"); and the smaller paragraphs that follow it on that page.
 */
function isFootnote(p: Paragraph, body: number, height: number, afterNote: boolean): boolean {
  const first = p.lines[0]!
  if (first.size >= 0.92 * body || !/\p{L}{2}/u.test(p.lines.map((l) => l.text).join(' '))) return false
  if (first.y > height * 0.4) return false
  return afterNote || NOTE_MARKER.test(first.text)
}

/** The title: the largest type in the top half of page 1, when it is clearly larger than the body. */
function takeTitle(paragraphs: Paragraph[], body: number, firstHeight: number): string {
  let best = -1
  for (const [i, p] of paragraphs.entries()) {
    if (p.page !== 1) break
    const first = p.lines[0]!
    if (first.y < firstHeight / 2 || first.size < 1.3 * body) continue
    if (best < 0 || first.size > paragraphs[best]!.lines[0]!.size) best = i
  }
  if (best < 0) return ''
  const [title] = paragraphs.splice(best, 1)
  return joinLines(title!.lines, new Set())
}

/** The pages of a PDF (their text items) → its parts; a page's index in `pages` + 1 is its number. */
export function assemblePdfText(pages: readonly PdfPageText[]): PdfParts {
  const ordered = pages.map((p) => ({ height: p.height, lines: readPageLines(p) }))
  const kept = dropRunningLines(ordered)
  const all = kept.flat()
  const characters = all.reduce((n, l) => n + (l.text.match(/[\p{L}\p{N}]/gu)?.length ?? 0), 0)
  const emptyPages = ordered.flatMap((p, i) => (p.lines.length === 0 ? [i + 1] : []))
  const body = bodySize(all)
  const leading = bodyLeading(kept, body)
  const hyphenated = hyphenatedWords(kept)

  const paragraphs: Paragraph[] = []
  const notes: string[] = []
  const full = new Set<PdfLine>()
  kept.forEach((lines, i) => {
    const start = paragraphs.length
    const asides: Paragraph[] = []
    pageParagraphs(lines, i + 1, leading, paragraphs, full, asides)
    for (const aside of asides) notes.push(normalizeLine(joinLines(aside.lines, hyphenated)))
    // footnotes of this page leave the body (a paragraph continued from the page before stays)
    let afterNote = false
    for (let j = Math.max(start, 0); j < paragraphs.length; j++) {
      const p = paragraphs[j]!
      if (p.page !== i + 1) continue
      if (isFootnote(p, body, pages[i]!.height, afterNote)) {
        notes.push(normalizeLine(joinLines(p.lines, hyphenated)))
        paragraphs.splice(j--, 1)
        afterNote = true
      }
    }
  })
  const title = normalizeLine(takeTitle(paragraphs, body, pages[0]?.height ?? 0))

  let text = ''
  const pageStarts: { at: number; page: number }[] = []
  for (const p of paragraphs) {
    const para = normalizeText(joinLines(p.lines, hyphenated))
    if (para === '') continue
    if (text !== '') text += '\n\n'
    const last = pageStarts[pageStarts.length - 1]
    if (!last || last.page !== p.page) pageStarts.push({ at: text.length, page: p.page })
    text += para
  }
  return { title, text, notes: notes.filter((n) => n !== ''), pages: pageStarts, emptyPages, characters }
}
