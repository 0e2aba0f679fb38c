/**
 * report/input: what a report covers (one case, or one article) and in which order it lists the
 * articles and claims, so the same library always reports the same way.
 */
import { describe, expect, it } from 'vitest'
import { inTextOrder, orderArticles, reportTitle, scopeToArticle, scopeToCase } from '../../src/core/report/input'
import { sampleInput } from '../fixtures/report/sample-input'

const kase = sampleInput.cases[0]!

describe('the scope of a report', () => {
  it('takes one case with its articles, claims and links', () => {
    const scoped = scopeToCase(sampleInput, kase.id)
    expect(scoped.articles.map((a) => a.id).sort()).toEqual([...kase.articleIds].sort())
    expect(scoped.links).toHaveLength(sampleInput.links.length)
    expect(scopeToCase(sampleInput, 'no-such-case')).toEqual({ cases: [], articles: [], claims: [], links: [] })
  })

  it('takes one article with its claims and no links, which belong to the case', () => {
    const first = kase.articleIds[0]!
    const scoped = scopeToArticle(sampleInput, first)
    expect(scoped.cases.map((c) => c.articleIds)).toEqual([[first]])
    expect(scoped.claims.every((c) => c.articleId === first)).toBe(true)
    expect(scoped.links).toEqual([])
  })
})

describe('the order of a report', () => {
  it('lists articles in the case’s order and claims by where they stand in the text', () => {
    expect(orderArticles(sampleInput).map((a) => a.id)).toEqual(kase.articleIds)
    const starts = inTextOrder(sampleInput.claims.filter((c) => c.articleId === kase.articleIds[0])).map(
      (c) => c.anchor.start
    )
    expect(starts).toEqual([...starts].sort((a, b) => a - b))
  })

  it('is headed by the case’s name', () => {
    expect(reportTitle(sampleInput)).toBe('Al-Qaim strikes, summer 2016')
  })
})
