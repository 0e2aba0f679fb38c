/**
 * `parallax import <files...>`: each file through core/ingest, the results gathered into one new
 * case, printed as a `parallax/1` bundle (--json) or as a readable summary. A file that fails is
 * reported on stderr and the others are still imported.
 */
import { randomUUID } from 'node:crypto'
import { createRequire } from 'node:module'
import { parseArgs } from 'node:util'
import { ingestFile, type HtmlWindow, type IngestEnvironment, type IngestResult } from '@core/ingest'
import { articleFromDraft, caseNameSchema, makeBundle, newCase, type Article } from '@core/model'
import { exitCodes, isParseArgsError, UsageError, type CliIo, type Command } from '../command'
import { readSourceFile } from '@core/source'
import { nodeFileSystem } from '../io'

export const help = `Usage: parallax import <files...> [--json] [--case NAME]

Reads article files (plain text, Markdown or HTML, up to 20 MB each), extracts each article's
title, outlet, byline and canonical body text, and gathers them into one new case.

Options:
  --json         Print the case as a Parallax bundle (JSON, format "parallax/1") on stdout,
                 ready to open in the desktop app or to process with other tools.
                 Without it, print a summary of each article.
  --case NAME    Name of the new case (default: "Imported <today's date>").
  -h, --help     Show this help.

Files that cannot be imported are reported on stderr as "parallax: <file>: <reason>";
the others are still imported and printed.

Exit codes:
  0  every file was imported
  1  one or more files could not be imported
  2  usage error (unknown option, no files)

Examples:
  parallax import story.html
  parallax import reuters.txt afp.html --json --case "Al Qaim offensive" > al-qaim.json
`

/**
 * The DOM that HTML extraction needs, created on first use only: loading jsdom costs about a
 * second, and plain-text files never need it.
 */
function lazyDomEnv(): { env: IngestEnvironment; close(): void } {
  let window: (HtmlWindow & { close(): void }) | undefined
  const env: IngestEnvironment = {
    get window() {
      if (!window) {
        const { JSDOM } = createRequire(import.meta.url)('jsdom') as typeof import('jsdom')
        window = new JSDOM('').window
      }
      return window
    }
  }
  return { env, close: () => window?.close() }
}

interface ImportOptions {
  files: string[]
  json: boolean
  caseName: string | undefined
  help: boolean
}

function parseImportArgs(args: string[]): ImportOptions {
  try {
    const { values, positionals } = parseArgs({
      args,
      options: {
        json: { type: 'boolean', default: false },
        case: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false }
      },
      allowPositionals: true,
      strict: true
    })
    return { files: positionals, json: values.json, caseName: values.case, help: values.help }
  } catch (error) {
    if (isParseArgsError(error)) throw new UsageError(error.message, 'import')
    throw error
  }
}

function defaultCaseName(now: Date): string {
  return `Imported ${now.toISOString().slice(0, 10)}`
}

function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0
}

function countParagraphs(text: string): number {
  return text.split(/\n\s*\n/).filter((p) => p.trim() !== '').length
}

export function summarize(file: string, article: Article): string {
  const field = (label: string, value: string | number) => `  ${label.padEnd(11)} ${value === '' ? '—' : value}\n`
  return (
    `${file}\n` +
    field('title', article.title) +
    field('outlet', article.outlet) +
    field('byline', article.byline) +
    (article.publishedAt ? field('published', article.publishedAt) : '') +
    field('words', countWords(article.text)) +
    field('paragraphs', countParagraphs(article.text)) +
    field('direction', article.dir)
  )
}

async function runImport(args: string[], io: CliIo): Promise<number> {
  const options = parseImportArgs(args)
  if (options.help) {
    io.stdout(help)
    return exitCodes.ok
  }
  if (options.files.length === 0) throw new UsageError('import needs at least one file', 'import')
  const now = new Date()
  const name = caseNameSchema.safeParse(options.caseName ?? defaultCaseName(now))
  if (!name.success) throw new UsageError(`--case: ${name.error.issues[0]?.message ?? 'invalid name'}`, 'import')

  const stamp = now.toISOString()
  const kase = newCase(randomUUID(), name.data, stamp)
  const articles: Article[] = []
  const dom = lazyDomEnv()
  let failures = 0
  const fail = (file: string, reason: string) => {
    failures++
    io.stderr(`parallax: ${file}: ${reason}\n`)
  }

  try {
    for (const file of options.files) {
      const input = await readSourceFile(file, nodeFileSystem)
      if (!input.ok) {
        fail(file, input.reason)
        continue
      }
      let result: IngestResult
      try {
        result = ingestFile({ name: input.name, bytes: input.bytes }, dom.env)
      } catch (error) {
        fail(file, `unexpected error: ${error instanceof Error ? error.message : String(error)}`)
        continue
      }
      if (result.status !== 'imported') {
        fail(file, result.reason)
        continue
      }
      for (const warning of result.warnings) io.stderr(`parallax: ${file}: warning: ${warning}\n`)
      const article = articleFromDraft(result.article, { id: randomUUID(), caseId: kase.id }, stamp)
      articles.push(article)
      kase.articleIds.push(article.id)
      if (!options.json) io.stdout(summarize(file, article))
    }
  } finally {
    dom.close()
  }

  if (options.json && articles.length > 0) {
    const bundle = makeBundle({ cases: [kase], articles, claims: [], links: [] })
    io.stdout(JSON.stringify(bundle, null, 2) + '\n')
  }
  return failures > 0 ? exitCodes.failed : exitCodes.ok
}

export const importCommand: Command = {
  name: 'import',
  summary: 'Read article files and print them as a case (summary, or a JSON bundle with --json)',
  help,
  run: runImport
}
