/** text/hash: the fingerprint that tells one article text from another. */
import { describe, expect, it } from 'vitest'
import { hashText } from '@core/text'

describe('hashText', () => {
  it('gives 14 hex digits, the same for the same text', () => {
    const h = hashText('Noose tightening around ISIL in al-Qaim')
    expect(h).toMatch(/^[0-9a-f]{14}$/)
    expect(hashText('Noose tightening around ISIL in al-Qaim')).toBe(h)
  })

  it.each([
    ['one character changed', 'killed 15 commanders', 'killed 16 commanders'],
    ['case changed', 'Al-Qaim', 'al-Qaim'],
    ['a trailing newline', 'text', 'text\n'],
    ['empty vs space', '', ' ']
  ])('differs for %s', (_what, a, b) => {
    expect(hashText(a)).not.toBe(hashText(b))
  })

  it('spreads a thousand similar texts without collisions', () => {
    const hashes = new Set(Array.from({ length: 1000 }, (_, i) => hashText(`paragraph ${i}`)))
    expect(hashes.size).toBe(1000)
  })
})
