/** ingest/reflow: text hard-wrapped at a column (e-mail, wire copy) joined back into its paragraphs. */
import { describe, expect, it } from 'vitest'
import { reflowHardWrapped, wrapColumn } from '../../src/core/ingest/reflow'

const wrapped =
  'Iraqi strikes targeting gatherings of ISIL leaders in and\naround the Anbar border town of al-Qaim have killed at\n' +
  'least 12 militants, the Joint Operations Command said on\nTuesday.\n\nResidents said the strikes hit a house used by the group\n' +
  'and a nearby checkpoint.'

describe('hard-wrapped text', () => {
  it('finds the column it was wrapped at', () => {
    expect(wrapColumn(wrapped.split('\n'))).toBe(57)
  })

  it('joins the lines of each paragraph and keeps the paragraphs apart', () => {
    expect(reflowHardWrapped(wrapped)).toBe(
      'Iraqi strikes targeting gatherings of ISIL leaders in and around the Anbar border town of al-Qaim have killed at least 12 militants, the Joint Operations Command said on Tuesday.\n\n' +
        'Residents said the strikes hit a house used by the group and a nearby checkpoint.'
    )
  })

  it('leaves text with short lines of its own alone', () => {
    const list = 'Killed:\n12 militants\n3 civilians'
    expect(reflowHardWrapped(list)).toBe(list)
  })
})
