/**
 * Ingest: a file's bytes (or pasted text) → an ArticleDraft, or a reason it cannot be imported.
 * This is the door every article passes through (STYLE 9): format and encoding are settled, page
 * chrome is removed and the text made canonical here, so everything behind it can trust the draft.
 * Nothing here throws for bad input; every refusal is a `failed` result a journalist can act on.
 */
import type { ArticleDraft, SourceFormat } from '@core/model'
import { MAX_IMPORT_BYTES, formatMegabytes, tooLargeReason } from '@core/source'
import { detectDirection, detectLanguage, hashText, normalizeLine, normalizeText } from '@core/text'
import { decodeBytes, declaredHtmlCharset, utf16Encoding } from './decode'
import { titleFromFileName, titleFromText } from './fields'
import { extractHtmlParts, type HtmlParts } from './html'
import { checkPageLimits } from './pagescan'
import { unwrapForwardedEmail } from './email'
import { markdownToText } from './markdown'
import { reflowHardWrapped } from './reflow'
import { cleanHeadline } from './titles'
import { extractTextParts } from './plaintext'
import { readDocx, type DocxHost } from './docx'
import { readPdf, usablePropertyTitle, type PageProgress, type PdfHost } from './pdf'
import {
  describeBinary,
  documentFormat,
  extensionOf,
  formatFromExtension,
  isRefusedExtension,
  looksLikeHtml,
  startsLikeHtmlDocument,
  unsupportedTypeReason,
  type FileFormat
} from './sniff'
import type { DocumentToRead, IngestEnvironment, IngestResult, IngestStep, PageToRead, SourceFile } from './types'

export type {
  DocumentToRead,
  HtmlWindow,
  IngestEnvironment,
  IngestResult,
  IngestStep,
  PageToRead,
  SourceFile
} from './types'
export { buildPageDocument, pageWindow, type BlankDocument, type BuildDocument, type BuildNode } from './pagedom'
export type { PageProgress, PdfLibrary, PdfHost } from './pdf'
export type { DocxHost, DocxLibrary } from './docx'
export { PDF_LIMITS } from './pdf'
export { findImageBomb, MAX_IMAGE_PIXELS } from './pdfcheck'
export { assemblePdfText } from './pdftext'
export type { PdfPageText, PdfTextItem } from './pdflayout'
export { measureDom, PAGE_LIMITS, tooSlowReason, type MeasuredNode, type PageLimits, type PageMeasures } from './limits'
export { measurePage } from './pagescan'
export { titleFromFileName } from './fields'

const NO_ARTICLE = 'has no article text that Parallax could find'
const DEFAULT_PASTE_NAME = 'Pasted text'

/** What every format is reduced to before it becomes a draft (HTML fills every field; text fewer; documents add notes and pages). */
type Parts = HtmlParts & { notes?: string[]; pages?: { at: number; page: number }[] }

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
function toDraft(
  name: string,
  format: SourceFormat,
  parts: Parts,
  warnings: string[],
  fallbackTitle: string
): IngestResult {
  if (parts.text === '') return failed(name, NO_ARTICLE)
  // The one door for metadata: page titles, names and captions carry whatever bytes the page's
  // author put there, ESC and BEL included, which a terminal would obey. One-line fields keep no
  // control character at all; captions keep line breaks only, as the text does.
  let title = normalizeLine(parts.title)
  if (!title) {
    title = normalizeLine(fallbackTitle) || titleFromText(parts.text)
    warnings.push(`no headline was found; the title "${title}" is a stand-in to edit`)
  }
  const article: ArticleDraft = {
    title,
    outlet: normalizeLine(parts.outlet),
    byline: normalizeLine(parts.byline),
    url: parts.url,
    lang: parts.lang || detectLanguage(parts.text),
    dir: detectDirection(parts.text),
    text: parts.text,
    captions: parts.captions.map(normalizeText).filter((c) => c !== ''),
    sourceFormat: format,
    sourceName: name,
    contentHash: hashText(parts.text)
  }
  if (parts.publishedAt) article.publishedAt = parts.publishedAt
  const notes = parts.notes?.map(normalizeText).filter((n) => n !== '')
  if (notes && notes.length > 0) article.notes = notes
  if (parts.pages && parts.pages.length > 0) article.pages = parts.pages
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

function prepareBytes(file: SourceFile): IngestStep {
  const { name, bytes } = file
  if (bytes.length > MAX_IMPORT_BYTES) {
    return failed(name, tooLargeReason(bytes.length))
  }
  if (bytes.length === 0) return failed(name, 'is empty')
  const ext = extensionOf(name)
  const document = documentFormat(ext, bytes)
  if (document) {
    const warnings =
      document === 'pdf' && ext !== 'pdf'
        ? [`the file is a PDF saved under another extension${ext ? ` (.${ext})` : ''}; it was read as a PDF`]
        : []
    return { status: 'document', name, format: document, bytes, warnings }
  }
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
    // measured before any DOM is built: a page too large to read is refused in one linear pass
    const tooLarge = checkPageLimits(decoded.text)
    if (tooLarge) return failed(name, tooLarge)
    return { status: 'page', name, html: decoded.text, warnings }
  }
  return toDraft(name, format, textParts(decoded.text, format), warnings, titleFromFileName(name))
}

