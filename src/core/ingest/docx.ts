/**
 * A Word document (.docx) → article parts, through a mammoth the host injects. Mammoth reads the
 * file into its document tree (paragraphs, runs, tables, note references); this module turns that
 * tree into canonical text: headings and paragraphs as paragraphs, list items with their bullet or
 * number, each table row as one line of cells, text boxes where mammoth places them; footnotes and
 * endnotes apart (as notes, their "[1]" markers left in the body), comments out. Title, author and
 * date come from the document's properties (docProps/core.xml). Mammoth keeps no direction: the
 * article's direction comes from its script, like every other format's.
 *
 * Before mammoth unpacks anything, the archive's table of contents is read here (zipcheck.ts), so a
 * zip bomb is refused by its declared sizes instead of being inflated.
 */
import { normalizeLine, normalizeText } from '@core/text'
import { checkDocxArchive } from './zipcheck'

/** mammoth's element tree, as far as this module reads it. */
export interface DocxElement {
  type: string
  children?: DocxElement[]
  value?: string
  styleName?: string | null
  styleId?: string | null
  numbering?: { level: string | number; isOrdered: boolean } | null
  noteType?: string
  noteId?: string
  breakType?: string
  body?: DocxElement[]
}

export interface DocxDocument extends DocxElement {
  notes?: { resolve(reference: DocxElement): DocxElement | null }
}

/** The part of mammoth this module uses (structurally; the mammoth package fits it). */
export interface DocxLibrary {
  convertToHtml(
    input: { buffer: Uint8Array; arrayBuffer: ArrayBuffer },
    options: { transformDocument(doc: DocxDocument): DocxDocument }
  ): Promise<unknown>
}

export interface DocxHost {
  mammoth: DocxLibrary
  /** a text entry of the archive (docProps/core.xml), or null when it has none */
  readZipText(bytes: Uint8Array, path: string): Promise<string | null>
}

export interface DocxParts {
  title: string
  byline: string
  publishedAt: string | undefined
  text: string
  notes: string[]
}

export type DocxOutcome = { ok: true; parts: DocxParts } | { ok: false; reason: string }

const HEADING = /^(heading|title|subtitle)\b/i

/** The text of runs, hyperlinks and text boxes inside `el`; notes as "[n]" markers, comments left out. */
function inlineText(el: DocxElement, notes: NoteCollector): string {
  switch (el.type) {
    case 'text':
      return el.value ?? ''
    case 'tab':
      return '\t'
    case 'break':
      return el.breakType === 'line' ? '\n' : ' '
    case 'noteReference':
      return notes.reference(el)
    case 'commentReference':
    case 'comment':
    case 'image':
    case 'bookmarkStart':
      return ''
    case 'checkbox':
      return ''
    default:
      return (el.children ?? []).map((c) => inlineText(c, notes)).join('')
  }
}

/** Numbers footnotes and endnotes in the order the body refers to them, and keeps their text. */
class NoteCollector {
  readonly notes: string[] = []
  private readonly seen = new Map<string, number>()

  constructor(private readonly doc: DocxDocument) {}

  reference(ref: DocxElement): string {
    const key = `${ref.noteType}-${ref.noteId}`
    let n = this.seen.get(key)
    if (n === undefined) {
      n = this.seen.size + 1
      this.seen.set(key, n)
      const note = this.doc.notes?.resolve(ref)
      const body = note?.body
        ? blocks(note.body, this)
            .map((b) => b.text)
            .join(' ')
        : ''
      const kind = ref.noteType === 'endnote' ? 'endnote' : 'footnote'
      this.notes.push(`[${n}] ${normalizeLine(body)}`.trim() + (body ? '' : ` (an empty ${kind})`))
    }
    return `[${n}]`
  }
}

interface Block {
  text: string
  heading: boolean
  style: string
}

