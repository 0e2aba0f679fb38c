/**
 * Parallax bundles (.json) as the commands read them: each file checked whole by parseBundle (a bad
 * one is reported on stderr as "parallax: <file>: <reason>" and none of it is used), several merged
 * as the app imports them, by planMerge and resolveMerge: the same ids are not repeated, and where
 * a later file holds another version of a record the earlier file's version is kept, as the app
 * keeps the stored one unless the journalist chooses (the CLI has no one to ask, so it says so on
 * stderr). Shared by `report` and `compare`.
 */
import type { Article, Bundle } from '@core/model'
import { parseBundle, planMerge, resolveMerge, type Conflict, type ReportInput } from '@core/report'
import { MAX_BUNDLE_BYTES, readSourceFile } from '@core/source'
import type { CliIo } from './command'
import { nodeFileSystem } from './io'

/** Whether a command-line input names a bundle (by its extension) rather than an article file. */
export const isBundlePath = (path: string): boolean => /\.json$/i.test(path)

export function emptyInput(): ReportInput {
  return { cases: [], articles: [], claims: [], links: [] }
}

/** The records of `put` replace those with the same ids; new ones are appended. */
export function mergeInto(input: ReportInput, put: ReportInput): ReportInput {
  const table = <T extends { id: string }>(old: T[], incoming: T[]) => [
    ...new Map([...old, ...incoming].map((r) => [r.id, r])).values()
  ]
  return {
    cases: table(input.cases, put.cases),
    articles: table(input.articles, put.articles),
    claims: table(input.claims, put.claims),
    links: table(input.links, put.links)
  }
}

/** One bundle file, checked whole; undefined (already reported on stderr) when it cannot be used. */
export async function readBundle(file: string, io: CliIo): Promise<Bundle | undefined> {
  const read = await readSourceFile(file, nodeFileSystem, MAX_BUNDLE_BYTES)
  if (!read.ok) {
    io.stderr(`parallax: ${file}: ${read.reason}\n`)
    return undefined
  }
  const check = parseBundle(new TextDecoder('utf-8').decode(read.bytes))
  if (!check.ok) {
    io.stderr(`parallax: ${file}: ${check.message}\n`)
    return undefined
  }
  return check.bundle
}

export interface BundleFiles {
  /** The records of every bundle that could be used, merged. */
  input: ReportInput
  /** Each usable file with the ids of its articles in reading order (its cases' order, then the others). */
  files: { file: string; articleIds: string[] }[]
  /** How many files could not be used (each already reported on stderr). */
  failed: number
}

/** A bundle's articles in reading order: as its cases list them, then any others in the bundle's order. */
function articleOrder(bundle: Bundle): string[] {
  const present = new Set(bundle.articles.map((a: Article) => a.id))
  const listed = bundle.cases.flatMap((c) => c.articleIds).filter((id) => present.has(id))
  return [...new Set([...listed, ...bundle.articles.map((a) => a.id)])]
}

const SHOWN_CONFLICTS = 5

/** "claims 12 (status, note), articles art-1 (title)": the records a later file would have changed. */
function listConflicts(conflicts: readonly Conflict[]): string {
  const shown = conflicts
    .slice(0, SHOWN_CONFLICTS)
    .map((c) => `${c.table.slice(0, -1)} ${c.id} (${c.changes.map((x) => x.field).join(', ')})`)
  const more = conflicts.length - shown.length
  return shown.join('; ') + (more > 0 ? `; and ${more} more` : '')
}

/** Reads and merges the bundle files, in order; an earlier file's version of a record is kept. */
export async function readBundles(files: readonly string[], io: CliIo): Promise<BundleFiles> {
  const out: BundleFiles = { input: emptyInput(), files: [], failed: 0 }
  for (const file of files) {
    const bundle = await readBundle(file, io)
    if (!bundle) {
      out.failed++
      continue
    }
    const planning = planMerge(out.input, bundle)
    if (!planning.ok) {
      io.stderr(`parallax: ${file}: ${planning.message}\n`)
      out.failed++
      continue
    }
    const { conflicts } = planning.plan
    if (conflicts.length > 0) {
      const n = conflicts.length
      io.stderr(
        `parallax: ${file}: ${n} ${n === 1 ? 'record differs' : 'records differ'} from an earlier bundle's; the earlier ${n === 1 ? 'version is' : 'versions are'} used: ${listConflicts(conflicts)}\n`
      )
    }
    out.input = mergeInto(out.input, resolveMerge(planning.plan, new Set()).put)
    out.files.push({ file, articleIds: articleOrder(bundle) })
  }
  return out
}
