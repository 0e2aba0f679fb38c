/**
 * The only writer of the Parallax database.
 *
 * Each method validates its input with the model's schemas (a bad value throws ValidationError
 * before anything is touched), then does all its work in ONE Dexie 'rw' transaction over every
 * table it touches, so a failure half-way changes nothing and a second window never sees half a
 * write. Any failure leaves as ValidationError or StorageError through `translateError`.
 *
 * The clock and the id source are parameters so tests can pin them (STYLE.md §3).
 */
import { z } from 'zod'
import {
  articleFromDraft,
  articleMetadataSchema,
  articleSchema,
  caseNameSchema,
  caseSchema,
  claimSchema,
  linkSchema,
  newCase,
  validate,
  type Article,
  type ArticleDraft,
  type ArticleMetadata,
  type Bundle,
  type Case,
  type Claim,
  type Link
} from '@core/model'
import type { ParallaxDb } from './database'
import { notFound, translateError, ValidationError } from './errors'
import { exportBundle, exportCaseBundle, getSetting as readSetting, linksOfClaims, type KnownSettings } from './queries'

export interface RepositoryOptions {
  /** ISO-8601 timestamp of "now". */
  now?: () => string
  newId?: () => string
}

export type ImportOutcome =
  | { status: 'imported'; article: Article }
  /** `existing` is the article already holding this text, so the UI can point at it. */
  | { status: 'skipped'; reason: string; existing: Article }

/** Everything deleteCase removed, so undo can put it back exactly. Plain data: safe to keep in an undo stack. */
export interface CaseSnapshot {
  case: Case
  articles: Article[]
  claims: Claim[]
  links: Link[]
}

/** Everything deleteArticle removed, and where the article stood in its case. */
export interface ArticleSnapshot {
  article: Article
  claims: Claim[]
  links: Link[]
  /** Position in case.articleIds before the delete; -1 if the case did not list it. */
  index: number
  /** case.updatedAt before the delete, and the stamp the delete wrote: undo restores the former
   *  only if nothing else changed the case since. */
  caseUpdatedAt: string
  deletedAt: string
}

export interface Repository {
  createCase(name: string): Promise<Case>
  renameCase(id: string, name: string): Promise<Case>
  deleteCase(id: string): Promise<CaseSnapshot>
  restoreCase(snapshot: CaseSnapshot): Promise<void>
  importArticles(caseId: string, drafts: readonly ArticleDraft[]): Promise<ImportOutcome[]>
  updateArticleMetadata(id: string, patch: ArticleMetadata): Promise<Article>
  deleteArticle(id: string): Promise<ArticleSnapshot>
  /** Several articles in one transaction (undo of an import); snapshots in deletion order. */
  deleteArticles(ids: readonly string[]): Promise<ArticleSnapshot[]>
  restoreArticle(snapshot: ArticleSnapshot): Promise<void>
  restoreArticles(snapshots: readonly ArticleSnapshot[]): Promise<void>
  seedSampleCase(samples: readonly ArticleDraft[], name?: string): Promise<Case | null>
  getSetting<K extends keyof KnownSettings>(key: K): Promise<KnownSettings[K] | null>
  getSetting(key: string): Promise<unknown>
  /** `undefined` removes the setting. */
  setSetting<K extends keyof KnownSettings>(key: K, value: KnownSettings[K] | undefined): Promise<void>
  setSetting(key: string, value: unknown): Promise<void>
  exportBundle(): Promise<Bundle>
  exportCaseBundle(caseId: string): Promise<Bundle>
}

export const SAMPLE_CASE_NAME = 'Al-Qaim (sample)'
const SAMPLE_SEEDED = 'sampleSeeded'

export const articleDraftSchema = articleSchema.omit({ id: true, caseId: true, importedAt: true, updatedAt: true })

const caseSnapshotSchema = z.object({
  case: caseSchema,
  articles: z.array(articleSchema),
  claims: z.array(claimSchema),
  links: z.array(linkSchema)
})

const articleSnapshotSchema = z.object({
  article: articleSchema,
  claims: z.array(claimSchema),
  links: z.array(linkSchema),
  index: z.number().int(),
  caseUpdatedAt: z.string(),
  deletedAt: z.string()
})

/** The parsed value, or a ValidationError carrying validate()'s sentence (prefixed with `what`). */
function check<T>(schema: z.ZodType<T>, data: unknown, what?: string): T {
  const result = validate(schema, data)
  if (result.ok) return result.value
  // validate() says "the data: …" for a problem with the whole value; name the value instead.
  const message = what ? `${what}: ${result.message.replace(/^the data: /, '')}` : result.message
  throw new ValidationError(message)
}

function checkDrafts(drafts: readonly ArticleDraft[]): ArticleDraft[] {
  return drafts.map((d, i) =>
    check(articleDraftSchema, d, drafts.length > 1 ? `Article ${i + 1}${titleHint(d)}` : `The article${titleHint(d)}`)
  )
}

