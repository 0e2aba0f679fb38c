/**
 * `parallax compare <fileA> <fileB> [more...] [--json|--md] [--published YYYY-MM-DD] [--case NAME]`:
 * two or more articles (article files and/or bundles) compared as the app compares them. Articles
 * without claims get suggested claims first; an article that comes from a bundle with claims of its
 * own is compared on those. Prints the verdicts as a readable summary, a Markdown report (--md) or
 * the bundle with its links (--json).
 */
import { relationLabels, relationOrder, type Comparison } from '@core/compare'
import type { Case, Link, LinkRelation } from '@core/model'
import { renderBundle, renderMarkdown, summarizeComparisons, type ReportInput } from '@core/report'
import { caseNameOption } from '../articles'
import { isBundlePath, mergeInto } from '../bundles'
import { compareWithLinks, publishedOption } from '../claims'
import { exitCodes, parseCommandArgs, UsageError, type CliIo, type Command } from '../command'
import { expandFolders } from '../folders'
import { claimsOf, readInputs } from '../inputs'
import { packageVersion } from '../io'
import { articleName, columns, kindCounts, oneLine, outletAndDate, plural, quote } from '../layout'

export const help = `Usage: parallax compare <fileA> <fileB> [more...] [--json | --md] [--published YYYY-MM-DD] [--case NAME]

Compares two or more accounts of a story, as the app's comparison does: suggests the claims of
each article, matches them across articles and judges each match (conflict, different source,
compatible, agree, related), with the reason ("12 vs 15 killed").

Inputs are article files (plain text, Markdown or HTML, imported as 'parallax import' does) and
Parallax bundles (.json), in any mix; every article of a bundle is compared. An article from a
bundle that already holds claims for it is compared on those claims (reviewed or not, rejected
ones left out) and gets no suggestions; the others get suggested claims. Verdicts are always
recomputed: a bundle's automatic links are replaced, its manual links kept.

Options:
  --json                  Print the bundle (JSON, format "parallax/1"): the articles, their
                          claims, and one link per verdict.
  --md                    Print the Markdown claim report of the comparison (as
                          'parallax report --suggest --format md' makes it): sources, verdicts
                          with conflicts first, then each article's claims.
                          Without --json or --md, print a readable summary of the verdicts.
  --published YYYY-MM-DD  Publication date of articles that give none (and get suggested claims),
                          against which relative dates ("on Tuesday") are resolved; it is also
                          recorded as their date. An article's own date always wins.
  --case NAME             Name of the case made of the article files (default:
                          "Imported <today's date>").
  -h, --help              Show this help.

An input that cannot be read, imported or checked is reported on stderr as
"parallax: <file>: <reason>"; the others are still compared when at least two articles remain.

Exit codes:
  0  every input was compared
  1  one or more inputs could not be used (the others were still compared)
  2  usage error (unknown option, --json with --md, --published not a date, fewer than two articles)

Examples:
  parallax compare reuters.txt afp.html
  parallax compare reuters.txt afp.html ap.txt --md > al-qaim.md
  parallax compare al-qaim.parallax.json ap.txt --json > al-qaim-compared.parallax.json
  parallax compare ministry.txt wire.txt --published 2016-08-14
`

interface CompareOptions {
  inputs: string[]
  output: 'text' | 'json' | 'md'
  published: string | undefined
  caseName: string | undefined
  help: boolean
}

function parseCompareArgs(args: string[]): CompareOptions {
  const { values, positionals } = parseCommandArgs('compare', args, {
    json: { type: 'boolean', default: false },
    md: { type: 'boolean', default: false },
    published: { type: 'string' },
    case: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false }
  })
  const base = { inputs: positionals, caseName: values.case }
  if (values.help) return { ...base, output: 'text', published: undefined, help: true }
  if (values.json && values.md) throw new UsageError('--json and --md cannot be used together', 'compare')
  const output = values.json ? 'json' : values.md ? 'md' : 'text'
  return { ...base, output, published: publishedOption(values.published, 'compare'), help: false }
}

const tooFew = (found: string) => new UsageError(`compare needs at least two articles (${found})`, 'compare')

/** Widest quote shown in the summary before it is clipped. */
const QUOTE_WIDTH = 72

