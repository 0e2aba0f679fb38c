/**
 * Ingest: a file's bytes (or pasted text) → an ArticleDraft, or a reason it cannot be imported.
 * This is the door every article passes through (STYLE 9): format and encoding are settled, page
 * chrome is removed and the text made canonical here, so everything behind it can trust the draft.
 * Nothing here throws for bad input; every refusal is a `failed` result a journalist can act on.
 */
import type { ArticleDraft, SourceFormat } from '@core/model'
import { MAX_IMPORT_BYTES, formatMegabytes, tooLargeReason } from '@core/source'
import { detectDirection, detectLanguage, hashText, normalizeText } from '@core/text'
import { decodeBytes, declaredHtmlCharset, utf16Encoding } from './decode'
import { titleFromFileName, titleFromText } from './fields'
import { extractHtmlParts, type HtmlParts } from './html'
import { unwrapForwardedEmail } from './email'
import { markdownToText } from './markdown'
import { reflowHardWrapped } from './reflow'
import { cleanHeadline } from './titles'
import { extractTextParts } from './plaintext'
import {
  describeBinary,
  extensionOf,
  formatFromExtension,
  isRefusedExtension,
  looksLikeHtml,
  startsLikeHtmlDocument,
  unsupportedTypeReason,
  type FileFormat
} from './sniff'
import type { IngestEnvironment, IngestResult, SourceFile } from './types'

export type { HtmlWindow, IngestEnvironment, IngestResult, SourceFile } from './types'

const NO_ARTICLE = 'has no article text that Parallax could find'
const DEFAULT_PASTE_NAME = 'Pasted text'

/** What every format is reduced to before it becomes a draft (HTML fills every field; text fewer). */
type Parts = HtmlParts

function damagedUtf8Reason(count: number): string {
  const what = count === 1 ? '1 character' : `${count} characters`
  return `is not valid UTF-8 text (${what} could not be read); save it again as UTF-8 and import it again`
}

/**
 * True when `text` holds only blank space (its canonical text is ''). A letter, digit, punctuation
 * mark or symbol settles it at its first occurrence (the first `<` of a page); only text
 * with none is made canonical to be sure, which on a 1 MB page would cost milliseconds.
 */
function isBlank(text: string): boolean {
  return !/[\p{L}\p{N}\p{P}\p{S}]/u.test(text) && normalizeText(text) === ''
}

function failed(name: string, reason: string): IngestResult {
  return { status: 'failed', name, reason }
}

/**
 * Plain text or Markdown → parts. Text files carry no reliable outlet or date (a banner date is the
 * day of saving). Plain text is first unwrapped from a forwarded e-mail and re-flowed when hard-wrapped.
 */
function textParts(decoded: string, format: 'text' | 'markdown' | 'paste'): Parts {
  if (format === 'markdown') {
    const md = markdownToText(decoded)
    return { ...extractTextParts(md.text, md.title), outlet: '', url: '', publishedAt: undefined, lang: '' }
  }
  const email = unwrapForwardedEmail(decoded)
  const parts = extractTextParts(reflowHardWrapped(email ? email.text : decoded))
  // an e-mail's subject stands in for a headline the story itself does not carry
  const title = parts.title || cleanHeadline(email?.subject ?? '')
  return { ...parts, title, outlet: '', url: '', publishedAt: undefined, lang: '' }
}

/** Parts → draft: fills a missing title, derives direction, language and hash from the final text. */
function toDraft(name: string, format: SourceFormat, parts: Parts, warnings: string[], fallbackTitle: string): IngestResult {
  if (parts.text === '') return failed(name, NO_ARTICLE)
  let title = parts.title
  if (!title) {
    title = fallbackTitle || titleFromText(parts.text)
    warnings.push(`no headline was found; the title "${title}" is a stand-in to edit`)
  }
  const article: ArticleDraft = {
    title,
    outlet: parts.outlet,
    byline: parts.byline,
    url: parts.url,
    lang: parts.lang || detectLanguage(parts.text),
    dir: detectDirection(parts.text),
    text: parts.text,
    captions: parts.captions,
    sourceFormat: format,
    sourceName: name,
    contentHash: hashText(parts.text)
  }
  if (parts.publishedAt) article.publishedAt = parts.publishedAt
  return { status: 'imported', name, article, warnings }
}

