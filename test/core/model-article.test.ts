/** model/article: which page of the original PDF a claim is on, for lists and reports. */
import { describe, expect, it } from 'vitest'
import { pageAt, pageLabel } from '@core/model'

const pdf = {
  pages: [
    { page: 1, at: 0 },
    { page: 2, at: 1200 },
    { page: 4, at: 2600 }
  ]
}

describe('the page of a claim', () => {
  it('is the page where its paragraph starts', () => {
    expect(pageAt(pdf, 0)).toBe(1)
    expect(pageAt(pdf, 1199)).toBe(1)
    expect(pageAt(pdf, 1200)).toBe(2)
    expect(pageAt(pdf, 9000)).toBe(4)
    expect(pageLabel(pdf, 1500)).toBe('p. 2')
  })

  it('is not stated for an article that has no pages (not a PDF)', () => {
    expect(pageAt({}, 10)).toBeNull()
    expect(pageLabel({ pages: [] }, 10)).toBe('')
  })
})
