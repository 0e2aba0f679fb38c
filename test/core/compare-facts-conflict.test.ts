import { describe, expect, it } from 'vitest'
import { conflictingClaims } from '@core/compare'
import type { Fact } from '@core/model'

const fact: Fact = {
  kind: 'casualty',
  claimIds: ['a', 'b', 'c'],
  articleIds: ['x', 'y', 'z'],
  values: [],
  consensus: null,
  outliers: []
}

describe('conflictingClaims: a fact is disputed when two of its claims conflict', () => {
  it("names the claims of a conflict inside the fact, in the fact's order, even with no majority value", () => {
    expect(
      conflictingClaims(fact, [
        { claimIds: ['c', 'a'], verdict: 'conflict' },
        { claimIds: ['a', 'b'], verdict: 'agree' }
      ])
    ).toEqual(['a', 'c'])
  })
  it('ignores other verdicts and conflicts with claims outside the fact', () => {
    expect(
      conflictingClaims(fact, [
        { claimIds: ['a', 'b'], verdict: 'compatible' },
        { claimIds: ['a', 'q'], verdict: 'conflict' }
      ])
    ).toEqual([])
  })
})
