/** compare/termids: term ids and weights give the same similarities as the term strings they stand for. */
import { describe, expect, it } from 'vitest'
import { similarity, weightOf } from '../../src/core/compare/features'
import { termSpace } from '../../src/core/compare/termids'

const idf = new Map([
  ['bomb', 2.5],
  ['kill', 1.2],
  ['baghdad', 3],
  ['checkpoint', 2],
  ['said', 0.2]
])

describe('TermSpace', () => {
  it('the same terms are wholly alike; no shared term, not at all', () => {
    const space = termSpace(idf)
    expect(space.similarity(space.vector(['bomb', 'kill']), space.vector(['kill', 'bomb']))).toBeCloseTo(1)
    expect(space.similarity(space.vector(['bomb', 'kill']), space.vector(['baghdad', 'said']))).toBe(0)
  })

  it('agrees with the string similarity of features.ts, unknown terms weighing nothing', () => {
    const space = termSpace(idf)
    const pairs: [string[], string[]][] = [
      [
        ['bomb', 'kill', 'baghdad'],
        ['kill', 'baghdad', 'checkpoint']
      ],
      [
        ['said', 'bomb'],
        ['said', 'unknown', 'checkpoint']
      ],
      [['checkpoint'], ['checkpoint', 'kill', 'said', 'baghdad']]
    ]
    for (const [a, b] of pairs) {
      const expected = similarity(a, new Set(b), idf, weightOf(a, idf), weightOf(b, idf))
      expect(space.similarity(space.vector(a), space.vector(b))).toBeCloseTo(expected, 10)
    }
  })

  it('a vector weighs the sum of its terms\u2019 weights', () => {
    const space = termSpace(idf)
    expect(space.vector(['bomb', 'said']).weight).toBeCloseTo(2.7)
    expect(space.union([space.vector(['bomb']), space.vector(['bomb', 'kill'])]).weight).toBeCloseTo(3.7)
  })
})
