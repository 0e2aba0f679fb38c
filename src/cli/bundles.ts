/**
 * Parallax bundles (.json) as the commands read them: each file checked whole by parseBundle (a bad
 * one is reported on stderr as "parallax: <file>: <reason>" and none of it is used), several merged
 * as the app imports them (the same ids are not repeated, the newer version wins). Shared by
 * `report` and `compare`.
 */
import type { Article, Bundle } from '@core/model'
import { parseBundle, planMerge, type ReportInput } from '@core/report'
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
  const table = <T extends { id: string }>(old: T[], incoming: T[]) => [...new Map([...old, ...incoming].map((r) => [r.id, r])).values()]
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

/** Reads and merges the bundle files, in order. */
export async function readBundles(files: readonly string[], io: CliIo): Promise<BundleFiles> {
  const out: BundleFiles = { input: emptyInput(), files: [], failed: 0 }
  for (const file of files) {
    const bundle = await readBundle(file, io)
    if (!bundle) {
      out.failed++
      continue
    }
    out.input = mergeInto(out.input, planMerge(out.input, bundle).put)
    out.files.push({ file, articleIds: articleOrder(bundle) })
  }
  return out
}
