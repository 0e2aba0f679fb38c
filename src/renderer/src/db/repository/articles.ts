/**
 * Article writes: import into a case (skipping texts already there), metadata edits, deletes with
 * everything hanging off an article, and text replacement with the claims re-anchored by the caller.
 */
import { z } from 'zod'
import {
  articleFromDraft,
  articleMetadataSchema,
  articleSchema,
  claimSchema,
  linkSchema,
  type Article,
  type ArticleDraft,
  type Case,
  type Claim
} from '@core/model'
import { notFound, ValidationError } from '../errors'
import { linksOfClaims } from '../queries'
import {
  check,
  checkFits,
  DATA,
  dismissalSchema,
  nameClaim,
  requireArticle,
  requireCase,
  type Context
} from './context'
import type { ArticleSnapshot, ImportOutcome, Repository } from './types'

export const articleDraftSchema = articleSchema.omit({ id: true, caseId: true, importedAt: true, updatedAt: true })

const articleSnapshotSchema = z.object({
  article: articleSchema,
  claims: z.array(claimSchema),
  links: z.array(linkSchema),
  dismissals: z.array(dismissalSchema),
  index: z.number().int(),
  caseUpdatedAt: z.string(),
  deletedAt: z.string()
})

const articleTextSchema = z.object({
  text: z.string(),
  captions: z.array(z.string()),
  contentHash: z.string(),
  sourceName: z.string().optional(),
  notes: articleSchema.shape.notes,
  pages: articleSchema.shape.pages
})

const textReplacementSchema = z.object({ before: z.object({ article: articleSchema, claims: z.array(claimSchema) }) })

export function checkDrafts(drafts: readonly ArticleDraft[]): ArticleDraft[] {
  return drafts.map((d, i) =>
    check(articleDraftSchema, d, drafts.length > 1 ? `Article ${i + 1}${titleHint(d)}` : `The article${titleHint(d)}`)
  )
}

function titleHint(d: unknown): string {
  const title = d && typeof d === 'object' ? (d as { title?: unknown }).title : undefined
  return typeof title === 'string' && title.trim() ? ` ("${title.trim().slice(0, 60)}")` : ''
}

/**
 * Adds drafts to a case inside the caller's transaction. A text already in the case (same
 * contentHash, also among earlier drafts of this call) is skipped. An empty contentHash means
 * "unknown", so such drafts are never treated as duplicates of each other.
 */