function titleHint(d: unknown): string {
  const title = d && typeof d === 'object' ? (d as { title?: unknown }).title : undefined
  return typeof title === 'string' && title.trim() ? ` ("${title.trim().slice(0, 60)}")` : ''
}

export function createRepository(db: ParallaxDb, options: RepositoryOptions = {}): Repository {
  const { now = () => new Date().toISOString(), newId = () => crypto.randomUUID() } = options

  /** One transaction, one error vocabulary: the single door every write goes through. */
  async function run<T>(tables: string[], work: () => Promise<T>): Promise<T> {
    try {
      return await db.transaction('rw', tables, work)
    } catch (error) {
      throw translateError(error)
    }
  }

  const DATA = ['cases', 'articles', 'claims', 'links']

  async function requireCase(id: string): Promise<Case> {
    const found = await db.cases.get(id)
    if (!found) throw notFound('This case')
    return found
  }

  /**
   * Adds drafts to a case inside the caller's transaction. A text already in the case (same
   * contentHash, also among earlier drafts of this call) is skipped. An empty contentHash means
   * "unknown", so such drafts are never treated as duplicates of each other.
   */
  async function importInto(
    target: Case,
    drafts: readonly ArticleDraft[],
    stamp: string
  ): Promise<{ outcomes: ImportOutcome[]; case: Case }> {
    const outcomes: ImportOutcome[] = []
    const added = new Map<string, Article>()
    const articleIds = [...target.articleIds]
    for (const draft of drafts) {
      const hash = draft.contentHash
      const existing = hash
        ? (added.get(hash) ?? (await db.articles.where('[caseId+contentHash]').equals([target.id, hash]).first()))
        : undefined
      if (existing) {
        const as = existing.title.trim() ? `"${existing.title}"` : 'an untitled article'
        outcomes.push({ status: 'skipped', reason: `already in this case as ${as}`, existing })
        continue
      }
      const article = articleFromDraft(draft, { id: newId(), caseId: target.id }, stamp)
      // add, not put: an id collision must fail loudly instead of overwriting another article.
      await db.articles.add(article)
      if (hash) added.set(hash, article)
      articleIds.push(article.id)
      outcomes.push({ status: 'imported', article })
    }
    let updated = target
    if (articleIds.length !== target.articleIds.length) {
      updated = { ...target, articleIds, updatedAt: stamp }
      await db.cases.put(updated)
    }
    return { outcomes, case: updated }
  }

  /** Removes an article, its claims and the links touching them, inside the caller's transaction. */
  async function removeArticle(id: string, stamp: string): Promise<ArticleSnapshot> {
    const article = await db.articles.get(id)
    if (!article) throw notFound('This article')
    const claims = await db.claims.where('articleId').equals(id).toArray()
    const links = await linksOfClaims(db, claims.map((c) => c.id))
    const owner = await db.cases.get(article.caseId)
    const index = owner ? owner.articleIds.indexOf(id) : -1
    await db.links.bulkDelete(links.map((l) => l.id))
    await db.claims.bulkDelete(claims.map((c) => c.id))
    await db.articles.delete(id)
    if (owner) {
      await db.cases.put({ ...owner, articleIds: owner.articleIds.filter((a) => a !== id), updatedAt: stamp })
    }
    return { article, claims, links, index, caseUpdatedAt: owner?.updatedAt ?? stamp, deletedAt: stamp }
  }

  /** Undoes removeArticle inside the caller's transaction: same records, same place in the case. */
  async function putBack(snapshot: ArticleSnapshot, stamp: string): Promise<void> {
    const { article } = snapshot
    const owner = await db.cases.get(article.caseId)
    if (!owner) throw notFound('The case this article belonged to')
    const articleIds = owner.articleIds.filter((a) => a !== article.id)
    const at = snapshot.index < 0 ? articleIds.length : Math.min(snapshot.index, articleIds.length)
    articleIds.splice(at, 0, article.id)
    const untouchedSince = owner.updatedAt === snapshot.deletedAt
    await db.articles.put(article)
    await db.claims.bulkPut(snapshot.claims)
    await db.links.bulkPut(snapshot.links)
    await db.cases.put({ ...owner, articleIds, updatedAt: untouchedSince ? snapshot.caseUpdatedAt : stamp })
  }

  async function touchCase(caseId: string, stamp: string): Promise<void> {
    await db.cases.update(caseId, { updatedAt: stamp })
  }

  async function getSetting(key: string): Promise<unknown> {
    try {
      return await readSetting(db, key)
    } catch (error) {
      throw translateError(error)
    }
  }

  async function setSetting(key: string, value: unknown): Promise<void> {
    check(z.string().min(1, 'A setting needs a key'), key, 'Setting')
    await run(['settings'], async () => {
      if (value === undefined) await db.settings.delete(key)
      else await db.settings.put({ key, value })
    })
  }

  return {
    async createCase(name) {
      const valid = check(caseNameSchema, name, 'Case name')
      const created = newCase(newId(), valid, now())
      await run(['cases'], () => db.cases.add(created))
      return created
    },

    async renameCase(id, name) {
      const valid = check(caseNameSchema, name, 'Case name')
      return run(['cases'], async () => {
        const renamed = { ...(await requireCase(id)), name: valid, updatedAt: now() }
        await db.cases.put(renamed)
        return renamed
      })
    },

    async deleteCase(id) {
      return run(DATA, async () => {
        // The case's export is exactly what must go, and what undo needs to put back.
        const bundle = await exportCaseBundle(db, id)
        if (!bundle) throw notFound('This case')
        const { cases, articles, claims, links } = bundle
        await db.links.bulkDelete(links.map((l) => l.id))
        await db.claims.bulkDelete(claims.map((c) => c.id))
        await db.articles.bulkDelete(articles.map((a) => a.id))
        await db.cases.delete(id)
        return { case: cases[0]!, articles, claims, links }
      })
    },

    async restoreCase(snapshot) {
      check(caseSnapshotSchema, snapshot, 'The deleted case cannot be restored')
      if (snapshot.articles.some((a) => a.caseId !== snapshot.case.id)) {
        throw new ValidationError('The deleted case cannot be restored: an article belongs to another case.')
      }
      // The snapshot objects themselves go back (not zod's re-built copies), so the stored records
      // are exactly what was deleted, down to key order.
      await run(DATA, async () => {
        await db.cases.put(snapshot.case)
        await db.articles.bulkPut(snapshot.articles)
        await db.claims.bulkPut(snapshot.claims)
        await db.links.bulkPut(snapshot.links)
      })
    },

    async importArticles(caseId, drafts) {
      const valid = checkDrafts(drafts)
      return run(['cases', 'articles'], async () => {
        const target = await requireCase(caseId)
        return (await importInto(target, valid, now())).outcomes
      })
    },

    async updateArticleMetadata(id, patch) {
      const meta = check(articleMetadataSchema, patch)
      return run(['cases', 'articles'], async () => {
        const article = await db.articles.get(id)
        if (!article) throw notFound('This article')
        const stamp = now()
        const { publishedAt: _old, ...rest } = article
        const next: Article = { ...rest, title: meta.title, outlet: meta.outlet, byline: meta.byline, url: meta.url, updatedAt: stamp }
        // undefined leaves the date alone; '' clears it (the field disappears rather than holding '').
        const publishedAt = meta.publishedAt === undefined ? article.publishedAt : meta.publishedAt
        if (publishedAt) next.publishedAt = publishedAt
        await db.articles.put(next)
        await touchCase(article.caseId, stamp)
        return next
      })
    },

    async deleteArticle(id) {
      return run(DATA, () => removeArticle(id, now()))
    },

    async deleteArticles(ids) {
      return run(DATA, async () => {
        const stamp = now()
        const snapshots: ArticleSnapshot[] = []
        for (const id of ids) snapshots.push(await removeArticle(id, stamp))
        return snapshots
      })
    },

    async restoreArticle(snapshot) {
      check(articleSnapshotSchema, snapshot, 'The deleted article cannot be restored')
      await run(DATA, () => putBack(snapshot, now()))
    },

    async restoreArticles(snapshots) {
      check(z.array(articleSnapshotSchema), snapshots, 'The deleted articles cannot be restored')
      await run(DATA, async () => {
        const stamp = now()
        // Reverse order: each snapshot's index was taken after the earlier ones were removed.
        for (const snapshot of [...snapshots].reverse()) await putBack(snapshot, stamp)
      })
    },

    async seedSampleCase(samples, name = SAMPLE_CASE_NAME) {
      const validName = check(caseNameSchema, name, 'Case name')
      const valid = checkDrafts(samples)
      // Flag check, case, articles and flag in one transaction: IndexedDB serialises overlapping
      // 'rw' transactions (also across windows), so a second starter sees the flag and stops, and a
      // reload half-way leaves neither the case nor the flag.
      return run(['settings', 'cases', 'articles'], async () => {
        const seeded = await db.settings.get(SAMPLE_SEEDED)
        if (seeded?.value === true) return null
        const stamp = now()
        const created = newCase(newId(), validName, stamp)
        await db.cases.add(created)
        const { case: filled } = await importInto(created, valid, stamp)
        await db.settings.put({ key: SAMPLE_SEEDED, value: true })
        return filled
      })
    },

    getSetting: getSetting as Repository['getSetting'],
    setSetting: setSetting as Repository['setSetting'],

    async exportBundle() {
      try {
        return await exportBundle(db)
      } catch (error) {
        throw translateError(error)
      }
    },

    async exportCaseBundle(caseId) {
      let bundle: Bundle | null
      try {
        bundle = await exportCaseBundle(db, caseId)
      } catch (error) {
        throw translateError(error)
      }
      if (!bundle) throw notFound('This case')
      return bundle
    }
  }
}
