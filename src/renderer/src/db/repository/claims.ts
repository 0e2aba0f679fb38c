/**
 * Claim writes: tagging (one claim or many suggestions at once), edits with their undo, deletes
 * with the links that hang off a claim, and the suggestions the journalist rejected.
 *
 * Invariant kept here: a stored claim that is not orphan quotes its article's text exactly at its
 * anchor's offsets (UTF-16 code units).
 */
import { z } from 'zod'
import {
  anchorSchema,
  claimFromDraft,
  claimKinds,
  claimSchema,
  claimStatuses,
  linkSchema,
  withReview,
  withStatus,
  type Article,
  type Claim,
  type ClaimDraft
} from '@core/model'
import { notFound, ValidationError } from '../errors'
import { dismissalKey, linksOfClaims } from '../queries'
import { check, checkFits, nameClaim, requireArticle, type Context } from './context'
import type { ClaimSnapshot, Repository } from './types'

const claimPatchSchema = z.strictObject({
  kind: z.enum(claimKinds).optional(),
  value: z.unknown().optional(),
  status: z.enum(claimStatuses).optional(),
  note: z.string().optional(),
  tags: z.array(z.string()).optional(),
  anchor: anchorSchema.optional(),
  orphan: z.boolean().optional(),
  /** The review's rating (a name on the reviewer's scale) or published address; '' clears one. */
  review: z.strictObject({ rating: z.string().max(100).optional(), url: z.string().max(2000).optional() }).optional()
})

const claimSnapshotSchema = z.object({ claim: claimSchema, links: z.array(linkSchema) })

const suggestionSchema = z.object({
  kind: z.enum(claimKinds),
  exact: z.string().min(1, 'a suggestion quotes some text'),
  start: z.number().int().nonnegative()
})

/** How a message names the i-th of n claims. */
const label = (i: number, n: number) => (n > 1 ? `Claim ${i + 1}` : 'The claim')

/** Checks each claim's article exists and its anchor fits the text, inside the caller's transaction. */
async function checkAgainstArticles(ctx: Context, claims: readonly Claim[]): Promise<void> {
  const articles = new Map<string, Article>()
  for (const claim of claims) {
    let article = articles.get(claim.articleId)
    if (!article) {
      const found = await ctx.db.articles.get(claim.articleId)
      if (!found) throw notFound(`The article of ${nameClaim(claim).replace(/^The/, 'the')}`)
      articles.set(found.id, (article = found))
    }
    checkFits(claim, article)
  }
}

type ClaimWrites = Pick<
  Repository,
  | 'createClaim'
  | 'createClaims'
  | 'createClaimsIn'
  | 'updateClaim'
  | 'putClaims'
  | 'deleteClaims'
  | 'restoreClaims'
  | 'dismissSuggestion'
  | 'undismissSuggestion'
>

export function claimWrites(ctx: Context): ClaimWrites {
  const createClaims = (articleId: string, drafts: readonly ClaimDraft[]) =>
    createClaimsIn(
      ctx,
      drafts.map((draft) => ({ articleId, draft }))
    )
  return {
    async createClaim(articleId, draft) {
      const [created] = await createClaims(articleId, [draft])
      return created!
    },
    createClaims,
    createClaimsIn: (entries) => createClaimsIn(ctx, entries),
    updateClaim: (id, patch) => updateClaim(ctx, id, patch),
    async putClaims(claims) {
      claims.forEach((c, i) => check(claimSchema, c, label(i, claims.length)))
      await ctx.run(['articles', 'claims'], async () => {
        await checkAgainstArticles(ctx, claims)
        // The caller's objects themselves, so an undo writes back exactly what was there.
        await ctx.db.claims.bulkPut([...claims])
      })
    },
    deleteClaims: (ids) => deleteClaims(ctx, ids),
    restoreClaims: (snapshots) => restoreClaims(ctx, snapshots),
    async dismissSuggestion(articleId, suggestion) {
      const { kind, exact, start } = check(suggestionSchema, suggestion, 'The suggestion')
      await ctx.run(['articles', 'dismissals'], async () => {
        await requireArticle(ctx, articleId)
        const id = dismissalKey(articleId, kind, exact, start)
        if (await ctx.db.dismissals.get(id)) return
        await ctx.db.dismissals.add({ id, articleId, kind, exact, start, createdAt: ctx.now() })
      })
    },
    async undismissSuggestion(articleId, suggestion) {
      const { kind, exact, start } = check(suggestionSchema, suggestion, 'The suggestion')
      await ctx.run(['dismissals'], () => ctx.db.dismissals.delete(dismissalKey(articleId, kind, exact, start)))
    }
  }
}

