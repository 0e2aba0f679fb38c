/**
 * Bundles into the store on fake-indexeddb: an import merges idempotently (twice changes nothing),
 * an invalid bundle writes nothing, a restore replaces the library exactly, and a failure half-way
 * through either rolls the whole write back.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Bundle } from '@core/model'
import { renderBundle } from '@core/report'
import { StorageError, ValidationError, type ParallaxDb, type Repository } from '../../src/renderer/src/db'
import { importBundle, readBundleFile } from '../../src/renderer/src/export/bundleFile'
import { claimDraft, draft, dumpAll, freshDb, pinned, rejection, repoFor } from './db-helpers'

const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  vi.restoreAllMocks()
  while (cleanups.length) await cleanups.pop()!()
})

function setup(prefix = 'id') {
  const fresh = freshDb()
  cleanups.push(fresh.cleanup)
  return { db: fresh.db, repo: repoFor(fresh.db, pinned(prefix)) }
}

const TEXT_A = 'Iraqi forces killed 12 senior ISIL leaders near al-Qaim on Sunday.'
const TEXT_B = 'Officials said 15 militants were killed in the strikes on Sunday.'

/** A case with two articles, a claim in each and a conflict link: as another machine would hold it. */
async function sourceLibrary(prefix = 'src'): Promise<{ repo: Repository; db: ParallaxDb; bundle: Bundle }> {
  const { repo, db } = setup(prefix)
  const kase = await repo.createCase('Al-Qaim strikes')
  const [a, b] = (await repo.importArticles(kase.id, [draft('Diyaruna', TEXT_A), draft('Oman Observer', TEXT_B)])).map((o) =>
    o.status === 'imported' ? o.article : expect.unreachable()
  )
  const ca = await repo.createClaim(a!.id, claimDraft(TEXT_A, 'killed 12 senior ISIL leaders'))
  const cb = await repo.createClaim(b!.id, claimDraft(TEXT_B, '15 militants were killed', { value: { outcome: 'killed', min: 15, max: 15 } }))
  await repo.createLink({ claimIds: [ca.id, cb.id], relation: 'conflict', origin: 'manual', reason: '12 leaders against 15 militants' })
  return { repo, db, bundle: await repo.exportBundle() }
}

const asFile = (name: string, text: string) => ({ ok: true as const, name, bytes: new TextEncoder().encode(text) })

