/** The repository on fake-indexeddb: every write validated, atomic, undoable and translated. */
import { afterEach, describe, expect, it } from 'vitest'
import {
  articlesOfCase,
  createRepository,
  getCase,
  openDatabase,
  ParallaxDb,
  SAMPLE_CASE_NAME,
  StorageError,
  ValidationError,
  type Repository
} from '../../src/renderer/src/db'
import { claim, draft, freshDb, link, pinned, repoFor } from './db-helpers'

const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!()
})

function setup() {
  const fresh = freshDb()
  cleanups.push(fresh.cleanup)
  return { ...fresh, repo: repoFor(fresh.db) }
}

const dump = async (repo: Repository) => JSON.stringify(await repo.exportBundle())

/** A case with three articles; the middle one has two claims, linked to a claim of the first. */
async function populated(repo: Repository, db: ParallaxDb) {
  const kase = await repo.createCase('Al-Qaim')
  const outcomes = await repo.importArticles(kase.id, [draft('First'), draft('Second'), draft('Third')])
  const [a, b, c] = outcomes.map((o) => (o.status === 'imported' ? o.article : expect.unreachable()))
  await db.claims.bulkAdd([
    claim('c-a1', a!.id, 0, 'Body'),
    claim('c-b1', b!.id, 5, 'of'),
    claim('c-b2', b!.id, 0, 'Body')
  ])
  await db.links.bulkAdd([link('l-1', 'c-a1', 'c-b1'), link('l-2', 'c-b1', 'c-b2')])
  return { kase, a: a!, b: b!, c: c! }
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error('expected the promise to reject')
}

describe('schema', () => {
  it('is version 3 of "parallax" with the documented tables and indexes', async () => {
    const db = openDatabase()
    cleanups.push(async () => {
      db.close()
      await ParallaxDb.delete('parallax')
    })
    await db.open()
    expect(db.name).toBe('parallax')
    expect(db.verno).toBe(3)
    const indexes = Object.fromEntries(
      db.tables.map((t) => [t.name, [t.schema.primKey.name, ...t.schema.indexes.map((i) => i.name)].sort()])
    )
    expect(indexes).toEqual({
      cases: ['id', 'name', 'updatedAt'],
      articles: ['[caseId+contentHash]', 'caseId', 'contentHash', 'id', 'outlet', 'title'],
      // version 2 dropped [articleId+kind], kind, status and origin: no query used them
      claims: ['articleId', 'id'],
      links: ['claimIds', 'id', 'relation'],
      dismissals: ['articleId', 'id'],
      settings: ['key']
    })
    expect(db.links.schema.idxByName['claimIds']?.multi).toBe(true)
  })
})

describe('cases', () => {
  it('creates a case with a trimmed name and the injected id and clock', async () => {
    const { repo, db } = setup()
    const kase = await repo.createCase('  Al-Qaim  ')
    expect(kase).toEqual({
      id: 'id-1',
      name: 'Al-Qaim',
      articleIds: [],
      createdAt: '2024-01-01T00:00:00.000Z',
      updatedAt: '2024-01-01T00:00:00.000Z'
    })
    expect(await getCase(db, 'id-1')).toEqual(kase)
  })

  it('rejects an empty name with the model message and writes nothing', async () => {
    const { repo } = setup()
    const before = await dump(repo)
    const error = await rejection(repo.createCase('   '))
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as Error).message).toBe('Case name: A case needs a name')
    expect(await dump(repo)).toBe(before)
  })

  it('renames a case and stamps updatedAt; renaming a missing case says so', async () => {
    const { repo, db } = setup()
    const kase = await repo.createCase('Draft')
    const renamed = await repo.renameCase(kase.id, 'Mosul')
    expect(renamed.name).toBe('Mosul')
    expect(renamed.updatedAt > kase.updatedAt).toBe(true)
    expect((await getCase(db, kase.id))?.name).toBe('Mosul')
    const error = await rejection(repo.renameCase('nope', 'X'))
    expect(error).toBeInstanceOf(StorageError)
    expect((error as StorageError).kind).toBe('not-found')
    expect((error as Error).message).toMatch(/^This case no longer exists/)
  })

  it('deletes a case with its articles, claims and links, and restore gives back exactly the same library', async () => {
    const { repo, db } = setup()
    const other = await repo.createCase('Other')
    await repo.importArticles(other.id, [draft('Elsewhere')])
    const { kase } = await populated(repo, db)
    const before = await dump(repo)

    const snapshot = await repo.deleteCase(kase.id)
    expect(snapshot.case.id).toBe(kase.id)
    expect(snapshot.articles).toHaveLength(3)
    expect(snapshot.claims).toHaveLength(3)
    expect(snapshot.links).toHaveLength(2)
    const after = await repo.exportBundle()
    expect(after.cases.map((c) => c.name)).toEqual(['Other'])
    expect(after.articles.map((a) => a.title)).toEqual(['Elsewhere'])
    expect(after.claims).toEqual([])
    expect(after.links).toEqual([])

    await repo.restoreCase(JSON.parse(JSON.stringify(snapshot)))
    expect(await dump(repo)).toBe(before)
  })

  it('refuses a malformed snapshot without writing', async () => {
    const { repo, db } = setup()
    const { kase } = await populated(repo, db)
    const snapshot = await repo.deleteCase(kase.id)
    const before = await dump(repo)
    const broken = {
      ...snapshot,
      articles: [{ ...snapshot.articles[0]!, dir: 'sideways' }]
    } as unknown as typeof snapshot
    const error = await rejection(repo.restoreCase(broken))
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as Error).message).toMatch(/^The deleted case cannot be restored: articles\.0\.dir/)
    expect(await dump(repo)).toBe(before)
  })
})