/** The readable summary: the articles, counts per verdict, each verdict with both quotes, then the claims only one article has. */
export function verdictSummary(view: ReportInput, comparison: Comparison): string {
  const claims = new Map(view.claims.map((c) => [c.id, c]))
  const lines: string[] = [`Compared ${plural(view.articles.length, 'article')}:`]
  view.articles.forEach((a, i) => {
    const about = outletAndDate(a)
    const title = oneLine(a.title) || 'Untitled article'
    lines.push(
      `  ${i + 1}. ${title}${about ? ` (${about})` : ''}: ${plural(view.claims.filter((c) => c.articleId === a.id).length, 'claim')}`
    )
  })
  const groups = summarizeComparisons(view)
  const count = (relation: LinkRelation) => groups.find((g) => g.relation === relation)?.entries.length ?? 0
  const counts = relationOrder.map((r) =>
    plural(count(r), relationLabels[r].one.toLowerCase(), relationLabels[r].many.toLowerCase())
  )
  lines.push('', `Verdicts: ${counts.join(', ')}; ${comparison.onlyIn.length} only in one article.`)
  if (comparison.partial)
    lines.push('Some passages or claims were not compared: the comparison reached its work limit.')

  let text = lines.join('\n') + '\n'
  for (const group of groups) {
    text += `\n${relationLabels[group.relation].many} (${group.entries.length})\n`
    group.entries.forEach(({ link, a, b }, i) => {
      text += `  ${i + 1}. ${oneLine(link.reason) || group.relation}\n`
      text += columns(
        [a, b].map((side) => [side.label, quote(side.claim.anchor.exact, QUOTE_WIDTH)]),
        '     '
      )
    })
  }

  text += '\nOnly in one article\n'
  text += columns(
    view.articles.map((article) => {
      const only = comparison.onlyIn
        .filter((o) => o.articleId === article.id)
        .flatMap((o) => claims.get(o.claimId) ?? [])
      return [
        `${articleName(article)}:`,
        only.length ? `${plural(only.length, 'claim')} (${kindCounts(only)})` : 'none'
      ]
    })
  )
  return text
}

async function runCompare(args: string[], io: CliIo): Promise<number> {
  const options = parseCompareArgs(args)
  if (options.help) {
    io.stdout(help)
    return exitCodes.ok
  }
  if (options.inputs.length === 0) throw tooFew('none given')
  const expanded = await expandFolders(options.inputs, { bundles: true }, io)
  if (expanded.failed === 0 && expanded.files.length === 1 && !isBundlePath(expanded.files[0]!))
    throw tooFew('one file given')
  const now = new Date()
  const stamp = now.toISOString()
  const caseName = caseNameOption(options.caseName, now, 'compare')

  const inputs = await readInputs(expanded.files, caseName, stamp, io)
  const { records } = inputs
  const failed = inputs.failed + expanded.failed
  if (inputs.articles.length < 2) {
    if (failed > 0) {
      io.stderr(`parallax: nothing to compare: ${plural(inputs.articles.length, 'article')} could be read\n`)
      return exitCodes.failed
    }
    throw tooFew(`the input holds ${plural(inputs.articles.length, 'article')}`)
  }

  // Articles with claims of their own (from a bundle) keep them; the others get suggestions.
  const worked = claimsOf(inputs, options.published, stamp)
  const articles = worked.articles.map((a) => a.article)
  const { comparison, links: auto } = compareWithLinks(articles, worked.claims, stamp)
  const manual: Link[] = records.links.filter((l) => l.origin === 'manual')
  const result = mergeInto(
    { ...records, links: manual },
    { cases: [], articles, claims: worked.suggested, links: auto }
  )

  if (options.output === 'json') {
    io.stdout(renderBundle(result))
    return failed > 0 ? exitCodes.failed : exitCodes.ok
  }
  // The readable forms list the articles in the order they were compared, as one case.
  const names = [...new Set(result.cases.map((c) => c.name.trim()).filter(Boolean))]
  const view: Case = {
    id: 'compare',
    name: options.caseName?.trim() || names.join('; ') || caseName,
    articleIds: articles.map((a) => a.id),
    createdAt: stamp,
    updatedAt: stamp
  }
  const viewInput: ReportInput = { cases: [view], articles, claims: worked.claims, links: result.links }
  io.stdout(
    options.output === 'md'
      ? renderMarkdown(viewInput, { generatedAt: stamp, appVersion: packageVersion() })
      : verdictSummary(viewInput, comparison)
  )
  return failed > 0 ? exitCodes.failed : exitCodes.ok
}

export const compareCommand: Command = {
  name: 'compare',
  help,
  run: runCompare
}
