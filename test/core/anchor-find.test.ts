/**
 * anchor/find: every exact occurrence of a quote in an article, found by scanning or through the
 * index re-anchoring builds for a long text; both must find the same places.
 */
import { describe, expect, it } from 'vitest'
import { indexedFinder, scanFinder } from '../../src/core/anchor/find'

const paragraph =
  'A security official said 12 killed was a preliminary figure and that the toll could rise. ' +
  'The Joint Operations Command said 12 killed in the strike on the town of al-Qaim. '
// long enough (over the scanned range) that the index is used
const article = paragraph.repeat(80) + 'The ministry said 12 killed in Anbar.'

describe('occurrences of a quote', () => {
  it('finds every occurrence, in order, in the whole text or a stretch of it', () => {
    const finder = scanFinder(paragraph)
    const first = paragraph.indexOf('12 killed')
    const second = paragraph.indexOf('12 killed', first + 1)
    expect(finder.occurrences('12 killed')).toEqual([first, second])
    expect(finder.occurrences('12 killed', first + 1)).toEqual([second])
    expect(finder.occurrences('12 killed', 0, paragraph.length, 1)).toEqual([first])
    expect(finder.occurrences('15 killed')).toEqual([])
  })

  it('finds the same places through the index as by scanning, for long and short quotes', () => {
    const scanned = scanFinder(article)
    const indexed = indexedFinder(article)
    for (const quote of [
      'The ministry said 12 killed',
      'Joint Operations Command said 12 killed',
      '12',
      'al-Qaim. The'
    ])
      expect(indexed.occurrences(quote), quote).toEqual(scanned.occurrences(quote))
    expect(indexed.occurrences('The ministry said 12 killed')).toEqual([article.lastIndexOf('The ministry')])
  })

  it('counts overlapping occurrences', () => {
    expect(scanFinder('ممممم').occurrences('ممم')).toEqual([0, 1, 2])
  })
})