function readPageParts(page: PageToRead, env: IngestEnvironment): IngestResult {
  const parts = extractHtmlParts(page.html, env.window)
  if (!parts) return failed(page.name, NO_ARTICLE)
  if ('refused' in parts) return failed(page.name, parts.refused)
  return toDraft(page.name, 'html', parts, [...page.warnings], titleFromFileName(page.name))
}

/** What reading a PDF or Word document needs from its host: the libraries, loaded where they may run. */
export interface DocumentHost {
  pdf: PdfHost
  docx: DocxHost
}

const SCAN_REASON =
  'has no text layer: it looks like a scanned image of pages, and Parallax reads only the text a PDF holds; run it through OCR (OCRmyPDF, or "Recognise text" in a PDF editor) and import the result, or import a text or Word version'

async function readDocumentParts(
  doc: DocumentToRead,
  host: DocumentHost,
  onPages?: PageProgress
): Promise<IngestResult> {
  const warnings = [...doc.warnings]
  const fallback = titleFromFileName(doc.name)
  if (doc.format === 'docx') {
    const read = await readDocx(doc.bytes, host.docx)
    if (!read.ok) return failed(doc.name, read.reason)
    const { title, byline, publishedAt, text, notes } = read.parts
    if (text === '') return failed(doc.name, 'has no text (the document is empty)')
    const parts: Parts = {
      title: usablePropertyTitle(title) ? title : '',
      byline,
      outlet: '',
      url: '',
      publishedAt,
      lang: '',
      text,
      captions: [],
      notes
    }
    return toDraft(doc.name, 'docx', parts, warnings, fallback)
  }
  const read = await readPdf(doc.bytes, host.pdf, onPages)
  if (!read.ok) return failed(doc.name, read.reason)
  const { parts: pdf, info, pageCount } = read
  // a scan with a page number or a stamp in its text layer is still a scan: a few letters per page
  if (pdf.characters < 20 * Math.min(pageCount, 5)) return failed(doc.name, SCAN_REASON)
  if (pdf.emptyPages.length > 0) {
    const list =
      pdf.emptyPages.length > 8
        ? `${pdf.emptyPages.slice(0, 8).join(', ')} and ${pdf.emptyPages.length - 8} more`
        : pdf.emptyPages.join(', ')
    warnings.push(
      `page${pdf.emptyPages.length === 1 ? '' : 's'} ${list} of ${pageCount} ha${pdf.emptyPages.length === 1 ? 's' : 've'} no text (scanned images?) and ${pdf.emptyPages.length === 1 ? 'is' : 'are'} missing from the article`
    )
  }
  // the largest type on page 1 is the headline as printed; a property title is often a file's or a template's
  const title = pdf.title || (usablePropertyTitle(info.title) ? info.title : '')
  const parts: Parts = {
    title,
    byline: info.author,
    outlet: '',
    url: '',
    publishedAt: info.date,
    lang: '',
    text: pdf.text,
    captions: [],
    notes: pdf.notes,
    pages: pdf.pages
  }
  return toDraft(doc.name, 'pdf', parts, warnings, fallback)
}

