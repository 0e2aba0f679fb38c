/**
 * anchor/locate: where a claim's quote lies in an edited article. The sure places come first (the
 * old position with its context intact, or the one occurrence of context and quote together); a
 * quote that moved or changed a little is found approximately; a place given to another claim,
 * or a quote that is gone, is not taken.
 */
import { describe, expect, it } from 'vitest'
import { anchorAt } from '@core/anchor'
import { locateIn, locateSure } from '../../src/core/anchor/locate'

const before =
  'Iraqi strikes near the Anbar border town of al-Qaim have killed at least 12 militants, the Joint ' +
  'Operations Command said on Tuesday. Residents said the strikes hit a house used by the group.'
const quote = 'at least 12 militants'
const anchor = anchorAt(before, before.indexOf(quote), before.indexOf(quote) + quote.length)

describe('the sure places', () => {
  it('keeps the old position when the text around it has not changed', () => {
    expect(locateSure(before, anchor)).toMatchObject({ start: anchor.start, end: anchor.end, method: 'position' })
  })

  it('follows the quote with its context when a paragraph is added before it', () => {
    const after = 'A new first paragraph was added by the editors. ' + before
    const found = locateSure(after, anchor)
    expect(found && after.slice(found.start, found.end)).toBe(quote)
  })

  it('is not sure of a quote that was rewritten', () => {
    expect(locateSure(before.replace('at least 12', 'at least 14'), anchor)).toBeNull()
  })
})

describe('the full search', () => {
  it('finds a quote that changed a little, approximately', () => {
    const edited = before.replace('militants', 'militant')
    const found = locateIn(edited, anchor, { hint: anchor.start, fuzzy: true })
    expect(found?.method).toBe('fuzzy')
    expect(found && edited.slice(found.start, found.end)).toMatch(/^at least 12 militant/)
  })

  it('does not take a place already given to another claim', () => {
    const found = locateIn(before, anchor, {
      hint: anchor.start,
      fuzzy: true,
      taken: (start, end) => start < anchor.end && anchor.start < end
    })
    expect(found === null || found.start >= anchor.end || found.end <= anchor.start).toBe(true)
  })

  it('orphans a quote that is gone from the article', () => {
    const edited = before.replace(quote + ', ', '')
    expect(locateIn(edited, anchor, { hint: anchor.start, fuzzy: true })).toBeNull()
  })
})
