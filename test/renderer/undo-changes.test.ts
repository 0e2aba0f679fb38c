/**
 * Undo as data: the history's lists as pure functions, and recorded store changes applied to a
 * real repository (fake-indexeddb), each undo handing back the change that redoes it.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { afterRun, emptyHistory, record, takeLatest } from '../../src/renderer/src/app/history'
import { applyChange } from '../../src/renderer/src/app/storeChanges'
import { UndoHistory } from '../../src/renderer/src/app/undo'
import { articlesOfCase, exportBundle, getCase } from '../../src/renderer/src/db'
import { claimDraft, draft, freshDb, repoFor } from './db-helpers'
import type { ParallaxDb } from '../../src/renderer/src/db'

const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!()
})

/** The library and which suggestions are dismissed (a dismissal redone is stamped anew). */
const dumpAll = async (db: ParallaxDb) =>
  JSON.stringify({ bundle: await exportBundle(db), dismissed: (await db.dismissals.toArray()).map((d) => d.id) })

function setup() {
  const fresh = freshDb()
  cleanups.push(fresh.cleanup)
  const repo = repoFor(fresh.db)
  const history = new UndoHistory()
  history.connect((change) => applyChange(repo, change))
  return { db: fresh.db, repo, history }
}

describe('the history as data', () => {
  it('a new change drops the redo branch and the oldest past the limit', () => {
    let h = record(record(emptyHistory<string>(), 'one', 2), 'two', 2)
    const taken = takeLatest(h, 'done')!
    h = afterRun(taken.rest, taken.step, 'undone')
    expect(h).toEqual({ done: ['one'], undone: ['two'] })
    expect(record(h, 'three', 2)).toEqual({ done: ['one', 'three'], undone: [] })
    expect(record(record(h, 'three', 2), 'four', 2).done).toEqual(['three', 'four'])
    expect(takeLatest(emptyHistory(), 'undone')).toBeNull()
  })
})

describe('recorded changes', () => {
  it('a deleted case comes back exactly on undo and goes again on redo, as many times as asked', async () => {
    const { db, repo, history } = setup()
    const kase = await repo.createCase('Convoy')
    await repo.importArticles(kase.id, [draft('One'), draft('Two')])
    const before = await repo.exportBundle()
    history.push({
      label: 'Delete case “Convoy”',
      change: { kind: 'restore-case', snapshot: await repo.deleteCase(kase.id) }
    })
    for (let round = 0; round < 2; round++) {
      expect((await history.undo())?.label).toBe('Delete case “Convoy”')
      expect(await repo.exportBundle()).toEqual(before)
      expect(history.nextRedo).toMatchObject({ change: { kind: 'delete-case', caseId: kase.id } })
      await history.redo()
      expect(await getCase(db, kase.id)).toBeNull()
    }
  })

  it('an import undoes by removing its articles and redoes by putting them back', async () => {
    const { db, repo, history } = setup()
    const kase = await repo.createCase('Convoy')
    const outcomes = await repo.importArticles(kase.id, [draft('One'), draft('Two')])
    const ids = outcomes.map((o) => (o.status === 'imported' ? o.article.id : ''))
    history.push({ label: 'Import 2 articles', change: { kind: 'delete-articles', articleIds: ids } })
    await history.undo()
    expect(await articlesOfCase(db, kase.id)).toEqual([])
    await history.redo()
    expect((await articlesOfCase(db, kase.id)).map((a) => a.title)).toEqual(['One', 'Two'])
  })

  it('a rename undoes to the former name and redoes to the new one', async () => {
    const { db, repo, history } = setup()
    const kase = await repo.createCase('Old')
    await repo.renameCase(kase.id, 'New')
    history.push({
      label: 'Rename case to “New”',
      change: { kind: 'rename-case', caseId: kase.id, from: 'New', to: 'Old' }
    })
    await history.undo()
    expect((await getCase(db, kase.id))?.name).toBe('Old')
    await history.redo()
    expect((await getCase(db, kase.id))?.name).toBe('New')
  })

  it('a failed undo keeps the entry to try again, and a history not connected to a store says so', async () => {
    const { repo, history } = setup()
    history.push({ label: 'Rename', change: { kind: 'rename-case', caseId: 'missing', from: 'B', to: 'A' } })
    await expect(history.undo()).rejects.toThrow()
    expect(history.nextUndo?.label).toBe('Rename')
    const loose = new UndoHistory()
    loose.push({
      label: 'Rename',
      change: { kind: 'rename-case', caseId: (await repo.createCase('A')).id, from: 'B', to: 'A' }
    })
    await expect(loose.undo()).rejects.toThrow('not connected')
  })

  it('claims, their edits, a dismissal and links undo and redo exactly, one by one or as one step', async () => {
    const { db, repo, history } = setup()
    const kase = await repo.createCase('Convoy')
    const [a, b] = (await repo.importArticles(kase.id, [draft('One', '12 killed.'), draft('Two', '14 killed.')])).map(
      (o) => (o.status === 'imported' ? o.article : null)!
    )
    const x = await repo.createClaim(a!.id, claimDraft(a!.text, '12 killed'))
    const y = await repo.createClaim(b!.id, claimDraft(b!.text, '14 killed'))
    const start = await dumpAll(db)
    const link = await repo.createLink({ claimIds: [x.id, y.id], relation: 'conflict', origin: 'manual', reason: '' })
    const { before, after } = await repo.updateClaim(x.id, { note: 'checked' })
    const suggestion = { kind: 'casualty' as const, exact: '14 killed', start: 0 }
    await repo.dismissSuggestion(b!.id, suggestion)
    const done = await dumpAll(db)
    history.push({
      label: 'Three writes',
      change: {
        kind: 'all',
        changes: [
          { kind: 'delete-links', linkIds: [link.id] },
          { kind: 'put-claims', put: [before], over: [after] },
          { kind: 'undismiss', articleId: b!.id, suggestion }
        ]
      }
    })
    await history.undo()
    expect(await dumpAll(db)).toBe(start)
    await history.redo()
    expect(await dumpAll(db)).toBe(done)
    history.push({ label: 'Delete', change: { kind: 'restore-claims', snapshots: await repo.deleteClaims([y.id]) } })
    await history.undo()
    expect(await dumpAll(db)).toBe(done)
  })
})
