/**
 * Bundle: the interchange format (`parallax/1`). Complete and importable elsewhere; validation
 * here is the door every bundle passes through.
 */
import { z } from 'zod'
import { articleSchema, type Article } from './article'
import { caseSchema, type Case } from './case'
import { claimSchema, type Claim } from './claim'
import { linkSchema, type Link } from './link'

export const BUNDLE_FORMAT = 'parallax/1'

export const bundleSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  cases: z.array(caseSchema),
  articles: z.array(articleSchema),
  claims: z.array(claimSchema),
  links: z.array(linkSchema)
})

export interface Bundle {
  format: typeof BUNDLE_FORMAT
  cases: Case[]
  articles: Article[]
  claims: Claim[]
  links: Link[]
}

/** A bundle with stable ordering (cases, articles by id; claims by article then offset), so the same data always serialises the same. */
export function makeBundle(parts: Omit<Bundle, 'format'>): Bundle {
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  return {
    format: BUNDLE_FORMAT,
    cases: [...parts.cases].sort(byId),
    articles: [...parts.articles].sort(byId),
    claims: [...parts.claims].sort((a, b) =>
      a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : a.anchor.start - b.anchor.start || byId(a, b)
    ),
    links: [...parts.links].sort(byId)
  }
}
