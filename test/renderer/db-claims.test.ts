/** Claims in the store: tagged against the article's text, edited and deleted undoably, re-anchored with a new text. */
import { afterEach, describe, expect, it } from 'vitest'
import type { Article, Claim } from '@core/model'
import {
  claimsOfArticle,
  claimsOfArticles,
  claimsOfCase,
  dismissalKey,
  dismissalsOfArticle,
  StorageError,
  ValidationError,
  type ParallaxDb,
  type Repository
} from '../../src/renderer/src/db'
import { claimDraft, draft, dumpAll, freshDb, rejection, repoFor } from './db-helpers'

const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!()
})

const TEXT_A = 'At least 12 people were killed in Al-Qaim on Sunday, officials said. Dozens were wounded.'
const TEXT_B = 'Officials said 9 were killed in the town on Sunday.'

/** A case with two articles (ids id-2 and id-3) and nothing tagged yet. */
async function setup() {
  const fresh = freshDb()
  cleanups.push(fresh.cleanup)
  const repo = repoFor(fresh.db)
  const kase = await repo.createCase('Al-Qaim')
  const outcomes = await repo.importArticles(kase.id, [
    draft('Diyaruna report', TEXT_A),
    draft('Oman Observer', TEXT_B)
  ])
  const [a, b] = outcomes.map((o) => (o.status === 'imported' ? o.article : expect.unreachable()))
  return { ...fresh, repo, kase, a: a!, b: b! }
}

async function unchangedBy(db: ParallaxDb, act: () => Promise<unknown>): Promise<Error> {
  const before = await dumpAll(db)
  const error = await rejection(act())
  expect(await dumpAll(db)).toBe(before)
  return error
}

describe('createClaim', () => {
  it('stores the draft with the pinned id and clock, and returns what it stored', async () => {
    const { repo, db, a } = await setup()
    const created = await repo.createClaim(a.id, claimDraft(TEXT_A, 'At least 12 people were killed'))
    expect(created).toEqual({
      id: 'id-4',
      articleId: a.id,
      kind: 'casualty',
      anchor: {
        start: 0,
        end: 30,
        exact: 'At least 12 people were killed',
        prefix: '',
        suffix: ' in Al-Qaim on Sunday, officials'
      },
      value: { outcome: 'killed', min: 12 },
      origin: 'manual',
      status: 'unreviewed',
      note: '',
      tags: [],
      createdAt: '2024-01-01T00:00:02.000Z',
      updatedAt: '2024-01-01T00:00:02.000Z'
    })
    expect('orphan' in created).toBe(false)
    expect(await claimsOfArticle(db, a.id)).toEqual([created])
  })

  it('refuses an anchor outside the text, naming the article, and writes nothing', async () => {
    const { repo, db, b } = await setup()
    const outside = claimDraft(TEXT_A, 'Dozens were wounded') // offsets of TEXT_A, beyond the end of TEXT_B
    const error = await unchangedBy(db, () => repo.createClaim(b.id, outside))
    expect(error).toBeInstanceOf(ValidationError)
    expect(error.message).toBe(
      `The claim "Dozens were wounded" does not fit "Oman Observer": it spans 69–88, outside the text (${TEXT_B.length} characters long).`
    )
  })

  it('refuses an anchor whose quote is not what the text says there', async () => {
    const { repo, db, a } = await setup()
    const shifted = claimDraft(TEXT_A, 'killed in Al-Qaim')
    shifted.anchor = { ...shifted.anchor, start: shifted.anchor.start + 1, end: shifted.anchor.end + 1 }
    const error = await unchangedBy(db, () => repo.createClaim(a.id, shifted))
    expect(error).toBeInstanceOf(ValidationError)
    expect(error.message).toBe(
      'The claim "killed in Al-Qaim" does not fit "Diyaruna report": the text at 25–42 reads "illed in Al-Qaim ".'
    )
  })

  it.each([
    [
      'an outcome the casualty kind does not know',
      { value: { outcome: 'vanished', min: 1 } },
      /^The claim: value\.outcome: /
    ],
    ['a negative count', { value: { outcome: 'killed', min: -3 } }, /^The claim: value\.min: /],
    ['a casualty value under the date kind', { kind: 'date' }, /^The claim: value\.iso: .*value\.granularity/],
    ['an unknown kind', { kind: 'rumour' }, /^The claim: kind: /]
  ])('refuses %s, naming the field', async (_label, extra, message) => {
    const { repo, db, a } = await setup()
    const bad = { ...claimDraft(TEXT_A, '12 people'), ...extra } as Parameters<Repository['createClaim']>[1]
    const error = await unchangedBy(db, () => repo.createClaim(a.id, bad))
    expect(error).toBeInstanceOf(ValidationError)
    expect(error.message).toMatch(message)
  })

  it('says so when the article is gone', async () => {
    const { repo, db } = await setup()
    const error = await unchangedBy(db, () => repo.createClaim('missing', claimDraft(TEXT_A, '12 people')))
    expect(error).toBeInstanceOf(StorageError)
    expect((error as StorageError).kind).toBe('not-found')
  })

  it('accepts an orphan whose offsets are stale (they lie outside the text)', async () => {
    const { repo, db, b } = await setup()
    const orphan = await repo.createClaim(b.id, { ...claimDraft(TEXT_A, 'Dozens were wounded'), orphan: true })
    expect(orphan.orphan).toBe(true)
    expect(await db.claims.get(orphan.id)).toEqual(orphan)
  })
})

