// The comparison views' state as plain commands (compare/viewState.ts), without React.
import { describe, expect, it } from 'vitest'
import type { Connector, VerdictRow } from '../../src/renderer/src/compare/view'
import {
  describeConnector,
  initialCompareView,
  linkTarget,
  perform,
  rowFocus,
  selectedConnectorKey,
  verdictKeyCommand,
  withExtraMarks,
  type CompareViewCommand
} from '../../src/renderer/src/compare/viewState'

const side = (claimId: string, articleId: string, suggested = false) => ({
  claimId,
  articleId,
  quote: claimId,
  start: 0,
  end: 1,
  suggested
})
const row = (key: string, extra: Partial<VerdictRow> = {}): VerdictRow => ({
  key,
  verdict: 'conflict',
  reason: `reason of ${key}`,
  manual: false,
  a: side('x', 'A'),
  b: side('y', 'B'),
  ...extra
})
const connector = (key: string, rowKeys: string[], verdict: Connector['verdict'] = 'conflict'): Connector => ({
  key,
  left: { start: 0, end: 5 },
  right: { start: 0, end: 5 },
  verdict,
  rowKeys
})
const run = (...commands: CompareViewCommand[]) => commands.reduce(perform, initialCompareView)

describe('the comparison views as commands over state', () => {
  it('a connector with judged claims opens its first row in the verdicts of the pair, diff open', () => {
    const r = row('x|y')
    const next = run(
      { type: 'scope', scope: 'case' },
      { type: 'select-connector', connector: connector('p:0:0', ['x|y']), row: r }
    )
    expect(next).toMatchObject({ tab: 'verdicts', scope: 'view', selectedKey: 'x|y', passage: null })
    expect(next.diffOpen.has('x|y')).toBe(true)
  })

  it('a connector with no judged claims opens the passage card instead, leaving the tab', () => {
    const c = connector('p:3:4', [], null)
    const next = run({ type: 'select-connector', connector: c, row: undefined })
    expect(next.tab).toBe('claims')
    expect(next.passage).toBe(c)
    expect(perform(next, { type: 'close-passage' }).passage).toBeNull()
  })

  it('selecting a row reveals both its claims and closes the passage card', () => {
    const next = run(
      { type: 'select-connector', connector: connector('p', [], null), row: undefined },
      { type: 'select-row', row: row('x|y') }
    )
    expect(next.reveal).toEqual(['x', 'y'])
    expect(next.passage).toBeNull()
    expect(perform(next, { type: 'revealed' }).reveal).toBeNull()
    expect(run({ type: 'select-row', row: row('x', { b: undefined, verdict: 'only-in-one' }) }).reveal).toEqual(['x'])
  })

  it('an overruled row is selected under its new key and keeps its diff open; a closed diff stays closed', () => {
    const open = run({ type: 'toggle-diff', key: 'x|y' }, { type: 'overruled', from: 'x|y', to: 'x|z' })
    expect(open.selectedKey).toBe('x|z')
    expect(open.diffOpen.has('x|z')).toBe(true)
    const closed = run(
      { type: 'toggle-diff', key: 'x|y' },
      { type: 'toggle-diff', key: 'x|y' },
      { type: 'overruled', from: 'x|y', to: 'x|z' }
    )
    expect(closed.diffOpen.size).toBe(0)
  })

  it('the facts tab falls back to the verdicts when the case has fewer than three articles', () => {
    const facts = run({ type: 'tab', tab: 'facts' })
    expect(perform(facts, { type: 'facts-available', available: false }).tab).toBe('verdicts')
    expect(perform(facts, { type: 'facts-available', available: true }).tab).toBe('facts')
    expect(perform(initialCompareView, { type: 'facts-available', available: false }).tab).toBe('claims')
  })

  it('link mode: a claim of another article is picked, one of the same article is ignored; cancel leaves the mode', () => {
    const articleOf = (id: string) => ({ a1: 'A', a2: 'A', b1: 'B' })[id]
    const linking = run({ type: 'start-link', claimId: 'a1' })
    expect(linkTarget(initialCompareView, 'b1', articleOf)).toBe('not-linking')
    expect(linkTarget(linking, 'a2', articleOf)).toBe('ignored')
    expect(linkTarget(linking, 'b1', articleOf)).toBe('picked')
    const picked = perform(linking, { type: 'pick-link', claimId: 'b1', rect: { bottom: 10, left: 20 } })
    expect(picked.linkTo).toEqual({ id: 'b1', rect: { bottom: 10, left: 20 } })
    expect(perform(picked, { type: 'close-link-menu' })).toMatchObject({ linkFrom: 'a1', linkTo: null })
    expect(perform(picked, { type: 'cancel-link' })).toMatchObject({ linkFrom: null, linkTo: null })
    expect(perform(picked, { type: 'linked', key: 'a1|b1' })).toMatchObject({ tab: 'verdicts', selectedKey: 'a1|b1' })
  })

  it('a row asks to show its articles only when they are not shown, and selects only a stored claim', () => {
    expect(rowFocus(row('x|y'), ['A', 'B'])).toEqual({ showPair: null, showArticle: null, selectStored: 'x' })
    expect(rowFocus(row('x|y'), ['A', 'C']).showPair).toEqual(['A', 'B'])
    const single = row('s:x', { b: undefined, a: side('s:x', 'C', true) })
    expect(rowFocus(single, ['A', 'B'])).toEqual({ showPair: null, showArticle: 'C', selectStored: null })
  })

  it('the gutter marks the passage card’s connector, else the one holding the selected row', () => {
    const cs = [connector('p1', ['r1']), connector('p2', ['r2', 'r3'])]
    expect(selectedConnectorKey(cs, { passage: null, selectedKey: 'r3' })).toBe('p2')
    expect(selectedConnectorKey(cs, { passage: cs[0]!, selectedKey: 'r3' })).toBe('p1')
    expect(selectedConnectorKey(cs, { passage: null, selectedKey: null })).toBeNull()
  })

  it('a connector says its verdict and reasons', () => {
    const rows = [row('r1'), row('r2', { reason: '' })]
    expect(describeConnector(connector('p', ['r1', 'r2']), rows)).toBe('Conflict: reason of r1')
    expect(describeConnector(connector('p', [], null), rows)).toBe('Aligned passages (no claims judged)')
  })

  it('a judged suggestion’s highlight is added to its article once, even when the list shows it already', () => {
    const base = new Map([['A', [{ id: 's:1' }, { id: 'c1' }]]])
    const merged = withExtraMarks(
      base,
      new Map([
        ['A', [{ id: 's:1' }, { id: 's:2' }]],
        ['B', [{ id: 's:3' }]]
      ])
    )
    expect(merged.get('A')!.map((h) => h.id)).toEqual(['s:1', 'c1', 's:2'])
    expect(merged.get('B')!.map((h) => h.id)).toEqual(['s:3'])
    expect(withExtraMarks(base, new Map())).toBe(base)
  })

  it('the verdict list’s keys select within the list and open a pair’s diff, never an only-in-one row’s', () => {
    const rows = [row('p1'), row('p2'), row('o1', { b: undefined, verdict: 'only-in-one' })]
    expect(verdictKeyCommand('ArrowUp', rows, null)?.row.key).toBe('p1')
    expect(verdictKeyCommand('ArrowDown', rows, null)?.row.key).toBe('p1')
    expect(verdictKeyCommand('ArrowDown', rows, 'o1')?.row.key).toBe('o1')
    expect(verdictKeyCommand('End', rows, 'p1')?.row.key).toBe('o1')
    expect(verdictKeyCommand('Enter', rows, 'p2')).toEqual({ type: 'toggle-diff', row: rows[1] })
    expect(verdictKeyCommand('Enter', rows, 'o1')).toBeNull()
    expect(verdictKeyCommand('Home', [], null)).toBeNull()
  })
})
