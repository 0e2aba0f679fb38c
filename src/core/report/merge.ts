/**
 * Importing a checked bundle into what is stored, in two pure steps.
 *
 * planMerge sorts every incoming record: a new id is **added**; a stored id with the same content
 * (timestamps aside) is **identical** and skipped; a stored id with other content is a
 * **conflict**, listed with what would change. A record whose stored version sits elsewhere (an
 * article in another case, a claim on another article, a link between other claims) refuses the
 * whole bundle: records never move in Parallax, so the ids were not made from this library's.
 *
 * resolveMerge turns the journalist's choices into the records to write: a conflict keeps the
 * stored version unless the journalist takes the incoming one. The sender's updatedAt never
 * decides. Claims follow the text of their article as it will be: a claim anchored in a text the
 * article will not have (an incoming claim on a kept article, a stored claim on an article whose
 * incoming text was taken) is re-anchored, or kept as an orphan. Importing the same bundle again
 * plans nothing.
 */
import { reanchorAll } from '@core/anchor'
import type { Article, Bundle, Case, Claim, Link } from '@core/model'
import type { ReportInput } from './input'
import { describeChanges, sameContent, type FieldChange } from './merge-changes'

export interface Counts {
  cases: number
  articles: number
  claims: number
  links: number
}

type Table = keyof Counts
const TABLES: readonly Table[] = ['cases', 'articles', 'claims', 'links']
type RecordOf = { cases: Case; articles: Article; claims: Claim; links: Link }

/** A stored record the bundle holds another version of. */
export interface Conflict {
  /** `table:id`: how a choice names this record. */
  readonly key: string
  readonly table: Table
  readonly id: string
  /** How to name it: "Claim", its quote, and the article it is in (plain text, for <bdi>). */
  readonly label: { kind: string; name: string; context?: string }
  /** What taking the bundle's version would change, field by field (worked out when first read: a preview shows a hundred). */
  readonly changes: FieldChange[]
  /** When each version was last changed (ISO, as the records say): context only, they decide nothing. */
  readonly storedEdited: string
  readonly incomingEdited: string
}

/** A conflict whose labels and changes are worked out only when read: a bundle may hold half a million. */
class LazyConflict implements Conflict {
  readonly key: string
  readonly storedEdited: string
  readonly incomingEdited: string
  private described?: FieldChange[]
  private named?: Conflict['label']

  constructor(
    readonly table: Table,
    readonly id: string,
    private readonly stored: RecordOf[Table],
    private readonly incoming: RecordOf[Table],
    private readonly index: Stored
  ) {
    this.key = conflictKey(table, id)
    this.storedEdited = edited(table, stored)
    this.incomingEdited = edited(table, incoming)
  }

  get changes(): FieldChange[] {
    return (this.described ??= describeChanges(this.table, this.stored, this.incoming))
  }

  get label(): Conflict['label'] {
    return (this.named ??= labelOf(this.table, this.stored, this.index))
  }
}

/** New articles going into a case already stored. */
export interface Joining {
  caseId: string
  name: string
  articles: number
}

export interface MergePlan {
  added: Counts
  identical: Counts
  conflicts: Conflict[]
  joining: Joining[]
  /** New claims on articles already stored (added counts them too). */
  claimsOnStoredArticles: number
  /** What resolveMerge needs: the incoming bundle and the stored records by id. */
  readonly incoming: Bundle
  readonly stored: Stored
}

export type MergePlanning = { ok: true; plan: MergePlan } | { ok: false; message: string }

export interface MergeSummary {
  added: Counts
  /** Conflicts where the journalist took the incoming version. */
  updated: Counts
  /** Conflicts where the stored version stays. */
  kept: Counts
  identical: Counts
}

/** Claims placed again in a text they were not anchored in. */
export interface Reanchored {
  articleId: string
  title: string
  /** Found at the same place, found elsewhere, not found (kept as orphans). */
  kept: number
  moved: number
  orphaned: number
}

export interface MergeWrite {
  /** The records to write, in the bundle's order (re-anchored stored claims after). */
  put: ReportInput
  /** The stored version of every record in `put` that is stored: what an undo writes back, and what the store must still hold when `put` is written. */
  replaced: ReportInput
  summary: MergeSummary
  reanchored: Reanchored[]
}

