/**
 * Undo as data: the history's lists as pure functions, and recorded store changes applied to a
 * real repository (fake-indexeddb), each undo handing back the change that redoes it.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { afterRun, emptyHistory, record, takeLatest } from '../../src/renderer/src/app/history'
import { applyChange } from '../../src/renderer/src/app/storeChanges'
import { UndoHistory } from '../../src/renderer/src/app/undo'
import { articlesOfCase, getCase } from '../../src/renderer/src/db'
import { draft, freshDb, repoFor } from './db-helpers'

const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!()
})

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
})
