/** The read helpers the UI hands to useLiveQuery: ordering, "not found" as null, and the library filter. */
import { afterEach, describe, expect, it } from 'vitest'
import { liveQuery } from 'dexie'
import {
  articlesOfCase,
  claimsOfArticle,
  exportBundle,
  exportCaseBundle,
  foldForSearch,
  getArticle,
  getCase,
  getSetting,
  listCases,
  searchLibrary,
  type Repository
} from '../../src/renderer/src/db'
import { claim, draft, freshDb, repoFor } from './db-helpers'

const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!()
})

function setup() {
  const fresh = freshDb()
  cleanups.push(fresh.cleanup)
  return { ...fresh, repo: repoFor(fresh.db) }
}

async function importInto(repo: Repository, caseId: string, ...drafts: ReturnType<typeof draft>[]) {
  const outcomes = await repo.importArticles(caseId, drafts)
  return outcomes.map((o) => (o.status === 'imported' ? o.article : expect.unreachable()))
}

describe('listCases', () => {
  it('sorts by name ignoring case and accents, numbers in numeric order, with article counts', async () => {
    const { repo, db } = setup()
    for (const name of ['mosul', 'Case 10', 'Éclair', 'Al-Qaim', 'Case 2', 'beirut']) await repo.createCase(name)
    const mosul = (await db.cases.where('name').equals('mosul').first())!
    await importInto(repo, mosul.id, draft('A'), draft('B'))
    const cases = await listCases(db)
    expect(cases.map((c) => c.name)).toEqual(['Al-Qaim', 'beirut', 'Case 2', 'Case 10', 'Éclair', 'mosul'])
    expect(cases.map((c) => c.articleCount)).toEqual([0, 0, 0, 0, 0, 2])
  })

  it('is empty for an empty library', async () => {
    const { db } = setup()
    expect(await listCases(db)).toEqual([])
  })
})

describe('single records', () => {
  it('returns null, not undefined, for a missing case, article or setting', async () => {
    const { repo, db } = setup()
    const kase = await repo.createCase('Case')
    const [article] = await importInto(repo, kase.id, draft('A'))
    expect(await getCase(db, kase.id)).toEqual(await db.cases.get(kase.id))
    expect(await getArticle(db, article!.id)).toEqual(article)
    expect(await getCase(db, 'nope')).toBeNull()
    expect(await getArticle(db, 'nope')).toBeNull()
    expect(await getSetting(db, 'lastCaseId')).toBeNull()
  })
})

describe('exportBundle / exportCaseBundle', () => {
  it('read the library as a stable bundle, and null for a missing case', async () => {
    const { repo, db } = setup()
    const one = await repo.createCase('One')
    const two = await repo.createCase('Two')
    await importInto(repo, one.id, draft('B'), draft('A'))
    await importInto(repo, two.id, draft('C'))
    const all = await exportBundle(db)
    expect(all.format).toBe('parallax/1')
    expect(all.articles.map((a) => a.id)).toEqual([...all.articles.map((a) => a.id)].sort())
    expect(all.articles).toHaveLength(3)
    expect(JSON.stringify(await exportBundle(db))).toBe(JSON.stringify(all))
    expect((await exportCaseBundle(db, two.id))?.articles.map((a) => a.title)).toEqual(['C'])
    expect(await exportCaseBundle(db, 'missing')).toBeNull()
  })
})

describe('articlesOfCase', () => {
  it('follows case.articleIds, including after an article is put back in the middle', async () => {
    const { repo, db } = setup()
    const kase = await repo.createCase('Case')
    const [a, b, c] = await importInto(repo, kase.id, draft('Zulu'), draft('Alpha'), draft('Mike'))
    expect((await articlesOfCase(db, kase.id)).map((x) => x.title)).toEqual(['Zulu', 'Alpha', 'Mike'])
    const snapshot = await repo.deleteArticle(b!.id)
    expect((await articlesOfCase(db, kase.id)).map((x) => x.id)).toEqual([a!.id, c!.id])
    await repo.restoreArticle(snapshot)
    expect((await articlesOfCase(db, kase.id)).map((x) => x.id)).toEqual([a!.id, b!.id, c!.id])
    expect(await articlesOfCase(db, 'missing')).toEqual([])
  })
})

