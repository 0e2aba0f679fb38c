/** The shapes ingest's callers see: what goes in (a file, a DOM implementation) and what comes out. */
import type { ArticleDraft } from '@core/model'

/** A file as the shell read it: its name (for messages and sourceName) and its raw bytes. */
export interface SourceFile {
  name: string
  bytes: Uint8Array
}

/**
 * The `window` of a DOM implementation (the browser's, or jsdom's under Node): HTML pages are
 * parsed with its DOMParser, and DOMPurify is bound to it, or to `purifyIn` when given. Core itself loads no DOM.
 */
export interface HtmlWindow {
  DOMParser: new () => { parseFromString(html: string, type: 'text/html'): unknown }
  /** A DOM DOMPurify supports, when the parsing one is not (the CLI: linkedom parses, jsdom sanitises) */
  purifyIn?: PurifyHost
}

/** Where the article is sanitised: a window DOMPurify supports, and how the article element moves into it. */
export interface PurifyHost {
  window: HtmlWindow
  /** a copy of the article element in a document of `window` */
  adopt(article: unknown): unknown
}

/** What ingest needs from its host. */
export interface IngestEnvironment {
  window: HtmlWindow
}

/** One file's outcome: an article draft (with notes worth showing), or a reason to show after the file's name. */
export type IngestResult =
  | { status: 'imported'; name: string; article: ArticleDraft; warnings: string[] }
  | { status: 'failed'; name: string; reason: string }

/** A web page within the page limits, decoded, waiting for a DOM to be read with (readPage). */
export interface PageToRead {
  status: 'page'
  name: string
  /** the page's markup, decoded */
  html: string
  /** notes from reading the file so far (encoding, extension) */
  warnings: string[]
}

/** A PDF or Word file within the size limit, waiting for the host's document libraries (readDocument). */
export interface DocumentToRead {
  status: 'document'
  name: string
  format: 'pdf' | 'docx'
  bytes: Uint8Array
  /** notes from reading the file so far (a PDF saved under another extension) */
  warnings: string[]
}

/** What the DOM-free part of an import gives: the outcome, or a page or document still to read. */
export type IngestStep = IngestResult | PageToRead | DocumentToRead
