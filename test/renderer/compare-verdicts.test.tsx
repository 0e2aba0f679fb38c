/**
 * The verdicts panel and the journalist's word on a verdict, with a fake comparison: rows in triage
 * order with counts, filters, keyboard, the overrule menu, and the manual links it stores (kept by
 * the merge, undone by undo), including a verdict on a pending suggestion, which is accepted first.
 */
import { fireEvent, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Article, Claim, Comparison } from '@core/model'
import { applyChange } from '../../src/renderer/src/app/storeChanges'
import { UndoHistory } from '../../src/renderer/src/app/undo'
import { NOT_SAME_REASON, setRelation } from '../../src/renderer/src/compare/overrule'
import { VerdictsPanel } from '../../src/renderer/src/compare/VerdictsPanel'
import { connectorsOf, mergeLinks, pairKey, verdictRows, type VerdictRow } from '../../src/renderer/src/compare/view'
import { linksOfCase } from '../../src/renderer/src/db'
import { freshDb, pinned, repoFor } from './db-helpers'

const NOW = '2024-01-01T00:00:00.000Z'
const article = (id: string, outlet: string, text: string): Article =>
  ({
    id,
    caseId: 'case',
    title: `${outlet} story`,
    outlet,
    byline: '',
    url: '',
    lang: 'en',
    dir: 'ltr',
    text,
    captions: [],
    sourceFormat: 'text',
    sourceName: `${id}.txt`,
    contentHash: id,
    importedAt: NOW,
    updatedAt: NOW
  }) as Article

const A = article(
  'a',
  'Diyaruna',
  'Strikes killed 12 leaders on July 29. Officials said the raid was on June 3. A convoy was hit.'
)
const B = article(
  'b',
  'Wire',
  'Strikes killed 15 leaders on July 28. The ministry said the raid was on June 3. Nothing else.'
)

function claim(id: string, on: Article, exact: string, kind: Claim['kind'] = 'other'): Claim {
  const start = on.text.indexOf(exact)
  return {
    id,
    articleId: on.id,
    kind,
    anchor: { start, end: start + exact.length, exact, prefix: '', suffix: '' },
    value: kind === 'other' ? { text: exact } : undefined,
    origin: 'manual',
    status: 'unreviewed',
    note: '',
    tags: [],
    createdAt: NOW,
    updatedAt: NOW
  } as Claim
}

const claims = [
  claim('a-killed', A, 'killed 12 leaders'),
  claim('b-killed', B, 'killed 15 leaders'),
  claim('a-july', A, 'July 29'),
  claim('b-july', B, 'July 28'),
  claim('a-said', A, 'Officials said'),
  claim('b-said', B, 'The ministry said'),
  claim('a-june', A, 'June 3'),
  claim('b-june', B, 'June 3'),
  claim('a-convoy', A, 'A convoy was hit')
]
const byId = new Map(claims.map((c) => [c.id, c]))
const match = (x: string, y: string, verdict: Comparison['matches'][number]['verdict'], reason: string) =>
  ({ claimIds: [x, y], articleIds: ['a', 'b'], verdict, reason, score: 0.9 }) as Comparison['matches'][number]

const comparison: Comparison = {
  articleIds: ['a', 'b'],
  pairs: [
    {
      articleIds: ['a', 'b'],
      passages: [{ a: { start: 0, end: 37 }, b: { start: 0, end: 37 }, score: 0.8 }],
      partial: false
    }
  ],
  matches: [
    match('a-june', 'b-june', 'agree', '3 vs 3 June'),
    match('a-said', 'b-said', 'different-source', 'officials vs ministry'),
    match('a-july', 'b-july', 'conflict', '29 vs 28 July'),
    match('a-killed', 'b-killed', 'conflict', '12 vs 15 killed')
  ],
  onlyIn: [{ claimId: 'a-convoy', articleId: 'a' }],
  entities: [],
  facts: [],
  partial: false
}

function panel(rows: VerdictRow[], overrides: Partial<Parameters<typeof VerdictsPanel>[0]> = {}) {
  const props = {
    rows,
    articles: [A, B],
    scope: 'view' as const,
    onScope: vi.fn(),
    selectedKey: null,
    onSelect: vi.fn(),
    diffOpen: new Set<string>(),
    onToggleDiff: vi.fn(),
    passagesOf: () => ({ a: 'Strikes killed 12 leaders', b: 'Strikes killed 15 leaders' }),
    onOverrule: vi.fn(),
    busy: false,
    pending: false,
    partial: false,
    timing: null,
    ...overrides
  }
  render(<VerdictsPanel {...props} />)
  return props
}

const listed = () => Array.from(document.querySelectorAll<HTMLElement>('.verdict-row')).map((r) => r.dataset.verdict)