describe('createClaims', () => {
  it('writes all drafts in order with distinct ids', async () => {
    const { repo, db, a } = await setup()
    const created = await repo.createClaims(a.id, [
      claimDraft(TEXT_A, 'Dozens were wounded'),
      claimDraft(TEXT_A, '12 people')
    ])
    expect(created.map((c) => [c.id, c.anchor.exact])).toEqual([
      ['id-4', 'Dozens were wounded'],
      ['id-5', '12 people']
    ])
    expect((await claimsOfArticle(db, a.id)).map((c) => c.anchor.exact)).toEqual(['12 people', 'Dozens were wounded'])
  })

  it('is all or nothing: one bad draft among good ones writes nothing and is named', async () => {
    const { repo, db, a } = await setup()
    const bad = {
      ...claimDraft(TEXT_A, 'Al-Qaim'),
      value: { outcome: 'killed', min: 'twelve' }
    } as unknown as Parameters<Repository['createClaim']>[1]
    const drafts = [claimDraft(TEXT_A, '12 people'), bad, claimDraft(TEXT_A, 'Dozens')]
    const error = await unchangedBy(db, () => repo.createClaims(a.id, drafts))
    expect(error).toBeInstanceOf(ValidationError)
    expect(error.message).toMatch(/^Claim 2: value\.min: /)
    expect(await db.claims.count()).toBe(0)
  })

  it('is all or nothing when a later draft does not fit the text', async () => {
    const { repo, db, b } = await setup()
    const error = await unchangedBy(db, () =>
      repo.createClaims(b.id, [claimDraft(TEXT_B, '9 were killed'), claimDraft(TEXT_A, 'Dozens were wounded')])
    )
    expect(error.message).toMatch(/^The claim "Dozens were wounded" does not fit "Oman Observer"/)
    expect(await db.claims.count()).toBe(0)
  })
})

