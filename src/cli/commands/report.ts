/**
 * `parallax report <files or bundles...> --format FORMAT [-o FILE] [--suggest] [--case NAME]`:
 * the desktop app's reports, headless. Bundles (.json) are checked whole by parseBundle and merged
 * as the app imports them (same ids are not duplicated); article files are imported into one new
 * case as `parallax import` does and, with --suggest, get suggested claims and a comparison first.
 */
import { randomUUID } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { newCase } from '@core/model'
import {
  claimReviewGaps,
  emptyReportReason,
  isReportFormat,
  renderClaimReviewFiles,
  renderReport,
  reportFormats,
  type ReportFormat,
  type ReviewerProfile
} from '@core/report'
import { caseNameOption, readArticleFiles } from '../articles'
import { isBundlePath, mergeInto, readBundles } from '../bundles'
import { suggestAndCompare } from '../claims'
import { exitCodes, parseCommandArgs, UsageError, type CliIo, type Command } from '../command'
import { expandFolders } from '../folders'
import { packageVersion } from '../io'
import { profileFromOptions, reviewerHelp, reviewerOptions } from '../reviewer'

export const help = `Usage: parallax report <files or bundles...> [--format FORMAT] [-o FILE] [--suggest] [--case NAME] [reviewer options]

Makes a claim report, as File › Export does in the app. Article files (plain text, Markdown or
HTML) are imported into one new case, as 'parallax import' does. Parallax bundles (.json, from
File › Export or 'parallax import --json') are checked first and used as they are; several
bundles merge (the same records are not repeated; where a later bundle holds another version
of a record, the first one's is used and stderr names the record).

Options:
  --format FORMAT  ${reportFormats.join(', ')} (default: md)
                   md, html  readable report for editors (Markdown, or HTML to print)
                   csv       one row per claim
                   json      Parallax bundle (parallax/1), to import in the app
                   webannotation, claimreview   JSON-LD for annotation tools and fact-check publishing
  -o, --out FILE   Write the report to FILE (default: stdout).
  --suggest        Suggest claims in the article files and compare the articles (verdicts, with
                   their reasons) before the report is made. Bundles are reported as they are.
  --case NAME      Name of the case made of the article files (default: "Imported <today's date>").
  --per-claim      With --format claimreview: one file per reviewed claim, <claim id>.claimreview.jsonld,
                   in the folder -o names (made if missing), to publish each on its own page.
  -h, --help       Show this help.

${reviewerHelp}

ClaimReview publishes reviewed claims only (confirmed, disputed, rejected): with none, nothing is
written and the exit code is 1. What a publisher would miss in a review (no address of the
published check, no date or address of the article) is listed on stderr; the file is written.

A file that cannot be read, imported or checked is reported on stderr as
"parallax: <file>: <reason>"; the report is made of the others.

Exit codes:
  0  the report was written from every input
  1  one or more inputs could not be used, or nothing was left to report
  2  usage error (unknown option or format, no inputs)

Examples:
  parallax report reuters.txt afp.html --suggest --format md -o al-qaim.md
  parallax report al-qaim.parallax.json --format claimreview > al-qaim.jsonld
  parallax report reviewed.json --format claimreview --org "Desk Check" --org-url https://check.example.org \\
    --review-url 'https://check.example.org/checks/{claim}' --per-claim -o checks/
`

interface ReportOptions {
  inputs: string[]
  format: ReportFormat
  out: string | undefined
  suggest: boolean
  caseName: string | undefined
  perClaim: boolean
  reviewer: ReviewerProfile
  help: boolean
}

