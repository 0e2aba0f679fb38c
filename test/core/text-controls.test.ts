/**
 * text/controls: invisible and direction-changing characters in text from outside are shown as
 * markers where it is checked, so a quote or an address reads as it is stored.
 */
import { describe, expect, it } from 'vitest'
import { hasBidiControls, isolate, revealControls, revealInvisible, revealReordering } from '@core/text'

// "gpj.exe" with a right-to-left override reads "exe.jpg"
const spoofed = 'photo\u202Egpj.exe'
const arabic = 'قال\u200F المتحدث'

describe('direction controls', () => {
  it('finds an override and a right-to-left mark, and nothing in plain text', () => {
    expect(hasBidiControls(spoofed)).toBe(true)
    expect(hasBidiControls(arabic)).toBe(true)
    expect(hasBidiControls('The ministry said 12 were killed.')).toBe(false)
  })

  it('shows every control in an editor, and only the reordering ones in a report', () => {
    expect(revealControls(spoofed)).toBe('photo⟨U+202E⟩gpj.exe')
    expect(revealControls(arabic)).toBe('قال⟨U+200F⟩ المتحدث')
    expect(revealReordering(spoofed)).toBe('photo⟨U+202E⟩gpj.exe')
    // the mark only places neutral characters: Arabic copy is full of them, and reports keep them
    expect(revealReordering(arabic)).toBe(arabic)
  })

  it('isolates a string so an override inside it cannot reach the text after it', () => {
    expect(isolate(spoofed)).toBe('\u2068photo\u202Egpj.exe\u2069')
  })
})

describe('invisible characters', () => {
  it('shows a zero-width space, a soft hyphen and a byte-order mark in an address', () => {
    expect(revealInvisible('https://exa\u200Bmple.org/a\u00ADb\uFEFF')).toBe(
      'https://exa⟨U+200B⟩mple.org/a⟨U+00AD⟩b⟨U+FEFF⟩'
    )
  })
})
