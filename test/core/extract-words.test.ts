/**
 * extract/words: the word classes the casualty rules share. A victim's noun phrase ("senior ISIL
 * leaders") stops at the first function word or verb, and a number before "days" or "km" is a
 * span or a distance, never a count of dead.
 */
import { describe, expect, it } from 'vitest'
import { monthNumber, NON_VICTIM, NP, NP_WORD, STOP_WORDS } from '@core/extract/words'

/** The noun phrase at the start of a lower-cased text, as the casualty rules read it. */
const phraseAt = (text: string) => new RegExp(`^${NP}`, 'u').exec(text)?.[0] ?? null

describe('a victim’s noun phrase', () => {
  it('runs to the first function word or verb', () => {
    expect(phraseAt('senior isil leaders in a meeting')).toBe('senior isil leaders')
    expect(phraseAt('civilians were killed')).toBe('civilians')
    expect(phraseAt('police officers and two soldiers')).toBe('police officers')
  })

  it('keeps initialisms, hyphens, apostrophes and Arabic letters', () => {
    expect(phraseAt('u.n. peacekeepers')).toBe('u.n. peacekeepers')
    expect(phraseAt('al-baghdadi’s guards')).toBe('al-baghdadi’s guards')
    expect(phraseAt('عناصر داعش')).toBe('عناصر داعش')
  })

  it('does not start on a stop word or an -ing verb, and holds at most six words', () => {
    expect(phraseAt('the soldiers')).toBeNull()
    expect(phraseAt('fleeing civilians')).toBeNull()
    expect(phraseAt('one two three four five six seven')).toBe('one two three four five six')
    // a stop word only stops as a whole word: "inmates" is not "in"
    expect(new RegExp(`^${NP_WORD}$`, 'u').test('inmates')).toBe(true)
    expect(STOP_WORDS.split('|')).toContain('killed')
  })
})

describe('numbers that are no count of victims', () => {
  it('reads time spans, distances and shares as non-victims, people as victims', () => {
    for (const w of ['days', 'km', 'kilometres', 'percent', 'dollars', 'votes']) expect(NON_VICTIM.has(w)).toBe(true)
    for (const w of ['civilians', 'soldiers', 'fighters', 'children']) expect(NON_VICTIM.has(w)).toBe(false)
  })

  it('still gives a month’s number from here, as the rule families import it', () => {
    expect(monthNumber('August')).toBe(8)
    expect(monthNumber('Sept')).toBe(9)
  })
})
