/**
 * Reading a bundle or backup the journalist picked, and importing one: the file is decoded and
 * checked whole by core/report's parseBundle before anything is written (a refusal says what is
 * wrong and where); a valid bundle is merged through planMerge, so importing it twice changes
 * nothing the second time.
 */
import type { OpenedFile } from '@core/bridge'
import type { Bundle } from '@core/model'
import { describeMerge, parseBundle, planMerge, type MergeSummary } from '@core/report'
import type { Repository } from '../db'

export type BundleRead = { ok: true; name: string; bundle: Bundle } | { ok: false; name: string; message: string }

/** Decodes (UTF-8, a BOM allowed) and checks a picked file; never throws. */
export function readBundleFile(file: OpenedFile): BundleRead {
  if (!file.ok) return { ok: false, name: file.name, message: `The file ${file.reason}.` }
  const text = new TextDecoder('utf-8').decode(file.bytes)
  const check = parseBundle(text)
  return check.ok ? { ok: true, name: file.name, bundle: check.bundle } : { ok: false, name: file.name, message: check.message }
}

export interface BundleImport {
  summary: MergeSummary
  /** One sentence for the notice: what was added, updated and skipped. */
  message: string
  /** Whether anything was written. */
  changed: boolean
}

/** Merges a checked bundle into the library: newer records win, nothing is duplicated. */
export async function importBundle(repo: Repository, name: string, bundle: Bundle): Promise<BundleImport> {
  const plan = planMerge(await repo.exportBundle(), bundle)
  await repo.applyMerge(plan.put)
  const { added, updated } = plan.summary
  const changed = [added, updated].some((c) => c.cases + c.articles + c.claims + c.links > 0)
  const what = describeMerge(plan.summary)
  return { summary: plan.summary, changed, message: changed ? `Imported ${name}. ${what}` : `Nothing new in ${name}. ${what}` }
}

/** "2 cases, 5 articles and 31 claims": how a restore names what it replaces or brings. */
export function countRecords(bundle: Pick<Bundle, 'cases' | 'articles' | 'claims'>): string {
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`
  return `${n(bundle.cases.length, 'case', 'cases')}, ${n(bundle.articles.length, 'article', 'articles')} and ${n(bundle.claims.length, 'claim', 'claims')}`
}
