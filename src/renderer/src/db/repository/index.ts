/**
 * The only writer of the Parallax database.
 *
 * Each method validates its input with the model's schemas (a bad value throws ValidationError
 * before anything is touched), then does all its work in ONE Dexie 'rw' transaction over every
 * table it touches, so a failure half-way changes nothing and a second window never sees half a
 * write. Any failure leaves as ValidationError or StorageError through `translateError`.
 *
 * The clock and the id source are parameters so tests can pin them (STYLE.md §3). The methods live
 * in one module per kind of record (cases, articles, claims, links); this entry puts them together.
 */
import { z } from 'zod'
import type { Bundle } from '@core/model'
import type { ParallaxDb } from '../database'
import { notFound, translateError } from '../errors'
import { exportBundle, exportCaseBundle, getSetting as readSetting } from '../queries'
import { articleWrites } from './articles'
import { bundleWrites } from './bundles'
import { caseWrites } from './cases'
import { claimWrites } from './claims'
import { check, createContext, type Context } from './context'
import { linkWrites } from './links'
import type { Repository, RepositoryOptions } from './types'

export { articleDraftSchema } from './articles'
export { SAMPLE_CASE_NAME } from './cases'
export type * from './types'

export function createRepository(db: ParallaxDb, options: RepositoryOptions = {}): Repository {
  const ctx = createContext(db, options)
  return {
    ...caseWrites(ctx),
    ...articleWrites(ctx),
    ...claimWrites(ctx),
    ...linkWrites(ctx),
    ...bundleWrites(ctx),
    ...libraryAccess(ctx)
  }
}

type LibraryAccess = Pick<Repository, 'getSetting' | 'setSetting' | 'exportBundle' | 'exportCaseBundle'>

/** Settings and exports: reads and writes that touch no case data's invariants. */
function libraryAccess({ db, run }: Context): LibraryAccess {
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
