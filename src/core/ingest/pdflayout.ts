/**
 * A PDF page's text items → lines in reading order. A PDF holds positioned runs of glyphs, not
 * text: this module puts runs on one baseline together into lines (never across a column gutter),
 * finds columns by the vertical strip no line crosses (recursively, so three or four columns read
 * too), reads a right-to-left page's columns from the right, and orders the runs of a right-to-left
 * line logically (a left-to-right run such as a number or a Latin name keeps its own order).
 * Coordinates are PDF points with y growing upwards, as pdf.js gives them.
 */
import { unfoldPresentationForms } from '@core/text'

/** One run of text as pdf.js reports it: `x`, `y` its baseline start, `size` its font height (points). */
export interface PdfTextItem {
  text: string
  x: number
  y: number
  width: number
  size: number
  /** pdf.js already put the run's own characters in logical order; this says the run is right to left */
  rtl: boolean
}

export interface PdfPageText {
  width: number
  height: number
  items: PdfTextItem[]
}

/** One line of a column: its runs joined in logical order. */
export interface PdfLine {
  text: string
  x0: number
  x1: number
  /** baseline */
  y: number
  size: number
  rtl: boolean
  /** which column of the page it belongs to (0 for lines across the page); lines of one column share it */
  column: number
}

const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/g
const LTR_LETTER = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF0-9]/g

function count(s: string, re: RegExp): number {
  return s.match(re)?.length ?? 0
}

/** Runs closer than this (in font heights) are one line; further apart, a gutter or table gap lies between. */
const GAP_SPLIT = 1.5

/** Groups runs by baseline, then splits each baseline where a gap wider than a word space lies. */
function buildLines(items: readonly PdfTextItem[]): PdfLine[] {
  const usable = items.filter((i) => i.text !== '' && i.size > 0)
  // tallest first, so a superscript joins the line of the text it marks rather than starting one
  const byY = [...usable].sort((a, b) => b.y - a.y || b.size - a.size)
  const rows: { y: number; size: number; items: PdfTextItem[] }[] = []
  for (const item of byY) {
    const row = rows.find((r) => Math.abs(r.y - item.y) < 0.45 * Math.max(r.size, item.size))
    if (row) {
      row.items.push(item)
      if (item.size > row.size && item.text.trim() !== '') {
        row.size = item.size
        row.y = item.y
      }
    } else rows.push({ y: item.y, size: item.size, items: [item] })
  }
  const lines: PdfLine[] = []
  for (const row of rows) {
    const sorted = row.items.sort((a, b) => a.x - b.x)
    let group: PdfTextItem[] = []
    let right = -Infinity
    for (const item of sorted) {
      if (group.length > 0 && item.x - right > GAP_SPLIT * row.size && item.text.trim() !== '') {
        lines.push(lineOf(group))
        group = []
      }
      group.push(item)
      right = Math.max(right, item.x + item.width)
    }
    if (group.length > 0) lines.push(lineOf(group))
  }
  return lines.filter((l) => l.text !== '')
}

/** A line's size and baseline are its tallest run's: a heading beside a column's first line does not lend it its size. */
function lineOf(group: PdfTextItem[]): PdfLine {
  let tallest = group[0]!
  for (const item of group) if (item.text.trim() !== '' && item.size > tallest.size) tallest = item
  return makeLine(group, tallest.y, tallest.size)
}

/**
 * Runs of one line (left to right on the page) → its text in logical order. Word spaces are found on
 * the page first (a gap wider than a sixth of the type, where pdf.js gave no space), so they stand
 * where they are seen whatever the direction. A right-to-left line then reads its runs from the
 * right, except that consecutive left-to-right runs (digits, Latin words) and the spaces between
 * them keep their left-to-right order, as the Unicode bidi algorithm would display them.
 */