interface Stored {
  cases: Map<string, Case>
  articles: Map<string, Article>
  claims: Map<string, Claim>
  links: Map<string, Link>
  claimsOfArticle: Map<string, Claim[]>
  /** The bundle's articles by id (not stored: looked up beside them). */
  incomingArticles: Map<string, Article>
}

const zero = (): Counts => ({ cases: 0, articles: 0, claims: 0, links: 0 })
const byId = <T extends { id: string }>(rows: readonly T[]) => new Map(rows.map((r) => [r.id, r]))
const conflictKey = (table: Table, id: string) => `${table}:${id}`
const clip = (s: string, max = 80) => (s.length > max ? s.slice(0, max - 1) + '…' : s)

function index(existing: ReportInput, incoming: Bundle): Stored {
  const claimsOfArticle = new Map<string, Claim[]>()
  for (const c of existing.claims) {
    const list = claimsOfArticle.get(c.articleId)
    if (list) list.push(c)
    else claimsOfArticle.set(c.articleId, [c])
  }
  return {
    cases: byId(existing.cases),
    articles: byId(existing.articles),
    claims: byId(existing.claims),
    links: byId(existing.links),
    claimsOfArticle,
    incomingArticles: byId(incoming.articles)
  }
}

/** The parent of a record, which never changes: a record with the same id under another parent is not a version of it. */
function moved(table: Table, stored: RecordOf[Table], incoming: RecordOf[Table]): string | null {
  if (table === 'articles') {
    const [s, i] = [stored as Article, incoming as Article]
    return s.caseId === i.caseId ? null : `here it is in case ${s.caseId}, in the bundle in case ${i.caseId}`
  }
  if (table === 'claims') {
    const [s, i] = [stored as Claim, incoming as Claim]
    return s.articleId === i.articleId
      ? null
      : `here it is on article ${s.articleId}, in the bundle on article ${i.articleId}`
  }
  if (table === 'links') {
    const [s, i] = [(stored as Link).claimIds, (incoming as Link).claimIds]
    const same = (s[0] === i[0] && s[1] === i[1]) || (s[0] === i[1] && s[1] === i[0])
    return same ? null : `here it joins claims ${s.join(' and ')}, in the bundle claims ${i.join(' and ')}`
  }
  return null
}

/**
 * A claim that differs only in its place, on an article whose two texts differ: the same claim,
 * placed in each text (an import that kept the stored text re-anchored it), not a conflict.
 */
function samePlaceElsewhere(table: Table, old: RecordOf[Table], record: RecordOf[Table], stored: Stored): boolean {
  if (table !== 'claims') return false
  const articleId = (old as Claim).articleId
  const there = stored.incomingArticles.get(articleId)
  return (
    there !== undefined &&
    stored.articles.get(articleId)?.text !== there.text &&
    sameContent('claims', old as Claim, record as Claim, ['anchor', 'orphan'])
  )
}

function edited(table: Table, r: RecordOf[Table]): string {
  return table === 'links' ? (r as Link).createdAt : (r as Case | Article | Claim).updatedAt
}

function labelOf(table: Table, r: RecordOf[Table], stored: Stored): Conflict['label'] {
  const titleOf = (articleId: string) =>
    stored.articles.get(articleId)?.title ?? stored.incomingArticles.get(articleId)?.title ?? articleId
  switch (table) {
    case 'cases':
      return { kind: 'Case', name: clip((r as Case).name) }
    case 'articles':
      return { kind: 'Article', name: clip((r as Article).title) || 'untitled' }
    case 'claims':
      return { kind: 'Claim', name: clip((r as Claim).anchor.exact), context: clip(titleOf((r as Claim).articleId)) }
    case 'links': {
      const quote = (id: string) => clip(stored.claims.get(id)?.anchor.exact ?? id, 40)
      const [a, b] = (r as Link).claimIds
      return { kind: 'Link', name: `${quote(a)} ↔ ${quote(b)}` }
    }
  }
}

/**
 * Sorts a checked bundle's records (see parseBundle) against the stored ones: added, identical,
 * or in conflict (with what would change); or refuses the bundle when one of its ids names a
 * stored record under another parent. Linear in the records of both.
 */