describe('verdict rows', () => {
  it('come in triage order: conflicts, different source, compatible, agree, related, only in one', () => {
    const rows = verdictRows(mergeLinks(comparison, [], byId), byId, ['a', 'b'], ['a', 'b'])
    expect(rows.map((r) => r.verdict)).toEqual(['conflict', 'conflict', 'different-source', 'agree', 'only-in-one'])
    // within a verdict, in text order of the left article
    expect(rows.slice(0, 2).map((r) => r.reason)).toEqual(['12 vs 15 killed', '29 vs 28 July'])
  })

  it('are oriented to the panes when the right article comes first in the case', () => {
    const rows = verdictRows(mergeLinks(comparison, [], byId), byId, ['a', 'b'], ['b', 'a'])
    expect(rows[0]!.a.articleId).toBe('b')
    expect(rows[0]!.b!.articleId).toBe('a')
  })

  it('take a manual link over compare, and a manual link for an unmatched pair adds a row', () => {
    const links = [
      {
        id: 'l1',
        claimIds: ['b-july', 'a-july'] as [string, string],
        relation: 'compatible' as const,
        origin: 'manual' as const,
        reason: 'Set by hand: compatible',
        createdAt: NOW
      },
      {
        id: 'l2',
        claimIds: ['a-convoy', 'b-said'] as [string, string],
        relation: 'related' as const,
        origin: 'manual' as const,
        reason: NOT_SAME_REASON,
        createdAt: NOW
      }
    ]
    const merged = mergeLinks(comparison, links, byId)
    const july = merged.find((m) => pairKey(...m.claimIds) === pairKey('a-july', 'b-july'))!
    expect(july).toMatchObject({
      verdict: 'compatible',
      manual: true,
      linkId: 'l1',
      auto: { verdict: 'conflict', reason: '29 vs 28 July' }
    })
    // b-said is bound by hand to a-convoy: compare's different-source pairing of it retires
    expect(merged.some((m) => m.claimIds.includes('a-said'))).toBe(false)
    const rows = verdictRows(merged, byId, ['a', 'b'], ['a', 'b'])
    expect(rows.map((r) => r.verdict)).toEqual(['conflict', 'compatible', 'agree', 'related', 'only-in-one'])
    expect(rows.find((r) => r.verdict === 'only-in-one')!.a.claimId).toBe('a-said')
  })

  it('colour each aligned passage by its worst verdict, and give judged claims outside passages a connector of their own', () => {
    const rows = verdictRows(mergeLinks(comparison, [], byId), byId, ['a', 'b'], ['a', 'b'])
    const connectors = connectorsOf(comparison, 'a', 'b', rows)
    expect(connectors.map((c) => c.verdict)).toEqual(['conflict', 'different-source', 'agree'])
    expect(connectors[0]!.rowKeys).toHaveLength(2)
  })
})

describe('the verdicts panel', () => {
  const rows = verdictRows(mergeLinks(comparison, [], byId), byId, ['a', 'b'], ['a', 'b'])

  afterEach(() => vi.restoreAllMocks())

  it('counts per verdict at the top, with the non-colour symbols; a count filters', async () => {
    panel(rows)
    const counts = screen.getByRole('group', { name: /Counts per verdict/ })
    expect(within(counts).getByRole('button', { name: '2 Conflict' })).toHaveTextContent('≠2 Conflict')
    expect(within(counts).getByRole('button', { name: '1 Different source' })).toHaveTextContent('⇄')
    expect(within(counts).getByRole('button', { name: '0 Compatible' })).toBeInTheDocument()
    expect(listed()).toEqual(['conflict', 'conflict', 'different-source', 'agree', 'only-in-one'])
    await userEvent.click(within(counts).getByRole('button', { name: '1 Agree' }))
    expect(listed()).toEqual(['agree'])
  })

  it('shows both quotes with their outlets, the reason and a manual badge', () => {
    const manual = rows.map((r) =>
      r.reason === '29 vs 28 July'
        ? { ...r, manual: true, verdict: 'compatible' as const, reason: 'Set by hand: compatible' }
        : r
    )
    panel(manual)
    const row = document.querySelector<HTMLElement>('.verdict-row[data-verdict="conflict"]')!
    expect(row).toHaveTextContent('12 vs 15 killed')
    expect(row).toHaveTextContent('“killed 12 leaders”— Diyaruna')
    expect(row).toHaveTextContent('“killed 15 leaders”— Wire')
    expect(document.querySelector('.verdict-row[data-verdict="compatible"] .manual-badge')).toHaveTextContent('manual')
  })

  it('moves through the rows with ↑/↓ and opens the word diff with Enter', () => {
    const props = panel(rows, { selectedKey: rows[0]!.key })
    const list = screen.getByRole('list', { name: /Verdicts/ })
    fireEvent.keyDown(list, { key: 'ArrowDown' })
    expect(props.onSelect).toHaveBeenCalledWith(rows[1])
    fireEvent.keyDown(list, { key: 'Enter' })
    expect(props.onToggleDiff).toHaveBeenCalledWith(rows[0])
  })

  it('renders the word diff with <del>/<ins> and bracket cues', () => {
    panel(rows, { diffOpen: new Set([rows[0]!.key]) })
    const diff = document.querySelector('.word-diff')!
    expect(diff.querySelector('p del')).toHaveTextContent('12')
    expect(diff.querySelector('p ins')).toHaveTextContent('15')
    expect(diff.querySelector('p del')).toHaveAccessibleName('only in Diyaruna: 12')
  })

  it('offers the relations, "not the same fact" and, for a manual verdict, "back to automatic"', async () => {
    const props = panel(rows)
    const first = document.querySelector<HTMLElement>('.verdict-row')!
    await userEvent.click(within(first).getByRole('button', { name: 'Overrule…' }))
    const menu = screen.getByRole('menu', { name: 'Set the verdict' })
    expect(
      within(menu)
        .getAllByRole('menuitemradio')
        .map((b) => b.textContent)
    ).toEqual(['=Agree', '≈Compatible', '≠Conflict', '⇄Different source', '∼Related', '✕Not the same fact'])
    expect(within(menu).getByRole('menuitemradio', { name: 'Conflict' })).toHaveAttribute('aria-checked', 'true')
    await userEvent.click(within(menu).getByRole('menuitemradio', { name: 'Agree' }))
    expect(props.onOverrule).toHaveBeenCalledWith(rows[0], 'agree')
    expect(screen.queryByRole('menu')).toBeNull()
  })
})

