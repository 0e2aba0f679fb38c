/** Dates on TimeML: the gold rule, the ISO normalisation and chrono-node's mapping, on a sample file. */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { chronoDates, dateGold, isDateClaim, normalizeIso, sameDate, scoreDates } from './dates'
import { parseTimeml } from './timeml'

const doc = parseTimeml('sample.tml', readFileSync(path.join(__dirname, 'samples', 'sample.tml'), 'utf8'))
const at = (text: string) => {
  const start = doc.text.indexOf(text)
  return { start, end: start + text.length, text }
}

describe('parseTimeml', () => {
  it('keeps the text of <TEXT> without tags, entities decoded, TIMEX3 offsets into it, and the DCT', () => {
    expect(doc.dct).toBe('1998-01-08')
    expect(doc.title).toBe('AT&T strike ends')
    expect(doc.text).toContain('AT&T said yesterday that')
    for (const t of doc.timexes) expect(doc.text.slice(t.start, t.end)).toBe(t.text)
    expect(doc.timexes.map((t) => t.text)).toEqual([
      'yesterday',
      'August',
      'two weeks',
      'every week',
      'now',
      '3 p.m.',
      'the summer'
    ])
  })
})

describe('which TIMEX3 are date claims', () => {
  it.each([
    ['DATE', '1998-01-07', true],
    ['TIME', '1998-01-08T15:00', true],
    ['DATE', 'PRESENT_REF', false],
    ['DATE', 'PAST_REF', false],
    ['DURATION', 'P2W', false],
    ['SET', 'P1W', false]
  ])('%s %s → %s', (type, value, claim) => {
    expect(isDateClaim({ type, value })).toBe(claim)
  })

  it('takes DATE and TIME as gold and leaves durations, sets and references to count neither way', () => {
    const { gold, ignore } = dateGold(doc)
    expect(gold.map((g) => g.value)).toEqual(['1998-01-07', '1997-08', '1998-01-08T15:00', '1998-SU'])
    expect(ignore).toHaveLength(3)
  })
})

describe('normalizeIso', () => {
  it.each([
    ['1998-22', '1998-SU'],
    ['1998-21', '1998-SP'],
    ['1998-23', '1998-FA'],
    ['1998-24', '1998-WI'],
    ['1998-33', '1998-Q1'],
    ['1998-41', '1998-H2'],
    ['--07-29', 'XXXX-07-29'],
    ['--07', 'XXXX-07'],
    ['weekday:5', 'XXXX-WXX-5'],
    ['199X', '199'],
    ['19XX', '19'],
    ['1998-01-08T15:00:00', '1998-01-08T15:00'],
    ['1998-W2', '1998-W02'],
    ['1998-12', '1998-12'],
    ['1998-01-08', '1998-01-08']
  ])('%s is written %s', (ours, timeml) => {
    expect(normalizeIso(ours)).toBe(normalizeIso(timeml))
    expect(sameDate(ours, timeml)).toBe(true)
  })

  it.each([
    ['1998', '1998-01'],
    ['1998-01-08', '1998-01-08TEV'],
    ['--01-08', '1998-01-08'],
    ['1998-W02', '1998-01-08']
  ])('%s is not %s (a different granularity is not the same date)', (a, b) => {
    expect(sameDate(a, b)).toBe(false)
  })
})

describe('scoreDates', () => {
  it('counts a suggestion on a DURATION neither way, and one on no timex as a false positive', () => {
    const yesterday = { ...at('yesterday'), iso: '1998-01-07' }
    const duration = { ...at('two weeks'), iso: 'P2W' }
    const stray = { ...at('strike'), iso: '1998' }
    const r = scoreDates(doc, [yesterday, duration, stray])
    expect(r.score).toMatchObject({ gold: 4, suggested: 3, tp: 1, fp: 1, valuePairs: 1, valueCorrect: 1 })
    expect(scoreDates(doc, [yesterday]).score.fp).toBe(0)
  })

  it('scores a season written as an EDTF code as the right value', () => {
    const r = scoreDates(doc, [{ ...at('the summer'), iso: '1998-22' }])
    expect(r.score).toMatchObject({ tp: 1, valueCorrect: 1 })
  })
})

describe('chronoDates', () => {
  it('maps chrono-node readings to ISO at the granularity it is certain of, against the DCT', () => {
    const found = chronoDates(
      { text: 'He left yesterday, in August 1997, on Friday at 3 pm.', dct: '1998-01-08' },
      'casual'
    )
    const iso = Object.fromEntries(found.map((f) => [f.text, f.iso]))
    expect(iso.yesterday).toBe('1998-01-07')
    expect(iso['August 1997']).toBe('1997-08')
    expect(found.find((f) => f.text.includes('Friday'))?.iso).toMatch(/^1998-01-\d\dT15:00$/)
  })
})
