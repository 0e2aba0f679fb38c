/** The shapes ingest's callers see: what goes in (a file, a DOM implementation) and what comes out. */
import type { ArticleDraft } from '@core/model'

/** A file as the shell read it: its name (for messages and sourceName) and its raw bytes. */
export interface SourceFile {
  name: string
  bytes: Uint8Array
}

/**
 * The `window` of a DOM implementation (linkedom's through pagedom, as the app's worker and the
 * CLI read pages; the browser's or jsdom's in tests and the eval): HTML pages are parsed with its
 * DOMParser. Core itself loads no DOM.
 */
export interface HtmlWindow {
  DOMParser: new () => { parseFromString(html: string, type: 'text/html'): unknown }
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
