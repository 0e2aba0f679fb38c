import { describe, expect, it } from 'vitest'
import { moveForKey, moveSelection } from '../../src/renderer/src/claims/keyboardSelect'

const text =
  'Iraqi jets struck al-Qaim. The strike killed 12 senior leaders, officials said.\n\nA second raid followed.'
const quote = (r: { start: number; end: number } | null) => (r ? text.slice(r.start, r.end) : null)

describe('selecting text from the keyboard', () => {
  it('steps through sentences, from where the reader is', () => {
    const first = moveSelection(text, null, 'next-sentence')
    expect(quote(first)).toBe('Iraqi jets struck al-Qaim.')
    const second = moveSelection(text, first, 'next-sentence')
    expect(quote(second)).toBe('The strike killed 12 senior leaders, officials said.')
    expect(quote(moveSelection(text, second, 'next-sentence'))).toBe('A second raid followed.')
    expect(quote(moveSelection(text, second, 'previous-sentence'))).toBe('Iraqi jets struck al-Qaim.')
    expect(quote(moveSelection(text, null, 'next-sentence', text.indexOf('A second')))).toBe('A second raid followed.')
  })

  it('moves either edge a word at a time, never past the other', () => {
    let range = moveSelection(text, null, 'next-sentence', text.indexOf('The'))
    range = moveSelection(text, range, 'start-later')
    range = moveSelection(text, range, 'start-later')
    expect(quote(range)).toBe('killed 12 senior leaders, officials said.')
    for (let i = 0; i < 3; i++) range = moveSelection(text, range, 'end-earlier')
    expect(quote(range)).toBe('killed 12 senior leaders')
    range = moveSelection(text, range, 'end-later')
    expect(quote(range)).toBe('killed 12 senior leaders, officials')
    let one = { start: text.indexOf('killed'), end: text.indexOf('killed') + 6 }
    expect(quote(moveSelection(text, one, 'end-earlier'))).toBe('killed')
    expect(quote(moveSelection(text, one, 'start-later'))).toBe('killed')
    one = moveSelection(text, one, 'start-earlier')!
    expect(quote(one)).toBe('strike killed')
  })

  it('answers only Alt with the arrows', () => {
    expect(moveForKey({ key: 'ArrowDown', altKey: true, shiftKey: false, ctrlKey: false, metaKey: false })).toBe(
      'next-sentence'
    )
    expect(moveForKey({ key: 'ArrowRight', altKey: true, shiftKey: true, ctrlKey: false, metaKey: false })).toBe(
      'end-later'
    )
    expect(moveForKey({ key: 'ArrowLeft', altKey: true, shiftKey: false, ctrlKey: false, metaKey: false })).toBe(
      'start-earlier'
    )
    expect(moveForKey({ key: 'ArrowDown', altKey: false, shiftKey: false, ctrlKey: false, metaKey: false })).toBeNull()
    expect(moveForKey({ key: 'ArrowRight', altKey: true, shiftKey: false, ctrlKey: true, metaKey: false })).toBeNull()
  })
})