describe('importArticles', () => {
  it('keeps the order, appends to case.articleIds and stamps the case', async () => {
    const { repo, db } = setup()
    const kase = await repo.createCase('Case')
    const outcomes = await repo.importArticles(kase.id, [draft('One'), draft('Two')])
    expect(outcomes.map((o) => o.status)).toEqual(['imported', 'imported'])
    const ids = outcomes.map((o) => (o.status === 'imported' ? o.article.id : ''))
    const stored = await getCase(db, kase.id)
    expect(stored?.articleIds).toEqual(ids)
    expect(stored!.updatedAt > kase.updatedAt).toBe(true)
    expect((await articlesOfCase(db, kase.id)).map((a) => a.title)).toEqual(['One', 'Two'])
    const first = outcomes[0]
    expect(first?.status === 'imported' && first.article).toMatchObject({
      caseId: kase.id,
      importedAt: stored!.updatedAt,
      updatedAt: stored!.updatedAt
    })

    const more = await repo.importArticles(kase.id, [draft('Three')])
    expect((await getCase(db, kase.id))?.articleIds).toEqual([
      ...ids,
      more[0]?.status === 'imported' ? more[0].article.id : ''
    ])
  })

  it('skips a text already in the case, naming the article that holds it', async () => {
    const { repo, db } = setup()
    const kase = await repo.createCase('Case')
    await repo.importArticles(kase.id, [draft('Original', 'Same words.')])
    const before = await dump(repo)
    const again = await repo.importArticles(kase.id, [draft('Copy', 'Same words.')])
    expect(again).toEqual([
      {
        status: 'skipped',
        reason: 'already in this case as "Original"',
        existing: expect.objectContaining({ title: 'Original' })
      }
    ])
    expect(await dump(repo)).toBe(before)
    expect((await getCase(db, kase.id))?.articleIds).toHaveLength(1)
  })

  it('skips the second of two identical texts in one call, but imports the same text into another case', async () => {
    const { repo } = setup()
    const one = await repo.createCase('One')
    const two = await repo.createCase('Two')
    const outcomes = await repo.importArticles(one.id, [draft('A', 'Same.'), draft('B', 'Same.')])
    expect(outcomes.map((o) => o.status)).toEqual(['imported', 'skipped'])
    expect(outcomes[1]?.status === 'skipped' && outcomes[1].reason).toBe('already in this case as "A"')
    expect((await repo.importArticles(two.id, [draft('A', 'Same.')]))[0]?.status).toBe('imported')
  })

  it('writes nothing when the case is gone', async () => {
    const { repo } = setup()
    const kase = await repo.createCase('Doomed')
    await repo.deleteCase(kase.id)
    const before = await dump(repo)
    const error = await rejection(repo.importArticles(kase.id, [draft('Late')]))
    expect(error).toBeInstanceOf(StorageError)
    expect((error as StorageError).kind).toBe('not-found')
    expect(await dump(repo)).toBe(before)
  })

  it('rejects the whole call when one draft is invalid, naming it, and writes nothing', async () => {
    const { repo } = setup()
    const kase = await repo.createCase('Case')
    const before = await dump(repo)
    const bad = { ...draft('Broken'), dir: 'sideways' } as unknown as ReturnType<typeof draft>
    const error = await rejection(repo.importArticles(kase.id, [draft('Good'), bad]))
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as Error).message).toMatch(/^Article 2 \("Broken"\): dir: /)
    expect(await dump(repo)).toBe(before)
  })

  it('rolls back every article when a write fails half-way', async () => {
    const { db } = setup()
    const clock = pinned()
    let ids = 0
    const repo = createRepository(db, {
      now: clock.now,
      newId: () => {
        // case id, first article id, then the failure in the middle of the import transaction
        if (++ids === 3) throw new Error('id source broke')
        return `id-${ids}`
      }
    })
    const kase = await repo.createCase('Case')
    const before = await dump(repo)
    const error = await rejection(repo.importArticles(kase.id, [draft('One'), draft('Two'), draft('Three')]))
    expect(error).toBeInstanceOf(StorageError)
    expect((error as StorageError).kind).toBe('unknown')
    expect((error as Error).message).toContain('id source broke')
    expect(await dump(repo)).toBe(before)
    expect(await db.articles.count()).toBe(0)
  })

  it('translates a full disk inside the transaction into the journalist message, and rolls back', async () => {
    const { repo, db } = setup()
    const kase = await repo.createCase('Case')
    const before = await dump(repo)
    let adds = 0
    db.articles.hook('creating', () => {
      if (++adds === 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    })
    const error = await rejection(repo.importArticles(kase.id, [draft('One'), draft('Two')]))
    expect(error).toBeInstanceOf(StorageError)
    expect((error as StorageError).kind).toBe('quota')
    expect((error as Error).message).toBe(
      'Parallax could not save because the disk is full (storage quota exceeded). Free some space or delete old cases, then try again.'
    )
    expect(adds).toBe(2)
    expect(await dump(repo)).toBe(before)
  })

  it('turns a real Dexie ConstraintError (an id already used) into a constraint StorageError', async () => {
    const { db } = setup()
    const repo = createRepository(db, { newId: () => 'same-id' })
    await repo.createCase('First')
    const error = await rejection(repo.createCase('Second'))
    expect(error).toBeInstanceOf(StorageError)
    expect((error as StorageError).kind).toBe('constraint')
    expect(await db.cases.count()).toBe(1)
  })

  it('turns a write to a closed database into a closed StorageError', async () => {
    const { repo, db } = setup()
    await repo.createCase('Open')
    db.close()
    const error = await rejection(repo.createCase('After close'))
    expect(error).toBeInstanceOf(StorageError)
    expect((error as StorageError).kind).toBe('closed')
    expect((error as Error).message).toMatch(/database was closed/)
  })
})