async function createClaimsIn(
  ctx: Context,
  entries: readonly { articleId: string; draft: ClaimDraft }[]
): Promise<Claim[]> {
  return ctx.run(['articles', 'claims'], async () => {
    const articles = new Map<string, Article>()
    for (const { articleId } of entries)
      if (!articles.has(articleId)) articles.set(articleId, await requireArticle(ctx, articleId))
    const stamp = ctx.now()
    // zod's parsed copy is stored: whatever else the caller's object carried stays out.
    const claims = entries.map(({ articleId, draft }, i) =>
      check(claimSchema, claimFromDraft(draft, { id: ctx.newId(), articleId }, stamp), label(i, entries.length))
    )
    for (const claim of claims) checkFits(claim, articles.get(claim.articleId)!)
    // add, not put: an id collision must fail loudly instead of overwriting another claim.
    await ctx.db.claims.bulkAdd(claims)
    return claims
  })
}

type ClaimPatch = z.infer<typeof claimPatchSchema>

/**
 * The claim after a checked patch, stamped `stamp`, not yet validated whole: a status change dates
 * the review (core's rule, shared with the CLI); a new anchor places the claim again, and it is
 * orphan only when asked for explicitly. A review that cannot be set throws its reason.
 */
export function patchedClaim(before: Claim, changes: ClaimPatch, stamp: string): Record<string, unknown> {
  let merged: Record<string, unknown> = { ...before, updatedAt: stamp }
  for (const key of ['kind', 'value', 'note', 'tags', 'anchor'] as const) {
    if (changes[key] !== undefined) merged[key] = changes[key]
  }
  if (changes.status !== undefined) merged = withStatus(merged as Claim, changes.status, stamp)
  if (changes.review !== undefined) {
    const reviewed = withReview(merged as Claim, changes.review)
    if (!reviewed.ok) throw new ValidationError(`${nameClaim(before)}: ${reviewed.reason}`)
    merged = reviewed.claim
  }
  if (changes.orphan === true) merged['orphan'] = true
  else if (changes.orphan === false || changes.anchor !== undefined) delete merged['orphan']
  return merged
}

async function updateClaim(ctx: Context, id: string, patch: unknown) {
  const changes = check(claimPatchSchema, patch, 'The change to the claim')
  return ctx.run(['articles', 'claims'], async () => {
    const before = await ctx.db.claims.get(id)
    if (!before) throw notFound('This claim')
    const after = check(claimSchema, patchedClaim(before, changes, ctx.now()), nameClaim(before))
    await checkAgainstArticles(ctx, [after])
    await ctx.db.claims.put(after)
    return { before, after }
  })
}

/** Deletes the claims with every link that hangs off them; the snapshots bring both back. */
async function deleteClaims(ctx: Context, ids: readonly string[]): Promise<ClaimSnapshot[]> {
  const { db } = ctx
  return ctx.run(['claims', 'links'], async () => {
    const snapshots: ClaimSnapshot[] = []
    const taken = new Set<string>()
    for (const id of new Set(ids)) {
      const claim = await db.claims.get(id)
      if (!claim) throw notFound('This claim')
      const links = (await linksOfClaims(db, [id])).filter((l) => !taken.has(l.id))
      for (const l of links) taken.add(l.id)
      snapshots.push({ claim, links })
    }
    await db.links.bulkDelete([...taken])
    await db.claims.bulkDelete(snapshots.map((s) => s.claim.id))
    return snapshots
  })
}

async function restoreClaims(ctx: Context, snapshots: readonly ClaimSnapshot[]): Promise<void> {
  const { db } = ctx
  check(z.array(claimSnapshotSchema), snapshots, 'The deleted claims cannot be restored')
  await ctx.run(['articles', 'claims', 'links'], async () => {
    const claims = snapshots.map((s) => s.claim)
    await checkAgainstArticles(ctx, claims)
    await db.claims.bulkPut(claims)
    const links = snapshots.flatMap((s) => s.links)
    const ends = await db.claims.bulkGet([...new Set(links.flatMap((l) => l.claimIds))])
    if (ends.includes(undefined)) throw notFound('A claim that a deleted link connected')
    await db.links.bulkPut(links)
  })
}