describe('setting a verdict by hand', () => {
  async function setUp() {
    const store = freshDb()
    const repo = repoFor(store.db, pinned())
    const kase = await repo.createCase('Case')
    const [ia, ib] = await repo.importArticles(
      kase.id,
      [A, B].map(({ id: _i, caseId: _c, importedAt: _t, ...draft }) => draft as never)
    )
    const a = (ia as { article: Article }).article
    const b = (ib as { article: Article }).article
    const draft = (c: Claim) => {
      const { id: _i, articleId: _a, createdAt: _c, updatedAt: _u, ...d } = c
      return d as never
    }
    const [x] = await repo.createClaims(a.id, [draft(claim('x', A, 'killed 12 leaders', 'other'))])
    const [y] = await repo.createClaims(b.id, [draft(claim('y', B, 'killed 15 leaders', 'other'))])
    // the history applies its recorded store changes to this store, as the reader connects it
    const undo = new UndoHistory()
    undo.connect((change) => applyChange(repo, change))
    return { store, repo, kase, a, b, x: x!, y: y!, undo }
  }

  it('stores a manual link with the reason, replaces it, gives it back to compare, and undoes each step', async () => {
    const { store, repo, kase, x, y, undo } = await setUp()
    const links = () => linksOfCase(store.db, kase.id)
    await setRelation({ repo, undo }, x, y, 'agree', { replacing: [], auto: { reason: '12 vs 15 killed' } })
    expect(await links()).toMatchObject([
      {
        claimIds: [x.id, y.id],
        relation: 'agree',
        origin: 'manual',
        reason: 'Set by hand: agree (compare said: 12 vs 15 killed)'
      }
    ])
    const first = (await links())[0]!
    await setRelation({ repo, undo }, x, y, 'not-same', { replacing: [first.id] })
    expect(await links()).toMatchObject([{ relation: 'related', origin: 'manual', reason: NOT_SAME_REASON }])
    await undo.undo()
    expect((await links()).map((l) => l.id)).toEqual([first.id])
    await setRelation({ repo, undo }, x, y, 'automatic', { replacing: [first.id] })
    expect(await links()).toEqual([])
    await undo.undo()
    expect((await links()).map((l) => l.id)).toEqual([first.id])
    await store.cleanup()
  })

  it('accepts a pending suggestion before linking it, and undo takes both back', async () => {
    const { store, repo, kase, a, y, undo } = await setUp()
    const pending = {
      ...claim('s:whatever', A, 'July 29', 'other'),
      id: `s:${a.id}:other:1:2`,
      articleId: a.id,
      origin: 'suggested' as const
    }
    const ids = await setRelation({ repo, undo }, pending, y, 'conflict', { replacing: [] })
    expect(ids[0]).not.toMatch(/^s:/)
    const stored = await store.db.claims.get(ids[0])
    expect(stored).toMatchObject({ origin: 'suggested', anchor: { exact: 'July 29' } })
    expect(await linksOfCase(store.db, kase.id)).toMatchObject([
      { claimIds: ids, relation: 'conflict', origin: 'manual' }
    ])
    await undo.undo()
    expect(await store.db.claims.get(ids[0])).toBeUndefined()
    expect(await linksOfCase(store.db, kase.id)).toEqual([])
    await store.cleanup()
  })
})
