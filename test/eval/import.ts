/**
 * How a corpus record becomes an article: the way a journalist would save it and open it. The
 * record is written as a plain-text file — the headline on the first line, a blank line, then the
 * body as stored (a saved story reads like that) — and imported with `ingestFile`, the path File ›
 * Open takes. Ingest reads the headline into the title, so gold quoted from the headline is not in
 * the article's text: the eval reports such a quote and counts it as not findable. A .txt carries
 * no date; the gold's `publishedAt` (or the corpus's own date, TimeML's DCT) is used instead.
 */
import { JSDOM } from 'jsdom'
import { ingestFile } from '@core/ingest'
import type { ArticleDraft } from '@core/model'
import { EvalInputError } from './corpus'

const env = { window: new JSDOM('').window }

/** The bytes of the .txt a record is saved as. */
export function recordFile(title: string, text: string): Uint8Array {
  const body = title.trim() ? `${title.trim()}\n\n${text}\n` : `${text}\n`
  return new TextEncoder().encode(body)
}

/** Imports a record as a .txt through ingestFile; an EvalInputError naming `where` when import refuses it. */
export function importRecord(
  name: string,
  title: string,
  text: string,
  publishedAt: string | undefined,
  where: string
): ArticleDraft {
  return importBytes(name, recordFile(title, text), publishedAt, where)
}

/** Imports a file's bytes as the app does; the date given stands in when ingest finds none. */
export function importBytes(
  name: string,
  bytes: Uint8Array,
  publishedAt: string | undefined,
  where: string
): ArticleDraft {
  const result = ingestFile({ name, bytes }, env)
  if (result.status !== 'imported') throw new EvalInputError(`${where}: ${name} was not imported: ${result.reason}`)
  const article = result.article
  if (!article.publishedAt && publishedAt) article.publishedAt = publishedAt
  return article
}
