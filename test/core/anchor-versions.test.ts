/** A newer version of an article: which stored article it replaces, and where its claims go. */
import { describe, expect, it } from 'vitest'
import { anchorAt, previousVersion, reanchorClaims } from '@core/anchor'
import { claimFromDraft, type Article, type ArticleDraft, type Claim } from '@core/model'

const stored = (over: Partial<Article>): Article =>
  ({ id: 'a', url: '', sourceName: 'report.txt', sourceFormat: 'text', contentHash: 'h1', ...over }) as Article
const draft = (over: Partial<ArticleDraft>) => ({ url: '', sourceName: 'report.txt', contentHash: 'h2', ...over })

describe('previousVersion: the re-import rule', () => {
  it('a file of the same name with another text is a newer version', () => {
    expect(previousVersion([stored({ id: 'x', sourceName: 'other.txt' }), stored({})], draft({}))?.id).toBe('a')
  })

  it('the same text again is no new version (the import skips it as a duplicate)', () => {
    expect(previousVersion([stored({})], draft({ contentHash: 'h1' }))).toBeUndefined()
  })

  it('the same web address is a newer version whatever the file name', () => {
    const page = stored({ url: 'https://example.org/story', sourceName: 'story.html', sourceFormat: 'html' })
    expect(previousVersion([page], draft({ url: 'https://example.org/story', sourceName: 'saved.html' }))).toBe(page)
  })

  it('pasted texts are never versions of each other by name, and no address matches an empty one', () => {
    const pasted = stored({ sourceName: 'Pasted text', sourceFormat: 'paste' })
    expect(previousVersion([pasted], draft({ sourceName: 'Pasted text' }))).toBeUndefined()
    expect(previousVersion([stored({ sourceName: 'a.txt' })], draft({ sourceName: 'b.txt' }))).toBeUndefined()
  })
})

describe('reanchorClaims: the claims follow the new text', () => {
  const pad = 'The town lies in the valley and its market is held each week in the square by the river. '
  const old = `Officials said 12 people were killed. ${pad}Police arrived later. ${pad}The road was closed on Friday.`
  const claimAt = (id: string, exact: string, extra: Partial<Claim> = {}): Claim => {
    const start = old.indexOf(exact)
    const anchor = anchorAt(old, start, start + exact.length)
    const c = claimFromDraft(
      { kind: 'other', anchor, value: { text: exact }, origin: 'manual', status: 'unreviewed', note: '', tags: [] },
      { id, articleId: 'a' },
      ''
    )
    return { ...c, ...extra } as Claim
  }

  it('keeps, moves or orphans each claim and counts them', () => {
    const text = `Update: Officials said 12 people were killed. ${pad}${pad}The road was closed on Friday.`
    const claims = [
      claimAt('k', 'Officials said'),
      claimAt('gone', 'Police arrived later'),
      claimAt('m', 'closed on Friday')
    ]
    const { claims: next, summary } = reanchorClaims(text, claims)
    const byId = new Map(next.map((c) => [c.id, c]))
    expect(summary.kept + summary.moved).toBe(2)
    expect(summary.orphaned).toBe(1)
    expect(byId.get('gone')!.orphan).toBe(true)
    for (const id of ['k', 'm']) {
      const c = byId.get(id)!
      expect(c.orphan).toBeUndefined()
      expect(text.slice(c.anchor.start, c.anchor.end)).toBe(c.anchor.exact)
    }
  })

  it('an unchanged text keeps every claim where it was; an orphan stays an orphan and is not dropped', () => {
    const claims = [claimAt('k', 'Officials said'), claimAt('o', 'Police arrived later', { orphan: true })]
    const { claims: next, summary } = reanchorClaims(old, claims)
    expect(summary).toEqual({ kept: 1, moved: 0, orphaned: 1 })
    expect(next.map((c) => [c.id, c.orphan ?? false])).toEqual([
      ['k', false],
      ['o', true]
    ])
  })
})