describe('updateArticleMetadata', () => {
  it('saves trimmed metadata, stamps article and case, and clears publishedAt with ""', async () => {
    const { repo, db } = setup()
    const { kase, b } = await populated(repo, db)
    const dated = await repo.updateArticleMetadata(b.id, {
      title: ' New title ',
      outlet: 'AFP',
      byline: 'A. Writer',
      url: 'https://example.org/x',
      publishedAt: '2016-08-14'
    })
    expect(dated).toMatchObject({
      title: 'New title',
      outlet: 'AFP',
      byline: 'A. Writer',
      url: 'https://example.org/x',
      publishedAt: '2016-08-14',
      text: b.text
    })
    expect(dated.updatedAt > b.updatedAt).toBe(true)
    expect(await db.articles.get(b.id)).toEqual(dated)
    expect((await getCase(db, kase.id))?.updatedAt).toBe(dated.updatedAt)

    const kept = await repo.updateArticleMetadata(b.id, { title: 'Again', outlet: '', byline: '', url: '' })
    expect(kept.publishedAt).toBe('2016-08-14')
    const cleared = await repo.updateArticleMetadata(b.id, {
      title: 'Again',
      outlet: '',
      byline: '',
      url: '',
      publishedAt: ''
    })
    expect('publishedAt' in cleared).toBe(false)
    expect('publishedAt' in (await db.articles.get(b.id))!).toBe(false)
  })

  it('rejects a bad URL with the model message and changes nothing', async () => {
    const { repo, db } = setup()
    const { b } = await populated(repo, db)
    const before = await dump(repo)
    const error = await rejection(
      repo.updateArticleMetadata(b.id, { title: 'T', outlet: '', byline: '', url: 'example.org', publishedAt: '' })
    )
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as Error).message).toBe(
      'url: This web address cannot be used: only http:// and https:// addresses are accepted.'
    )
    expect(await dump(repo)).toBe(before)
  })

  it('says so when the article is gone', async () => {
    const { repo } = setup()
    const error = await rejection(
      repo.updateArticleMetadata('missing', { title: 'T', outlet: '', byline: '', url: '' })
    )
    expect((error as StorageError).kind).toBe('not-found')
  })
})

