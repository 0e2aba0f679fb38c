/**
 * Browser-side benchmarks, exposed as `window.bench` for bench/browser.ts to call with
 * page.evaluate: the app's repository and queries (src/renderer/src/db) against Chromium's
 * IndexedDB, a raw IndexedDB put loop as the peer, the app-path import (core ingest with the
 * browser's DOM), and seeding the app's database for the reader benchmarks.
 */
import { Readability } from '@mozilla/readability'
import { ingestFile, readPage, type IngestEnvironment } from '@core/ingest'
import type { ArticleDraft, Claim } from '@core/model'
import { hashText } from '@core/text'
import { FilePreparer, PREPARE_SECONDS } from '../../src/renderer/src/app/importing'
import { PageReaderFrame, READY_SECONDS } from '../../src/renderer/src/app/pageReader'
import { claimsOfArticle, createRepository, deleteDatabase, openDatabase } from '../../src/renderer/src/db'
import { generateHtmlPage, generateWords, spreadClaims } from '../gen'

interface Timing {
  median: number
  min: number
  max: number
  runs: number
}

function summary(xs: number[]): Timing {
  const s = [...xs].sort((a, b) => a - b)
  const mid = s.length >> 1
  return {
    median: s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2,
    min: s[0]!,
    max: s[s.length - 1]!,
    runs: s.length
  }
}

function draftOf(text: string, title: string): ArticleDraft {
  return {
    title,
    outlet: 'Bench Ledger',
    byline: '',
    url: '',
    publishedAt: '2016-08-15',
    lang: 'en',
    dir: 'ltr',
    text,
    captions: [],
    sourceFormat: 'text',
    sourceName: `${title}.txt`,
    contentHash: hashText(text)
  }
}

let ids = 0
const repoOptions = { newId: () => `b${(++ids).toString(36)}-${Math.random().toString(36).slice(2, 10)}` }

/** A case of generated articles of `words[k]` words each in database `name` (undefined: the app's); returns the repository and the articles. */
async function seedArticles(name: string | undefined, pool: string[], seed: number, words: number[], caseName: string) {
  const db = openDatabase(name)
  const repo = createRepository(db, repoOptions)
  const kase = await repo.createCase(caseName)
  const drafts = words.map((w, k) =>
    draftOf(generateWords(pool, seed + 100 + k, w), `Article ${k + 1} (${w.toLocaleString('en')} words)`)
  )
  const outcomes = await repo.importArticles(kase.id, drafts)
  const articles = outcomes.map((o) => {
    if (o.status !== 'imported') throw new Error(`article not imported: ${o.reason}`)
    return o.article
  })
  return { db, repo, kase, articles }
}

/** The keyPath and indexes of a store of an open database: what a fair raw peer must write too. */
interface StoreShape {
  keyPath: string | string[] | null
  indexes: { name: string; keyPath: string | string[]; unique: boolean; multiEntry: boolean }[]
}

function shapeOf(db: IDBDatabase, store: string): StoreShape {
  const s = db.transaction(store, 'readonly').objectStore(store)
  const indexes = Array.from(s.indexNames).map((n) => {
    const i = s.index(n)
    return { name: i.name, keyPath: i.keyPath, unique: i.unique, multiEntry: i.multiEntry }
  })
  return { keyPath: s.keyPath, indexes }
}

/** A raw IndexedDB database with a claims store shaped like the app's (same key path, same indexes). */
function openRaw(name: string, shape: StoreShape): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, 1)
    req.onupgradeneeded = () => {
      const store = req.result.createObjectStore('claims', { keyPath: shape.keyPath })
      for (const i of shape.indexes)
        store.createIndex(i.name, i.keyPath, { unique: i.unique, multiEntry: i.multiEntry })
    }
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error)
  })
}

function dropRaw(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.deleteDatabase(name)
    req.onsuccess = () => resolve()
    req.onerror = () => reject(req.error)
  })
}

