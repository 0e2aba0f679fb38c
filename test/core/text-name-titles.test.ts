/**
 * text/name-titles: the titles written before a name. A sentence never ends after one ("Brig.
 * Gen. Saad Maan said"), whichever reader asks: the segmenter of the reader and the clause reader
 * of attributions.
 */
import { describe, expect, it } from 'vitest'
import { NAME_TITLES, segmentSentences } from '@core/text'
import { ABBREVIATION } from '../../src/core/extract/clauses'

describe('titles before a name', () => {
  it('keep a sentence whole in the segmenter', () => {
    const text = 'Brig. Gen. Yahya Rasool said 12 were killed. Dr. Ali Hassan treated them.'
    expect(segmentSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'Brig. Gen. Yahya Rasool said 12 were killed.',
      'Dr. Ali Hassan treated them.'
    ])
  })

  it('are abbreviations for the clause reader, every one of them', () => {
    for (const title of NAME_TITLES) {
      const written = ` ${title[0]!.toUpperCase()}${title.slice(1)}.`
      expect(ABBREVIATION.test(written), written).toBe(true)
    }
  })
})
