/**
 * report/offsets: the offsets other tools read (Web Annotation, CSV) count code points, so a
 * claim after an emoji or a letter outside the Basic Multilingual Plane points at the same words.
 */
import { describe, expect, it } from 'vitest'
import { codePointOffsets, EXPORT_OFFSET_UNIT } from '../../src/core/report/offsets'

describe('export offsets', () => {
  it('are code points, and equal UTF-16 offsets in text without astral characters', () => {
    const text = 'قتل 12 شخصا في الموصل'
    const at = codePointOffsets(text)
    expect([0, 4, 21].map(at)).toEqual([0, 4, 21])
    expect(EXPORT_OFFSET_UNIT).toBe('code points')
  })

  it('count an emoji or an astral letter once', () => {
    const text = 'Breaking 🔴 12 killed; 𝐀 note'
    const at = codePointOffsets(text)
    const twelve = text.indexOf('12')
    expect(at(twelve)).toBe(twelve - 1)
    expect([...text].slice(at(twelve), at(twelve) + 2).join('')).toBe('12')
    expect(at(text.length)).toBe([...text].length)
  })

  it('answer offsets asked in any order', () => {
    const at = codePointOffsets('🔴🔴🔴 x')
    expect([at(7), at(2), at(0), at(6)]).toEqual([4, 1, 0, 3])
  })
})
