/**
 * Markdown → plain text, for articles saved by "web clipper" extensions and note apps. We keep
 * what a reader reads (words of headings, emphasis, links, lists, quotes) and drop the markup,
 * images and link targets; the result goes through the same page-chrome stripping as plain text.
 * Not a full CommonMark parser: nested containers and HTML blocks are flattened, which is all
 * a canonical text needs.
 */
import { normalizeText } from '@core/text'

export interface MarkdownText {
  /** the text of the first level-1 heading, '' when there is none */
  title: string
  /** paragraphs separated by blank lines; soft-wrapped lines of a paragraph joined with a space */
  text: string
}

/** Backslash-escaped punctuation is hidden in the Private Use Area while markup is stripped, then restored. */
const ESCAPED = /\\([\\`*_{}[\]()#+\-.!>|~])/g
const HIDDEN = /[\uE000-\uE07F]/g

/** Inline markup → its visible words. Order matters: images before links, code before emphasis. */
function stripInline(s: string): string {
  return s
    .replace(HIDDEN, '') // icon-font glyphs saved from pages also live here, and are no text
    .replace(ESCAPED, (_m, ch: string) => String.fromCharCode(0xe000 + ch.charCodeAt(0)))
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '') // images: the picture is not the article
    .replace(/!\[[^\]]*\]\[[^\]]*\]/g, '')
    .replace(/\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)/g, '$1') // [text](url "title")
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1') // [text][ref]
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1') // autolinks
    .replace(/<\/?[a-z][^>]*>/gi, '') // inline HTML tags
    .replace(/`+([^`]*)`+/g, '$1')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?!\w)/g, '$1$2')
    .replace(/(^|[^\w_])_(?=\S)([^_]*?\S)_(?!\w)/g, '$1$2')
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
    .replace(HIDDEN, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xe000))
}

/** Reduces Markdown source to plain paragraphs and its `# title`. */
export function markdownToText(source: string): MarkdownText {
  const lines = source.replace(/\r\n?/g, '\n').split('\n')
  const paragraphs: string[] = []
  let current: string[] = []
  let title = ''
  let fence = ''
  const flush = () => {
    if (current.length) paragraphs.push(current.join(' '))
    current = []
  }
  // front matter (--- … ---) written by clippers holds metadata, not article text
  let i = 0
  if (lines[0]?.trim() === '---') {
    const close = lines.findIndex((l, n) => n > 0 && /^(---|\.\.\.)\s*$/.test(l))
    if (close > 0) i = close + 1
  }
  for (; i < lines.length; i++) {
    const line = lines[i]!
    const next = lines[i + 1] ?? ''
    if (fence) {
      if (line.trim().startsWith(fence)) {
        fence = ''
        flush()
      } else current.push(line.trim())
      continue
    }
    const fenceOpen = /^\s*(```|~~~)/.exec(line)
    if (fenceOpen) {
      flush()
      fence = fenceOpen[1]!
      continue
    }
    if (line.trim() === '') {
      flush()
      continue
    }
    if (/^\s*\[[^\]]+\]:\s*\S+/.test(line)) continue // link reference definitions
    if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) {
      flush() // thematic break
      continue
    }
    const atx = /^\s{0,3}(#{1,6})\s+(.*?)(\s+#+)?\s*$/.exec(line)
    const setext = current.length === 0 && /^\s*(=+|-+)\s*$/.exec(next)
    if (atx || setext) {
      flush()
      const text = stripInline(atx ? atx[2]! : line.trim())
      const level1 = atx ? atx[1] === '#' : setext && setext[1]!.startsWith('=')
      if (level1 && !title) title = text.trim()
      paragraphs.push(text)
      if (setext) i++
      continue
    }
    const item = /^\s*(?:[-*+]|\d{1,9}[.)])\s+(.*)$/.exec(line)
    if (item) {
      flush() // each list item is a paragraph of its own
      current.push(stripInline(item[1]!))
      continue
    }
    if (/^\s*\|.*\|\s*$/.test(line)) {
      if (/^\s*\|[\s:|-]+\|\s*$/.test(line)) continue // table alignment row
      flush()
      paragraphs.push(
        stripInline(
          line
            .trim()
            .replace(/^\||\|$/g, '')
            .split('|')
            .map((c) => c.trim())
            .join(' | ')
        )
      )
      continue
    }
    current.push(stripInline(line.replace(/^\s*(>\s?)+/, '').trim()))
  }
  flush()
  return {
    title: normalizeText(title),
    text: paragraphs
      .map((p) => normalizeText(p))
      .filter(Boolean)
      .join('\n\n')
  }
}