describe('updateClaim / putClaims', () => {
  it('returns before and after; putClaims(before) restores the library byte for byte', async () => {
    const { repo, db, a } = await setup()
    const created = await repo.createClaim(a.id, claimDraft(TEXT_A, '12 people'))
    const before = await dumpAll(db)
    const { before: old, after } = await repo.updateClaim(created.id, {
      status: 'disputed',
      note: 'AFP says 9',
      tags: ['toll']
    })
    expect(old).toEqual(created)
    expect(after).toMatchObject({
      ...created,
      status: 'disputed',
      note: 'AFP says 9',
      tags: ['toll'],
      updatedAt: '2024-01-01T00:00:03.000Z'
    })
    expect(await db.claims.get(created.id)).toEqual(after)
    expect(await dumpAll(db)).not.toBe(before)
    await repo.putClaims([JSON.parse(JSON.stringify(old)) as Claim])
    expect(await dumpAll(db)).toBe(before)
  })

  it('checks kind and value together', async () => {
    const { repo, db, a } = await setup()
    const created = await repo.createClaim(a.id, claimDraft(TEXT_A, 'on Sunday'))
    const error = await unchangedBy(db, () => repo.updateClaim(created.id, { kind: 'date' }))
    expect(error).toBeInstanceOf(ValidationError)
    expect(error.message).toMatch(/^The claim "on Sunday": value\.iso: /)
    const { after } = await repo.updateClaim(created.id, {
      kind: 'date',
      value: { iso: '2014-06-15', granularity: 'day', calendar: 'gregorian', text: 'Sunday' }
    })
    expect(after.kind).toBe('date')
    expect((await db.claims.get(created.id))?.value).toEqual({
      iso: '2014-06-15',
      granularity: 'day',
      calendar: 'gregorian',
      text: 'Sunday'
    })
  })

  it('re-validates a new anchor, and a new anchor clears orphan', async () => {
    const { repo, db, a } = await setup()
    const orphan = await repo.createClaim(a.id, { ...claimDraft(TEXT_A, '12 people'), orphan: true })
    const wrong = { ...claimDraft(TEXT_A, 'Al-Qaim').anchor, exact: 'Al-Qaem' }
    const error = await unchangedBy(db, () => repo.updateClaim(orphan.id, { anchor: wrong }))
    expect(error.message).toMatch(/reads "Al-Qaim"\.$/)
    const { after } = await repo.updateClaim(orphan.id, { anchor: claimDraft(TEXT_A, 'Al-Qaim').anchor })
    expect('orphan' in after).toBe(false)
    expect('orphan' in (await db.claims.get(orphan.id))!).toBe(false)
    const { after: again } = await repo.updateClaim(orphan.id, { orphan: true })
    expect(again.orphan).toBe(true)
  })

  it('refuses unknown fields and a missing claim', async () => {
    const { repo, db, a } = await setup()
    const created = await repo.createClaim(a.id, claimDraft(TEXT_A, '12 people'))
    const sneaky = { articleId: 'elsewhere' } as Parameters<Repository['updateClaim']>[1]
    expect(await unchangedBy(db, () => repo.updateClaim(created.id, sneaky))).toBeInstanceOf(ValidationError)
    expect(((await unchangedBy(db, () => repo.updateClaim('missing', { note: 'x' }))) as StorageError).kind).toBe(
      'not-found'
    )
  })

  it('dates the review when the status changes, keeps rating and address until the verdict changes, drops it when unreviewed', async () => {
    const { repo, db, a } = await setup()
    const created = await repo.createClaim(a.id, claimDraft(TEXT_A, '12 people'))
    const { after: disputed } = await repo.updateClaim(created.id, { status: 'disputed' })
    expect(disputed.review).toEqual({ reviewedAt: disputed.updatedAt })
    const { after: rated } = await repo.updateClaim(created.id, {
      review: { rating: 'Misleading', url: 'https://example.org/checks/12' }
    })
    expect(rated.review).toEqual({
      reviewedAt: disputed.updatedAt,
      rating: 'Misleading',
      url: 'https://example.org/checks/12'
    })
    const { after: note } = await repo.updateClaim(created.id, { note: 'still disputed', status: 'disputed' })
    expect(note.review).toEqual(rated.review)
    const { after: rejected } = await repo.updateClaim(created.id, { status: 'rejected' })
    expect(rejected.review).toEqual({ reviewedAt: rejected.updatedAt, url: 'https://example.org/checks/12' })
    expect(rejected.updatedAt > disputed.updatedAt).toBe(true)
    const { after: unreviewed } = await repo.updateClaim(created.id, { status: 'unreviewed' })
    expect('review' in unreviewed).toBe(false)
    const error = await unchangedBy(db, () => repo.updateClaim(created.id, { review: { rating: 'False' } }))
    expect(error.message).toBe(
      'The claim "12 people": an unreviewed claim has no review: mark it confirmed, disputed or rejected first'
    )
    const bad = await unchangedBy(db, () =>
      repo.updateClaim(created.id, { status: 'confirmed', review: { url: 'javascript:alert(1)' } })
    )
    expect(bad).toBeInstanceOf(ValidationError)
  })

  it('putClaims validates every record and writes none when one does not fit', async () => {
    const { repo, db, a } = await setup()
    const [one, two] = await repo.createClaims(a.id, [claimDraft(TEXT_A, '12 people'), claimDraft(TEXT_A, 'Dozens')])
    const error = await unchangedBy(db, () =>
      repo.putClaims([
        { ...one!, note: 'fine' },
        { ...two!, anchor: { ...two!.anchor, start: 0, end: 6 } }
      ])
    )
    expect(error.message).toBe('The claim "Dozens" does not fit "Diyaruna report": the text at 0–6 reads "At lea".')
  })
})

