/** Links in the store: between claims of different articles, by hand or by compare, and gone with what they connect. */
import { afterEach, describe, expect, it } from 'vitest'
import type { Link } from '@core/model'
import { linksOfCase, StorageError, ValidationError, type LinkDraft, type ParallaxDb } from '../../src/renderer/src/db'
import { claimDraft, draft, dumpAll, freshDb, rejection, repoFor } from './db-helpers'

const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!()
})

const TEXT_A = 'At least 12 people were killed in Al-Qaim on Sunday, officials said.'
const TEXT_B = 'Officials said 9 were killed in the town on Sunday.'
const TEXT_C = 'A third account: 10 dead.'

/** Case "Al-Qaim" (articles a, b; claims a1, a2, b1) and case "Other" (article c; claim c1). */
async function setup() {
  const fresh = freshDb()
  cleanups.push(fresh.cleanup)
  const repo = repoFor(fresh.db)
  const kase = await repo.createCase('Al-Qaim')
  const imported = await repo.importArticles(kase.id, [draft('A', TEXT_A), draft('B', TEXT_B)])
  const [a, b] = imported.map((o) => (o.status === 'imported' ? o.article : expect.unreachable()))
  const other = await repo.createCase('Other')
  const [c] = (await repo.importArticles(other.id, [draft('C', TEXT_C)])).map((o) =>
    o.status === 'imported' ? o.article : expect.unreachable()
  )
  const [a1, a2] = await repo.createClaims(a!.id, [
    claimDraft(TEXT_A, '12 people were killed'),
    claimDraft(TEXT_A, 'on Sunday')
  ])
  const [b1] = await repo.createClaims(b!.id, [claimDraft(TEXT_B, '9 were killed')])
  const [c1] = await repo.createClaims(c!.id, [claimDraft(TEXT_C, '10 dead')])
  return { ...fresh, repo, kase, other, a: a!, b: b!, c: c!, a1: a1!, a2: a2!, b1: b1!, c1: c1! }
}

const manual = (x: string, y: string): LinkDraft => ({
  claimIds: [x, y],
  relation: 'conflict',
  origin: 'manual',
  reason: 'counts differ'
})
const auto = (x: string, y: string, relation: Link['relation'] = 'conflict'): LinkDraft => ({
  claimIds: [x, y],
  relation,
  origin: 'auto',
  reason: 'compare'
})

async function unchangedBy(db: ParallaxDb, act: () => Promise<unknown>): Promise<Error> {
  const before = await dumpAll(db)
  const error = await rejection(act())
  expect(await dumpAll(db)).toBe(before)
  return error
}

describe('createLink', () => {
  it('links claims of two articles with the pinned id and clock', async () => {
    const { repo, db, a1, b1 } = await setup()
    const created = await repo.createLink(manual(a1.id, b1.id))
    expect(created).toEqual({
      id: 'id-10',
      claimIds: [a1.id, b1.id],
      relation: 'conflict',
      origin: 'manual',
      reason: 'counts differ',
      createdAt: '2024-01-01T00:00:07.000Z'
    })
    expect(await db.links.get(created.id)).toEqual(created)
  })

  it('refuses two claims of the same article, a missing claim and a bad relation, writing nothing', async () => {
    const { repo, db, a1, a2, b1 } = await setup()
    const same = await unchangedBy(db, () => repo.createLink(manual(a1.id, a2.id)))
    expect(same).toBeInstanceOf(ValidationError)
    expect(same.message).toBe(
      'The link connects two claims of the same article; a link relates claims of different articles.'
    )
    const missing = await unchangedBy(db, () => repo.createLink(manual(a1.id, 'gone')))
    expect((missing as StorageError).kind).toBe('not-found')
    expect(missing.message).toMatch(/^A claim that the link connects no longer exists/)
    const bad = { ...manual(a1.id, b1.id), relation: 'contradicts' } as unknown as LinkDraft
    expect((await unchangedBy(db, () => repo.createLink(bad))).message).toMatch(/^The link: relation: /)
  })
})

