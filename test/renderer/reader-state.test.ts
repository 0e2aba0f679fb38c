/**
 * The reader's commands as plain functions (app/reader.ts, app/panes.ts), without React or a
 * store: which articles sit side by side, what an import shows, and what each edit records for
 * undo and tells the journalist.
 */
import { describe, expect, it } from 'vitest'
import type { Article, Case } from '@core/model'
import { initialReader, perform, type ReaderEffect, type ReaderState } from '../../src/renderer/src/app/reader'
import { resolvePanes } from '../../src/renderer/src/app/panes'
import type { ImportReport } from '../../src/renderer/src/app/importing'

const article = (id: string, title = `Article ${id}`) =>
  ({ id, title, outlet: 'Outlet', byline: '', url: '', publishedAt: '2016-07-29' }) as Article
const kase = (id: string, name: string, articleIds: string[] = []) => ({ id, name, articleIds }) as unknown as Case
const [a, b, c] = [article('a'), article('b'), article('c')]
const open: ReaderState = { ...initialReader, ready: true, caseId: 'k', panes: { left: 'a', right: 'b' } }
const report = (imported: Article[], more: Partial<ImportReport> = {}): ImportReport => ({
  imported,
  replaced: [],
  skipped: [],
  failed: [],
  warnings: [],
  ...more
})
const ofKind = <K extends ReaderEffect['kind']>(effects: ReaderEffect[], kind: K) =>
  effects.filter((e): e is Extract<ReaderEffect, { kind: K }> => e.kind === kind)

describe('the panes', () => {
  it('choosing the article the other pane shows swaps the two, never showing one article twice', () => {
    const { state, effects } = perform(open, { kind: 'choose-pane', side: 'left', articleId: 'b' }, [a, b, c])
    expect(state.panes).toEqual({ left: 'b', right: 'a' })
    expect(effects).toEqual([{ kind: 'save-setting', key: 'panes:k', value: { left: 'b', right: 'a' } }])
  })

  it('choosing another article replaces only that pane', () => {
    expect(perform(open, { kind: 'choose-pane', side: 'right', articleId: 'c' }, [a, b, c]).state.panes).toEqual({
      left: 'a',
      right: 'c'
    })
  })

  it('swap exchanges what the panes show, as resolved (a stored choice of a deleted article falls back)', () => {
    const stale = { ...open, panes: { left: 'gone', right: 'c' } }
    expect(perform(stale, { kind: 'swap-panes' }, [a, b, c]).state.panes).toEqual({ left: 'c', right: 'a' })
  })

  it('an article picked in the library comes in on the right; one already shown changes nothing', () => {
    expect(perform(open, { kind: 'show-article', articleId: 'c' }, [a, b, c]).state.panes).toEqual({
      left: 'a',
      right: 'c'
    })
    const same = perform(open, { kind: 'show-article', articleId: 'b' }, [a, b, c])
    expect(same.state).toBe(open)
    expect(same.effects).toEqual([])
  })

  it('one article is never resolved into both panes', () => {
    expect(resolvePanes([a, b], { left: 'a', right: 'a' })).toEqual({ left: a, right: b })
    expect(resolvePanes([a], { left: 'a', right: 'a' })).toEqual({ left: a, right: undefined })
  })
})

describe('opening a case', () => {
  it('shows the panes stored for it and remembers it as the last case', () => {
    const { state, effects } = perform(open, { kind: 'open-case', caseId: 'k2', saved: { left: 'x', right: 'y' } })
    expect(state).toMatchObject({ caseId: 'k2', panes: { left: 'x', right: 'y' } })
    expect(effects).toEqual([{ kind: 'save-setting', key: 'lastCaseId', value: 'k2' }])
  })

  it('panes asked for are shown and stored for the case', () => {
    const { effects } = perform(open, { kind: 'open-case', caseId: 'k2', show: { left: 'x', right: null } })
    expect(effects[0]).toEqual({ kind: 'save-setting', key: 'panes:k2', value: { left: 'x', right: null } })
  })
})