describe('deleteClaims / restoreClaims', () => {
  it('removes the claims and every link touching them (each once); restore brings both back exactly', async () => {
    const { repo, db, a, b } = await setup()
    const [a1, a2] = await repo.createClaims(a.id, [claimDraft(TEXT_A, '12 people'), claimDraft(TEXT_A, 'Dozens')])
    const [b1] = await repo.createClaims(b.id, [claimDraft(TEXT_B, '9 were killed')])
    const across = await repo.createLink({
      claimIds: [a1!.id, b1!.id],
      relation: 'conflict',
      origin: 'manual',
      reason: '12 vs 9'
    })
    const other = await repo.createLink({
      claimIds: [a2!.id, b1!.id],
      relation: 'related',
      origin: 'auto',
      reason: 'same day'
    })
    const before = await dumpAll(db)

    const snapshots = await repo.deleteClaims([a1!.id, b1!.id])
    expect(snapshots.map((s) => [s.claim.id, s.links.map((l) => l.id)])).toEqual([
      [a1!.id, [across.id]],
      [b1!.id, [other.id]]
    ])
    expect((await db.claims.toArray()).map((c) => c.id)).toEqual([a2!.id])
    expect(await db.links.count()).toBe(0)

    await repo.restoreClaims(JSON.parse(JSON.stringify(snapshots)))
    expect(await dumpAll(db)).toBe(before)
  })

  it('is one transaction: a missing id deletes nothing', async () => {
    const { repo, db, a } = await setup()
    const created = await repo.createClaim(a.id, claimDraft(TEXT_A, '12 people'))
    const error = await unchangedBy(db, () => repo.deleteClaims([created.id, 'missing']))
    expect((error as StorageError).kind).toBe('not-found')
  })

  it('will not restore a claim that no longer fits its article', async () => {
    const { repo, db, a } = await setup()
    const created = await repo.createClaim(a.id, claimDraft(TEXT_A, '12 people'))
    const snapshots = await repo.deleteClaims([created.id])
    const broken = [{ ...snapshots[0]!, claim: { ...created, anchor: { ...created.anchor, exact: '13 people' } } }]
    expect((await unchangedBy(db, () => repo.restoreClaims(broken))).message).toMatch(
      /^The claim "13 people" does not fit/
    )
  })
})

