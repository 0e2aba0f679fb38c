/**
 * extract/amounts: the count phrases of a sentence ("at least 20", "between three and five",
 * "dozens") marked once for the casualty and quantity rules, and read into bounds.
 */
import { describe, expect, it } from 'vitest'
import { markCounts, readCount } from '../../src/core/extract/amounts'

describe('counts marked for the rules', () => {
  it('keeps the length and overwrites each count phrase, bounds and ranges included', () => {
    const text =
      'At least 20 people and between three and five children; Dozens more, 12-15 others, one-day talks, 30% turnout.'
    const marked = markCounts(text)
    expect(marked.length).toBe(text.length)
    const phrases = [...marked.matchAll(/\x01\x02*/g)].map((m) => text.slice(m.index, m.index + m[0].length))
    expect(phrases).toEqual(['At least 20', 'between three and five', 'Dozens', '12-15', '30'])
    expect(marked).toContain(' people and ')
  })

  it('reads the marked phrases into bounds', () => {
    expect(readCount('At least 20')).toEqual({ min: 20, amount: 20 })
    expect(readCount('between three and five')).toEqual({ min: 3, max: 5 })
    expect(readCount('nearly forty')).toEqual({ max: 40, amount: 40 })
    expect(readCount('Dozens')).toEqual({ vague: 'dozens' })
  })
})
