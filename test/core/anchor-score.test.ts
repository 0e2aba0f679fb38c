/** The scoring pieces of re-anchoring: context similarity (against a plain DP), figures, word edges, occurrence finding. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { indexedFinder, scanFinder } from '../../src/core/anchor/find'
import {
  anchoredMatcher,
  combinedScore,
  contextScore,
  contextScorer,
  figuresOf,
  isWordEdge
} from '../../src/core/anchor/score'

/** Least edit distance between `pattern` and any prefix of `text` (plain dynamic programming). */
function naiveAnchoredDistance(pattern: string, text: string): number {
  let row = Array.from({ length: text.length + 1 }, (_, j) => j)
  for (let i = 1; i <= pattern.length; i++) {
    const next = [i]
    for (let j = 1; j <= text.length; j++) {
      const cost = pattern[i - 1] === text[j - 1] ? 0 : 1
      next.push(Math.min((row[j] as number) + 1, (next[j - 1] as number) + 1, (row[j - 1] as number) + cost))
    }
    row = next
  }
  return Math.min(...row)
}

const reverse = (s: string) => s.split('').reverse().join('')

describe('anchoredMatcher', () => {
  it('equals 1 − (least edit distance to a prefix of the text) / pattern length, both directions', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), minLength: 0, maxLength: 48 })
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), minLength: 1, maxLength: 32 }),
        word,
        (pattern, text) => {
          const slack = 16
          const readable = text.slice(0, pattern.length + slack)
          const expected = 1 - naiveAnchoredDistance(pattern, readable) / pattern.length
          expect(anchoredMatcher(pattern, slack)(text, 0, 1)).toBeCloseTo(expected, 10)
          // Backwards: the pattern's end meets the text just before `from`.
          const backText = reverse(text)
          expect(anchoredMatcher(reverse(pattern), slack, true)(backText, backText.length - 1, -1)).toBeCloseTo(
            expected,
            10
          )
        }
      ),
      { numRuns: 300, seed: 7 }
    )
  })
})

describe('contextScorer orderings', () => {
  const prefix = 'said the strikes on the town of '
  const suffix = ' killed at least 12 militants on '
  const score = (before: string, after: string) => {
    const text = `${before}QUOTE${after}`
    return contextScore(contextScorer(prefix, suffix)(text, before.length, before.length + 5))
  }
  it('ranks intact > a letter changed > a word inserted > both sides edited > unrelated, strictly', () => {
    const scores = [
      score(prefix, suffix),
      score('said the strikes on the towns of ', suffix),
      score(prefix + 'nearby ', suffix),
      score('said the raids on the city of ', ' wounded at least 12 militants on '),
      score('the market reopened after weeks ', ' and prices fell sharply in the ')
    ]
    expect(scores[0]).toBe(1)
    for (let k = 1; k < scores.length; k++) expect(scores[k]).toBeLessThan(scores[k - 1] as number)
    expect(scores[4]).toBeLessThan(0.45)
  })

  it('costs a word inserted next to the quote its length once (the prefix must end at the quote)', () => {
    const text = `${prefix}nearby QUOTE${suffix}`
    const at = text.indexOf('QUOTE')
    expect(contextScorer(prefix, suffix)(text, at, at + 5).prefix).toBeCloseTo(1 - 'nearby '.length / 32, 10)
  })

  it('treats a missing context as known only at the text edge', () => {
    const scorer = contextScorer('', '')
    expect(scorer('QUOTE', 0, 5)).toEqual({ prefix: 1, suffix: 1, near: 1 })
    expect(contextScore(scorer('x QUOTE x', 2, 7))).toBe(0.5)
  })
})

describe('combinedScore', () => {
  it('weighs the quote 50, each side 20 and position 2 (Hypothesis), so position only breaks ties', () => {
    const perfect = combinedScore(1, { prefix: 1, suffix: 1 }, 1)
    expect(perfect).toBe(1)
    expect(combinedScore(1, { prefix: 1, suffix: 1 }, 0)).toBeCloseTo(90 / 92, 10)
    expect(combinedScore(0.9, { prefix: 1, suffix: 1 }, 1)).toBeCloseTo(87 / 92, 10)
    expect(combinedScore(1, { prefix: 0.9, suffix: 1 }, 0)).toBeLessThan(combinedScore(1, { prefix: 1, suffix: 1 }, 0))
  })
})

describe('figuresOf', () => {
  it.each([
    ['12 killed', '12'],
    ['15 killed', '15'],
    ['killed', ''],
    ['1,200 displaced and 35 wounded', '1|200|35'],
    ['قتلت ١٢ مسلحاً', '12'],
    ['۱۵ نفر', '15'],
    ['on 2024-04-26', '2024|04|26']
  ])('%s → %s', (text, figures) => {
    expect(figuresOf(text)).toBe(figures)
  })

  it('tells a changed figure from the same one', () => {
    expect(figuresOf('12 killed')).not.toBe(figuresOf('15 killed'))
    expect(figuresOf('١٢ قتيلاً')).toBe(figuresOf('12 قتيلاً'))
  })
})

describe('isWordEdge', () => {
  it.each([
    ['a natural', 0, true],
    ['a natural', 1, true],
    ['a natural', 3, false],
    ['al-Qaim', 3, true],
    ['12 killed', 2, true],
    ['x😀y', 1, true],
    ['x😀y', 3, true],
    ['قتلت ١٢', 2, false],
    ['قتلت ١٢', 4, true]
  ])('%s at %i → %s', (text, at, edge) => {
    expect(isWordEdge(text, at)).toBe(edge)
  })
})

describe('indexedFinder', () => {
  it('finds what scanning finds, ranges and limits included', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'é', '😀'), minLength: 0, maxLength: 6000 })
    fc.assert(
      fc.property(text, fc.nat(40), fc.nat(12), fc.nat(6000), fc.nat(6000), (t, at, length, x, y) => {
        const pattern = t.slice(at, at + length) || 'ab'
        const [from, to] = x <= y ? [x, y] : [y, x]
        const end = Math.min(to, t.length)
        const begin = Math.min(from, end)
        expect(indexedFinder(t).occurrences(pattern, begin, end)).toEqual(
          scanFinder(t).occurrences(pattern, begin, end)
        )
        expect(indexedFinder(t).occurrences(pattern)).toEqual(scanFinder(t).occurrences(pattern))
        expect(indexedFinder(t).occurrences(pattern, 0, t.length, 2)).toEqual(
          scanFinder(t).occurrences(pattern, 0, t.length, 2)
        )
      }),
      { numRuns: 150, seed: 11 }
    )
  })
})
