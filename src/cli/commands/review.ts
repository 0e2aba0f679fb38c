/**
 * `parallax review <bundle> --claim ID... [--status S] [--rating R] [--url URL] [--note TEXT] [-o FILE]`:
 * sets the status and review of claims in a Parallax bundle, for batch work (a desk reviewing a
 * case from a script). The same rules as the app: a status change dates the review
 * (core/model withStatus), a rating must be on the scale, an address must be usable. All the
 * claims named change, or none: the bundle is written only when every change could be made.
 */
import { writeFile } from 'node:fs/promises'
import { claimStatuses, withReview, withStatus, type Claim, type ClaimStatus } from '@core/model'
import { findRating, renderBundle } from '@core/report'
import { readBundle } from '../bundles'
import { exitCodes, parseCommandArgs, UsageError, type CliIo, type Command } from '../command'
import { profileFromOptions, reviewerOptions } from '../reviewer'

export const help = `Usage: parallax review <bundle.json> --claim ID [--claim ID...] [--status STATUS] [--rating NAME]
                       [--url URL] [--note TEXT] [--scale SCALE] [-o FILE]

Sets the status and review of claims in a Parallax bundle (from File › Export or 'parallax import
--json'), as the claim editor does in the app, and prints the bundle (or writes it to -o FILE,
which may be the bundle itself). A status change dates the claim's review now; back to
unreviewed, its review goes. Every claim named must be in the bundle and every change possible,
or nothing is written.

Options:
  --claim ID       A claim to change (repeat for several); its id as the bundle, the CSV export
                   and 'parallax extract' show it
  --status STATUS  ${claimStatuses.join(', ')}
  --rating NAME    The rating on the scale (for ClaimReview); '' clears it. Only for reviewed claims
  --url URL        Where the fact-check of the claim is published; '' clears it
  --note TEXT      The claim's note (replaces it)
  --scale SCALE    The scale --rating is checked against, worst first (default: False=1,
                   Misleading=2, Mostly true=3, True=4)
  -o, --out FILE   Write the bundle to FILE (default: stdout)
  -h, --help       Show this help.

Exit codes:
  0  the bundle was written with every change
  1  the bundle could not be read, a claim is not in it, or a change cannot be made (nothing written)
  2  usage error (unknown option or status, no bundle or claim)

Examples:
  parallax review al-qaim.json --claim 0b6c…e1 --status disputed --rating False \\
    --url https://check.example.org/al-qaim-toll -o al-qaim.json
  parallax review al-qaim.json --claim 0b6c…e1 --claim 77a2…9f --status confirmed > reviewed.json
`

function parseReviewArgs(args: string[]) {
  const { values, positionals } = parseCommandArgs('review', args, {
    claim: { type: 'string', multiple: true, default: [] },
    status: { type: 'string' },
    rating: { type: 'string' },
    url: { type: 'string' },
    note: { type: 'string' },
    scale: reviewerOptions.scale,
    out: { type: 'string', short: 'o' },
    help: { type: 'boolean', short: 'h', default: false }
  })
  if (values.help) return { help: true as const }
  if (positionals.length !== 1)
    throw new UsageError(positionals.length === 0 ? 'review needs a bundle' : 'review takes one bundle', 'review')
  if (values.claim.length === 0) throw new UsageError('review needs at least one --claim ID', 'review')
  const status = values.status
  if (status !== undefined && !(claimStatuses as readonly string[]).includes(status)) {
    throw new UsageError(`unknown status '${status}' (expected one of ${claimStatuses.join(', ')})`, 'review')
  }
  if (status === undefined && values.rating === undefined && values.url === undefined && values.note === undefined) {
    throw new UsageError('nothing to change: give --status, --rating, --url or --note', 'review')
  }
  const { scale } = profileFromOptions({ scale: values.scale }, 'review')
  return {
    help: false as const,
    bundle: positionals[0]!,
    claims: values.claim,
    status: status as ClaimStatus | undefined,
    rating: values.rating,
    url: values.url,
    note: values.note,
    scale,
    out: values.out
  }
}

async function runReview(args: string[], io: CliIo): Promise<number> {
  const options = parseReviewArgs(args)
  if (options.help) {
    io.stdout(help)
    return exitCodes.ok
  }
  const bundle = await readBundle(options.bundle, io)
  if (!bundle) return exitCodes.failed
  if (options.rating && !findRating(options.scale, options.rating)) {
    io.stderr(
      `parallax: --rating '${options.rating}' is not on the scale (${options.scale.ratings.map((r) => r.name).join(', ')}): nothing was written\n`
    )
    return exitCodes.failed
  }
  const now = new Date().toISOString()
  const byId = new Map(bundle.claims.map((c) => [c.id, c]))
  const problems: string[] = []
  for (const id of new Set(options.claims)) {
    const claim = byId.get(id)
    if (!claim) {
      problems.push(`claim ${id} is not in the bundle`)
      continue
    }
    let next: Claim = { ...claim, ...(options.note !== undefined ? { note: options.note } : {}) }
    if (options.status) next = withStatus(next, options.status, now)
    if (options.rating !== undefined || options.url !== undefined) {
      const reviewed = withReview(next, { rating: options.rating, url: options.url })
      if (!reviewed.ok) {
        problems.push(`claim ${id}: ${reviewed.reason}`)
        continue
      }
      next = reviewed.claim
    }
    if (JSON.stringify(next) !== JSON.stringify(claim)) next = { ...next, updatedAt: now }
    byId.set(id, next)
  }
  if (problems.length) {
    for (const p of problems) io.stderr(`parallax: ${options.bundle}: ${p}\n`)
    io.stderr('parallax: nothing was written\n')
    return exitCodes.failed
  }
  const text = renderBundle({ ...bundle, claims: bundle.claims.map((c) => byId.get(c.id)!) })
  if (options.out === undefined) {
    io.stdout(text)
    return exitCodes.ok
  }
  try {
    await writeFile(options.out, text, 'utf8')
    return exitCodes.ok
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? ` (${String(error.code)})` : ''
    io.stderr(`parallax: ${options.out}: could not be written${code}\n`)
    return exitCodes.failed
  }
}

export const reviewCommand: Command = {
  name: 'review',
  help,
  run: runReview
}
