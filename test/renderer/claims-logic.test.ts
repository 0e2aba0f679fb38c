/** The pure parts of claim tagging: highlight runs, the panel's filter, and value editing. */
import { describe, expect, it } from 'vitest'
import type { Claim } from '@core/model'
import { filterClaims, emptyFilter, foldText } from '../../src/renderer/src/claims/filter'
import { levelsOf, runsOf, innermost } from '../../src/renderer/src/claims/highlights'
import { kindForKey } from '../../src/renderer/src/claims/kinds'
import { fieldsOf, tagsFromText, valueFromFields } from '../../src/renderer/src/claims/values'
import { trimRange } from '../../src/renderer/src/claims/selection'

describe('runsOf', () => {
  it('tiles the range exactly, with the covering marks outermost first', () => {
    const marks = [
      { id: 'outer', start: 10, end: 30 },
      { id: 'inner', start: 15, end: 20 }
    ]
    const runs = runsOf(0, 40, marks)
    expect(runs.map((r) => [r.start, r.end, r.marks.map((m) => m.id)])).toEqual([
      [0, 10, []],
      [10, 15, ['outer']],
      [15, 20, ['outer', 'inner']],
      [20, 30, ['outer']],
      [30, 40, []]
    ])
    expect(innermost(runs[2]!)?.id).toBe('inner')
  })

  it('clips marks that cross the paragraph edge', () => {
    expect(runsOf(10, 20, [{ id: 'a', start: 5, end: 12 }]).map((r) => [r.start, r.end, r.marks.length])).toEqual([
      [10, 12, 1],
      [12, 20, 0]
    ])
  })

  it('keeps partly overlapping claims both visible', () => {
    const runs = runsOf(0, 10, [
      { id: 'a', start: 0, end: 6 },
      { id: 'b', start: 4, end: 10 }
    ])
    expect(
      runs
        .find((r) => r.start === 4)!
        .marks.map((m) => m.id)
        .sort()
    ).toEqual(['a', 'b'])
  })
})

describe('levelsOf', () => {
  it('gives overlapping marks different levels and reuses a level once free', () => {
    const levels = levelsOf([
      { id: 'a', start: 0, end: 10 },
      { id: 'b', start: 5, end: 8 },
      { id: 'c', start: 12, end: 14 }
    ])
    expect(levels.get('a')).not.toBe(levels.get('b'))
    expect(levels.get('c')).toBe(0)
  })
})

const claim = (over: Partial<Claim> & Pick<Claim, 'id'>): Claim =>
  ({
    articleId: 'a1',
    kind: 'casualty',
    value: { outcome: 'killed', min: 12, max: 12 },
    anchor: { start: 0, end: 5, exact: 'x', prefix: '', suffix: '' },
    origin: 'manual',
    status: 'unreviewed',
    note: '',
    tags: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...over
  }) as Claim

describe('filterClaims', () => {
  const claims = [
    claim({ id: 'c1', anchor: { start: 50, end: 60, exact: 'killed 12 senior leaders', prefix: '', suffix: '' } }),
    claim({
      id: 'c2',
      kind: 'date',
      value: { iso: '--07-29', granularity: 'day', calendar: 'gregorian', text: 'July 29th' },
      anchor: { start: 10, end: 19, exact: 'July 29th', prefix: '', suffix: '' },
      status: 'confirmed'
    }),
    claim({
      id: 'c3',
      articleId: 'a2',
      kind: 'attribution',
      value: { speaker: 'Saad Maan', via: 'Diyaruna' },
      anchor: { start: 0, end: 8, exact: 'Saad Maan told Diyaruna', prefix: '', suffix: '' },
      origin: 'suggested',
      note: 'check with the ministry'
    }),
    claim({ id: 'c4', orphan: true, anchor: { start: 5, end: 9, exact: 'Fallujah', prefix: '', suffix: '' } })
  ]
  const ids = (list: Claim[]) => list.map((c) => c.id)

  it('sorts by article in pane order, then position, orphans last', () => {
    expect(ids(filterClaims(claims, emptyFilter, ['a1', 'a2']))).toEqual(['c2', 'c1', 'c4', 'c3'])
    expect(ids(filterClaims(claims, emptyFilter, ['a2', 'a1']))).toEqual(['c3', 'c2', 'c1', 'c4'])
  })

  it.each([
    ['kind', { kinds: ['date'] as const }, ['c2']],
    ['status', { statuses: ['confirmed'] as const }, ['c2']],
    ['origin', { origins: ['suggested'] as const }, ['c3']],
    ['article', { articleIds: ['a2'] }, ['c3']],
    ['search in quotes', { search: 'senior' }, ['c1']],
    ['search in values in words', { search: '29 July' }, ['c2']],
    ['search in notes, any case', { search: 'MINISTRY' }, ['c3']],
    ['search ignoring accents', { search: 'fallújah' }, ['c4']],
    ['search needing every word', { search: 'saad diyaruna' }, ['c3']]
  ])('filters by %s', (_, change, expected) => {
    expect(ids(filterClaims(claims, { ...emptyFilter, ...change }, ['a1', 'a2']))).toEqual(expected)
  })

  it('sorts by kind', () => {
    expect(ids(filterClaims(claims, { ...emptyFilter, sort: 'kind' }, ['a1', 'a2']))).toEqual(['c1', 'c4', 'c2', 'c3'])
  })

  it('folds Arabic diacritics and tatweel', () => {
    expect(foldText('قُتِلَ')).toBe(foldText('قتل'))
    expect(foldText('قتـــل')).toBe('قتل')
  })
})

