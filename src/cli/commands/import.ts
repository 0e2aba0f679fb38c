/**
 * `parallax import <files...>`: each file through core/ingest, the results gathered into one new
 * case, printed as a `parallax/1` bundle (--json) or as a readable summary. A file that fails is
 * reported on stderr and the others are still imported.
 */
import { randomUUID } from 'node:crypto'
import { makeBundle, newCase, type Article } from '@core/model'
import { caseNameOption, readArticleFiles } from '../articles'
import { exitCodes, parseCommandArgs, UsageError, type CliIo, type Command } from '../command'
import { expandFolders } from '../folders'

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
the others are still imported and printed. A web page nested deeper, or holding more, than
Parallax reads is refused with the limit it crosses; one that takes longer than 60 seconds to
read is stopped and refused (PARALLAX_READ_TIMEOUT=<seconds> sets another limit).
Control characters in anything printed (titles, names, file names) are shown as \u001B.

Exit codes:
  0  every file was imported
  1  one or more files could not be imported
  2  usage error (unknown option, no files)

Examples:
  parallax import story.html
  parallax import reuters.txt afp.html --json --case "Al Qaim offensive" > al-qaim.json
`

interface ImportOptions {
  files: string[]
  json: boolean
  caseName: string | undefined
  help: boolean
}

function parseImportArgs(args: string[]): ImportOptions {
  const { values, positionals } = parseCommandArgs('import', args, {
    json: { type: 'boolean', default: false },
    case: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false }
  })
  return { files: positionals, json: values.json, caseName: values.case, help: values.help }
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
  const name = caseNameOption(options.caseName, now, 'import')

  const stamp = now.toISOString()
  const kase = newCase(randomUUID(), name, stamp)
  const expanded = await expandFolders(options.files, { bundles: false }, io)
  const read = await readArticleFiles(expanded.files, kase.id, stamp, io)
  const articles = read.articles.map((r) => r.article)
  kase.articleIds.push(...articles.map((a) => a.id))
  if (!options.json) for (const { file, article } of read.articles) io.stdout(summarize(file, article))

  if (options.json && articles.length > 0) {
    const bundle = makeBundle({ cases: [kase], articles, claims: [], links: [] })
    io.stdout(JSON.stringify(bundle, null, 2) + '\n')
  }
  return read.failed + expanded.failed > 0 ? exitCodes.failed : exitCodes.ok
}

export const importCommand: Command = {
  name: 'import',
  help,
  run: runImport
}