describe('replaceArticleText / restoreArticleText', () => {
  const NEW_A = 'Updated: at least 14 people were killed in Al-Qaim on Sunday, officials said.'

  async function tagged() {
    const ctx = await setup()
    const [toll, wounded] = await ctx.repo.createClaims(ctx.a.id, [
      claimDraft(TEXT_A, 'Al-Qaim on Sunday'),
      claimDraft(TEXT_A, 'Dozens were wounded')
    ])
    const [b1] = await ctx.repo.createClaims(ctx.b.id, [claimDraft(TEXT_B, '9 were killed')])
    await ctx.repo.createLink({
      claimIds: [toll!.id, b1!.id],
      relation: 'agree',
      origin: 'manual',
      reason: 'same place and day'
    })
    await ctx.repo.dismissSuggestion(ctx.a.id, { kind: 'date', exact: 'Sunday', start: 45 })
    return { ...ctx, toll: toll!, wounded: wounded! }
  }

  /** The caller's re-anchoring: `toll` found in the new text, `wounded` lost (orphan, stale offsets). */
  function reanchored(toll: Claim, wounded: Claim): Claim[] {
    return [
      { ...toll, anchor: { ...claimDraft(NEW_A, 'Al-Qaim on Sunday').anchor } },
      { ...wounded, orphan: true }
    ]
  }

  it('writes the new text and claims, and restore puts article and claims back byte for byte', async () => {
    const { repo, db, a, toll, wounded } = await tagged()
    const before = await dumpAll(db)
    const storedA = (await db.articles.get(a.id))!
    const replacement = await repo.replaceArticleText(
      a.id,
      { text: NEW_A, captions: ['A photo'], contentHash: 'hash:new' },
      reanchored(toll, wounded)
    )
    expect(replacement.before.article).toEqual(storedA)
    expect(replacement.before.claims.map((c) => c.id).sort()).toEqual([toll.id, wounded.id].sort())

    const now = (await db.articles.get(a.id))!
    expect(now).toEqual<Article>({
      ...storedA,
      text: NEW_A,
      captions: ['A photo'],
      contentHash: 'hash:new',
      updatedAt: '2024-01-01T00:00:06.000Z'
    })
    expect((await claimsOfArticle(db, a.id)).map((c) => [c.anchor.start, c.orphan ?? false])).toEqual([
      [NEW_A.indexOf('Al-Qaim'), false],
      [wounded.anchor.start, true]
    ])

    await repo.restoreArticleText(JSON.parse(JSON.stringify(replacement)))
    expect(await dumpAll(db)).toBe(before)
  })

  it('keeps sourceName unless a new one is given', async () => {
    const { repo, db, a, toll, wounded } = await tagged()
    await repo.replaceArticleText(a.id, { text: NEW_A, captions: [], contentHash: 'h2' }, reanchored(toll, wounded))
    expect((await db.articles.get(a.id))?.sourceName).toBe('Diyaruna report.txt')
    await repo.replaceArticleText(a.id, { text: NEW_A, captions: [], contentHash: 'h3', sourceName: 'v2.html' }, [])
    expect((await db.articles.get(a.id))?.sourceName).toBe('v2.html')
  })

  it('changes nothing when a claim passed does not fit the new text', async () => {
    const { repo, db, a, toll, wounded } = await tagged()
    const stale = [toll, { ...wounded, orphan: true }] // toll still carries its offsets into the OLD text
    const error = await unchangedBy(db, () =>
      repo.replaceArticleText(a.id, { text: NEW_A, captions: [], contentHash: 'h' }, stale)
    )
    expect(error).toBeInstanceOf(ValidationError)
    expect(error.message).toMatch(
      /^The claim "Al-Qaim on Sunday" does not fit "Diyaruna report": the new text at 34–51 reads /
    )
  })

  it('changes nothing when a claim left out does not fit the new text', async () => {
    const { repo, db, a, toll } = await tagged()
    const onlyToll = [{ ...toll, anchor: claimDraft(NEW_A, 'Al-Qaim on Sunday').anchor }]
    const error = await unchangedBy(db, () =>
      repo.replaceArticleText(a.id, { text: NEW_A, captions: [], contentHash: 'h' }, onlyToll)
    )
    expect(error.message).toMatch(
      /^The claim "Dozens were wounded" does not fit "Diyaruna report": it spans 69–88, outside the new text/
    )
  })

  it('refuses a claim of another article', async () => {
    const { repo, db, a, b } = await tagged()
    const [foreign] = await claimsOfArticles(db, [b.id])
    const error = await unchangedBy(db, () =>
      repo.replaceArticleText(a.id, { text: NEW_A, captions: [], contentHash: 'h' }, [foreign!])
    )
    expect(error.message).toBe('The claim "9 were killed" is not a claim of this article.')
  })
})