describe('imports', () => {
  it('show the newest article beside the one on the left, ask for suggestions when on, and undo as one step', () => {
    const { state, effects } = perform(open, {
      kind: 'imported',
      target: kase('k', 'Case'),
      report: report([c]),
      articles: [a, b, c],
      asked: true
    })
    expect(state.panes).toEqual({ left: 'a', right: 'c' })
    expect(ofKind(effects, 'suggest-for')).toEqual([{ kind: 'suggest-for', articleIds: ['c'] }])
    expect(ofKind(effects, 'record').map((e) => e.entry)).toEqual([
      { label: 'Import “Article c”', change: { kind: 'delete-articles', articleIds: ['c'] } }
    ])
    expect(ofKind(effects, 'notice')[0]!.notice.tone).toBe('success')
  })

  it('of one article into an empty case: it goes on the left, alone', () => {
    const { state } = perform(open, {
      kind: 'imported',
      target: kase('k3', 'Empty'),
      report: report([c]),
      articles: [c],
      asked: false
    })
    expect(state.panes).toEqual({ left: 'c', right: null })
  })

  it('into a case not open: its first article on the left, the newest beside it, no suggestions unasked', () => {
    const { state, effects } = perform(open, {
      kind: 'imported',
      target: kase('k2', 'Other'),
      report: report([b, c]),
      articles: [b, c],
      asked: false
    })
    expect(state).toMatchObject({ caseId: 'k2', panes: { left: 'b', right: 'c' } })
    expect(ofKind(effects, 'suggest-for')).toEqual([])
    expect(ofKind(effects, 'record')[0]!.entry.label).toBe('Import 2 articles')
  })

  it('a refused file alone changes no panes and records nothing, and says why as an error', () => {
    const failed = report([], { failed: [{ name: 'x.bin', reason: 'not text' }] })
    const { state, effects } = perform(open, {
      kind: 'imported',
      target: kase('k', 'Case'),
      report: failed,
      articles: [],
      asked: true
    })
    expect(state).toBe(open)
    expect(effects).toHaveLength(1)
    expect(effects[0]).toMatchObject({ kind: 'notice', notice: { tone: 'error', details: ['x.bin: not text'] } })
  })
})

describe('edits record their undo as data', () => {
  it('a new case opens, closes the dialog, and undoes by deleting it', () => {
    const dialog = { ...open, dialog: { kind: 'new-case' as const } }
    const { state, effects } = perform(dialog, { kind: 'case-created', kase: kase('n', 'Fresh') })
    expect(state).toMatchObject({ caseId: 'n', dialog: null, panes: { left: null, right: null } })
    expect(ofKind(effects, 'record')[0]!.entry).toEqual({
      label: 'New case “Fresh”',
      change: { kind: 'delete-case', caseId: 'n' }
    })
  })

  it('a rename undoes to the former name', () => {
    const { effects } = perform(open, { kind: 'case-renamed', kase: kase('k', 'Old'), name: 'New' })
    expect(effects).toEqual([
      {
        kind: 'record',
        entry: { label: 'Rename case to “New”', change: { kind: 'rename-case', caseId: 'k', from: 'New', to: 'Old' } }
      }
    ])
  })

  it('a deleted case undoes by restoring its snapshot, and the notice offers Undo', () => {
    const snapshot = { case: kase('k', 'Gone', ['a', 'b']), articles: [], claims: [], links: [], dismissals: [] }
    const { effects } = perform(open, { kind: 'case-deleted', kase: snapshot.case, snapshot })
    expect(ofKind(effects, 'record')[0]!.entry.change).toEqual({ kind: 'restore-case', snapshot })
    expect(ofKind(effects, 'notice')[0]).toEqual({
      kind: 'notice',
      notice: { tone: 'info', message: 'Deleted case “Gone” and its 2 articles.' },
      undo: true
    })
  })

  it('edited details undo to the details as they were', () => {
    const metadata = { title: 'Better title', outlet: 'Outlet', byline: '', url: '', publishedAt: '' }
    const { effects } = perform(open, { kind: 'article-edited', article: a, metadata })
    const change = ofKind(effects, 'record')[0]!.entry.change
    expect(change).toEqual({
      kind: 'edit-article',
      articleId: 'a',
      from: metadata,
      to: { title: 'Article a', outlet: 'Outlet', byline: '', url: '', publishedAt: '2016-07-29' }
    })
  })
})