export function planMerge(existing: ReportInput, incoming: Bundle): MergePlanning {
  const stored = index(existing, incoming)
  const plan: MergePlan = {
    added: zero(),
    identical: zero(),
    conflicts: [],
    joining: [],
    claimsOnStoredArticles: 0,
    incoming,
    stored
  }
  for (const table of TABLES) {
    const rows = incoming[table] as RecordOf[Table][]
    const have = stored[table] as Map<string, RecordOf[Table]>
    for (let i = 0; i < rows.length; i++) {
      const record = rows[i]!
      const old = have.get(record.id)
      if (!old) {
        plan.added[table]++
        continue
      }
      const elsewhere = moved(table, old, record)
      if (elsewhere) {
        return {
          ok: false,
          message: `${table}[${i}] (id ${clip(record.id, 60)}) is stored here under another parent (${elsewhere}). Records never move, so this bundle was not made from this library's records; nothing was imported.`
        }
      }
      if (sameContent(table, old, record) || samePlaceElsewhere(table, old, record, stored)) plan.identical[table]++
      else plan.conflicts.push(new LazyConflict(table, record.id, old, record, stored))
    }
  }
  const newArticles = new Map<string, number>()
  for (const a of incoming.articles)
    if (!stored.articles.has(a.id) && stored.cases.has(a.caseId))
      newArticles.set(a.caseId, (newArticles.get(a.caseId) ?? 0) + 1)
  plan.joining = [...newArticles].map(([caseId, articles]) => ({
    caseId,
    name: stored.cases.get(caseId)!.name,
    articles
  }))
  for (const c of incoming.claims)
    if (!stored.claims.has(c.id) && stored.articles.has(c.articleId)) plan.claimsOnStoredArticles++
  return { ok: true, plan }
}

/** Which conflicts take the incoming version: 'all', or the keys (Conflict.key) chosen. */
export type MergeChoice = 'all' | ReadonlySet<string>

/** `stored`'s article list, then the incoming case's articles it does not list yet. */
function unionIds(stored: readonly string[], incoming: readonly string[]): string[] {
  const seen = new Set(stored)
  return [...stored, ...incoming.filter((id) => !seen.has(id))]
}