function makeLine(visual: PdfTextItem[], y: number, size: number): PdfLine {
  const spaced: PdfTextItem[] = []
  for (const item of visual) {
    const prev = spaced[spaced.length - 1]
    if (
      prev &&
      item.x - (prev.x + prev.width) > 0.15 * Math.min(prev.size, item.size) &&
      !/\s$/.test(prev.text) &&
      !/^[\s\p{M}]/u.test(item.text)
    ) {
      spaced.push({ text: ' ', x: prev.x + prev.width, y: item.y, width: 0, size: item.size, rtl: false })
    }
    spaced.push(item)
  }
  const all = visual.map((i) => i.text).join('')
  const rtl = count(all, RTL_LETTER) > count(all, LTR_LETTER)
  let ordered: PdfTextItem[]
  if (!rtl) ordered = spaced
  else {
    const isLtr = (i: PdfTextItem) => !i.rtl && count(i.text, LTR_LETTER) > 0
    const runs: PdfTextItem[][] = []
    for (const [k, item] of spaced.entries()) {
      const last = runs[runs.length - 1]
      const lastLtr = last !== undefined && last.some(isLtr)
      // a space between two left-to-right runs belongs to them; any other item is a run of its own
      const between = item.text.trim() === '' && spaced.slice(k + 1).find((i) => i.text.trim() !== '')
      if (last && lastLtr && (isLtr(item) || (between && isLtr(between)))) last.push(item)
      else runs.push([item])
    }
    ordered = runs.reverse().flat()
  }
  const text = ordered.map((i) => i.text).join('')
  const x0 = Math.min(...visual.map((i) => i.x))
  const x1 = Math.max(...visual.map((i) => i.x + i.width))
  // a combining mark (an Arabic tanween or shadda drawn as a glyph of its own) never follows a space
  const clean = placeAccents(
    unfoldPresentationForms(text)
      .replace(/\s+/g, ' ')
      .replace(/ (\p{M})/gu, '$1')
      .trim()
  )
  return { text: clean, x0, x1, y, size, rtl, column: 0 }
}

/** TeX's spacing accents (¨ ´ ˆ ˜ ¸ ˇ ˚ ˘) → the combining marks they stand for. */
const SPACING_ACCENTS: Readonly<Record<string, string>> = {
  '\u00A8': '\u0308',
  '\u00B4': '\u0301',
  '\u02C6': '\u0302',
  '\u02DC': '\u0303',
  '\u00B8': '\u0327',
  '\u02C7': '\u030C',
  '\u02DA': '\u030A',
  '\u02D8': '\u0306'
}

/**
 * TeX sets an accented letter as a spacing accent drawn before the letter ("na¨ıve", with a
 * dotless i): the accent becomes the letter's combining mark, composed, so the word reads "naïve".
 */
function placeAccents(s: string): string {
  if (!/[\u00A8\u00B4\u02C6\u02DC\u00B8\u02C7\u02DA\u02D8]/.test(s)) return s
  return s
    .replace(
      /([\u00A8\u00B4\u02C6\u02DC\u00B8\u02C7\u02DA\u02D8])(\p{L})/gu,
      (_, accent: string, letter: string) => (letter === '\u0131' ? 'i' : letter) + SPACING_ACCENTS[accent]
    )
    .normalize('NFC')
}

/** Where a column gutter runs in `lines` (an x in points), or null when they form one column. */
export function findGutter(lines: readonly PdfLine[]): number | null {
  if (lines.length < 6) return null
  const left = Math.min(...lines.map((l) => l.x0))
  const right = Math.max(...lines.map((l) => l.x1))
  const width = right - left
  let best: { x: number; crossing: number; run: number } | null = null
  let runStart = -1
  let runCount = -1
  const step = Math.max(1, width / 200)
  const candidates: { x: number; crossing: number }[] = []
  for (let x = left + width * 0.2; x <= left + width * 0.8; x += step) {
    candidates.push({ x, crossing: lines.filter((l) => l.x0 < x && l.x1 > x).length })
  }
  // of the fewest-crossed positions, the middle of the widest run: the gutter's centre
  for (let i = 0; i <= candidates.length; i++) {
    const c = candidates[i]
    if (c && c.crossing === runCount) continue
    if (runStart >= 0) {
      const run = i - runStart
      const mid = candidates[runStart + Math.floor(run / 2)]!
      if (!best || runCount < best.crossing || (runCount === best.crossing && run > best.run))
        best = { x: mid.x, crossing: runCount, run }
    }
    runStart = i
    runCount = c?.crossing ?? -1
  }
  if (!best) return null
  const leftLines = lines.filter((l) => l.x1 <= best.x)
  const rightLines = lines.filter((l) => l.x0 >= best.x)
  if (leftLines.length < 3 || rightLines.length < 3) return null
  // a title block, authors and a wide figure may cross it; a page of one column crosses it on most lines
  if (best.crossing > 0.3 * lines.length) return null
  // two columns stand side by side: their heights overlap by most of the shorter one
  const span = (ls: PdfLine[]) => [Math.min(...ls.map((l) => l.y)), Math.max(...ls.map((l) => l.y))] as const
  const [l0, l1] = span(leftLines)
  const [r0, r1] = span(rightLines)
  const overlap = Math.min(l1, r1) - Math.max(l0, r0)
  if (overlap < 0.5 * Math.min(l1 - l0, r1 - r0)) return null
  return best.x
}

