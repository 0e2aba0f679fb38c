/**
 * Schema migrations: a library written by schema version 1 (test/fixtures/db/v1.json, raw
 * IndexedDB stores, indexes and records) is loaded into a bare IndexedDB database, then opened
 * with today's openDatabase(). Every record must survive with its meaning: found through the
 * indexes the app queries by, claims still quoting their articles' text, links still joining
 * claims, settings and dismissals still answering — and the library must stay writable.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { makeBundle, type Article, type Case, type Claim, type Link } from '@core/model'
import {
  claimsOfArticle,
  createRepository,
  deleteDatabase,
  dismissalsOfArticle,
  exportBundle,
  getSetting,
  linksOfClaims,
  openDatabase,
  searchLibrary,
  type Dismissal,
  type Setting
} from '../../src/renderer/src/db'

interface StoreShape {
  keyPath: string | string[]
  autoIncrement: boolean
  indexes: { name: string; keyPath: string | string[]; unique: boolean; multiEntry: boolean }[]
}
interface Fixture {
  databaseVersion: number
  stores: Record<string, StoreShape>
  records: {
    cases: Case[]
    articles: Article[]
    claims: Claim[]
    links: Link[]
    dismissals: Dismissal[]
    settings: Setting[]
  }
}

const fixture = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'db', 'v1.json'), 'utf8')) as Fixture
const { records } = fixture
let n = 0
const names: string[] = []

afterEach(async () => {
  for (const name of names.splice(0)) await deleteDatabase(name)
})

/** Writes the fixture as version 1 left it on disk: same version, stores, indexes and records. */
function loadRaw(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name, fixture.databaseVersion)
    open.onupgradeneeded = () => {
      const db = open.result
      for (const [store, shape] of Object.entries(fixture.stores)) {
        const created = db.createObjectStore(store, { keyPath: shape.keyPath, autoIncrement: shape.autoIncrement })
        for (const index of shape.indexes)
          created.createIndex(index.name, index.keyPath, { unique: index.unique, multiEntry: index.multiEntry })
      }
      for (const [store, rows] of Object.entries(records))
        for (const row of rows) open.transaction!.objectStore(store).put(row)
    }
    open.onsuccess = () => {
      open.result.close()
      resolve()
    }
    open.onerror = () => reject(open.error)
  })
}

async function openV1() {
  const name = `v1-migration-${++n}`
  names.push(name)
  await loadRaw(name)
  const db = openDatabase(name)
  await db.open()
  return db
}

/** The stores and indexes of an open database as IndexedDB reports them (sorted, so order does not matter). */
function shapeOf(idb: IDBDatabase): Record<string, StoreShape> {
  const names = Array.from(idb.objectStoreNames).sort()
  const tx = idb.transaction(names, 'readonly')
  return Object.fromEntries(
    names.map((name) => {
      const s = tx.objectStore(name)
      const indexes = Array.from(s.indexNames)
        .sort()
        .map((i) => {
          const x = s.index(i)
          return { name: x.name, keyPath: x.keyPath, unique: x.unique, multiEntry: x.multiEntry }
        })
      // every Parallax store has an inline key (keyPath is never null)
      return [name, { keyPath: s.keyPath!, autoIncrement: s.autoIncrement, indexes }]
    })
  )
}

describe('a version-1 library opened with the current schema', () => {
  it('holds what the fixture is made of', () => {
    expect(fixture.databaseVersion).toBe(10)
    expect(new Set(records.claims.map((c) => c.kind))).toEqual(
      new Set(['casualty', 'date', 'attribution', 'quantity', 'other'])
    )
    expect(records.claims.some((c) => c.orphan)).toBe(true)
    expect(records.articles.some((a) => a.dir === 'rtl')).toBe(true)
  })

  it('is upgraded to the stores and indexes a new library gets (version 2: claims indexed by articleId only)', async () => {
    const db = await openV1()
    const fresh = openDatabase(`v1-migration-fresh-${++n}`)
    names.push(fresh.name)
    await fresh.open()
    expect(db.verno).toBe(fresh.verno)
    expect(shapeOf(db.backendDB())).toEqual(shapeOf(fresh.backendDB()))
    expect(shapeOf(db.backendDB())['claims']!.indexes.map((i) => i.name)).toEqual(['articleId'])
    // the other stores are as version 1 left them
    const { claims: _, ...others } = shapeOf(db.backendDB())
    for (const [name, shape] of Object.entries(others)) {
      const before = fixture.stores[name]!
      expect(shape).toEqual({ ...before, indexes: [...before.indexes].sort((a, b) => (a.name < b.name ? -1 : 1)) })
    }
    fresh.close()
    db.close()
  })

  it('keeps every case, article, claim and link; a reviewed claim gains its review, dated by its last change (version 3)', async () => {
    const db = await openV1()
    const { cases, articles, links } = records
    const claims = records.claims.map((c) =>
      c.status === 'unreviewed' ? c : { ...c, review: { reviewedAt: c.updatedAt } }
    )
    expect(claims.filter((c) => c.review)).toHaveLength(4)
    expect(await exportBundle(db)).toEqual(makeBundle({ cases, articles, claims, links }))
    expect(await db.dismissals.toArray()).toEqual(records.dismissals)
    expect(await db.settings.orderBy('key').toArray()).toEqual(
      [...records.settings].sort((a, b) => a.key.localeCompare(b.key))
    )
    db.close()
  })

  it('keeps their meaning: indexes answer, claims quote their text, links join claims, settings read back', async () => {
    const db = await openV1()
    const [kase] = records.cases
    for (const article of records.articles) {
      expect(kase!.articleIds).toContain(article.id)
      const claims = await claimsOfArticle(db, article.id)
      expect(claims.map((c) => c.id).sort()).toEqual(
        records.claims
          .filter((c) => c.articleId === article.id)
          .map((c) => c.id)
          .sort()
      )
      for (const claim of claims.filter((c) => !c.orphan))
        expect(article.text.slice(claim.anchor.start, claim.anchor.end)).toBe(claim.anchor.exact)
      // The import door's duplicate check goes through the compound index.
      expect(
        await db.articles.where('[caseId+contentHash]').equals([article.caseId, article.contentHash]).count()
      ).toBe(1)
    }
    const linked = await linksOfClaims(
      db,
      records.claims.map((c) => c.id)
    )
    expect(linked.map((l) => l.id).sort()).toEqual(records.links.map((l) => l.id).sort())
    for (const dismissal of records.dismissals)
      expect(await dismissalsOfArticle(db, dismissal.articleId)).toContain(dismissal.id)
    expect(await getSetting(db, 'lastCaseId')).toBe(kase!.id)
    const found = await searchLibrary(db, 'Convoy')
    expect(found.map((e) => e.kase.id)).toEqual([kase!.id])
    db.close()
  })

  it('stays writable: a claim edit and a new case go through the repository', async () => {
    const db = await openV1()
    const repo = createRepository(db)
    const claim = records.claims.find((c) => c.kind === 'casualty' && !c.orphan)!
    const { after } = await repo.updateClaim(claim.id, { status: 'disputed', note: 'Checked after the upgrade' })
    expect(after).toMatchObject({ id: claim.id, status: 'disputed', anchor: claim.anchor, value: claim.value })
    expect(after.review!.reviewedAt).toBe(after.updatedAt)
    await repo.createCase('After the upgrade')
    expect((await exportBundle(db)).cases).toHaveLength(2)
    db.close()
  })
})
