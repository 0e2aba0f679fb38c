/** Case writes: create, rename, delete with everything in it (and undo), and the first-start samples. */
import { z } from 'zod'
import { articleSchema, caseNameSchema, caseSchema, claimSchema, linkSchema, newCase, type Case } from '@core/model'
import { notFound, ValidationError } from '../errors'
import { exportCaseBundle } from '../queries'
import { check, DATA, dismissalSchema, requireCase, type Context } from './context'
import { checkDrafts, importInto } from './articles'
import type { Repository } from './types'

export const SAMPLE_CASE_NAME = 'Al-Qaim (sample)'
const SAMPLE_SEEDED = 'sampleSeeded'

const caseSnapshotSchema = z.object({
  case: caseSchema,
  articles: z.array(articleSchema),
  claims: z.array(claimSchema),
  links: z.array(linkSchema),
  dismissals: z.array(dismissalSchema)
})

type CaseWrites = Pick<
  Repository,
  'createCase' | 'renameCase' | 'deleteCase' | 'restoreCase' | 'seedSampleCase' | 'seedSampleCases'
>

export function caseWrites(ctx: Context): CaseWrites {
  const { db, now, newId, run } = ctx

  const seedSampleCases: CaseWrites['seedSampleCases'] = async (cases) => {
    const valid = cases.map((c) => ({
      name: check(caseNameSchema, c.name, 'Case name'),
      drafts: checkDrafts(c.drafts)
    }))
    // Flag check, cases, articles and flag in one transaction: IndexedDB serialises overlapping
    // 'rw' transactions (also across windows), so a second starter sees the flag and stops, and a
    // reload half-way leaves neither the cases nor the flag.
    return run(['settings', 'cases', 'articles'], async () => {
      const seeded = await db.settings.get(SAMPLE_SEEDED)
      if (seeded?.value === true) return null
      const stamp = now()
      const filled: Case[] = []
      for (const sample of valid) {
        const created = newCase(newId(), sample.name, stamp)
        await db.cases.add(created)
        filled.push((await importInto(ctx, created, sample.drafts, stamp)).case)
      }
      await db.settings.put({ key: SAMPLE_SEEDED, value: true })
      return filled
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
        const renamed = { ...(await requireCase(ctx, id)), name: valid, updatedAt: now() }
        await db.cases.put(renamed)
        return renamed
      })
    },

    deleteCase: (id) => run(DATA, () => removeCase(ctx, id)),

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
        await db.dismissals.bulkPut(snapshot.dismissals)
      })
    },

    async seedSampleCase(samples, name = SAMPLE_CASE_NAME) {
      return (await seedSampleCases([{ name, drafts: samples }]))?.[0] ?? null
    },

    seedSampleCases
  }
}

/**
 * Removes a case and everything in it, inside the caller's transaction. The case's export is
 * exactly the case data that must go, and what undo needs to put back; the articles' dismissals
 * (app state, not in the export) go with them.
 */
async function removeCase({ db }: Context, id: string) {
  const bundle = await exportCaseBundle(db, id)
  if (!bundle) throw notFound('This case')
  const { cases, articles, claims, links } = bundle
  const articleIds = articles.map((a) => a.id)
  const dismissals = articleIds.length ? await db.dismissals.where('articleId').anyOf(articleIds).toArray() : []
  await db.links.bulkDelete(links.map((l) => l.id))
  await db.claims.bulkDelete(claims.map((c) => c.id))
  await db.dismissals.bulkDelete(dismissals.map((d) => d.id))
  await db.articles.bulkDelete(articleIds)
  await db.cases.delete(id)
  return { case: cases[0]!, articles, claims, links, dismissals }
}
