/** Choosing what a report covers (a case, one article) and the format table the app and CLI share. */
import { describe, expect, it } from 'vitest'
import {
  isReportFormat,
  parseBundle,
  renderBundle,
  renderReport,
  reportFormatInfo,
  reportFormats,
  scopeToArticle,
  scopeToCase,
  type ReportInput
} from '@core/report'
import { sampleContext, sampleInput } from '../fixtures/report/sample-input'

const other: ReportInput = {
  cases: [{ id: 'case-2', name: 'Another story', articleIds: ['art-x'], createdAt: 'x', updatedAt: 'x' }],
  articles: [{ ...sampleInput.articles[1]!, id: 'art-x', caseId: 'case-2' }],
  claims: [{ ...sampleInput.claims[0]!, id: 'c-x', articleId: 'art-x' }],
  links: [{ ...sampleInput.links[0]!, id: 'l-x', claimIds: ['c-x', sampleInput.claims[1]!.id] }]
}
const store: ReportInput = {
  cases: [...sampleInput.cases, ...other.cases],
  articles: [...sampleInput.articles, ...other.articles],
  claims: [...sampleInput.claims, ...other.claims],
  links: [...sampleInput.links, ...other.links]
}

describe('scopeToCase', () => {
  it("keeps the case's articles, their claims and the links among them", () => {
    const scoped = scopeToCase(store, 'case-1')
    expect(renderBundle(scoped)).toBe(renderBundle(sampleInput))
  })

  it('is empty for a case that is not stored', () => {
    expect(scopeToCase(store, 'nope')).toEqual({ cases: [], articles: [], claims: [], links: [] })
  })
})

describe('scopeToArticle', () => {
  const scoped = scopeToArticle(store, 'art-diyaruna')

  it('keeps the article, its claims, and its case listing only it', () => {
    expect(scoped.articles.map((a) => a.id)).toEqual(['art-diyaruna'])
    expect(scoped.claims.every((c) => c.articleId === 'art-diyaruna')).toBe(true)
    expect(scoped.claims).toHaveLength(10)
    expect(scoped.cases).toEqual([{ ...sampleInput.cases[0], articleIds: ['art-diyaruna'] }])
    expect(scoped.links).toEqual([])
  })

  it('exports a bundle that imports cleanly', () => {
    expect(parseBundle(renderBundle(scoped)).ok).toBe(true)
  })
})

describe('report formats', () => {
  it('each has an extension, a file suffix and a media type, and renders', () => {
    for (const format of reportFormats) {
      const info = reportFormatInfo[format]
      expect(info.suffix.endsWith(`.${info.extension}`)).toBe(true)
      expect(info.mimeType).toMatch(/^(text|application)\//)
      expect(renderReport(format, sampleInput, sampleContext).length).toBeGreaterThan(0)
    }
    expect(new Set(reportFormats.map((f) => reportFormatInfo[f].suffix)).size).toBe(reportFormats.length)
  })

  it('recognises format names from outside', () => {
    expect(isReportFormat('md')).toBe(true)
    expect(isReportFormat('pdf')).toBe(false)
    expect(isReportFormat(undefined)).toBe(false)
  })
})
