/**
 * Quality bar of claim suggestion on the seed articles (issue 4): F1 ≥ 0.90 and value accuracy
 * ≥ 0.90 for casualty, date and attribution, and no negative suggested. Scoring rules are in
 * test/eval/score.ts; `npm run eval -- --verbose` prints the tables and the misses.
 */
import { describe, expect, it } from 'vitest'
import { barFailures, formatTable, pool } from '../eval/score'
import { pairCoverage, scoreSeeds } from '../eval/seeds'

describe('suggestions on the seed articles', () => {
  const articles = scoreSeeds()

  it('meets the bar', () => {
    const failures = barFailures(articles)
    if (failures.length > 0) console.log(formatTable('overall', pool(articles)))
    expect(failures).toEqual([])
  })

  it('scores every seed article that has gold', () => {
    expect(articles.map((a) => a.article)).toEqual(['al-qaim-diyaruna.txt', 'al-qaim-oman-observer.txt'])
  })

  it('covers the spans the pair gold names (conflicts, agreements, sources)', () => {
    expect(pairCoverage().filter((p) => !p.covered)).toEqual([])
  })
})
