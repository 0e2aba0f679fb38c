/**
 * The undo entries of the claims panel, the verdicts and a replaced text are data: each records
 * the store change that reverses its write, and the history applies it to a real store
 * (fake-indexeddb), without React. Undo gives back exactly the library before the write, redo
 * exactly the library after it, as many times as asked.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { pendingOf, suggestClaims } from '@core/extract'
import type { Article } from '@core/model'
import { replaceArticleText } from '../../src/renderer/src/app/replaceText'
import { applyChange } from '../../src/renderer/src/app/storeChanges'
import { UndoHistory, type UndoEntry } from '../../src/renderer/src/app/undo'
import {
  acceptedEntry,
  deletedEntry,
  editedEntry,
  reattachedEntry,
  rejectedEntry,
  statusEntry,
  suggestionRef,
  taggedEntry
} from '../../src/renderer/src/claims/claimEntries'
import { setRelation } from '../../src/renderer/src/compare/overrule'
import { exportBundle, type ParallaxDb } from '../../src/renderer/src/db'
import { claimDraft, draft, freshDb, repoFor } from './db-helpers'

const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!()
})

const TEXT_A = 'On Sunday 12 people were killed in Al-Qaim, officials said.'
const TEXT_B = 'On Sunday 15 people were killed in Al-Qaim, the ministry said.'

/** The library and which suggestions are dismissed; `restamped`: without the articles' change times (a redo writes anew). */
async function dumpAll(db: ParallaxDb, restamped = false) {
  const bundle = await exportBundle(db)
  const articles = restamped ? bundle.articles.map(({ updatedAt: _u, ...a }) => a) : bundle.articles
  return JSON.stringify({
    bundle: { ...bundle, articles },
    dismissed: (await db.dismissals.toArray()).map((d) => d.id)
  })
}

async function setup() {
  const fresh = freshDb()
  cleanups.push(fresh.cleanup)
  const repo = repoFor(fresh.db)
  const undo = new UndoHistory()
  undo.connect((change) => applyChange(repo, change))
  const kase = await repo.createCase('Al-Qaim')
  const [a, b] = (await repo.importArticles(kase.id, [draft('One', TEXT_A), draft('Two', TEXT_B)])).map(
    (o) => (o.status === 'imported' ? o.article : null)!
  ) as [Article, Article]
  return { db: fresh.db, repo, undo, a, b }
}

/** Records `write`'s entry, then checks that undo and redo walk between the two libraries exactly. */
async function walks(db: ParallaxDb, undo: UndoHistory, write: () => Promise<UndoEntry | void>, restamped = false) {
  const dump = () => dumpAll(db, restamped)
  const before = await dump()
  const entry = await write()
  if (entry) undo.push(entry)
  const after = await dump()
  expect(after).not.toBe(before)
  expect(undo.nextUndo && 'change' in undo.nextUndo).toBe(true)
  for (let round = 0; round < 2; round++) {
    await undo.undo()
    expect(await dump()).toBe(before)
    await undo.redo()
    expect(await dump()).toBe(after)
  }
}

describe('claim entries', () => {
  it('a tagged claim, its edit, its status, its deletion: each undoes and redoes exactly', async () => {
    const { db, repo, undo, a } = await setup()
    const created = await repo.createClaim(a.id, claimDraft(a.text, '12 people were killed'))
    undo.push(taggedEntry(created))
    expect(undo.nextUndo?.label).toBe('Tag casualty “12 people were killed”')
    await undo.undo()
    expect(await db.claims.get(created.id)).toBeUndefined()
    await undo.redo()
    expect(await db.claims.get(created.id)).toEqual(created)

    await walks(db, undo, async () => {
      const { before, after } = await repo.updateClaim(created.id, { note: 'checked with the ministry' })
      return editedEntry(before, after)
    })
    await walks(db, undo, async () => {
      const { before, after } = await repo.updateClaim(created.id, { status: 'confirmed' })
      return statusEntry(before, after)
    })
    expect(undo.nextUndo?.label).toBe('Mark “12 people were killed” confirmed')
    await walks(db, undo, async () => deletedEntry(created, await repo.deleteClaims([created.id])))
  })

  it('a re-attached orphan goes back to its orphaned record and returns to its new place', async () => {
    const { db, repo, undo, a } = await setup()
    const created = await repo.createClaim(a.id, claimDraft(a.text, '12 people'))
    await repo.updateClaim(created.id, { orphan: true })
    await walks(db, undo, async () => {
      const anchor = claimDraft(a.text, '12 people were killed').anchor
      const { before, after } = await repo.updateClaim(created.id, { anchor, orphan: false })
      return reattachedEntry(before, after)
    })
  })

  it('accepted suggestions undo as one step, and a rejection undoes so the suggestion is offered again', async () => {
    const { db, repo, undo, a, b } = await setup()
    const suggestions = [a, b].flatMap((article) => pendingOf(article, suggestClaims(article), [], new Set()))
    expect(suggestions.length).toBeGreaterThan(1)
    await walks(db, undo, async () => {
      const created = await repo.createClaimsIn(suggestions.map((s) => ({ articleId: s.articleId, draft: s.draft })))
      return acceptedEntry(suggestions, created)
    })
    expect(undo.nextUndo?.label).toBe(`Accept ${suggestions.length} suggestions`)
    const rejected = suggestions[0]!
    await walks(db, undo, async () => {
      await repo.dismissSuggestion(rejected.articleId, suggestionRef(rejected))
      return rejectedEntry(rejected)
    })
  })
})

describe('verdict and text entries', () => {
  it('a verdict set on a pending suggestion, replacing a link by hand, undoes all three writes and redoes them', async () => {
    const { db, repo, undo, a, b } = await setup()
    const [pending] = pendingOf(a, suggestClaims(a), [], new Set()).filter((s) => s.draft.kind === 'casualty')
    const other = await repo.createClaim(b.id, claimDraft(b.text, '15 people were killed'))
    const x = await repo.createClaim(a.id, claimDraft(a.text, 'officials said'))
    const earlier = await repo.createLink({
      claimIds: [x.id, other.id],
      relation: 'agree',
      origin: 'manual',
      reason: ''
    })
    await walks(db, undo, async () => {
      await setRelation({ repo, undo }, pending!.claim, other, 'conflict', { replacing: [earlier.id] })
    })
    expect(undo.nextUndo?.label).toBe('Set verdict to conflict')
    await walks(db, undo, async () => {
      const manual = (await db.links.toArray()).filter((l) => l.origin === 'manual').map((l) => l.id)
      await setRelation({ repo, undo }, pending!.claim, other, 'automatic', { replacing: manual })
    })
  })

  it('a replaced text undoes to the old text and its claims, and redoes to the new one', async () => {
    const { db, repo, undo, a } = await setup()
    await repo.createClaim(a.id, claimDraft(a.text, '12 people were killed'))
    const text = 'Updated: on Sunday 12 people were killed in Al-Qaim, officials said.'
    await walks(
      db,
      undo,
      async () => {
        await replaceArticleText(db, repo, undo, a, {
          text,
          captions: [],
          contentHash: 'hash:v2',
          sourceName: 'v2.txt'
        })
      },
      true
    )
    expect(undo.nextUndo?.label).toBe('Replace the text of “One”')
  })
})