/**
 * Reads a PDF or Word document prepareFile let through, with the host's libraries; never throws.
 * Bounded by the libraries' limits here (pages, characters, zip sizes) and by the host's clock;
 * `onPages` hears every tenth page of a PDF read.
 */
export async function readDocument(
  doc: DocumentToRead,
  host: DocumentHost,
  onPages?: PageProgress
): Promise<IngestResult> {
  try {
    return await readDocumentParts(doc, host, onPages)
  } catch (error) {
    return unreadable(doc.name, error)
  }
}

/** A library tripping over a malformed page is still the file's problem, not a crash of the app. */
function unreadable(name: string, error: unknown): IngestResult {
  const detail = error instanceof Error && error.message ? ` (${error.message})` : ''
  return failed(name, `could not be read as an article${detail}`)
}

/**
 * The part of an import that needs no DOM: size, type, encoding, the page limits, and the whole
 * import of text and Markdown. A web page within the limits comes back as `page`, for readPage
 * where a DOM is (a worker has none). Never throws.
 */
export function prepareFile(file: SourceFile): IngestStep {
  try {
    return prepareBytes(file)
  } catch (error) {
    return unreadable(file.name, error)
  }
}

/**
 * Whether a file is a PDF or Word document, which prepareFile hands on to the document readers:
 * by its first kilobyte and extension, before anything is decoded.
 */
export function isDocumentFile(file: SourceFile): boolean {
  return documentFormat(extensionOf(file.name), file.bytes) !== null
}

/** Reads a web page prepareFile let through, with the host's DOM; never throws. */
export function readPage(page: PageToRead, env: IngestEnvironment): IngestResult {
  try {
    return readPageParts(page, env)
  } catch (error) {
    return unreadable(page.name, error)
  }
}

/**
 * Imports one text file or web page (any bytes, up to MAX_IMPORT_BYTES) as an article draft; never
 * throws. A PDF or Word document needs the document libraries: ingestDocumentFile.
 */
export function ingestFile(file: SourceFile, env: IngestEnvironment): IngestResult {
  const step = prepareFile(file)
  if (step.status === 'document')
    return failed(
      file.name,
      'is a PDF or Word document, which this caller cannot read (no document libraries were given)'
    )
  return step.status === 'page' ? readPage(step, env) : step
}

/** Imports one file of any format, PDF and Word included; never throws. */
export async function ingestDocumentFile(
  file: SourceFile,
  env: IngestEnvironment,
  host: DocumentHost
): Promise<IngestResult> {
  const step = prepareFile(file)
  if (step.status === 'document') return readDocument(step, host)
  return step.status === 'page' ? readPage(step, env) : step
}

/**
 * Whether a file's name says it holds an article Parallax reads (text, Markdown, a web page, a PDF or Word document): what
 * a folder given to the CLI is searched for. A file of another or no extension can still be
 * imported by name; a folder's other files (images, notes) are left alone.
 */
export function isArticleFileName(name: string): boolean {
  const ext = extensionOf(name)
  return formatFromExtension(ext) !== null || ext === 'pdf' || ext === 'docx'
}

/** Imports text the user pasted (sourceFormat 'paste'), with the same page-chrome stripping as a .txt file; never throws. */
export function ingestPastedText(text: string, env: IngestEnvironment, name = DEFAULT_PASTE_NAME): IngestResult {
  void env // pasted text is plain text; the environment is taken for symmetry and for pasted HTML later
  try {
    if (text.length > MAX_IMPORT_BYTES) return failed(name, `is larger than ${formatMegabytes(MAX_IMPORT_BYTES)}`)
    if (isBlank(text)) return failed(name, 'is empty')
    return toDraft(name, 'paste', textParts(text, 'paste'), [], '')
  } catch (error) {
    return unreadable(name, error)
  }
}