describe('importing a bundle', () => {
  it('adds a case from another machine exactly, and a second import changes nothing', async () => {
    const { bundle } = await sourceLibrary()
    const { db, repo } = setup()
    await repo.createCase('Already here')
    const first = await importBundle(repo, 'strikes.json', bundle)
    expect(first.changed).toBe(true)
    expect(first.summary.added).toEqual({ cases: 1, articles: 2, claims: 2, links: 1 })
    expect(first.message).toBe('Imported strikes.json. Added 1 case, 2 articles, 2 claims and 1 link.')
    expect(renderBundle(await repo.exportCaseBundle(bundle.cases[0]!.id))).toBe(renderBundle(bundle))

    const before = await dumpAll(db)
    const second = await importBundle(repo, 'strikes.json', bundle)
    expect(second.changed).toBe(false)
    expect(second.summary.skipped).toEqual({ cases: 1, articles: 2, claims: 2, links: 1 })
    expect(second.message).toMatch(/^Nothing new in strikes\.json\. Skipped 1 case, 2 articles, 2 claims and 1 link \(already up to date\)\.$/)
    expect(await dumpAll(db)).toBe(before)
  })

  it('updates only what is newer in the bundle', async () => {
    const source = await sourceLibrary()
    const { repo } = setup()
    await importBundle(repo, 'old.json', source.bundle)
    const claim = source.bundle.claims[0]!
    await source.repo.updateClaim(claim.id, { status: 'confirmed', note: 'checked with the ministry' })
    const newer = await source.repo.exportBundle()

    const result = await importBundle(repo, 'new.json', newer)
    expect(result.summary.updated.claims).toBe(1)
    expect(result.summary.skipped).toMatchObject({ articles: 2, claims: 1, links: 1 })
    expect((await repo.exportBundle()).claims.find((c) => c.id === claim.id)).toMatchObject({ status: 'confirmed', note: 'checked with the ministry' })

    // The older bundle again: nothing goes back.
    const again = await importBundle(repo, 'old.json', source.bundle)
    expect(again.changed).toBe(false)
    expect((await repo.exportBundle()).claims.find((c) => c.id === claim.id)?.status).toBe('confirmed')
  })

  it('refuses an invalid bundle whole, saying what and where, and writes nothing', async () => {
    const { bundle } = await sourceLibrary()
    const { db } = setup()
    const before = await dumpAll(db)
    const broken = structuredClone(bundle)
    const exact = broken.claims[1]!.anchor.exact
    broken.claims[1]!.anchor = { ...broken.claims[1]!.anchor, start: 500, end: 500 + exact.length }
    const read = readBundleFile(asFile('broken.json', renderBundle(broken)))
    expect(read.ok).toBe(false)
    expect(read.ok ? '' : read.message).toMatch(/^claims\[1\] \(id src-\d+\): anchor end 524 is past the end of article src-\d+'s text \(\d+ characters\)$/)
    expect(readBundleFile(asFile('x.json', '{"format": "parallax/1", "cases": [}'))).toMatchObject({ ok: false, message: expect.stringMatching(/not valid JSON at line 1/) })
    expect(readBundleFile({ ok: false, name: 'big.json', reason: 'is larger than 20 MB (25 MB)' })).toEqual({
      ok: false,
      name: 'big.json',
      message: 'The file is larger than 20 MB (25 MB).'
    })
    expect(await dumpAll(db)).toBe(before)
  })

  it('refuses a plan whose claims no longer fit the stored text, writing nothing', async () => {
    const { bundle } = await sourceLibrary()
    const { db, repo } = setup()
    await importBundle(repo, 'strikes.json', bundle)
    const before = await dumpAll(db)
    const claim = { ...bundle.claims[0]!, id: 'new-claim', anchor: { ...bundle.claims[0]!.anchor, exact: 'wounded 12 senior ISIL leader' } }
    const error = await rejection(repo.applyMerge({ cases: [], articles: [], claims: [claim], links: [] }))
    expect(error).toBeInstanceOf(ValidationError)
    expect(error.message).toMatch(/does not fit "Diyaruna"/)
    expect(await dumpAll(db)).toBe(before)
  })

  it('rolls everything back when a write fails half-way', async () => {
    const { bundle } = await sourceLibrary()
    const { db, repo } = setup()
    const before = await dumpAll(db)
    vi.spyOn(db.links, 'bulkPut').mockRejectedValue(Object.assign(new Error('disk full'), { name: 'QuotaExceededError' }))
    const error = await rejection(importBundle(repo, 'strikes.json', bundle))
    expect(error).toBeInstanceOf(StorageError)
    vi.restoreAllMocks()
    expect(await dumpAll(db)).toBe(before)
  })
})

describe('restoring a backup', () => {
  async function libraryWithState() {
    const { db, repo } = setup('old')
    await repo.seedSampleCase([draft('Sample', TEXT_A)], 'Sample case')
    const kase = await repo.createCase('Old work')
    const [article] = (await repo.importArticles(kase.id, [draft('Old', 'Old text of 3 killed.')])).map((o) =>
      o.status === 'imported' ? o.article : expect.unreachable()
    )
    await repo.dismissSuggestion(article!.id, { kind: 'casualty', exact: '3 killed', start: 12 })
    await repo.setSetting('lastCaseId', kase.id)
    return { db, repo }
  }

  it('replaces the whole library exactly, keeping only the sampleSeeded flag', async () => {
    const { bundle } = await sourceLibrary()
    const { db, repo } = await libraryWithState()
    await repo.replaceAll(bundle)
    expect(renderBundle(await repo.exportBundle())).toBe(renderBundle(bundle))
    expect(await db.dismissals.count()).toBe(0)
    expect(await db.settings.toArray()).toEqual([{ key: 'sampleSeeded', value: true }])
  })

  it('restores an empty backup to an empty library', async () => {
    const { db, repo } = await libraryWithState()
    await repo.replaceAll({ format: 'parallax/1', cases: [], articles: [], claims: [], links: [] })
    expect(await repo.exportBundle()).toEqual({ format: 'parallax/1', cases: [], articles: [], claims: [], links: [] })
    expect(await db.settings.get('sampleSeeded')).toEqual({ key: 'sampleSeeded', value: true })
  })

  it('refuses an inconsistent backup and changes nothing', async () => {
    const { bundle } = await sourceLibrary()
    const { db, repo } = await libraryWithState()
    const before = await dumpAll(db)
    const error = await rejection(repo.replaceAll({ ...bundle, cases: [] }))
    expect(error).toBeInstanceOf(ValidationError)
    expect(error.message).toMatch(/belongs to a case that is neither stored nor in the bundle/)
    expect(await dumpAll(db)).toBe(before)
  })

  it('rolls back to the old library when writing the backup fails half-way', async () => {
    const { bundle } = await sourceLibrary()
    const { db, repo } = await libraryWithState()
    const before = await dumpAll(db)
    vi.spyOn(db.claims, 'bulkAdd').mockRejectedValue(Object.assign(new Error('disk full'), { name: 'QuotaExceededError' }))
    await expect(repo.replaceAll(bundle)).rejects.toBeInstanceOf(StorageError)
    vi.restoreAllMocks()
    expect(await dumpAll(db)).toBe(before)
  })
})