const bench = {
  /**
   * Stores `perArticle` claims in each of `n` articles (n × perArticle claims) with the repository's
   * createClaimsIn (validation, then one bulkAdd in one transaction), then puts the same records
   * with a raw IndexedDB put loop in one transaction in a fresh database whose claims store has the
   * app's key path and indexes (read from the app's database, so the peer follows the schema). Times
   * each from the call to the transaction's commit.
   */
  async store(pool: string[], seed: number, n: number, perArticle: number, run: number) {
    const name = `bench-store-${run}`
    await deleteDatabase(name)
    const { db, repo, articles } = await seedArticles(
      name,
      pool,
      seed,
      Array.from({ length: n }, () => Math.max(2_500, perArticle + 500)),
      'Store'
    )
    const entries = articles.flatMap((a, k) =>
      spreadClaims(a.text, perArticle, seed + k).map((draft) => ({ articleId: a.id, draft }))
    )
    const t0 = performance.now()
    const claims = await repo.createClaimsIn(entries)
    const repoMs = performance.now() - t0

    const rawName = `bench-raw-${run}`
    await dropRaw(rawName)
    // the app's claims store as IndexedDB has it (its current schema version): same key path and indexes
    const raw = await openRaw(rawName, shapeOf(db.backendDB(), 'claims'))
    const records: Claim[] = claims.map((c) => ({ ...c }))
    const t1 = performance.now()
    await new Promise<void>((resolve, reject) => {
      const tx = raw.transaction('claims', 'readwrite')
      const store = tx.objectStore('claims')
      for (const r of records) store.put(r)
      tx.oncomplete = () => resolve()
      tx.onerror = () => reject(tx.error)
      tx.onabort = () => reject(tx.error)
    })
    const rawMs = performance.now() - t1
    raw.close()
    await dropRaw(rawName)
    db.close()
    return { repoMs, rawMs, claims: claims.length, articleId: articles[0]!.id, dbName: name }
  },

  /**
   * Reads one article's claims by the articleId index with the app's query (claimsOfArticle), and
   * the floor: the same read with raw IndexedDB (index getAll) on the same database. The two take
   * turns run by run (which goes first alternates), so a swing in the shared machine's load, or the
   * browser still settling the 100,000 records just written, falls on both alike, not on whichever
   * ran first as two blocks.
   */
  async readByIndex(dbName: string, articleId: string, warmup: number, runs: number) {
    const db = openDatabase(dbName)
    await db.open()
    const raw = db.backendDB()
    const readRaw = () =>
      new Promise<number>((resolve, reject) => {
        const req = raw.transaction('claims', 'readonly').objectStore('claims').index('articleId').getAll(articleId)
        req.onsuccess = () => resolve(req.result.length)
        req.onerror = () => reject(req.error)
      })
    const readApp = async () => (await claimsOfArticle(db, articleId)).length
    let count = 0
    const times: number[] = []
    const rawTimes: number[] = []
    for (let k = 0; k < warmup + runs; k++) {
      for (const which of k % 2 ? (['raw', 'app'] as const) : (['app', 'raw'] as const)) {
        const t0 = performance.now()
        const n = which === 'app' ? await readApp() : await readRaw()
        const ms = performance.now() - t0
        if (which === 'app') count = n
        if (k >= warmup) (which === 'app' ? times : rawTimes).push(ms)
      }
    }
    db.close()
    await deleteDatabase(dbName)
    return { timing: summary(times), raw: summary(rawTimes), count }
  },

  /** The app path of import: core's ingestFile with the browser's DOM, on a generated saved page of `bytes` bytes. */
  ingest(pool: string[], seed: number, bytes: number, warmup: number, runs: number) {
    const html = generateHtmlPage(pool, seed, bytes)
    const file = { name: 'saved-page.html', bytes: new TextEncoder().encode(html) }
    const env: IngestEnvironment = { window: window as unknown as IngestEnvironment['window'] }
    let chars = 0
    for (let k = 0; k < warmup; k++) ingestFile(file, env)
    const times: number[] = []
    for (let k = 0; k < runs; k++) {
      const t0 = performance.now()
      const r = ingestFile(file, env)
      times.push(performance.now() - t0)
      if (r.status !== 'imported') throw new Error(`not imported: ${r.reason}`)
      chars = r.article.text.length
    }
    // where the time goes: parsing the page alone, and parsing + Readability
    const html8 = new TextDecoder().decode(file.bytes)
    const parse: number[] = []
    const readability: number[] = []
    for (let k = 0; k < runs; k++) {
      const t0 = performance.now()
      const doc = new DOMParser().parseFromString(html8, 'text/html')
      const t1 = performance.now()
      new Readability(doc, { serializer: (el: Node) => el } as never).parse()
      parse.push(t1 - t0)
      readability.push(performance.now() - t1)
    }
    return {
      timing: summary(times),
      parse: summary(parse),
      readability: summary(readability),
      bytes: file.bytes.length,
      chars
    }
  },

  /**
   * Where the window's time goes in the app's import of one file (importing.ts's steps, timed one by
   * one): preparing in the ingest worker (the window waits; the bytes are cloned there and the step
   * back), reading a web page with the window's DOM, and storing the draft (validation and one
   * IndexedDB transaction). Each run stores into a fresh database; `bytes` is a base64 file. With
   * `frame`, files are prepared as the app prepares them: web pages in the page reader frame (the
   * app's page-reader.html), documents in the worker.
   */
  async importSteps(name: string, base64: string, warmup: number, runs: number, frame = false) {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
    const env: IngestEnvironment = { window: window as unknown as IngestEnvironment['window'] }
    const reader = frame ? new PageReaderFrame(document, READY_SECONDS, '/page-reader.html') : null
    if (reader && !(await reader.start())) throw new Error('the page reader frame did not start')
    const preparer = new FilePreparer(undefined, PREPARE_SECONDS, reader)
    const prepare: number[] = []
    const read: number[] = []
    const store: number[] = []
    let chars = 0
    for (let k = 0; k < warmup + runs; k++) {
      const t0 = performance.now()
      const step = await preparer.prepare({ name, bytes })
      const t1 = performance.now()
      const result = step.status === 'page' ? readPage(step, env) : step
      const t2 = performance.now()
      if (result.status !== 'imported')
        throw new Error(`${name} not imported: ${'reason' in result ? result.reason : result.status}`)
      const dbName = `bench-import-${k}`
      const db = openDatabase(dbName)
      const repo = createRepository(db, repoOptions)
      const kase = await repo.createCase('Import')
      const t3 = performance.now()
      await repo.importArticles(kase.id, [result.article])
      const t4 = performance.now()
      db.close()
      await deleteDatabase(dbName)
      chars = result.article.text.length
      if (k < warmup) continue
      prepare.push(t1 - t0)
      read.push(step.status === 'page' ? t2 - t1 : 0)
      store.push(t4 - t3)
    }
    preparer.dispose()
    reader?.stop()
    return { prepare: summary(prepare), read: summary(read), store: summary(store), chars }
  },

  /** Deletes a database the store benchmark left (all but the last run's). */
  drop(dbName: string) {
    return deleteDatabase(dbName)
  },

  /** Which articles the app shows in its two panes on its next start. */
  async setPanes(caseId: string, left: string, right: string | null) {
    const db = openDatabase()
    await createRepository(db).setSetting(`panes:${caseId}`, { left, right })
    db.close()
  },

  /**
   * Seeds the APP's database (default name) for the reader benchmarks: a case of articles of
   * `words[k]` words, `claims` claims on the first, the sample case marked as seeded, and the case and
   * panes set to open on the next start (left = `left`-th article, right = `right`-th or none).
   */
  async seedApp(pool: string[], seed: number, words: number[], claims: number, left: number, right: number | null) {
    const { db, repo, kase, articles } = await seedArticles(undefined, pool, seed, words, 'Bench case')
    await repo.setSetting('sampleSeeded', true)
    if (claims > 0)
      await repo.createClaimsIn(
        spreadClaims(articles[0]!.text, claims, seed).map((draft) => ({ articleId: articles[0]!.id, draft }))
      )
    await repo.setSetting('lastCaseId', kase.id)
    await repo.setSetting(`panes:${kase.id}`, {
      left: articles[left]!.id,
      right: right === null ? null : articles[right]!.id
    })
    db.close()
    return { caseId: kase.id, articleIds: articles.map((a) => a.id) }
  }
}

declare global {
  interface Window {
    bench: typeof bench
  }
}
window.bench = bench
document.title = 'bench ready'