/** The records to write for a plan and the journalist's choices, with the stored versions they replace. */
export function resolveMerge(plan: MergePlan, choice: MergeChoice): MergeWrite {
  const { incoming, stored } = plan
  const summary: MergeSummary = {
    added: { ...plan.added },
    identical: { ...plan.identical },
    updated: zero(),
    kept: zero()
  }
  const takenIds: Record<Table, Set<string>> = {
    cases: new Set(),
    articles: new Set(),
    claims: new Set(),
    links: new Set()
  }
  for (const c of plan.conflicts) {
    const take = choice === 'all' || choice.has(c.key)
    if (take) takenIds[c.table].add(c.id)
    ;(take ? summary.updated : summary.kept)[c.table]++
  }
  const taken = (table: Table, id: string) => takenIds[table].has(id)

  const put: ReportInput = { cases: [], articles: [], claims: [], links: [] }
  const replaced: ReportInput = { cases: [], articles: [], claims: [], links: [] }

  for (const kase of incoming.cases) {
    const old = stored.cases.get(kase.id)
    if (!old) {
      put.cases.push(kase)
      continue
    }
    const base = taken('cases', kase.id) ? kase : old
    const articleIds = unionIds(old.articleIds, kase.articleIds)
    if (base !== old || articleIds.length !== old.articleIds.length) {
      put.cases.push({ ...base, articleIds })
      replaced.cases.push(old)
    }
  }

  // The text each article will have, and the text each incoming article brought.
  const finalText = new Map<string, string>()
  const incomingText = new Map(incoming.articles.map((a) => [a.id, a.text]))
  const textTaken = new Set<string>()
  for (const article of incoming.articles) {
    const old = stored.articles.get(article.id)
    if (!old || taken('articles', article.id)) {
      put.articles.push(article)
      if (old) {
        replaced.articles.push(old)
        if (old.text !== article.text) textTaken.add(article.id)
      }
      finalText.set(article.id, article.text)
    } else finalText.set(article.id, old.text)
  }

  // Claims to write as they are, and claims to place again in the text their article will have.
  const toPlace = new Map<string, Claim[]>()
  const place = (claim: Claim) => {
    const list = toPlace.get(claim.articleId)
    if (list) list.push(claim)
    else toPlace.set(claim.articleId, [claim])
  }
  const overwritten = new Set<string>()
  for (const claim of incoming.claims) {
    const old = stored.claims.get(claim.id)
    if (old && !taken('claims', claim.id)) continue
    if (old) {
      replaced.claims.push(old)
      overwritten.add(claim.id)
    }
    if (!claim.orphan && incomingText.get(claim.articleId) !== finalText.get(claim.articleId)) place(claim)
    else put.claims.push(claim)
  }
  for (const articleId of textTaken) {
    for (const claim of stored.claimsOfArticle.get(articleId) ?? []) {
      if (overwritten.has(claim.id) || claim.orphan) continue
      replaced.claims.push(claim)
      place(claim)
    }
  }
  const reanchored: Reanchored[] = []
  for (const [articleId, claims] of toPlace) {
    const text = finalText.get(articleId)!
    const outcome = reanchorAll(
      text,
      claims.map((c) => c.anchor)
    )
    const counts: Reanchored = {
      articleId,
      title: stored.articles.get(articleId)?.title ?? '',
      kept: 0,
      moved: 0,
      orphaned: 0
    }
    if (textTaken.has(articleId)) counts.title = stored.incomingArticles.get(articleId)?.title ?? counts.title
    claims.forEach((claim, i) => {
      const found = outcome.results[i]
      const { orphan: _, ...rest } = claim
      if (!found) {
        counts.orphaned++
        put.claims.push({ ...claim, orphan: true })
      } else {
        counts[found.method === 'position' ? 'kept' : 'moved']++
        put.claims.push({ ...rest, anchor: found.anchor } as Claim)
      }
    })
    reanchored.push(counts)
  }

  for (const link of incoming.links) {
    const old = stored.links.get(link.id)
    if (old && !taken('links', link.id)) continue
    put.links.push(link)
    if (old) replaced.links.push(old)
  }
  return { put, replaced, summary, reanchored }
}

const NOUNS: Record<Table, [string, string]> = {
  cases: ['case', 'cases'],
  articles: ['article', 'articles'],
  claims: ['claim', 'claims'],
  links: ['link', 'links']
}

/** "2 articles and 14 claims" ('' when all are zero). */
export function listCounts(counts: Counts): string {
  const parts = TABLES.filter((t) => counts[t] > 0).map((t) => `${counts[t]} ${NOUNS[t][counts[t] === 1 ? 0 : 1]}`)
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`
}

/** Whether a write changes anything stored. */
export function changesAnything(write: MergeWrite): boolean {
  return TABLES.some((t) => write.put[t].length > 0)
}

/**
 * The outcome in one sentence: "Added 2 articles and 14 claims; updated 1 claim with the bundle's
 * version; kept your version of 1 article; skipped 3 links (already up to date)."
 */
export function describeMerge(summary: MergeSummary): string {
  const parts = [
    ['Added', listCounts(summary.added), ''],
    ['updated', listCounts(summary.updated), " with the bundle's version"],
    ['kept your version of', listCounts(summary.kept), ''],
    ['skipped', listCounts(summary.identical), ' (already up to date)']
  ]
    .filter(([, list]) => list)
    .map(([verb, list, why]) => `${verb} ${list}${why}`)
  if (parts.length === 0) return 'The bundle holds nothing to import.'
  const sentence = parts.join('; ')
  return sentence.charAt(0).toUpperCase() + sentence.slice(1) + '.'
}

/** "3 claims of “Title” were placed in its new text (1 could not be: kept as orphaned)." One sentence per article, for the preview and the notice. */
export function describeReanchored(list: readonly Reanchored[]): string[] {
  return list.map((r) => {
    const total = r.kept + r.moved + r.orphaned
    const placed = `${total} ${total === 1 ? 'claim' : 'claims'} of “${clip(r.title, 60)}” placed again in the text it will have`
    return r.orphaned ? `${placed}; ${r.orphaned} not found there, kept as orphaned.` : `${placed}.`
  })
}