describe('deleteArticle / restoreArticle', () => {
  it('removes the article, its claims and the links touching them; restore is byte-for-byte the library before', async () => {
    const { repo, db } = setup()
    const { kase, a, b, c } = await populated(repo, db)
    const before = await dump(repo)

    const snapshot = await repo.deleteArticle(b.id)
    expect(snapshot.index).toBe(1)
    expect(snapshot.claims.map((x) => x.id).sort()).toEqual(['c-b1', 'c-b2'])
    expect(snapshot.links.map((x) => x.id).sort()).toEqual(['l-1', 'l-2'])
    const after = await repo.exportBundle()
    expect(after.cases[0]?.articleIds).toEqual([a.id, c.id])
    expect(after.claims.map((x) => x.id)).toEqual(['c-a1'])
    expect(after.links).toEqual([])
    expect(after.cases[0]!.updatedAt > kase.updatedAt).toBe(true)

    await repo.restoreArticle(JSON.parse(JSON.stringify(snapshot)))
    expect(await dump(repo)).toBe(before)
  })

  it('restores several deleted articles to their places in one call', async () => {
    const { repo, db } = setup()
    const { a, c } = await populated(repo, db)
    const before = await dump(repo)
    const snapshots = await repo.deleteArticles([c.id, a.id])
    expect((await repo.exportBundle()).articles.map((x) => x.title)).toEqual(['Second'])
    await repo.restoreArticles(snapshots)
    expect(await dump(repo)).toBe(before)
  })

  it('stamps the case afresh on restore when something else changed it since the delete', async () => {
    const { repo, db } = setup()
    const { kase, b } = await populated(repo, db)
    const snapshot = await repo.deleteArticle(b.id)
    const renamed = await repo.renameCase(kase.id, 'Renamed')
    await repo.restoreArticle(snapshot)
    const stored = await getCase(db, kase.id)
    expect(stored?.articleIds[1]).toBe(b.id)
    expect(stored!.updatedAt > renamed.updatedAt).toBe(true)
  })

  it('deleteArticles is one transaction: a missing id leaves every article in place', async () => {
    const { repo, db } = setup()
    const { a } = await populated(repo, db)
    const before = await dump(repo)
    const error = await rejection(repo.deleteArticles([a.id, 'missing']))
    expect((error as StorageError).kind).toBe('not-found')
    expect(await dump(repo)).toBe(before)
  })

  it('cannot restore into a case deleted meanwhile, and writes nothing', async () => {
    const { repo, db } = setup()
    const { kase, b } = await populated(repo, db)
    const snapshot = await repo.deleteArticle(b.id)
    await repo.deleteCase(kase.id)
    const before = await dump(repo)
    const error = await rejection(repo.restoreArticle(snapshot))
    expect(error).toBeInstanceOf(StorageError)
    expect((error as Error).message).toMatch(/^The case this article belonged to no longer exists/)
    expect(await dump(repo)).toBe(before)
  })
})