describe('dismissals', () => {
  it('are idempotent both ways and keyed by article, kind, quote and start', async () => {
    const { repo, db, a } = await setup()
    const s = { kind: 'casualty', exact: '12 people', start: 9 } as const
    await repo.dismissSuggestion(a.id, s)
    const first = await dumpAll(db)
    await repo.dismissSuggestion(a.id, s)
    expect(await dumpAll(db)).toBe(first)
    expect(await dismissalsOfArticle(db, a.id)).toEqual(new Set([dismissalKey(a.id, 'casualty', '12 people', 9)]))
    expect(dismissalKey(a.id, 'casualty', '12 people', 9)).toBe(`${a.id}|casualty|12 people|9`)
    expect(await db.dismissals.get(dismissalKey(a.id, 'casualty', '12 people', 9))).toEqual({
      id: `${a.id}|casualty|12 people|9`,
      articleId: a.id,
      kind: 'casualty',
      exact: '12 people',
      start: 9,
      createdAt: '2024-01-01T00:00:02.000Z'
    })
    await repo.undismissSuggestion(a.id, s)
    await repo.undismissSuggestion(a.id, s)
    expect(await dismissalsOfArticle(db, a.id)).toEqual(new Set())
  })

  it('refuse a suggestion for a missing article or with an empty quote', async () => {
    const { repo, db, a } = await setup()
    expect(
      (
        (await unchangedBy(db, () =>
          repo.dismissSuggestion('gone', { kind: 'date', exact: 'Sunday', start: 1 })
        )) as StorageError
      ).kind
    ).toBe('not-found')
    expect(
      await unchangedBy(db, () => repo.dismissSuggestion(a.id, { kind: 'date', exact: '', start: 1 }))
    ).toBeInstanceOf(ValidationError)
  })

  it('go with a deleted article and come back with its undo', async () => {
    const { repo, db, a, b } = await setup()
    await repo.dismissSuggestion(a.id, { kind: 'date', exact: 'Sunday', start: 45 })
    await repo.dismissSuggestion(b.id, { kind: 'casualty', exact: '9', start: 15 })
    const before = await dumpAll(db)
    const [snapshot] = await repo.deleteArticles([a.id])
    expect(snapshot!.dismissals.map((d) => d.exact)).toEqual(['Sunday'])
    expect((await db.dismissals.toArray()).map((d) => d.articleId)).toEqual([b.id])
    await repo.restoreArticles(JSON.parse(JSON.stringify([snapshot])))
    expect(await dumpAll(db)).toBe(before)
  })

  it('go with a deleted case and come back with its undo', async () => {
    const { repo, db, a, b, kase } = await setup()
    await repo.dismissSuggestion(a.id, { kind: 'date', exact: 'Sunday', start: 45 })
    await repo.dismissSuggestion(b.id, { kind: 'casualty', exact: '9', start: 15 })
    const before = await dumpAll(db)
    const snapshot = await repo.deleteCase(kase.id)
    expect(snapshot.dismissals).toHaveLength(2)
    expect(await db.dismissals.count()).toBe(0)
    await repo.restoreCase(JSON.parse(JSON.stringify(snapshot)))
    expect(await dumpAll(db)).toBe(before)
  })

  it('are not part of the bundle', async () => {
    const { repo, db, a } = await setup()
    const bundle = JSON.stringify(await repo.exportBundle())
    await repo.dismissSuggestion(a.id, { kind: 'date', exact: 'Sunday', start: 45 })
    expect(await db.dismissals.count()).toBe(1)
    expect(JSON.stringify(await repo.exportBundle())).toBe(bundle)
  })
})

describe('claimsOfArticles / claimsOfCase', () => {
  it('list a case’s claims article by article in case order, each in text order with orphans last', async () => {
    const { repo, db, a, b, kase } = await setup()
    await repo.createClaims(b.id, [claimDraft(TEXT_B, 'on Sunday'), claimDraft(TEXT_B, 'Officials said')])
    await repo.createClaims(a.id, [
      { ...claimDraft(TEXT_A, 'At least'), orphan: true },
      claimDraft(TEXT_A, 'Dozens were wounded'),
      claimDraft(TEXT_A, '12 people')
    ])
    const expected = [
      [a.id, '12 people'],
      [a.id, 'Dozens were wounded'],
      [a.id, 'At least'],
      [b.id, 'Officials said'],
      [b.id, 'on Sunday']
    ]
    const shape = (claims: Claim[]) => claims.map((c) => [c.articleId, c.anchor.exact])
    expect(shape(await claimsOfCase(db, kase.id))).toEqual(expected)
    expect(shape(await claimsOfArticles(db, [b.id, a.id]))).toEqual([...expected.slice(3), ...expected.slice(0, 3)])
    expect(shape(await claimsOfArticle(db, a.id))).toEqual(expected.slice(0, 3))
    expect(await claimsOfCase(db, 'missing')).toEqual([])
    expect(await claimsOfArticles(db, [])).toEqual([])
  })
})
