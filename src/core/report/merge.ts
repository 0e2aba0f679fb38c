/**
 * Importing a bundle into what is stored: which records to write, and a summary of what was
 * added, updated and skipped. Pure planning; the caller writes `put` in one transaction. The
 * merge is idempotent: a record is replaced only by a strictly newer one, so applying the same
 * bundle again plans nothing.
 */
import type { Bundle, Case } from '@core/model'
import type { ReportInput } from './input'

export interface Counts {
  cases: number
  articles: number
  claims: number
  links: number
}

export interface MergeSummary {
  added: Counts
  updated: Counts
  skipped: Counts
}

export interface MergePlan {
  /** The records to write (new ones and newer versions), in the bundle's order. */
  put: ReportInput
  summary: MergeSummary
}

const zero = (): Counts => ({ cases: 0, articles: 0, claims: 0, links: 0 })

/** Whether timestamp `a` is strictly later than `b`: as instants when both parse, else as strings. */
function isNewer(a: string, b: string): boolean {
  const ta = Date.parse(a)
  const tb = Date.parse(b)
  return Number.isFinite(ta) && Number.isFinite(tb) ? ta > tb : a > b
}

/** `first`'s ids in order, then those only `second` has, in its order. */
function union(first: readonly string[], second: readonly string[]): string[] {
  const out = [...new Set(first)]
  const seen = new Set(out)
  for (const id of second) if (!seen.has(id)) (seen.add(id), out.push(id))
  return out
}

type Table = keyof Counts

/** New records are added, strictly newer ones update, the rest are skipped. */
function mergeTable<T extends { id: string }>(
  table: Table,
  existing: readonly T[],
  incoming: readonly T[],
  stamp: (record: T) => string,
  summary: MergeSummary
): T[] {
  const stored = new Map(existing.map((r) => [r.id, r]))
  const put: T[] = []
  for (const record of incoming) {
    const old = stored.get(record.id)
    if (!old) (summary.added[table]++, put.push(record))
    else if (isNewer(stamp(record), stamp(old))) (summary.updated[table]++, put.push(record))
    else summary.skipped[table]++
  }
  return put
}

/** Cases also merge their article lists: the newer case's order, then the other's extra articles. */
function mergeCases(existing: readonly Case[], incoming: readonly Case[], summary: MergeSummary): Case[] {
  const stored = new Map(existing.map((c) => [c.id, c]))
  const put: Case[] = []
  for (const kase of incoming) {
    const old = stored.get(kase.id)
    if (!old) {
      summary.added.cases++
      put.push(kase)
      continue
    }
    const newer = isNewer(kase.updatedAt, old.updatedAt)
    const [base, other] = newer ? [kase, old] : [old, kase]
    const articleIds = union(base.articleIds, other.articleIds)
    if (newer || articleIds.length !== new Set(old.articleIds).size) {
      summary.updated.cases++
      put.push({ ...base, articleIds })
    } else summary.skipped.cases++
  }
  return put
}

/**
 * Plans the import of a checked bundle (see parseBundle) into the stored records: an id not stored
 * is added; a stored id is updated only when the incoming record is newer (updatedAt; createdAt for
 * links, which never change); otherwise skipped. A case's articleIds become the union.
 */
export function planMerge(existing: ReportInput, incoming: Bundle): MergePlan {
  const summary: MergeSummary = { added: zero(), updated: zero(), skipped: zero() }
  const put: ReportInput = {
    cases: mergeCases(existing.cases, incoming.cases, summary),
    articles: mergeTable('articles', existing.articles, incoming.articles, (a) => a.updatedAt || a.importedAt, summary),
    claims: mergeTable('claims', existing.claims, incoming.claims, (c) => c.updatedAt, summary),
    links: mergeTable('links', existing.links, incoming.links, (l) => l.createdAt, summary)
  }
  return { put, summary }
}

const NOUNS: Record<Table, [string, string]> = {
  cases: ['case', 'cases'],
  articles: ['article', 'articles'],
  claims: ['claim', 'claims'],
  links: ['link', 'links']
}

function listCounts(counts: Counts): string {
  const parts = (Object.keys(NOUNS) as Table[])
    .filter((t) => counts[t] > 0)
    .map((t) => `${counts[t]} ${NOUNS[t][counts[t] === 1 ? 0 : 1]}`)
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`
}

/** The summary in one sentence: "Added 2 articles and 14 claims; updated 1 case; skipped 3 links (already up to date)." */
export function describeMerge(summary: MergeSummary): string {
  const parts = [
    ['Added', listCounts(summary.added), ''],
    ['updated', listCounts(summary.updated), ''],
    ['skipped', listCounts(summary.skipped), ' (already up to date)']
  ]
    .filter(([, list]) => list)
    .map(([verb, list, why]) => `${verb} ${list}${why}`)
  if (parts.length === 0) return 'The bundle holds nothing to import.'
  const sentence = parts.join('; ')
  return sentence.charAt(0).toUpperCase() + sentence.slice(1) + '.'
}