describe('deleteLinks / putLinks', () => {
  it('round-trip exactly; a missing id deletes nothing', async () => {
    const { repo, db, a1, a2, b1 } = await setup()
    const one = await repo.createLink(manual(a1.id, b1.id))
    const two = await repo.createLink(auto(a2.id, b1.id))
    const before = await dumpAll(db)
    expect(((await unchangedBy(db, () => repo.deleteLinks([one.id, 'gone']))) as StorageError).kind).toBe('not-found')
    const removed = await repo.deleteLinks([two.id, one.id])
    expect(removed).toEqual([two, one])
    expect(await db.links.count()).toBe(0)
    await repo.putLinks(JSON.parse(JSON.stringify(removed)))
    expect(await dumpAll(db)).toBe(before)
  })

  it('putLinks refuses a link whose claim is gone, writing none of the links', async () => {
    const { repo, db, a1, b1, c1 } = await setup()
    const good: Link = { id: 'l-1', ...manual(a1.id, b1.id), createdAt: '2024-01-01T00:00:00.000Z' }
    const dangling: Link = { id: 'l-2', ...manual(c1.id, 'gone'), createdAt: '2024-01-01T00:00:00.000Z' }
    const error = await unchangedBy(db, () => repo.putLinks([good, dangling]))
    expect(error.message).toMatch(/^A claim that link 2 connects no longer exists/)
  })
})

describe('replaceAutoLinks', () => {
  it('replaces the case’s auto links, keeps manual ones and other cases’ links', async () => {
    const { repo, db, kase, a1, a2, b1, c1 } = await setup()
    const kept = await repo.createLink(manual(a1.id, b1.id))
    const elsewhere = await repo.createLink(auto(b1.id, c1.id, 'related')) // touches this case, but c1 is in Other
    const stale = await repo.createLink(auto(a2.id, b1.id))
    await repo.replaceAutoLinks(kase.id, [auto(a1.id, b1.id, 'compatible'), auto(a2.id, b1.id, 'agree')])
    const links = await db.links.toArray()
    expect(links.map((l) => l.id)).not.toContain(stale.id)
    expect(links.map((l) => l.id)).not.toContain(elsewhere.id)
    expect(links.find((l) => l.id === kept.id)).toEqual(kept)
    expect((await linksOfCase(db, kase.id)).map((l) => [l.origin, l.relation, l.claimIds])).toEqual([
      ['manual', 'conflict', [a1.id, b1.id]],
      ['auto', 'compatible', [a1.id, b1.id]],
      ['auto', 'agree', [a2.id, b1.id]]
    ])
    await repo.replaceAutoLinks(kase.id, [])
    expect(await linksOfCase(db, kase.id)).toEqual([kept])
  })

  it('refuses a manual link, a link outside the case and a missing case, changing nothing', async () => {
    const { repo, db, kase, a1, a2, b1, c1 } = await setup()
    await repo.createLink(auto(a2.id, b1.id))
    const asManual = await unchangedBy(db, () =>
      repo.replaceAutoLinks(kase.id, [auto(a1.id, b1.id), manual(a2.id, b1.id)])
    )
    expect(asManual.message).toBe('Link 2: origin: compare writes only links of origin "auto".')
    const outside = await unchangedBy(db, () => repo.replaceAutoLinks(kase.id, [auto(a1.id, c1.id)]))
    expect(outside.message).toBe('The link connects a claim of another case.')
    expect(((await unchangedBy(db, () => repo.replaceAutoLinks('gone', []))) as StorageError).kind).toBe('not-found')
  })
})

describe('links and deletes', () => {
  it('deleting a case removes every link touching its claims, also one to another case; undo brings them back', async () => {
    const { repo, db, kase, other, a1, b1, c1 } = await setup()
    await repo.createLink(manual(a1.id, b1.id))
    const across = await repo.createLink(manual(b1.id, c1.id))
    const before = await dumpAll(db)
    const snapshot = await repo.deleteCase(kase.id)
    expect(snapshot.links).toHaveLength(2)
    expect(await db.links.count()).toBe(0)
    expect(await linksOfCase(db, other.id)).toEqual([])
    await repo.restoreCase(JSON.parse(JSON.stringify(snapshot)))
    expect(await dumpAll(db)).toBe(before)
    expect(await linksOfCase(db, other.id)).toEqual([across])
  })

  it('linksOfCase is empty for a missing case', async () => {
    const { db } = await setup()
    expect(await linksOfCase(db, 'gone')).toEqual([])
  })
})
