/**
 * Reading a bundle or backup the journalist picked, and importing one: the file is decoded and
 * checked whole by core/report's parseBundle before anything is written (a refusal says what is
 * wrong and where); a valid bundle is compared with the library (planMerge) for the preview, and
 * written only as the journalist chose (resolveMerge): a stored record is replaced only when they
 * took the bundle's version, and the whole import can be undone.
 */
import type { OpenedFile } from '@core/bridge'
import type { Bundle } from '@core/model'
import {
  changesAnything,
  describeMerge,
  describeReanchored,
  parseBundle,
  planMerge,
  resolveMerge,
  type MergeChoice,
  type MergePlan,
  type MergeSummary
} from '@core/report'
import type { MergeSnapshot, Repository } from '../db'

export type BundleRead = { ok: true; name: string; bundle: Bundle } | { ok: false; name: string; message: string }

/** Decodes (UTF-8, a BOM allowed) and checks a picked file; never throws. */
export function readBundleFile(file: OpenedFile): BundleRead {
  if (!file.ok) return { ok: false, name: file.name, message: `The file ${file.reason}.` }
  const text = new TextDecoder('utf-8').decode(file.bytes)
  const check = parseBundle(text)
  return check.ok
    ? { ok: true, name: file.name, bundle: check.bundle }
    : { ok: false, name: file.name, message: check.message }
}

export type ImportPreview = { ok: true; plan: MergePlan } | { ok: false; message: string }

/** What importing the bundle would do to the library as it is now: for the preview, nothing written. */
export async function previewImport(repo: Repository, bundle: Bundle): Promise<ImportPreview> {
  const planning = planMerge(await repo.exportBundle(), bundle)
  return planning.ok ? { ok: true, plan: planning.plan } : { ok: false, message: planning.message }
}

/** Whether a preview has anything to ask about: records to add or stored ones the bundle would change. */
export function needsConfirmation(plan: MergePlan): boolean {
  const { added } = plan
  return plan.conflicts.length > 0 || added.cases + added.articles + added.claims + added.links > 0
}

export interface BundleImport {
  summary: MergeSummary
  /** What undoMerge needs; redo writes it again. */
  snapshot: MergeSnapshot
  /** One sentence for the notice: what was added, updated, kept and skipped. */
  message: string
  /** Claims placed again in a text they were not anchored in, one sentence per article. */
  details: string[]
  /** Whether anything was written. */
  changed: boolean
}

/** Writes the import as chosen, in one transaction; fails whole if the library changed since the preview. */
export async function applyImport(
  repo: Repository,
  name: string,
  plan: MergePlan,
  choice: MergeChoice
): Promise<BundleImport> {
  const write = resolveMerge(plan, choice)
  const snapshot = await repo.applyMerge({ put: write.put, replaced: write.replaced })
  const changed = changesAnything(write)
  const what = describeMerge(write.summary)
  return {
    summary: write.summary,
    snapshot,
    changed,
    message: changed ? `Imported ${name}. ${what}` : `Nothing new in ${name}. ${what}`,
    details: describeReanchored(write.reanchored)
  }
}

/** "2 cases, 5 articles and 31 claims": how a restore names what it replaces or brings. */
export function countRecords(bundle: Pick<Bundle, 'cases' | 'articles' | 'claims'>): string {
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`
  return `${n(bundle.cases.length, 'case', 'cases')}, ${n(bundle.articles.length, 'article', 'articles')} and ${n(bundle.claims.length, 'claim', 'claims')}`
}