describe('seedSampleCase', () => {
  const samples = () => [draft('Diyaruna'), draft('Oman Observer')]

  it('seeds several sample cases in order, once', async () => {
    const { repo, db } = setup()
    const seeded = await repo.seedSampleCases([
      { name: 'Aleppo (sample)', drafts: [draft('SANA'), draft('Al-Alam')] },
      { name: SAMPLE_CASE_NAME, drafts: samples() }
    ])
    expect(seeded?.map((c) => c.name)).toEqual(['Aleppo (sample)', SAMPLE_CASE_NAME])
    expect((await articlesOfCase(db, seeded![0]!.id)).map((a) => a.title)).toEqual(['SANA', 'Al-Alam'])
    expect(await repo.seedSampleCases([{ name: 'Again', drafts: samples() }])).toBeNull()
    expect(await repo.seedSampleCase(samples())).toBeNull()
    expect(await db.cases.count()).toBe(2)
  })

  it('seeds once: a second call returns null and adds nothing', async () => {
    const { repo, db } = setup()
    const seeded = await repo.seedSampleCase(samples())
    expect(seeded?.name).toBe(SAMPLE_CASE_NAME)
    expect((await articlesOfCase(db, seeded!.id)).map((a) => a.title)).toEqual(['Diyaruna', 'Oman Observer'])
    expect(await repo.getSetting('sampleSeeded')).toBe(true)
    expect(await repo.seedSampleCase(samples())).toBeNull()
    expect(await db.cases.count()).toBe(1)
    expect(await db.articles.count()).toBe(2)
  })

  it('makes exactly one sample case when called concurrently on one connection', async () => {
    const { repo, db } = setup()
    const results = await Promise.all([
      repo.seedSampleCase(samples()),
      repo.seedSampleCase(samples()),
      repo.seedSampleCase(samples())
    ])
    expect(results.filter((r) => r !== null)).toHaveLength(1)
    expect(await db.cases.count()).toBe(1)
    expect(await db.articles.count()).toBe(2)
  })

  it('makes exactly one sample case when two windows start at once', async () => {
    const { db, name } = setup()
    const second = openDatabase(name)
    cleanups.push(async () => second.close())
    const [r1, r2] = await Promise.all([
      createRepository(db, pinned('w1')).seedSampleCase(samples()),
      createRepository(second, pinned('w2')).seedSampleCase(samples())
    ])
    expect([r1, r2].filter((r) => r !== null)).toHaveLength(1)
    expect(await db.cases.count()).toBe(1)
    expect(await second.articles.count()).toBe(2)
  })

  it('does not bring the sample back after the journalist deleted it', async () => {
    const { repo, db } = setup()
    const seeded = await repo.seedSampleCase(samples())
    await repo.deleteCase(seeded!.id)
    expect(await repo.seedSampleCase(samples())).toBeNull()
    expect(await db.cases.count()).toBe(0)
  })

  it('leaves neither case nor flag when seeding fails half-way, so the next start seeds', async () => {
    const { db } = setup()
    const calls = { n: 0 }
    const failing = createRepository(db, {
      newId: () => {
        if (++calls.n === 3) throw new Error('interrupted')
        return `x-${calls.n}`
      }
    })
    await expect(failing.seedSampleCase(samples())).rejects.toBeInstanceOf(StorageError)
    expect(await db.cases.count()).toBe(0)
    expect(await db.articles.count()).toBe(0)
    expect(await failing.getSetting('sampleSeeded')).toBeNull()
    expect((await repoFor(db).seedSampleCase(samples()))?.articleIds).toHaveLength(2)
  })
})

describe('settings', () => {
  it('stores small UI state, reads null when unset and removes with undefined', async () => {
    const { repo } = setup()
    expect(await repo.getSetting('lastCaseId')).toBeNull()
    await repo.setSetting('lastCaseId', 'case-7')
    await repo.setSetting('panes:case-7', { left: 'a', right: 'b' })
    expect(await repo.getSetting('lastCaseId')).toBe('case-7')
    expect(await repo.getSetting('panes:case-7')).toEqual({ left: 'a', right: 'b' })
    await repo.setSetting('lastCaseId', undefined)
    expect(await repo.getSetting('lastCaseId')).toBeNull()
    await expect(repo.setSetting('', 1)).rejects.toBeInstanceOf(ValidationError)
  })
})

describe('export and persistence', () => {
  it('exports one case with only its own records', async () => {
    const { repo, db } = setup()
    const other = await repo.createCase('Other')
    await repo.importArticles(other.id, [draft('Elsewhere')])
    const { kase } = await populated(repo, db)
    const bundle = await repo.exportCaseBundle(kase.id)
    expect(bundle.format).toBe('parallax/1')
    expect(bundle.cases.map((c) => c.id)).toEqual([kase.id])
    expect(bundle.articles.map((a) => a.title).sort()).toEqual(['First', 'Second', 'Third'])
    expect(bundle.claims).toHaveLength(3)
    expect(bundle.links).toHaveLength(2)
    await expect(repo.exportCaseBundle('missing')).rejects.toMatchObject({ kind: 'not-found' })
  })

  it('keeps everything across closing and reopening the database', async () => {
    const { repo, db, name } = setup()
    await populated(repo, db)
    await repo.setSetting('lastCaseId', 'id-1')
    const before = await dump(repo)
    db.close()
    const reopened = openDatabase(name)
    cleanups.push(async () => reopened.close())
    const again = repoFor(reopened)
    expect(await dump(again)).toBe(before)
    expect(await again.getSetting('lastCaseId')).toBe('id-1')
  })
})
