/**
 * Article files → Articles of one case, the way every command reads them: each file through
 * core/source (size limit, readable reasons) and core/ingest, failures reported on stderr as
 * "parallax: <file>: <reason>" while the other files carry on; web pages are read with a time
 * limit (pages.ts). Shared by every command that reads article files.
 */
import { randomUUID } from 'node:crypto'
import { prepareFile, type IngestResult } from '@core/ingest'
import { articleFromDraft, caseNameSchema, type Article } from '@core/model'
import { readSourceFile } from '@core/source'
import { UsageError, type CliIo } from './command'
import { nodeFileSystem } from './io'
import { PageReader } from './pages'

export interface ArticleFiles {
  /** In the order of the files, each with the file name it came from. */
  articles: { file: string; article: Article }[]
  /** How many files could not be imported (each already reported on stderr). */
  failed: number
}

/** Names of files that are likely read in the page thread (a page without such a name is still sniffed). */
const READ_IN_THREAD = /\.(html?|xhtml|pdf|docx)$/i

/** Reads and ingests each file into an Article of case `caseId`, stamped `stamp` (ISO-8601). */
export async function readArticleFiles(
  files: readonly string[],
  caseId: string,
  stamp: string,
  io: CliIo
): Promise<ArticleFiles> {
  const out: ArticleFiles = { articles: [], failed: 0 }
  // web pages and documents are read in a thread of their own, with a time limit; text needs no DOM
  const pages = new PageReader()
  if (files.some((f) => READ_IN_THREAD.test(f))) pages.start()
  const fail = (file: string, reason: string) => {
    out.failed++
    io.stderr(`parallax: ${file}: ${reason}\n`)
  }
  try {
    for (const [i, file] of files.entries()) {
      if (files.length > 1) io.progress?.(`file ${i + 1} of ${files.length}: ${file}`)
      const input = await readSourceFile(file, nodeFileSystem)
      if (!input.ok) {
        fail(file, input.reason)
        continue
      }
      let result: IngestResult
      try {
        const step = prepareFile({ name: input.name, bytes: input.bytes })
        result = step.status === 'page' || step.status === 'document' ? await pages.read(step) : step
      } catch (error) {
        fail(file, `unexpected error: ${error instanceof Error ? error.message : String(error)}`)
        continue
      }
      if (result.status !== 'imported') {
        fail(file, result.reason)
        continue
      }
      for (const warning of result.warnings) io.stderr(`parallax: ${file}: warning: ${warning}\n`)
      out.articles.push({ file, article: articleFromDraft(result.article, { id: randomUUID(), caseId }, stamp) })
    }
  } finally {
    io.progress?.('')
    await pages.close()
  }
  return out
}

/** "Imported 2024-06-01": a new case's name when the user gives none. */
export function defaultCaseName(now: Date): string {
  return `Imported ${now.toISOString().slice(0, 10)}`
}

/** The value of --case (or the default name) checked as a case name, or a usage error of `command`. */
export function caseNameOption(value: string | undefined, now: Date, command: string): string {
  const name = caseNameSchema.safeParse(value ?? defaultCaseName(now))
  if (!name.success) throw new UsageError(`--case: ${name.error.issues[0]?.message ?? 'invalid name'}`, command)
  return name.data
}
