/**
 * Bundle writes: an import (core/report's planMerge and resolveMerge decide what to write, this
 * writes it), its undo, and a restore, which replaces the whole library with a backup. Each runs in
 * ONE transaction. An import first checks that the store still holds what the preview showed (the
 * records it replaces, unchanged; none of the ones it adds), then re-checks what the store relies
 * on (every claim quotes its article's text, every link's claims and every article's case exist)
 * against the records as they will be, so a plan made against a store that changed meanwhile fails
 * whole instead of half-applying.
 */
import { bundleSchema, type Article, type Bundle, type Case, type Claim } from '@core/model'
import { sortKeys } from '@core/report'
import type { Setting } from '../database'
import { ValidationError } from '../errors'
import { check, checkFits, type Context } from './context'
import type { BundleRecords, MergeSnapshot, Repository } from './types'

/** The settings a restore keeps: app state about this machine, not about the library. */
const KEPT_SETTINGS = ['sampleSeeded'] as const

type Lookup<T> = (ids: string[]) => Promise<(T | undefined)[]>

interface Stored {
  cases: Lookup<Case>
  articles: Lookup<Article>
  claims: Lookup<Claim>
}

const nothingStored: Stored = {
  cases: async (ids) => ids.map(() => undefined),
  articles: async (ids) => ids.map(() => undefined),
  claims: async (ids) => ids.map(() => undefined)
}

/** The record for each id: the incoming one, else the stored one (fetched in one bulk read). */
async function resolveIds<T extends { id: string }>(
  ids: Iterable<string>,
  incoming: readonly T[],
  stored: Lookup<T>
): Promise<Map<string, T>> {
  const out = new Map(incoming.map((r) => [r.id, r]))
  const missing = [...new Set(ids)].filter((id) => !out.has(id))
  const found = missing.length ? await stored(missing) : []
  found.forEach((record, i) => record && out.set(missing[i]!, record))
  return out
}

/** Throws a ValidationError naming the first record that would break the store's invariants. */
async function checkConsistent(put: BundleRecords, stored: Stored): Promise<void> {
  const cases = await resolveIds(
    put.articles.map((a) => a.caseId),
    put.cases,
    stored.cases
  )
  for (const article of put.articles) {
    if (!cases.has(article.caseId))
      throw new ValidationError(
        `The article "${article.title}" belongs to a case that is neither stored nor in the bundle.`
      )
  }
  const articles = await resolveIds(
    put.claims.map((c) => c.articleId),
    put.articles,
    stored.articles
  )
  for (const claim of put.claims) {
    const article = articles.get(claim.articleId)
    if (!article)
      throw new ValidationError(
        `A claim (id ${claim.id}) belongs to an article that is neither stored nor in the bundle.`
      )
    checkFits(claim, article)
  }
  const claims = await resolveIds(
    put.links.flatMap((l) => l.claimIds),
    put.claims,
    stored.claims
  )
  for (const link of put.links) {
    if (link.claimIds.some((id) => !claims.has(id)))
      throw new ValidationError(`A link (id ${link.id}) connects a claim that is neither stored nor in the bundle.`)
  }
}

/** Checked like a bundle (the schema), keeping the caller's objects so exactly those are stored. */
function checkRecords(records: BundleRecords, what: string): void {
  check(
    bundleSchema,
    {
      format: 'parallax/1',
      cases: records.cases,
      articles: records.articles,
      claims: records.claims,
      links: records.links
    },
    what
  )
}

const TABLES = ['cases', 'articles', 'claims', 'links'] as const

const sameRecord = (a: unknown, b: unknown) => JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b))

const STALE =
  'The library changed while the import was being previewed, so nothing was imported. Import the bundle again to see what it would change now.'

/** Inside the transaction: throws unless each record of `put` is stored exactly as `replaced` says (or not at all when it is not in `replaced`). */
async function checkUnchanged(ctx: Context, put: BundleRecords, replaced: BundleRecords): Promise<void> {
  for (const table of TABLES) {
    const expected = new Map<string, unknown>(replaced[table].map((r) => [r.id, r]))
    const ids = put[table].map((r) => r.id)
    const found = ids.length ? await (ctx.db[table] as { bulkGet(ids: string[]): Promise<unknown[]> }).bulkGet(ids) : []
    for (let i = 0; i < ids.length; i++) {
      const before = expected.get(ids[i]!)
      if (before === undefined ? found[i] !== undefined : !sameRecord(found[i], before))
        throw new ValidationError(STALE)
    }
  }
}

