// The export commands' plain parts (export/reports.ts, bundles.ts), without React.
import { describe, expect, it } from 'vitest'
import { DEFAULT_SCALE } from '@core/report'
import { firstCase, importEntry } from '../../src/renderer/src/export/bundles'
import { applyChange } from '../../src/renderer/src/app/storeChanges'
import { profileFor, scopeFor } from '../../src/renderer/src/export/ExportDialog'
import { savedMessage, savedReportNotice, scopeName } from '../../src/renderer/src/export/reports'

describe('saying a saved report', () => {
  it('a report with no gaps is a success; with gaps, the first eight are named and the rest counted', () => {
    expect(savedReportNotice('Saved.', [])).toEqual({ tone: 'success', message: 'Saved.', details: undefined })
    const gaps = Array.from({ length: 10 }, (_, i) => `gap ${i + 1}`)
    const notice = savedReportNotice('Saved.', gaps)
    expect(notice.tone).toBe('info')
    expect(notice.message).toBe('Saved. Some reviews miss what a publisher needs:')
    expect(notice.details).toEqual([...gaps.slice(0, 8), 'and 2 more'])
  })

  it('the browser downloads, the app saves', () => {
    expect(savedMessage('browser', 'Markdown report', 'x.md')).toBe('Downloaded the Markdown report as x.md.')
    expect(savedMessage('electron', 'Markdown report', '/tmp/x.md')).toBe('Saved the Markdown report to /tmp/x.md.')
  })

  it('a file is named after its case, and its article for a one-article report', () => {
    const input = {
      cases: [{ name: 'Qaim' }],
      articles: [{ outlet: 'Reuters', title: 'T', url: '', fileName: '' }]
    } as any
    expect(scopeName(input, { kind: 'case', caseId: 'c' })).toEqual({ caseName: 'Qaim', article: undefined })
    expect(scopeName(input, { kind: 'article', caseId: 'c', articleId: 'a' })).toEqual({
      caseName: 'Qaim',
      article: 'Reuters'
    })
    expect(scopeName({ cases: [], articles: [] }, { kind: 'case', caseId: 'c' }).caseName).toBe('Parallax')
  })
})

describe('bundles', () => {
  it('a restored library opens on its first case by name', () => {
    expect(firstCase([{ name: 'Zawiya' }, { name: 'Aleppo' }] as any)?.name).toBe('Aleppo')
    expect(firstCase([])).toBeUndefined()
  })

  it('an import’s undo entry undoes what the latest redo wrote, not the first write', async () => {
    const calls: string[] = []
    let n = 0
    const repo = {
      undoMerge: async (snapshot: { id: number }) => void calls.push(`undo ${snapshot.id}`),
      applyMerge: async (snapshot: { id: number }) => (
        calls.push(`redo ${snapshot.id}`),
        { id: snapshot.id + ++n * 10 }
      )
    } as any
    const entry = importEntry('bundle.json', { id: 1 } as any)
    expect(entry.label).toBe('Import bundle.json')
    const redo = await applyChange(repo, entry.change)
    const undo = await applyChange(repo, redo)
    await applyChange(repo, undo)
    expect(calls).toEqual(['undo 1', 'redo 1', 'undo 11'])
  })
})

describe('the export dialog’s choices', () => {
  it('a pane’s article is exported alone; an empty pane falls back to the case', () => {
    const shown = { left: { id: 'a1' } as any, right: null }
    expect(scopeFor('left', 'c1', shown)).toEqual({ kind: 'article', caseId: 'c1', articleId: 'a1' })
    expect(scopeFor('right', 'c1', shown)).toEqual({ kind: 'case', caseId: 'c1' })
    expect(scopeFor('case', 'c1', shown)).toEqual({ kind: 'case', caseId: 'c1' })
  })

  it('the scale typed is saved only with ClaimReview, the one format that shows it', () => {
    const stored = { organisation: 'O', organisationUrl: '', author: 'A', urlPattern: '', scale: DEFAULT_SCALE }
    const draft = { organisation: 'New O', organisationUrl: '', author: 'A', urlPattern: '', scale: 'Yes=5, No=1' }
    expect(profileFor('webannotation', draft, stored)).toEqual({ ...stored, organisation: 'New O' })
    const rated = profileFor('claimreview', draft, stored)
    expect(rated.scale.ratings.map((r) => r.name).sort()).toEqual(['No', 'Yes'])
  })
})