function parseReportArgs(args: string[]): ReportOptions {
  const { values, positionals } = parseCommandArgs('report', args, {
    format: { type: 'string', short: 'f', default: 'md' },
    out: { type: 'string', short: 'o' },
    suggest: { type: 'boolean', default: false },
    case: { type: 'string' },
    'per-claim': { type: 'boolean', default: false },
    ...reviewerOptions,
    help: { type: 'boolean', short: 'h', default: false }
  })
  if (!isReportFormat(values.format))
    throw new UsageError(`unknown format '${values.format}' (expected one of ${reportFormats.join(', ')})`, 'report')
  if (values['per-claim'] && values.format !== 'claimreview')
    throw new UsageError('--per-claim goes with --format claimreview', 'report')
  if (values['per-claim'] && values.out === undefined)
    throw new UsageError('--per-claim needs -o FOLDER to write the files in', 'report')
  return {
    inputs: positionals,
    format: values.format,
    out: values.out,
    suggest: values.suggest,
    caseName: values.case,
    perClaim: values['per-claim'],
    reviewer: profileFromOptions(values, 'report'),
    help: values.help
  }
}

async function runReport(args: string[], io: CliIo): Promise<number> {
  const options = parseReportArgs(args)
  if (options.help) {
    io.stdout(help)
    return exitCodes.ok
  }
  if (options.inputs.length === 0) throw new UsageError('report needs at least one article file or bundle', 'report')
  const now = new Date()
  const stamp = now.toISOString()
  const name = caseNameOption(options.caseName, now, 'report')

  const expanded = await expandFolders(options.inputs, { bundles: true }, io)
  const bundles = await readBundles(expanded.files.filter(isBundlePath), io)
  let input = bundles.input
  let failed = bundles.failed + expanded.failed

  const articleFiles = expanded.files.filter((f) => !isBundlePath(f))
  if (articleFiles.length > 0) {
    const kase = newCase(randomUUID(), name, stamp)
    const read = await readArticleFiles(articleFiles, kase.id, stamp, io)
    failed += read.failed
    const articles = read.articles.map((r) => r.article)
    if (articles.length > 0) {
      kase.articleIds.push(...articles.map((a) => a.id))
      const { claims, links } = options.suggest ? suggestAndCompare(articles, stamp) : { claims: [], links: [] }
      input = mergeInto(input, { cases: [kase], articles, claims, links })
    }
  }

  if (input.cases.length === 0) {
    io.stderr('parallax: nothing to report: no input could be used\n')
    return exitCodes.failed
  }
  const empty = emptyReportReason(options.format, input)
  if (empty) {
    io.stderr(`parallax: ${empty}\n`)
    return exitCodes.failed
  }
  const ctx = { generatedAt: stamp, appVersion: packageVersion(), reviewer: options.reviewer }
  if (options.format === 'claimreview')
    for (const gap of claimReviewGaps(input, ctx)) io.stderr(`parallax: warning: ${gap}\n`)
  const written = options.perClaim
    ? await writeFiles(options.out!, renderClaimReviewFiles(input, ctx), io)
    : await writeOut(options.out, renderReport(options.format, input, ctx), io)
  return failed > 0 || !written ? exitCodes.failed : exitCodes.ok
}

const errorCode = (error: unknown) =>
  typeof error === 'object' && error !== null && 'code' in error ? ` (${String(error.code)})` : ''

/** The report on stdout, or in the file; false (said on stderr) when the file cannot be written. */
async function writeOut(out: string | undefined, text: string, io: CliIo): Promise<boolean> {
  if (out === undefined) {
    io.stdout(text)
    return true
  }
  try {
    await writeFile(out, text, 'utf8')
    return true
  } catch (error) {
    io.stderr(`parallax: ${out}: could not be written${errorCode(error)}\n`)
    return false
  }
}

/** One file per reviewed claim in `folder`; the names written are listed on stdout. */
async function writeFiles(folder: string, files: { name: string; text: string }[], io: CliIo): Promise<boolean> {
  try {
    await mkdir(folder, { recursive: true })
  } catch (error) {
    io.stderr(`parallax: ${folder}: the folder could not be made${errorCode(error)}\n`)
    return false
  }
  let ok = true
  for (const file of files) {
    const path = join(folder, file.name)
    try {
      await writeFile(path, file.text, 'utf8')
      io.stdout(`${path}\n`)
    } catch (error) {
      io.stderr(`parallax: ${path}: could not be written${errorCode(error)}\n`)
      ok = false
    }
  }
  return ok
}

export const reportCommand: Command = {
  name: 'report',
  help,
  run: runReport
}
