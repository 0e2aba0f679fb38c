/**
 * Bundles into the store on fake-indexeddb: an import writes only what was chosen (a stored record
 * the bundle holds in another version is kept unless taken), twice changes nothing, undo puts back
 * exactly what was stored and redo writes the import again; an invalid bundle, or a store that
 * changed since the preview, writes nothing; a restore replaces the library exactly; a failure
 * half-way through either rolls the whole write back.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Bundle } from '@core/model'
import { renderBundle, type MergeChoice } from '@core/report'
import { StorageError, ValidationError, type ParallaxDb, type Repository } from '../../src/renderer/src/db'
import { applyImport, previewImport, readBundleFile } from '../../src/renderer/src/export/bundleFile'
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
  const [a, b] = (await repo.importArticles(kase.id, [draft('Diyaruna', TEXT_A), draft('Oman Observer', TEXT_B)])).map(
    (o) => (o.status === 'imported' ? o.article : expect.unreachable())
  )
  const ca = await repo.createClaim(a!.id, claimDraft(TEXT_A, 'killed 12 senior ISIL leaders'))
  const cb = await repo.createClaim(
    b!.id,
    claimDraft(TEXT_B, '15 militants were killed', { value: { outcome: 'killed', min: 15, max: 15 } })
  )
  await repo.createLink({
    claimIds: [ca.id, cb.id],
    relation: 'conflict',
    origin: 'manual',
    reason: '12 leaders against 15 militants'
  })
  return { repo, db, bundle: await repo.exportBundle() }
}

const asFile = (name: string, text: string) => ({ ok: true as const, name, bytes: new TextEncoder().encode(text) })

/** Previews and confirms an import, as the dialog does: `choice` names the conflicts taken (none by default). */
async function importBundle(repo: Repository, name: string, bundle: Bundle, choice: MergeChoice = new Set()) {
  const preview = await previewImport(repo, bundle)
  if (!preview.ok) throw new Error(preview.message)
  return { plan: preview.plan, ...(await applyImport(repo, name, preview.plan, choice)) }
}

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
    const second = await importBundle(repo, 'strikes.json', bundle, 'all')
    expect(second.changed).toBe(false)
    expect(second.summary.identical).toEqual({ cases: 1, articles: 2, claims: 2, links: 1 })
    expect(second.message).toBe(
      'Nothing new in strikes.json. Skipped 1 case, 2 articles, 2 claims and 1 link (already up to date).'
    )
    expect(await dumpAll(db)).toBe(before)
  })

  it('keeps the stored claim when the bundle holds another version, however new, and writes the bundle’s only when taken', async () => {
    const source = await sourceLibrary()
    const { db, repo } = setup()
    await importBundle(repo, 'old.json', source.bundle)
    const claim = source.bundle.claims[0]!
    // here, the journalist's own review; there, someone else's, later
    await repo.updateClaim(claim.id, { status: 'confirmed', note: 'checked with the ministry' })
    await source.repo.updateClaim(claim.id, {
      status: 'rejected',
      note: 'not what they said',
      value: { outcome: 'killed', min: 40, max: 40 }
    })
    const theirs = await source.repo.exportBundle()
    expect(theirs.claims[0]!.updatedAt > (await repo.exportBundle()).claims[0]!.updatedAt).toBe(true)
    const mine = await dumpAll(db)

    const kept = await importBundle(repo, 'theirs.json', theirs)
    expect(kept.plan.conflicts.map((c) => [c.id, c.changes.map((x) => x.field)])).toEqual([
      [claim.id, ['value', 'status', 'note']]
    ])
    expect(kept.changed).toBe(false)
    expect(kept.message).toBe(
      'Nothing new in theirs.json. Kept your version of 1 claim; skipped 1 case, 2 articles, 1 claim and 1 link (already up to date).'
    )
    expect(await dumpAll(db)).toBe(mine)

    const taken = await importBundle(repo, 'theirs.json', theirs, new Set([`claims:${claim.id}`]))
    expect(taken.message).toBe(
      "Imported theirs.json. Updated 1 claim with the bundle's version; skipped 1 case, 2 articles, 1 claim and 1 link (already up to date)."
    )
    expect((await repo.exportBundle()).claims.find((c) => c.id === claim.id)).toEqual(
      theirs.claims.find((c) => c.id === claim.id)
    )
  })

  it('undoes an import exactly: replaced records back as they were, added ones gone with what hung off them; redo writes it again', async () => {
    const source = await sourceLibrary()
    const { db, repo } = setup()
    await importBundle(repo, 'old.json', source.bundle)
    const [article] = source.bundle.articles
    await repo.updateArticleMetadata(article!.id, {
      title: 'Our own title',
      outlet: 'Diyaruna',
      byline: '',
      url: '',
      publishedAt: ''
    })
    await source.repo.updateArticleMetadata(article!.id, {
      title: 'Their title',
      outlet: 'Diyaruna',
      byline: '',
      url: '',
      publishedAt: ''
    })
    const other = await source.repo.createCase('Another story')
    await source.repo.importArticles(other.id, [draft('Third', 'A third text in which 3 people were killed.')])
    const theirs = await source.repo.exportBundle()
    const before = await dumpAll(db)

    const result = await importBundle(repo, 'theirs.json', theirs, 'all')
    expect(result.summary).toMatchObject({
      added: { cases: 1, articles: 1, claims: 0, links: 0 },
      updated: { articles: 1 }
    })
    // after the import, work that hangs off the added records: a dismissal, an automatic link
    const added = theirs.articles.find((a) => a.caseId === other.id)!
    await repo.dismissSuggestion(added.id, { kind: 'casualty', exact: '3 people were killed', start: 22 })
    const extra = await repo.createClaim(added.id, claimDraft(added.text, '3 people were killed'))
    await repo.createLink({
      claimIds: [source.bundle.claims[0]!.id, extra.id],
      relation: 'related',
      origin: 'manual',
      reason: 'same day'
    })

    await repo.undoMerge(result.snapshot)
    expect(await dumpAll(db)).toBe(before)

    await repo.applyMerge(result.snapshot)
    expect((await repo.exportBundle()).articles.find((a) => a.id === article!.id)?.title).toBe('Their title')
    expect((await repo.exportBundle()).cases.map((c) => c.name).sort()).toEqual(['Al-Qaim strikes', 'Another story'])
  })

  it('writes nothing when the library changed since the preview', async () => {
    const source = await sourceLibrary()
    const { db, repo } = setup()
    await importBundle(repo, 'old.json', source.bundle)
    const claim = source.bundle.claims[0]!
    await source.repo.updateClaim(claim.id, { note: 'theirs' })
    const preview = await previewImport(repo, await source.repo.exportBundle())
    if (!preview.ok) throw new Error(preview.message)
    await repo.updateClaim(claim.id, { note: 'typed while the preview was open' })
    const before = await dumpAll(db)
    const error = await rejection(applyImport(repo, 'theirs.json', preview.plan, 'all'))
    expect(error).toBeInstanceOf(ValidationError)
    expect(error.message).toBe(
      'The library changed while the import was being previewed, so nothing was imported. Import the bundle again to see what it would change now.'
    )
    expect(await dumpAll(db)).toBe(before)
  })

  it('refuses a bundle whose ids name stored records under other parents, writing nothing', async () => {
    const { bundle } = await sourceLibrary()
    const { repo } = setup()
    await importBundle(repo, 'strikes.json', bundle)
    const moved = structuredClone(bundle)
    moved.claims[0]!.articleId = moved.claims[1]!.articleId
    moved.claims[0]!.anchor = moved.claims[1]!.anchor
    const preview = await previewImport(repo, moved)
    expect(preview.ok).toBe(false)
    expect(preview.ok ? '' : preview.message).toMatch(/^claims\[0\] \(id src-\d+\) is stored here under another parent/)
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
    expect(read.ok ? '' : read.message).toMatch(
      /^claims\[1\] \(id src-\d+\): anchor end 524 is past the end of article src-\d+'s text \(\d+ characters\)$/
    )
    expect(readBundleFile(asFile('x.json', '{"format": "parallax/1", "cases": [}'))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not valid JSON at line 1/)
    })
    expect(readBundleFile({ ok: false, name: 'big.json', reason: 'is larger than 20 MB (25 MB)' })).toEqual({
      ok: false,
      name: 'big.json',
      message: 'The file is larger than 20 MB (25 MB).'
    })
    expect(await dumpAll(db)).toBe(before)
  })

  it('refuses a write whose claims no longer fit the stored text, writing nothing', async () => {
    const { bundle } = await sourceLibrary()
    const { db, repo } = setup()
    await importBundle(repo, 'strikes.json', bundle)
    const before = await dumpAll(db)
    const claim = {
      ...bundle.claims[0]!,
      id: 'new-claim',
      anchor: { ...bundle.claims[0]!.anchor, exact: 'wounded 12 senior ISIL leader' }
    }
    const none = { cases: [], articles: [], claims: [], links: [] }
    const error = await rejection(repo.applyMerge({ put: { ...none, claims: [claim] }, replaced: none }))
    expect(error).toBeInstanceOf(ValidationError)
    expect(error.message).toMatch(/does not fit "Diyaruna"/)
    expect(await dumpAll(db)).toBe(before)
  })

  it('rolls everything back when a write fails half-way', async () => {
    const { bundle } = await sourceLibrary()
    const { db, repo } = setup()
    const before = await dumpAll(db)
    vi.spyOn(db.links, 'bulkPut').mockRejectedValue(
      Object.assign(new Error('disk full'), { name: 'QuotaExceededError' })
    )
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
    vi.spyOn(db.claims, 'bulkAdd').mockRejectedValue(
      Object.assign(new Error('disk full'), { name: 'QuotaExceededError' })
    )
    await expect(repo.replaceAll(bundle)).rejects.toBeInstanceOf(StorageError)
    vi.restoreAllMocks()
    expect(await dumpAll(db)).toBe(before)
  })
})