export async function importInto(
  ctx: Context,
  target: Case,
  drafts: readonly ArticleDraft[],
  stamp: string
): Promise<{ outcomes: ImportOutcome[]; case: Case }> {
  const { db } = ctx
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
    const article = articleFromDraft(draft, { id: ctx.newId(), caseId: target.id }, stamp)
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

/** Removes an article, its claims, the links touching them and its dismissals, inside the caller's transaction. */
async function removeArticle(ctx: Context, id: string, stamp: string): Promise<ArticleSnapshot> {
  const { db } = ctx
  const article = await requireArticle(ctx, id)
  const claims = await db.claims.where('articleId').equals(id).toArray()
  const links = await linksOfClaims(
    db,
    claims.map((c) => c.id)
  )
  const dismissals = await db.dismissals.where('articleId').equals(id).toArray()
  const owner = await db.cases.get(article.caseId)
  const index = owner ? owner.articleIds.indexOf(id) : -1
  await db.links.bulkDelete(links.map((l) => l.id))
  await db.claims.bulkDelete(claims.map((c) => c.id))
  await db.dismissals.bulkDelete(dismissals.map((d) => d.id))
  await db.articles.delete(id)
  if (owner) {
    await db.cases.put({ ...owner, articleIds: owner.articleIds.filter((a) => a !== id), updatedAt: stamp })
  }
  return { article, claims, links, dismissals, index, caseUpdatedAt: owner?.updatedAt ?? stamp, deletedAt: stamp }
}

/** Undoes removeArticle inside the caller's transaction: same records, same place in the case. */
async function putBack(ctx: Context, snapshot: ArticleSnapshot, stamp: string): Promise<void> {
  const { db } = ctx
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
  await db.dismissals.bulkPut(snapshot.dismissals)
  await db.cases.put({ ...owner, articleIds, updatedAt: untouchedSince ? snapshot.caseUpdatedAt : stamp })
}

/**
 * Writes an article's text and claims inside the caller's transaction. Claims of the article not
 * among `claims` stay as stored; every claim must fit the text being written.
 */
async function writeText(ctx: Context, article: Article, claims: readonly Claim[], textLabel: string): Promise<void> {
  const { db } = ctx
  const given = new Set(claims.map((c) => c.id))
  for (const claim of claims) checkFits(claim, article, textLabel)
  for (const kept of await db.claims.where('articleId').equals(article.id).toArray()) {
    if (!given.has(kept.id)) checkFits(kept, article, textLabel)
  }
  await db.articles.put(article)
  await db.claims.bulkPut([...claims])
}

type ArticleWrites = Pick<
  Repository,
  | 'importArticles'
  | 'updateArticleMetadata'
  | 'deleteArticle'
  | 'deleteArticles'
  | 'restoreArticle'
  | 'restoreArticles'
  | 'replaceArticleText'
  | 'restoreArticleText'
>

/**
 * The article with new details; `publishedAt` undefined leaves the date alone, '' clears it (the field goes rather
 * than holding '').
 */
export function withMetadata(article: Article, meta: z.infer<typeof articleMetadataSchema>, stamp: string): Article {
  const { publishedAt: _old, ...rest } = article
  const next: Article = {
    ...rest,
    title: meta.title,
    outlet: meta.outlet,
    byline: meta.byline,
    url: meta.url,
    updatedAt: stamp
  }
  const publishedAt = meta.publishedAt === undefined ? article.publishedAt : meta.publishedAt
  if (publishedAt) next.publishedAt = publishedAt
  return next
}

/**
 * The article with a new text. A PDF's pages and a document's notes belong to the text they came
 * with: a new text without them drops the old ones.
 */
export function withText(article: Article, text: z.infer<typeof articleTextSchema>, stamp: string): Article {
  const { notes: _notes, pages: _pages, ...rest } = article
  return {
    ...rest,
    text: text.text,
    captions: text.captions,
    contentHash: text.contentHash,
    ...(text.sourceName === undefined ? {} : { sourceName: text.sourceName }),
    ...(text.notes === undefined ? {} : { notes: text.notes }),
    ...(text.pages === undefined ? {} : { pages: text.pages }),
    updatedAt: stamp
  }
}

/**
 * Replaces an article's text with its claims re-anchored by the caller (only its own claims); the before state undoes
 * it.
 */
async function replaceText(ctx: Context, articleId: string, next: unknown, claims: readonly Claim[]) {
  const text = check(articleTextSchema, next, 'The new text')
  claims.forEach((c, i) => check(claimSchema, c, claims.length > 1 ? `Claim ${i + 1}` : 'The claim'))
  return ctx.run(['articles', 'claims'], async () => {
    const article = await requireArticle(ctx, articleId)
    const stored = await ctx.db.claims.where('articleId').equals(articleId).toArray()
    const ids = new Set(stored.map((c) => c.id))
    const stranger = claims.find((c) => !ids.has(c.id))
    if (stranger) throw new ValidationError(`${nameClaim(stranger)} is not a claim of this article.`)
    await writeText(ctx, withText(article, text, ctx.now()), claims, 'the new text')
    return { before: { article, claims: stored } }
  })
}

export function articleWrites(ctx: Context): ArticleWrites {
  const { db, now, run } = ctx
  return {
    async importArticles(caseId, drafts) {
      const valid = checkDrafts(drafts)
      return run(['cases', 'articles'], async () => {
        const target = await requireCase(ctx, caseId)
        return (await importInto(ctx, target, valid, now())).outcomes
      })
    },

    async updateArticleMetadata(id, patch) {
      const meta = check(articleMetadataSchema, patch)
      return run(['cases', 'articles'], async () => {
        const article = await requireArticle(ctx, id)
        const stamp = now()
        const next = withMetadata(article, meta, stamp)
        await db.articles.put(next)
        await db.cases.update(article.caseId, { updatedAt: stamp })
        return next
      })
    },

    async deleteArticle(id) {
      return run(DATA, () => removeArticle(ctx, id, now()))
    },

    async deleteArticles(ids) {
      return run(DATA, async () => {
        const stamp = now()
        const snapshots: ArticleSnapshot[] = []
        for (const id of ids) snapshots.push(await removeArticle(ctx, id, stamp))
        return snapshots
      })
    },

    async restoreArticle(snapshot) {
      check(articleSnapshotSchema, snapshot, 'The deleted article cannot be restored')
      await run(DATA, () => putBack(ctx, snapshot, now()))
    },

    async restoreArticles(snapshots) {
      check(z.array(articleSnapshotSchema), snapshots, 'The deleted articles cannot be restored')
      await run(DATA, async () => {
        const stamp = now()
        // Reverse order: each snapshot's index was taken after the earlier ones were removed.
        for (const snapshot of [...snapshots].reverse()) await putBack(ctx, snapshot, stamp)
      })
    },

    replaceArticleText: (articleId, next, claims) => replaceText(ctx, articleId, next, claims),

    async restoreArticleText(replacement) {
      check(textReplacementSchema, replacement, 'The earlier text cannot be restored')
      const { article, claims } = replacement.before
      await run(['articles', 'claims'], async () => {
        await requireArticle(ctx, article.id)
        await writeText(ctx, article, claims, 'the earlier text')
      })
    }
  }
}