/** Block elements → paragraphs of text: paragraphs, list items, table rows. */
function blocks(elements: readonly DocxElement[], notes: NoteCollector, counters: number[] = []): Block[] {
  const out: Block[] = []
  for (const el of elements) {
    if (el.type === 'paragraph') {
      let text = inlineText(el, notes)
      if (el.numbering) {
        const level = Number(el.numbering.level) || 0
        counters.length = level + 1
        counters[level] = (counters[level] ?? 0) + 1
        text = `${el.numbering.isOrdered ? `${counters[level]}.` : '•'} ${text}`
      } else counters.length = 0
      out.push({ text, heading: HEADING.test(el.styleName ?? ''), style: (el.styleName ?? '').toLowerCase() })
    } else if (el.type === 'table') {
      for (const row of el.children ?? []) {
        if (row.type !== 'tableRow') continue
        // one line per row: its cells' text, each cell's paragraphs joined, cells apart by " | "
        const cells = (row.children ?? []).map((cell) =>
          blocks(cell.children ?? [], notes)
            .map((b) => normalizeLine(b.text))
            .filter(Boolean)
            .join(' ')
        )
        if (cells.some((c) => c !== '')) out.push({ text: cells.join(' | '), heading: false, style: 'table' })
      }
    } else if (el.children) out.push(...blocks(el.children, notes, counters))
  }
  return out
}

/** The first element named `tag` (any namespace prefix) in an XML text, unescaped; '' when none. */
function xmlField(xml: string, tag: string): string {
  const m = new RegExp(`<(?:\\w+:)?${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</(?:\\w+:)?${tag}>`).exec(xml)
  if (!m) return ''
  return m[1]!
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Math.min(+d, 0x10ffff)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(Math.min(parseInt(h, 16), 0x10ffff)))
    .replace(/&amp;/g, '&')
    .trim()
}

/** The properties' date (ISO-8601) when it is a real one; Word writes 1601 or 1899 for "none". */
function propertyDate(value: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:\d{2})?)?$/.exec(value)
  if (!m || +m[1]! < 1950) return undefined
  return m[4] ? value.replace(/\.\d+/, '') : `${m[1]}-${m[2]}-${m[3]}`
}

/** Reads a .docx; never throws (a refusal is `ok: false` with its reason). */
export async function readDocx(bytes: Uint8Array, host: DocxHost): Promise<DocxOutcome> {
  const archive = checkDocxArchive(bytes)
  if (!archive.ok) return archive
  let doc: DocxDocument | undefined
  try {
    const copy = bytes.slice()
    await host.mammoth.convertToHtml(
      { buffer: copy, arrayBuffer: copy.buffer },
      {
        transformDocument: (d) => {
          doc = d
          return d
        }
      }
    )
  } catch (error) {
    const detail = error instanceof Error && error.message ? ` (${error.message})` : ''
    return { ok: false, reason: `is damaged or is not a Word document${detail}` }
  }
  if (!doc) return { ok: false, reason: 'is damaged or is not a Word document (no document body was found)' }
  const notes = new NoteCollector(doc)
  const body = blocks(doc.children ?? [], notes)
  const props = await host.readZipText(bytes, 'docProps/core.xml').catch(() => null)
  const propTitle = props ? xmlField(props, 'title') : ''
  // without a title in the properties, a first paragraph in a heading style is the headline
  let title = normalizeLine(propTitle)
  if (!title) {
    const first = body.findIndex((b) => normalizeText(b.text) !== '')
    if (first >= 0 && body[first]!.heading) title = normalizeLine(body.splice(first, 1)[0]!.text)
  } else if (body[0] && body[0].heading && normalizeLine(body[0].text) === title) body.shift()
  // paragraphs styled as the document's author or date (pandoc, many templates) are fields, not body
  let byline = props ? normalizeLine(xmlField(props, 'creator')) : ''
  let written: string | undefined
  while (body[0] && /^(author|date|subtitle)$/.test(body[0].style)) {
    const field = body.shift()!
    if (field.style === 'author' && !byline) byline = normalizeLine(field.text)
    if (field.style === 'date') written = propertyDate(normalizeLine(field.text))
  }
  const text = body
    .map((b) => normalizeText(b.text).replace(/\n{2,}/g, '\n'))
    .filter((t) => t !== '')
    .join('\n\n')
  return {
    ok: true,
    parts: {
      title,
      byline,
      // a date the document states beats the file's: properties say when it was saved
      publishedAt:
        written ??
        (props ? (propertyDate(xmlField(props, 'modified')) ?? propertyDate(xmlField(props, 'created'))) : undefined),
      text,
      notes: notes.notes
    }
  }
}