describe('value editing', () => {
  it('reads casualty fields into a value and back', () => {
    const checked = valueFromFields('casualty', {
      outcome: 'wounded',
      min: '1,500',
      max: '',
      vague: '',
      who: 'civilians'
    })
    expect(checked).toEqual({ ok: true, value: { outcome: 'wounded', min: 1500, who: 'civilians' } })
    expect(fieldsOf('casualty', { outcome: 'wounded', min: 1500 })).toMatchObject({
      outcome: 'wounded',
      min: '1500',
      max: ''
    })
  })

  it.each([
    ['a minimum above the maximum', 'casualty', { outcome: 'killed', min: '15', max: '12' }, 'max'],
    ['a count that is not a whole number', 'casualty', { outcome: 'killed', min: '2.5' }, 'min'],
    ['a number that is not a number', 'quantity', { amount: 'many' }, 'amount'],
    ['a date that is not ISO', 'date', { iso: '29/07/2016' }, 'iso'],
    ['an attribution without a speaker', 'attribution', { speaker: '  ' }, 'speaker']
  ] as const)('refuses %s, naming the field', (_, kind, fields, field) => {
    const checked = valueFromFields(kind, fields)
    expect(checked.ok).toBe(false)
    if (!checked.ok) expect(Object.keys(checked.errors)).toContain(field)
  })

  it.each(['2016-07-29', '2016-07', '2016', '--07-29', '--06', 'weekday:4'])('accepts the ISO form %s', (iso) => {
    expect(valueFromFields('date', { iso, granularity: 'day', calendar: 'gregorian', text: 'x' }).ok).toBe(true)
  })

  it('splits tags on commas without blanks or repeats', () => {
    expect(tagsFromText(' toll, AFP ,, toll ')).toEqual(['toll', 'AFP'])
  })
})

describe('tagging keys and selections', () => {
  it.each([
    ['c', 'casualty'],
    ['D', 'date'],
    ['a', 'attribution'],
    ['q', 'quantity'],
    ['o', 'other'],
    ['1', 'casualty'],
    ['5', 'other'],
    ['x', null]
  ])('%s tags %s', (key, kind) => expect(kindForKey(key)).toBe(kind))

  it('trims white space off a selection, and refuses an empty one', () => {
    expect(trimRange('  twelve killed \n', { start: 0, end: 17 })).toEqual({ start: 2, end: 15 })
    expect(trimRange('   ', { start: 0, end: 3 })).toBeNull()
  })
})

describe('pendingSuggestions', () => {
  const article = { id: 'a1', text: 'Officials said 12 people were killed on 29 July 2016 in the town.' }
  it('offers what the extractor finds, with stable ids', async () => {
    const { pendingSuggestions, isSuggestionId } = await import('../../src/renderer/src/claims/suggestions')
    const first = pendingSuggestions(article, [], new Set())
    expect(first.map((s) => s.draft.kind).sort()).toEqual(expect.arrayContaining(['casualty', 'date']))
    expect(pendingSuggestions(article, [], new Set()).map((s) => s.id)).toEqual(first.map((s) => s.id))
    expect(first.every((s) => isSuggestionId(s.id) && s.claim.origin === 'suggested')).toBe(true)
  })

  it('never offers one on top of a claim of the same kind, nor one rejected before', async () => {
    const { pendingSuggestions } = await import('../../src/renderer/src/claims/suggestions')
    const { dismissalKey } = await import('../../src/renderer/src/db')
    const all = pendingSuggestions(article, [], new Set())
    const date = all.find((s) => s.draft.kind === 'date')!
    const casualty = all.find((s) => s.draft.kind === 'casualty')!
    const stored = claim({
      id: 'mine',
      kind: 'date',
      value: { iso: '2016-07-29', granularity: 'day', calendar: 'gregorian', text: '29 July 2016' },
      anchor: { ...date.draft.anchor }
    })
    const left = pendingSuggestions(
      article,
      [stored],
      new Set([dismissalKey('a1', 'casualty', casualty.draft.anchor.exact, casualty.draft.anchor.start)])
    )
    expect(left.find((s) => s.draft.kind === 'date')).toBeUndefined()
    expect(left.find((s) => s.draft.kind === 'casualty')).toBeUndefined()
  })
})
