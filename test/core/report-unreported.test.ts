import { describe, expect, it } from 'vitest'
import { describeUnreported, unreportedVerdicts, type ShownVerdict } from '@core/report'

const stored = new Set(['c1', 'c2', 'c3'])
const isStored = (id: string) => stored.has(id)

describe('unreportedVerdicts: what the report would leave out of the Verdicts tab', () => {
  const shown: ShownVerdict[] = [
    { claimIds: ['c1', 'c2'], relation: 'conflict' },
    { claimIds: ['c3', 's:b:date:1:5'], relation: 'conflict' },
    { claimIds: ['s:a:casualty:3:9', 's:b:casualty:4:8'], relation: 'agree' },
    { claimIds: ['s:a:casualty:3:9', 'c2'], relation: 'different-source' }
  ]

  it('keeps only verdicts naming an unaccepted suggestion, counted in report order, with each claim to accept once', () => {
    const result = unreportedVerdicts(shown, isStored)
    expect(result.verdicts).toHaveLength(3)
    expect(result.counts).toEqual([
      { relation: 'conflict', count: 1 },
      { relation: 'different-source', count: 1 },
      { relation: 'agree', count: 1 }
    ])
    expect(result.claimIds).toEqual(['s:b:date:1:5', 's:a:casualty:3:9', 's:b:casualty:4:8'])
  })

  it('says it in one sentence, and says nothing when everything shown is stored', () => {
    expect(describeUnreported(unreportedVerdicts(shown, isStored))).toBe(
      '1 conflict, 1 different source and 1 agreement shown in the Verdicts tab are between suggested claims not accepted yet: this report leaves them out.'
    )
    expect(describeUnreported(unreportedVerdicts([shown[1]!, shown[1]!], isStored))).toBe(
      '2 conflicts shown in the Verdicts tab are between suggested claims not accepted yet: this report leaves them out.'
    )
    expect(describeUnreported(unreportedVerdicts([shown[0]!], isStored))).toBeNull()
  })
})
