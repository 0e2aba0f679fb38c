/**
 * Link writes: a judged relation between two claims of different articles, made by hand or by
 * compare. Compare's links are replaced wholesale per case; the journalist's own are never touched
 * by that.
 */
import { autoLinkId, linkSchema, type Claim, type Link } from '@core/model'
import { notFound, ValidationError } from '../errors'
import { linksOfClaims } from '../queries'
import { check, requireCase, type Context } from './context'
import type { Repository } from './types'

const linkDraftSchema = linkSchema.omit({ id: true, createdAt: true })

const label = (i: number, n: number, what = 'link') => (n > 1 ? `Link ${i + 1}` : `The ${what}`)

/**
 * Throws unless both ends of the link exist (looked up in `known` first, then the database) and sit
 * in different articles; inside the caller's transaction.
 */
async function checkEnds(
  ctx: Context,
  link: Pick<Link, 'claimIds'>,
  what: string,
  known?: Map<string, Claim>
): Promise<void> {
  const ends: Claim[] = []
  for (const id of link.claimIds) {
    const claim = known?.get(id) ?? (await ctx.db.claims.get(id))
    if (!claim) throw notFound(`A claim that ${what[0]!.toLowerCase()}${what.slice(1)} connects`)
    ends.push(claim)
  }
  if (ends[0]!.articleId === ends[1]!.articleId) {
    throw new ValidationError(
      `${what} connects two claims of the same article; a link relates claims of different articles.`
    )
  }
}

type LinkWrites = Pick<Repository, 'createLink' | 'deleteLinks' | 'putLinks' | 'replaceAutoLinks'>

export function linkWrites(ctx: Context): LinkWrites {
  const { db, now, newId, run } = ctx
  return {
    async createLink(draft) {
      const valid = check(linkDraftSchema, draft, 'The link')
      return run(['claims', 'links'], async () => {
        await checkEnds(ctx, valid, 'The link')
        const created: Link = { id: newId(), ...valid, createdAt: now() }
        await db.links.add(created)
        return created
      })
    },

    async deleteLinks(ids) {
      return run(['links'], async () => {
        const unique = [...new Set(ids)]
        const links = await db.links.bulkGet(unique)
        if (links.includes(undefined)) throw notFound('This link')
        await db.links.bulkDelete(unique)
        return links as Link[]
      })
    },

    async putLinks(links) {
      links.forEach((l, i) => check(linkSchema, l, label(i, links.length)))
      await run(['claims', 'links'], async () => {
        for (const [i, l] of links.entries()) await checkEnds(ctx, l, label(i, links.length))
        // The caller's objects themselves, so an undo writes back exactly what was there.
        await db.links.bulkPut([...links])
      })
    },

    async replaceAutoLinks(caseId, drafts) {
      const valid = drafts.map((d, i) => check(linkDraftSchema, d, label(i, drafts.length)))
      const manual = valid.findIndex((l) => l.origin !== 'auto')
      if (manual >= 0) {
        throw new ValidationError(`${label(manual, valid.length)}: origin: compare writes only links of origin "auto".`)
      }
      await run(['cases', 'claims', 'links'], async () => {
        const kase = await requireCase(ctx, caseId)
        const claims = kase.articleIds.length ? await db.claims.where('articleId').anyOf(kase.articleIds).toArray() : []
        const ofCase = new Map(claims.map((c) => [c.id, c]))
        for (const [i, l] of valid.entries()) {
          const what = label(i, valid.length)
          await checkEnds(ctx, l, what, ofCase)
          if (!l.claimIds.every((id) => ofCase.has(id)))
            throw new ValidationError(`${what} connects a claim of another case.`)
        }
        const stale = (await linksOfClaims(db, [...ofCase.keys()])).filter((l) => l.origin === 'auto')
        const before = new Map(stale.map((l) => [l.id, l]))
        await db.links.bulkDelete(stale.map((l) => l.id))
        const stamp = now()
        // A verdict that did not change keeps its record as it was (id and time), so exports stay byte-identical.
        const next = valid.map((l): Link => {
          const id = autoLinkId(l.claimIds)
          const old = before.get(id)
          return old && old.relation === l.relation && old.reason === l.reason ? old : { id, ...l, createdAt: stamp }
        })
        await db.links.bulkPut(next)
      })
    }
  }
}
