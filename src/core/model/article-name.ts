/**
 * An article's display name: the one short name the library, the panes, the verdicts, the facts
 * matrix and every report call it by. The outlet when it is known (the journalist sets it in
 * Details); else the web site it came from; else the file it was read from; else its title. Short
 * enough for a column header or a verdict chip; the title stays the title, beside it.
 */
import type { Article } from './article'

/** How long a name derived from a file or a title may be before it is cut at a word (UTF-16 units). */
export const DISPLAY_NAME_LIMIT = 32

/** What the paste dialog calls text the journalist did not name: not a name worth showing. */
const UNNAMED_PASTE = /^pasted text$/i

/** The article's short display name; never empty. */
export function articleName(
  article: Pick<Article, 'outlet' | 'url' | 'sourceName' | 'sourceFormat' | 'title'>
): string {
  return (
    article.outlet.trim() ||
    siteOf(article.url) ||
    fileNameOf(article) ||
    shorten(article.title.trim()) ||
    'Untitled article'
  )
}

/** `https://www.diyaruna.com/en/…` → `diyaruna.com`; null for anything that is not a web address. */
function siteOf(url: string): string | null {
  const match = /^https?:\/\/([^/?#:]+)/i.exec(url.trim())
  if (!match) return null
  return match[1]!.toLowerCase().replace(/^(www\d?|m|amp|mobile)\./, '') || null
}

/** `al-qaim-constructed-wire.txt` → `al qaim constructed wire`: the extension off, separators read as spaces. */
function fileNameOf(article: Pick<Article, 'sourceName' | 'sourceFormat'>): string | null {
  const name = article.sourceName.trim()
  if (!name || (article.sourceFormat === 'paste' && UNNAMED_PASTE.test(name))) return null
  const base = name
    .replace(/^.*[\\/]/, '')
    .replace(/\.[a-z0-9]{1,5}$/i, '')
    // file names join words with hyphens and underscores; a name with spaces keeps its hyphens
    .replace(/\s/.test(name) ? /[_\s]+/g : /[-_\s]+/g, ' ')
    .trim()
  return shorten(base) || null
}

/** Cut at the last word boundary before the limit, with an ellipsis. */
function shorten(text: string): string {
  if (text.length <= DISPLAY_NAME_LIMIT) return text
  const cut = text.slice(0, DISPLAY_NAME_LIMIT - 1)
  // the cut may fall just before a space: the last word is whole then
  const space = /\s/.test(text[DISPLAY_NAME_LIMIT - 1]!) ? cut.length : cut.lastIndexOf(' ')
  return `${(space > DISPLAY_NAME_LIMIT / 2 ? cut.slice(0, space) : cut).trimEnd()}…`
}
