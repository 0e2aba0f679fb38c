/**
 * Who publishes the fact-checks and how they rate claims: the reviewer profile the app keeps in
 * its settings and the CLI takes as options. ClaimReview names the organisation and author from
 * it, builds each review's address from its URL pattern, and rates each claim on its scale; the
 * Web Annotation export names the author as the annotations' creator.
 */
import { z } from 'zod'
import type { Claim, ClaimStatus } from '@core/model'
import { webAddressProblem } from '@core/url'

/** One step of a rating scale: its name as published (`alternateName`) and its numeric value. */
export interface Rating {
  name: string
  value: number
}

export type ReviewedStatus = Exclude<ClaimStatus, 'unreviewed'>
export const reviewedStatuses: readonly ReviewedStatus[] = ['confirmed', 'disputed', 'rejected']

export interface RatingScale {
  /** Worst to best (ascending values). */
  ratings: Rating[]
  /** The rating a claim of each reviewed status gets when the journalist chose none. */
  byStatus: Record<ReviewedStatus, string>
}

export interface ReviewerProfile {
  /** The fact-checking organisation: the ClaimReview's author (and publisher). */
  organisation: string
  /** Its home page. */
  organisationUrl: string
  /** The person who reviewed the claims, when named (the ClaimReview's author is then this person, of the organisation). */
  author: string
  /**
   * Where a fact-check is published: a web address, in which `{claim}` stands for the claim's id
   * and `{case}` for the case's (`https://example.org/checks/{claim}`). A claim's own review url wins.
   */
  urlPattern: string
  scale: RatingScale
}

/** The scale a new profile starts with: four steps, as many fact-checkers publish them. */
export const DEFAULT_SCALE: RatingScale = {
  ratings: [
    { name: 'False', value: 1 },
    { name: 'Misleading', value: 2 },
    { name: 'Mostly true', value: 3 },
    { name: 'True', value: 4 }
  ],
  byStatus: { confirmed: 'True', disputed: 'Misleading', rejected: 'False' }
}

export const EMPTY_PROFILE: ReviewerProfile = {
  organisation: '',
  organisationUrl: '',
  author: '',
  urlPattern: '',
  scale: DEFAULT_SCALE
}

const webAddress = (what: string) =>
  z
    .string()
    .trim()
    .superRefine((u, ctx) => {
      // the pattern's placeholders are not part of the address a browser opens
      const problem = u === '' ? null : webAddressProblem(u.replace(/\{(claim|case)\}/g, 'x'))
      if (problem) ctx.addIssue({ code: 'custom', message: `${what} cannot be used: ${problem}` })
    })

const ratingSchema = z.object({
  name: z.string().trim().min(1, 'A rating needs a name').max(100),
  value: z.number().finite()
})

export const ratingScaleSchema = z
  .object({
    ratings: z.array(ratingSchema).min(2, 'A rating scale needs at least two ratings').max(20),
    byStatus: z.object({ confirmed: z.string(), disputed: z.string(), rejected: z.string() })
  })
  .superRefine((scale, ctx) => {
    const names = scale.ratings.map((r) => r.name.toLowerCase())
    if (new Set(names).size !== names.length)
      ctx.addIssue({ code: 'custom', message: 'Two ratings of the scale have the same name' })
    const values = scale.ratings.map((r) => r.value)
    if (new Set(values).size !== values.length)
      ctx.addIssue({ code: 'custom', message: 'Two ratings of the scale have the same value' })
    for (const status of reviewedStatuses) {
      if (!findRating(scale, scale.byStatus[status]))
        ctx.addIssue({
          code: 'custom',
          message: `The rating for ${status} claims, "${scale.byStatus[status]}", is not on the scale`
        })
    }
  })

export const reviewerProfileSchema = z.object({
  organisation: z.string().trim().max(200),
  organisationUrl: webAddress("The organisation's web address"),
  author: z.string().trim().max(200),
  urlPattern: webAddress('The address of published fact-checks'),
  scale: ratingScaleSchema
})

/** The rating of that name on the scale (case-insensitive), or null when the scale has none. */
export function findRating(scale: RatingScale, name: string | undefined): Rating | null {
  const wanted = name?.trim().toLowerCase()
  return (wanted && scale.ratings.find((r) => r.name.toLowerCase() === wanted)) || null
}

/** A reviewed claim's rating: the one chosen for it, else the scale's for its status; null for an unreviewed claim. */
export function ratingOf(claim: Claim, scale: RatingScale): Rating | null {
  if (claim.status === 'unreviewed') return null
  return findRating(scale, claim.review?.rating) ?? findRating(scale, scale.byStatus[claim.status])
}

/**
 * A scale written on one line, worst first: "False=1, Misleading=2, Mostly true=3, True=4". The
 * statuses take the worst (rejected), the best (confirmed) and the one below the middle (disputed)
 * unless `byStatus` names them. Throws an Error whose message says what is wrong.
 */
export function parseRatingScale(line: string, byStatus: Partial<Record<ReviewedStatus, string>> = {}): RatingScale {
  const ratings = line
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const m = /^(.+?)\s*=\s*(-?\d+(?:\.\d+)?)$/.exec(part)
      if (!m) throw new Error(`"${part}" is not a rating: write it as name=value, such as "Mostly true=3"`)
      return { name: m[1]!.trim(), value: Number(m[2]) }
    })
    .sort((a, b) => a.value - b.value)
  const middle = ratings[Math.max(0, Math.ceil(ratings.length / 2) - 1)]
  const scale = {
    ratings,
    byStatus: {
      confirmed: byStatus.confirmed ?? ratings[ratings.length - 1]?.name ?? '',
      disputed: byStatus.disputed ?? middle?.name ?? '',
      rejected: byStatus.rejected ?? ratings[0]?.name ?? ''
    }
  }
  const checked = ratingScaleSchema.safeParse(scale)
  if (!checked.success) throw new Error(checked.error.issues[0]!.message)
  return scale
}

/** The published fact-check's address for a claim: its own, else the profile's pattern filled in; undefined when neither is set. */
export function reviewUrlOf(
  claim: Claim,
  caseId: string | undefined,
  profile: ReviewerProfile | undefined
): string | undefined {
  const own = claim.review?.url?.trim()
  if (own) return own
  const pattern = profile?.urlPattern.trim()
  if (!pattern) return undefined
  return pattern
    .replace(/\{claim\}/g, encodeURIComponent(claim.id))
    .replace(/\{case\}/g, encodeURIComponent(caseId ?? ''))
}
