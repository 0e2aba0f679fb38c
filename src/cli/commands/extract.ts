/**
 * `parallax extract <files...> [--json] [--published YYYY-MM-DD] [--case NAME]`: each article file
 * imported as `parallax import` does, then its suggested claims (casualties, dates, attributions,
 * quantities), printed as a `parallax/1` bundle (--json) or as a readable table per file. Bundles
 * are read too: their articles without claims get suggestions, the others show their own claims.
 */
import { pageLabel, type Article, type Claim } from '@core/model'
import { formatValue, renderBundle } from '@core/report'
import { caseNameOption } from '../articles'
import { mergeInto } from '../bundles'
import { publishedOption } from '../claims'
import { exitCodes, parseCommandArgs, UsageError, type CliIo, type Command } from '../command'
import { expandFolders } from '../folders'
import { claimsOf, readInputs } from '../inputs'
import { clip, columns, kindCounts, outletAndDate, plural, quote } from '../layout'

export const help = `Usage: parallax extract <files...> [--json] [--published YYYY-MM-DD] [--case NAME]

Reads article files (plain text, Markdown or HTML), as 'parallax import' does, and suggests the
claims each one makes: casualties, dates, attributions and quantities, each anchored to the text
(exact quote, start and end offsets) with its value read out ("12 killed", "9 August 2016").
These are suggestions for a journalist to review, as in the app. Parallax bundles (.json) are
read too: an article the bundle holds claims for shows those; the others get suggestions.

Options:
  --json                  Print the case as a Parallax bundle (JSON, format "parallax/1") with
                          the suggested claims, ready to open in the desktop app.
                          Without it, print a table of the claims of each file.
  --published YYYY-MM-DD  Publication date of articles whose file does not give one, against
                          which relative dates ("on Tuesday", "last month") are resolved; it is
                          also recorded as their date. An article's own date always wins.
                          Without any date, relative dates stay partial ("Tuesday").
  --case NAME             Name of the new case (default: "Imported <today's date>").
  -h, --help              Show this help.

Files that cannot be imported are reported on stderr as "parallax: <file>: <reason>";
the others are still read and printed.

Exit codes:
  0  every file was read
  1  one or more files could not be imported
  2  usage error (unknown option, no files, --published not a date)

Examples:
  parallax extract story.txt
  parallax extract reuters.txt afp.html --published 2016-08-14
  parallax extract reuters.txt --json --case "Al Qaim offensive" > al-qaim.parallax.json
`

interface ExtractOptions {
  files: string[]
  json: boolean
  published: string | undefined
  caseName: string | undefined
  help: boolean
}

function parseExtractArgs(args: string[]): ExtractOptions {
  const { values, positionals } = parseCommandArgs('extract', args, {
    json: { type: 'boolean', default: false },
    published: { type: 'string' },
    case: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false }
  })
  if (values.help) return { files: positionals, json: false, published: undefined, caseName: undefined, help: true }
  return {
    files: positionals,
    json: values.json,
    published: publishedOption(values.published, 'extract'),
    caseName: values.case,
    help: false
  }
}

/** Widest quote and value shown in the table before they are clipped. */
const QUOTE_WIDTH = 48
const VALUE_WIDTH = 48

/** One file's claims as a table: kind, quote, value in words, offsets. */
export function claimTable(file: string, article: Article, claims: readonly Claim[]): string {
  const about = outletAndDate(article)
  let out = `${file}\n  ${article.title.trim() || 'Untitled article'}${about ? ` (${about})` : ''}\n\n`
  if (claims.length > 0) {
    const rows = claims.map((c) => [
      c.kind,
      quote(c.anchor.exact, QUOTE_WIDTH),
      clip(formatValue(c), VALUE_WIDTH) || '—',
      // a PDF's claims also say the page, as the journalist would cite it
      [`${c.anchor.start}–${c.anchor.end}`, pageLabel(article, c.anchor.start)].filter(Boolean).join(' ')
    ])
    out += columns([['kind', 'quote', 'value', 'at'], ...rows]) + '\n'
  }
  return (
    out + `  ${claims.length ? `${plural(claims.length, 'claim')}: ${kindCounts(claims)}` : 'no claims suggested'}\n`
  )
}

async function runExtract(args: string[], io: CliIo): Promise<number> {
  const options = parseExtractArgs(args)
  if (options.help) {
    io.stdout(help)
    return exitCodes.ok
  }
  if (options.files.length === 0) throw new UsageError('extract needs at least one file', 'extract')
  const now = new Date()
  const stamp = now.toISOString()
  const caseName = caseNameOption(options.caseName, now, 'extract')

  const expanded = await expandFolders(options.files, { bundles: true }, io)
  const inputs = await readInputs(expanded.files, caseName, stamp, io)
  const worked = claimsOf(inputs, options.published, stamp)
  if (options.json) {
    if (worked.articles.length > 0) {
      const articles = worked.articles.map((a) => a.article)
      io.stdout(renderBundle(mergeInto(inputs.records, { cases: [], articles, claims: worked.suggested, links: [] })))
    }
  } else {
    const tables = worked.articles.map(({ file, article }) =>
      claimTable(
        file,
        article,
        worked.claims.filter((c) => c.articleId === article.id)
      )
    )
    io.stdout(tables.join('\n'))
  }
  return inputs.failed + expanded.failed > 0 ? exitCodes.failed : exitCodes.ok
}

export const extractCommand: Command = {
  name: 'extract',
  help,
  run: runExtract
}
