/** model/bundle: a case's data in one file, always in the same order, so the same data saves the same. */
import { describe, expect, it } from 'vitest'
import { BUNDLE_FORMAT, bundleSchema, makeBundle, validate } from '@core/model'
import { sampleInput } from '../fixtures/report/sample-input'

describe('a bundle', () => {
  it('orders its parts the same whatever order they come in', () => {
    const shuffled = {
      cases: [...sampleInput.cases].reverse(),
      articles: [...sampleInput.articles].reverse(),
      claims: [...sampleInput.claims].reverse(),
      links: [...sampleInput.links].reverse()
    }
    expect(JSON.stringify(makeBundle(shuffled))).toBe(JSON.stringify(makeBundle(sampleInput)))
    expect(makeBundle(sampleInput).format).toBe(BUNDLE_FORMAT)
  })

  it('is valid against its schema, and a bundle of another format is not', () => {
    const bundle = makeBundle(sampleInput)
    expect(validate(bundleSchema, bundle).ok).toBe(true)
    expect(validate(bundleSchema, { ...bundle, format: 'parallax/0' }).ok).toBe(false)
  })
})
