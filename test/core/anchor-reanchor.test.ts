/**
 * reanchorAll on whole articles: the issue's 1,000-claim case (10 % of words edited, claims' own
 * words untouched), deleted claims, the budget, and a randomized property for locateAnchor.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { anchorAt, locateAnchor, reanchorAll, type ReanchorOutcome } from '@core/anchor'
import type { Anchor } from '@core/model'
import { editedArticle, type EditedArticle } from '../fixtures/anchor/edited-article'

const articles = path.join(__dirname, '..', 'fixtures', 'articles')
const source = readdirSync(articles)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(path.join(articles, f), 'utf8'))
  .join('\n')

interface Tally {
  right: number
  wrong: number
  orphans: number
  deletedOrphans: number
  deletedPlaced: number
  kept: number
}

function tally(article: EditedArticle, outcome: ReanchorOutcome): Tally {
  const t: Tally = { right: 0, wrong: 0, orphans: 0, deletedOrphans: 0, deletedPlaced: 0, kept: 0 }
  article.claims.forEach((claim, i) => {
    const result = outcome.results[i] ?? null
    if (claim.newStart === null) {
      if (result === null) t.deletedOrphans += 1
      else t.deletedPlaced += 1
      return
    }
    t.kept += 1
    if (result === null) t.orphans += 1
    else if (result.anchor.start === claim.newStart && result.anchor.end === claim.newEnd) t.right += 1
    else t.wrong += 1
  })
  return t
}

function reanchorArticle(seed: number, deletedClaims = 0) {
  const article = editedArticle(source, { seed, words: 10_000, claims: 1_000, editRate: 0.1, deletedClaims })
  const anchors = article.claims.map((c) => anchorAt(article.oldText, c.start, c.end))
  return { article, anchors, outcome: reanchorAll(article.newText, anchors) }
}

describe('reanchorAll: 1,000 claims, 10 % of the words edited', () => {
  it.each([1, 2, 3])('seed %i: ≥ 99 % land on their exact quote, none on other words', (seed) => {
    const { article, anchors, outcome } = reanchorArticle(seed)
    expect(article.wordCount).toBe(10_000)
    expect(article.editCount).toBe(1_000)
    expect(anchors).toHaveLength(1_000)
    const t = tally(article, outcome)
    expect(t.wrong).toBe(0)
    expect(t.right / t.kept).toBeGreaterThanOrEqual(0.99)
    expect(outcome.partial).toBe(false)
    expect(outcome.untried).toEqual([])
    // Every placed anchor is re-described from the new text and still quotes the same words.
    outcome.results.forEach((r, i) => {
      if (r === null) return
      expect(r.anchor.exact).toBe(article.newText.slice(r.anchor.start, r.anchor.end))
      expect(r.anchor.exact).toBe((anchors[i] as Anchor).exact)
      expect(r.score).toBeGreaterThan(0)
      expect(r.score).toBeLessThanOrEqual(1)
    })
  })

  it('places more claims right than the peer (exact indexOf of each quote)', () => {
    const { article, anchors, outcome } = reanchorArticle(1)
    const peer = anchors.filter((a, i) => article.newText.indexOf(a.exact) === article.claims[i]?.newStart).length
    expect(tally(article, outcome).right).toBeGreaterThan(peer)
    expect(peer).toBeLessThan(800) // short repeated quotes defeat indexOf
  })
})

describe('reanchorAll: claims whose words were deleted', () => {
  it.each([6, 7])('seed %i: all 50 deleted claims become orphans, none misplaced', (seed) => {
    const { article, outcome } = reanchorArticle(seed, 50)
    const t = tally(article, outcome)
    expect(t.deletedOrphans).toBe(50)
    expect(t.deletedPlaced).toBe(0)
    expect(t.wrong).toBe(0)
    // Deleting whole claims also removes their neighbours' context, so a few more of those are orphans.
    expect(t.right / t.kept).toBeGreaterThanOrEqual(0.98)
  })
})

describe('reanchorAll: budget', () => {
  it('stops when the budget is spent, returns what it placed and lists the anchors it did not try', () => {
    const article = editedArticle(source, { seed: 4, words: 2_000, claims: 200, editRate: 0.1 })
    const anchors = article.claims.map((c) => anchorAt(article.oldText, c.start, c.end))
    let clock = 0
    const now = () => (clock += 1) // every look at the clock costs a millisecond
    const outcome = reanchorAll(article.newText, anchors, { budgetMs: 50, now })
    expect(outcome.partial).toBe(true)
    expect(outcome.untried.length).toBeGreaterThan(0)
    for (const i of outcome.untried) expect(outcome.results[i]).toBeNull()
    const t = tally(article, outcome)
    expect(t.wrong).toBe(0)
    // A later call without a budget tries everything.
    const again = reanchorAll(article.newText, anchors)
    expect(again.partial).toBe(false)
    expect(tally(article, again).right).toBeGreaterThan(t.right)
  })

  it('ignores budgetMs without a clock (core reads none)', () => {
    const article = editedArticle(source, { seed: 5, words: 1_000, claims: 100, editRate: 0.1 })
    const anchors = article.claims.map((c) => anchorAt(article.oldText, c.start, c.end))
    expect(reanchorAll(article.newText, anchors, { budgetMs: 0 }).partial).toBe(false)
  })
})

describe('reanchorAll: small cases', () => {
  const caption = 'An Iraqi army helicopter fires rockets during an operation in April 2016.'
  const body = `${caption}\n\nIraqi strikes have killed at least 12 militants, officials said.\n\n${caption}\n\nThe town lies near the border.`

  it('keeps two claims on a caption printed twice on their own copies', () => {
    const first = body.indexOf('fires rockets')
    const second = body.indexOf('fires rockets', first + 1)
    const anchors = [anchorAt(body, first, first + 13), anchorAt(body, second, second + 13)]
    const edited = 'Updated. ' + body.replace('at least 12 militants', 'at least 12 militants and two civilians')
    const { results } = reanchorAll(edited, anchors)
    const firstNew = edited.indexOf('fires rockets')
    expect(results.map((r) => r?.anchor.start)).toEqual([firstNew, edited.indexOf('fires rockets', firstNew + 1)])
  })

  it('gives identical anchors the same place, and an empty list an empty result', () => {
    const at = body.indexOf('12 militants')
    const anchor = anchorAt(body, at, at + 12)
    const { results } = reanchorAll('Breaking: ' + body, [anchor, anchor])
    expect(results[0]?.anchor).toEqual(results[1]?.anchor)
    expect(results[0]?.anchor.exact).toBe('12 militants')
    expect(reanchorAll(body, [])).toEqual({ results: [], partial: false, untried: [] })
  })

  it('orphans a changed figure and keeps the others', () => {
    const claims = ['killed at least 12 militants', 'officials said', 'near the border']
    const anchors = claims.map((q) => anchorAt(body, body.indexOf(q), body.indexOf(q) + q.length))
    const edited = body.replace('at least 12', 'at least 15')
    const { results } = reanchorAll(edited, anchors)
    expect(results[0]).toBeNull()
    expect(results[1]?.anchor.exact).toBe('officials said')
    expect(results[2]?.anchor.exact).toBe('near the border')
  })

  // Its context must have moved with it (≥ 0.9): a claim at the very edge of a moved paragraph is an orphan.
  it('follows a distinctive claim whose paragraph moved', () => {
    const paragraphs = [
      'The first paragraph sets the scene in Anbar province.',
      'Residents said on Wednesday that the strikes hit a house used by the group and a nearby checkpoint on the road to the crossing.',
      'The town lies about 400 km west of Baghdad.',
      'Officials gave no timetable for the offensive.'
    ]
    const text = paragraphs.join('\n\n')
    const quotes = ['sets the scene', 'a house used by the group', '400 km west of Baghdad', 'no timetable']
    const anchors = quotes.map((q) => anchorAt(text, text.indexOf(q), text.indexOf(q) + q.length))
    const moved = [paragraphs[0], paragraphs[2], paragraphs[3], paragraphs[1]].join('\n\n')
    const { results } = reanchorAll(moved, anchors)
    results.forEach((r, i) => {
      expect(r).not.toBeNull()
      expect(r!.anchor.exact).toBe(quotes[i])
      expect(r!.anchor.start).toBe(moved.indexOf(quotes[i] as string))
    })
  })
})

describe('locateAnchor property', () => {
  it('never loses an unchanged unique quote when text is inserted or deleted elsewhere', () => {
    const word = fc.constantFrom(
      'army',
      'town',
      'said',
      'the',
      'of',
      'strikes',
      'killed',
      'border',
      'officials',
      'in',
      'near'
    )
    const words = fc.array(word, { minLength: 20, maxLength: 80 })
    fc.assert(
      fc.property(
        words,
        words,
        fc.string({ maxLength: 40 }),
        fc.nat(),
        fc.nat(),
        fc.boolean(),
        (before, after, inserted, at, cut, insert) => {
          const quote = 'Anbar 12 militants'
          const text = `${before.join(' ')} ${quote} ${after.join(' ')}`
          const start = before.join(' ').length + 1
          const anchor = anchorAt(text, start, start + quote.length)
          // Edit either side, away from the quote.
          const side = at % 2 === 0 ? 'before' : 'after'
          let edited: string
          let newStart: number
          if (side === 'before') {
            const pos = cut % start
            edited = insert
              ? text.slice(0, pos) + inserted + text.slice(pos)
              : text.slice(0, pos) + text.slice(Math.min(start - 1, pos + inserted.length))
            newStart = edited.indexOf(quote)
          } else {
            const pos = anchor.end + 1 + (cut % (text.length - anchor.end))
            edited = insert
              ? text.slice(0, pos) + inserted + text.slice(pos)
              : text.slice(0, pos) + text.slice(pos + inserted.length)
            newStart = start
          }
          fc.pre(edited.indexOf(quote) === edited.lastIndexOf(quote))
          const found = locateAnchor(edited, anchor)
          expect(found).not.toBeNull()
          expect(found!.start).toBe(newStart)
          expect(edited.slice(found!.start, found!.end)).toBe(quote)
        }
      ),
      { numRuns: 300, seed: 42 }
    )
  })
})
