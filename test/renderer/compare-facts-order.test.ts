// The facts matrix's order and cell marks (compare/FactsMatrix.tsx's plain functions), and the gutter's ribbon.
import { describe, expect, it } from 'vitest'
import type { Fact } from '@core/model'
import { cellMarks, factsInOrder } from '../../src/renderer/src/compare/FactsMatrix'
import { ribbonPaths } from '../../src/renderer/src/compare/Gutter'

const fact = (claimIds: string[], extra: Partial<Fact> = {}): Fact => ({
  kind: 'casualty',
  claimIds,
  articleIds: claimIds.map((id) => `art-${id}`),
  values: [],
  consensus: null,
  outliers: [],
  ...extra
})
/** Each fact by its first claim. */
const firsts = (list: { fact: Fact }[]) => list.map((x) => x.fact.claimIds[0])

describe('the facts matrix', () => {
  it('lists disputed facts first, then those with outliers, then those more outlets report', () => {
    const facts = [fact(['a', 'b']), fact(['c', 'd', 'e']), fact(['f', 'g'], { outliers: ['g'] }), fact(['h', 'i'])]
    const ordered = factsInOrder(facts, [{ claimIds: ['h', 'i'], verdict: 'conflict' }])
    // disputed, with an outlier, reported by three, by two
    expect(firsts(ordered)).toEqual(['h', 'f', 'c', 'a'])
    expect(ordered[0]!.conflicting).toEqual(['h', 'i'])
  })

  it('a cell is the majority’s value, an outlier, or in conflict (an outlier is never also “in conflict”)', () => {
    const f = fact(['a', 'b', 'c'], {
      values: [
        { label: '12 killed', claimIds: ['a', 'b'], articleIds: [] } as any,
        { label: '15 killed', claimIds: ['c'], articleIds: [] } as any
      ],
      consensus: '12 killed',
      outliers: ['c']
    })
    expect(cellMarks(f, 'a', [])).toMatchObject({ consensus: true, outlier: false, conflict: false })
    expect(cellMarks(f, 'c', ['b', 'c'])).toMatchObject({ consensus: false, outlier: true, conflict: false })
    expect(cellMarks(f, 'b', ['b', 'c'])).toMatchObject({ consensus: true, conflict: true })
  })
})

describe('the gutter', () => {
  it('a ribbon joins the left box to the right one; its cue sits between the two centres', () => {
    const { ribbon, line, cue } = ribbonPaths({ top: 10, bottom: 30 }, { top: 50, bottom: 70 }, 36)
    expect(ribbon.startsWith('M0 10 ')).toBe(true)
    expect(ribbon).toContain('36 50')
    expect(line).toBe('M0 20 C18 20 18 60 36 60')
    expect(cue).toEqual({ x: 18, y: 40 })
  })
})
