import { describe, expect, it } from 'vitest'
import { countWords, plural } from '../../src/renderer/src/views/format'

describe('countWords', () => {
  it.each([
    ['', 0],
    ['   \n\n ', 0],
    ['one', 1],
    [' two  words ', 2],
    ['tabs\tand\nnew\r\nlines', 4],
    ['no\u00a0break\u2003em\u3000ideographic\ufeffbom', 5],
    ['قتل 12 شخصا', 3]
  ])('%j has %i words', (text, n) => {
    expect(countWords(text)).toBe(n)
  })

  it('counts as splitting on \\s does, for every white space character', () => {
    const all = Array.from({ length: 0x3100 }, (_, c) => String.fromCharCode(c)).join('a')
    expect(countWords(all)).toBe(all.split(/\s+/).filter(Boolean).length)
  })
})

describe('plural', () => {
  it('says one or many', () => {
    expect(plural(1, 'word')).toBe('1 word')
    expect(plural(3, 'word')).toBe('3 words')
    expect(plural(2, 'copy', 'copies')).toBe('2 copies')
  })
})