/** Orders `lines` for reading: columns one after another, lines across them where they fall. */
function orderRegion(lines: PdfLine[], rtl: boolean, depth: number, nextColumn: { n: number }): PdfLine[] {
  const top = (a: PdfLine, b: PdfLine) => b.y - a.y || (rtl ? b.x1 - a.x1 : a.x0 - b.x0)
  const gutter = depth < 3 ? findGutter(lines) : null
  if (gutter === null) {
    const column = nextColumn.n++
    return [...lines].sort(top).map((l) => ({ ...l, column }))
  }
  const out: PdfLine[] = []
  let band: PdfLine[] = []
  const flush = () => {
    if (band.length === 0) return
    const left = band.filter((l) => l.x1 <= gutter)
    const right = band.filter((l) => l.x0 >= gutter)
    const sides = rtl ? [right, left] : [left, right]
    for (const side of sides) if (side.length > 0) out.push(...orderRegion(side, rtl, depth + 1, nextColumn))
    band = []
  }
  let across = -1
  for (const line of [...lines].sort(top)) {
    if (line.x0 < gutter && line.x1 > gutter) {
      // a line across the gutter (a title, a wide figure caption) ends the columns above it;
      // consecutive ones are one block, so a two-line title stays one paragraph
      if (band.length > 0 || across < 0) across = nextColumn.n++
      flush()
      out.push({ ...line, column: across })
    } else band.push(line)
  }
  flush()
  return out
}

/** A page's text items → its lines in reading order, each tagged with its column. */
export function readPageLines(page: PdfPageText): PdfLine[] {
  const lines = buildLines(page.items)
  const rtlChars = lines.reduce((n, l) => n + (l.rtl ? l.text.length : 0), 0)
  const allChars = lines.reduce((n, l) => n + l.text.length, 0)
  return orderRegion(lines, rtlChars > allChars / 2, 0, { n: 1 })
}

/** The same running header or footer on every page, whatever its page number: digits do not count. */
export function runningKey(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim()
}

/** A line that is only a page number: "7", "- 7 -", "Page 7 of 12", "vii". */
export function isPageNumber(text: string): boolean {
  return /^[-–—\s[(]*(page|p\.|صفحة)?\s*(\d{1,4}|[ivxlc]{1,7})(\s*(of|\/|من)\s*\d{1,4})?[-–—\s\])]*$/i.test(text.trim())
}

/**
 * Removes running headers and footers: a line in the top or bottom tenth of its page that is only a
 * page number, or whose text (digits aside) stands in the same margin on at least a third of the
 * pages (and on three of them, or on both of a two-page document). Returns the pages' lines kept.
 */
export function dropRunningLines(pages: readonly { height: number; lines: PdfLine[] }[]): PdfLine[][] {
  const margin = (line: PdfLine, height: number) => line.y > height * 0.9 || line.y < height * 0.1
  const seen = new Map<string, number>()
  for (const page of pages) {
    const keys = new Set(page.lines.filter((l) => margin(l, page.height)).map((l) => runningKey(l.text)))
    for (const key of keys) seen.set(key, (seen.get(key) ?? 0) + 1)
  }
  const needed = pages.length <= 2 ? 2 : Math.max(3, Math.ceil(pages.length / 3))
  return pages.map((page) =>
    page.lines.filter(
      (l) => !(margin(l, page.height) && (isPageNumber(l.text) || (seen.get(runningKey(l.text)) ?? 0) >= needed))
    )
  )
}