/** Decides the format from the extension, then the content when the extension is unknown or the content disagrees. */
function settleFormat(ext: string, text: string, warnings: string[]): FileFormat {
  const claimed = formatFromExtension(ext)
  if (claimed === null) return looksLikeHtml(text) ? 'html' : 'text'
  if (claimed !== 'html' && startsLikeHtmlDocument(text)) {
    warnings.push('the file is a web page saved under another extension; it was read as HTML')
    return 'html'
  }
  if (claimed === 'html' && !/<[a-z!][^>]*>/i.test(text.slice(0, 65_536))) {
    warnings.push('the file has no HTML markup; it was read as plain text')
    return 'text'
  }
  return claimed
}

function ingestBytes(file: SourceFile, env: IngestEnvironment): IngestResult {
  const { name, bytes } = file
  if (bytes.length > MAX_IMPORT_BYTES) {
    return failed(name, tooLargeReason(bytes.length))
  }
  if (bytes.length === 0) return failed(name, 'is empty')
  const ext = extensionOf(name)
  if (isRefusedExtension(ext)) return failed(name, unsupportedTypeReason(ext))

  // UTF-16 is full of NUL bytes by nature; its binary check runs on the decoded text below
  const binary = utf16Encoding(bytes) ? null : describeBinary(bytes)
  if (binary) {
    if (ext && !formatFromExtension(ext)) return failed(name, unsupportedTypeReason(ext))
    return failed(name, `is not a text or web page file (it looks like ${binary})`)
  }
  const claimed = formatFromExtension(ext)
  const declared = claimed === 'html' || claimed === null ? declaredHtmlCharset(bytes) : ''
  const decoded = decodeBytes(bytes, declared)
  // A damaged UTF-8 file would store "�" where the article had letters: a quote that no longer
  // says what the source said. Refused, so the journalist can fetch or save the file again.
  if (decoded.damaged) return failed(name, damagedUtf8Reason(decoded.damaged))
  const warnings = decoded.warning ? [decoded.warning] : []
  if (decoded.text.includes('\u0000')) return failed(name, 'is not a text or web page file (it looks like binary data)')
  if (isBlank(decoded.text)) return failed(name, 'is empty (it holds only blank space)')

  const format = settleFormat(ext, decoded.text, warnings)
  if (format === 'html') {
    const parts = extractHtmlParts(decoded.text, env.window)
    if (!parts) return failed(name, NO_ARTICLE)
    return toDraft(name, 'html', parts, warnings, titleFromFileName(name))
  }
  return toDraft(name, format, textParts(decoded.text, format), warnings, titleFromFileName(name))
}

/** Imports one file (any bytes, up to MAX_IMPORT_BYTES) as an article draft; never throws. */
export function ingestFile(file: SourceFile, env: IngestEnvironment): IngestResult {
  try {
    return ingestBytes(file, env)
  } catch (error) {
    // A library tripping over a malformed page is still the file's problem, not a crash of the app.
    const detail = error instanceof Error && error.message ? ` (${error.message})` : ''
    return failed(file.name, `could not be read as an article${detail}`)
  }
}

/** Imports text the user pasted (sourceFormat 'paste'), with the same page-chrome stripping as a .txt file; never throws. */
export function ingestPastedText(text: string, env: IngestEnvironment, name = DEFAULT_PASTE_NAME): IngestResult {
  void env // pasted text is plain text; the environment is taken for symmetry and for pasted HTML later
  try {
    if (text.length > MAX_IMPORT_BYTES) return failed(name, `is larger than ${formatMegabytes(MAX_IMPORT_BYTES)}`)
    if (isBlank(text)) return failed(name, 'is empty')
    return toDraft(name, 'paste', textParts(text, 'paste'), [], '')
  } catch (error) {
    const detail = error instanceof Error && error.message ? ` (${error.message})` : ''
    return failed(name, `could not be read as an article${detail}`)
  }
}
