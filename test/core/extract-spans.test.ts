/**
 * extract/spans: one suggestion per stretch of text (the longest of overlapping ones), and the
 * sentence-sized units the costly rules run on, which must never cut a date like "Aug. 14".
 */
import { describe, expect, it } from 'vitest'
import { dropOverlapping, findInUnits, overlaps, splitUnits, trimEnd } from '../../src/core/extract/spans'

const texts = (text: string) => splitUnits(text).map((u) => text.slice(u.start, u.end))

describe('overlapping suggestions', () => {
  it('keeps the longest of overlapping spans, then the earliest, and every span on its own', () => {
    const killing = { start: 0, end: 18, id: 'killing 12 soldiers' }
    const twelve = { start: 8, end: 18, id: '12 soldiers' }
    const later = { start: 30, end: 40, id: 'later' }
    expect(dropOverlapping([twelve, later, killing]).map((s) => s.id)).toEqual(['killing 12 soldiers', 'later'])
  })

  it('counts touching spans as apart', () => {
    expect(overlaps({ start: 0, end: 5 }, { start: 5, end: 9 })).toBe(false)
    expect(overlaps({ start: 0, end: 6 }, { start: 5, end: 9 })).toBe(true)
  })

  it('trims the punctuation a match takes at its end', () => {
    const text = 'on Friday, '
    expect(text.slice(0, trimEnd(text, 0, text.length))).toBe('on Friday')
  })
})

describe('sentence-sized units', () => {
  it('splits at sentence ends and line breaks, not after abbreviations', () => {
    expect(texts('Brig. Gen. Saad Maan spoke on Aug. 14 in Baghdad. Twelve died.\nA new line')).toEqual([
      'Brig. Gen. Saad Maan spoke on Aug. 14 in Baghdad.',
      'Twelve died.',
      'A new line'
    ])
  })

  it('runs a finder only on units with its trigger, with offsets into the whole text', () => {
    const text = 'Nothing here. The toll rose to 12.'
    const found = findInUnits(text, splitUnits(text), /\d/, (s) => {
      const i = s.search(/\d+/)
      return [{ start: i, end: i + 2 }]
    })
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['12'])
  })
})