/** The ids of `put` not in `replaced`: what the import added. */
function addedIds(snapshot: MergeSnapshot, table: (typeof TABLES)[number]): string[] {
  const replaced = new Set(snapshot.replaced[table].map((r) => r.id))
  return snapshot.put[table].map((r) => r.id).filter((id) => !replaced.has(id))
}

type BundleWrites = Pick<Repository, 'applyMerge' | 'undoMerge' | 'replaceAll'>

export function bundleWrites(ctx: Context): BundleWrites {
  const { db, run } = ctx
  return {
    async applyMerge({ put, replaced }) {
      checkRecords(put, 'The bundle cannot be imported')
      checkRecords(replaced, 'The bundle cannot be imported')
      const snapshot: MergeSnapshot = { put, replaced }
      if (!put.cases.length && !put.articles.length && !put.claims.length && !put.links.length) return snapshot
      await run(['cases', 'articles', 'claims', 'links'], async () => {
        await checkUnchanged(ctx, put, replaced)
        await checkConsistent(put, {
          cases: (ids) => db.cases.bulkGet(ids),
          articles: (ids) => db.articles.bulkGet(ids),
          claims: (ids) => db.claims.bulkGet(ids)
        })
        await db.cases.bulkPut(put.cases)
        await db.articles.bulkPut(put.articles)
        await db.claims.bulkPut(put.claims)
        await db.links.bulkPut(put.links)
      })
      return snapshot
    },

    async undoMerge(snapshot) {
      checkRecords(snapshot.replaced, 'The import cannot be undone')
      await run(['cases', 'articles', 'claims', 'links', 'dismissals'], async () => {
        const articles = addedIds(snapshot, 'articles')
        // Claims tagged on an added article since, and links compare made to added claims since, go with them.
        const onArticles = articles.length ? await db.claims.where('articleId').anyOf(articles).primaryKeys() : []
        const claims = [...new Set([...addedIds(snapshot, 'claims'), ...onArticles])]
        const links = new Set(addedIds(snapshot, 'links'))
        if (claims.length) for (const id of await db.links.where('claimIds').anyOf(claims).primaryKeys()) links.add(id)
        await db.links.bulkDelete([...links])
        await db.claims.bulkDelete(claims)
        if (articles.length) await db.dismissals.where('articleId').anyOf(articles).delete()
        await db.articles.bulkDelete(articles)
        await db.cases.bulkDelete(addedIds(snapshot, 'cases'))
        // The caller's objects themselves, so undo writes back exactly what was stored.
        await db.cases.bulkPut([...snapshot.replaced.cases])
        await db.articles.bulkPut([...snapshot.replaced.articles])
        await db.claims.bulkPut([...snapshot.replaced.claims])
        await db.links.bulkPut([...snapshot.replaced.links])
      })
    },

    async replaceAll(bundle: Bundle) {
      checkRecords(bundle, 'The backup cannot be restored')
      await checkConsistent(bundle, nothingStored)
      await run(['cases', 'articles', 'claims', 'links', 'dismissals', 'settings'], async () => {
        const kept = (await db.settings.bulkGet([...KEPT_SETTINGS])).filter((s): s is Setting => s !== undefined)
        // Dismissals and pane choices describe the library being replaced: they go with it.
        await Promise.all([
          db.cases.clear(),
          db.articles.clear(),
          db.claims.clear(),
          db.links.clear(),
          db.dismissals.clear(),
          db.settings.clear()
        ])
        await db.settings.bulkPut(kept)
        await db.cases.bulkAdd(bundle.cases)
        await db.articles.bulkAdd(bundle.articles)
        await db.claims.bulkAdd(bundle.claims)
        await db.links.bulkAdd(bundle.links)
      })
    }
  }
}