describe('claimsOfArticle', () => {
  it('lists an article’s claims in text order, and only its own', async () => {
    const { repo, db } = setup()
    const kase = await repo.createCase('Case')
    const [a, b] = await importInto(repo, kase.id, draft('A', 'Body of A is long enough.'), draft('B'))
    await db.claims.bulkAdd([claim('late', a!.id, 10), claim('early', a!.id, 2), claim('other', b!.id, 0)])
    expect((await claimsOfArticle(db, a!.id)).map((c) => c.id)).toEqual(['early', 'late'])
    expect(await claimsOfArticle(db, 'none')).toEqual([])
  })
})

describe('searchLibrary', () => {
  async function library() {
    const { repo, db } = setup()
    const qaim = await repo.createCase('Al-Qaïm strike')
    const mosul = await repo.createCase('Mosul')
    const empty = await repo.createCase('Empty case')
    await importInto(
      repo,
      qaim.id,
      draft('Civilians killed', 'a', { outlet: 'Diyaruna' }),
      draft('Air raid', 'b', { outlet: 'AFP' })
    )
    await importInto(
      repo,
      mosul.id,
      draft('Battle for the old city', 'c', { outlet: 'Reuters' }),
      draft('Aftermath in Qaim', 'd', { outlet: 'BBC' })
    )
    return { db, qaim, mosul, empty }
  }
  const shape = (entries: Awaited<ReturnType<typeof searchLibrary>>) =>
    entries.map((e) => [e.kase.name, e.articles.map((a) => a.title), e.caseNameMatches])

  it('lists every case and article, sorted, for an empty or blank filter', async () => {
    const { db } = await library()
    for (const filter of ['', '   ']) {
      expect(shape(await searchLibrary(db, filter))).toEqual([
        ['Al-Qaïm strike', ['Civilians killed', 'Air raid'], false],
        ['Empty case', [], false],
        ['Mosul', ['Battle for the old city', 'Aftermath in Qaim'], false]
      ])
    }
  })

  it('matches article titles and outlets case-insensitively, keeping only the matching articles', async () => {
    const { db } = await library()
    expect(shape(await searchLibrary(db, 'RAID'))).toEqual([['Al-Qaïm strike', ['Air raid'], false]])
    expect(shape(await searchLibrary(db, 'reuters'))).toEqual([['Mosul', ['Battle for the old city'], false]])
  })

  it('lists all articles of a case whose name matches, ignoring diacritics', async () => {
    const { db } = await library()
    expect(shape(await searchLibrary(db, 'qaim'))).toEqual([
      ['Al-Qaïm strike', ['Civilians killed', 'Air raid'], true],
      ['Mosul', ['Aftermath in Qaim'], false]
    ])
    expect(shape(await searchLibrary(db, 'QAÏM STR'))).toEqual([
      ['Al-Qaïm strike', ['Civilians killed', 'Air raid'], true]
    ])
  })

  it('returns nothing when nothing matches', async () => {
    const { db } = await library()
    expect(await searchLibrary(db, 'zzz')).toEqual([])
  })

  it('folds case, Latin accents and Arabic marks', () => {
    expect(foldForSearch('Al-Qaïm ÉTÉ')).toBe('al-qaim ete')
    // Vowel marks, tatweel and (through NFD) hamza seats fold away on both sides of the match.
    expect(foldForSearch('القَائِم')).toBe(foldForSearch('القائم'))
    expect(foldForSearch('القــائم')).toBe(foldForSearch('القائم'))
    expect(foldForSearch('القائم')).not.toBe(foldForSearch('القاسم'))
  })
})

describe('live queries', () => {
  it('re-run when the repository writes (what useLiveQuery relies on)', async () => {
    const { repo, db } = setup()
    const seen: string[][] = []
    const subscription = liveQuery(() => searchLibrary(db, '')).subscribe({
      next: (entries) => seen.push(entries.map((e) => `${e.kase.name}:${e.articles.length}`))
    })
    cleanups.push(async () => subscription.unsubscribe())
    const until = async (n: number) => {
      for (let i = 0; i < 100 && seen.length < n; i++) await new Promise((r) => setTimeout(r, 10))
    }
    await until(1)
    const kase = await repo.createCase('Live')
    await until(2)
    await repo.importArticles(kase.id, [draft('One')])
    await until(3)
    expect(seen).toEqual([[], ['Live:0'], ['Live:1']])
  })
})
