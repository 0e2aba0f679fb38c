/**
 * extract/tense: which way a date without a year or a week points, read from the verb of its
 * clause: "the ministry said on Tuesday" looks back, "the minister will visit on Tuesday" ahead.
 */
import { describe, expect, it } from 'vitest'
import { directionAt, isPastForm } from '../../src/core/extract/tense'

const at = (text: string, date: string, deadline = false) => {
  const start = text.indexOf(date)
  return directionAt(text, start, start + date.length, deadline)
}

describe('the direction of a date', () => {
  it('looks back after a past verb and ahead after a future one', () => {
    expect(at('the ministry said on Tuesday', 'Tuesday')).toBe('past')
    expect(at('the minister will visit on Tuesday', 'Tuesday')).toBe('future')
    expect(at('the talks are due to resume on Tuesday', 'Tuesday')).toBe('future')
  })

  it('puts a deadline ahead: "extended the deadline to Nov. 6"', () => {
    expect(at('extended the deadline to Nov. 6', 'Nov. 6', true)).toBe('future')
  })
})

describe('past forms', () => {
  it('knows regular and irregular past forms, and -ed words that are not verbs', () => {
    for (const w of ['said', 'went', 'killed']) expect(isPastForm(w), w).toBe(true)
    for (const w of ['need', 'hundred', 'bleed', 'walks']) expect(isPastForm(w), w).toBe(false)
  })
})
