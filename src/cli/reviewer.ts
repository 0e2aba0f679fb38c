/**
 * The reviewer profile as command-line options, shared by `report` (ClaimReview's fact-checker,
 * the annotations' creator) and `review` (the rating scale a --rating is checked against). What
 * is wrong with an option is a usage error naming it.
 */
import {
  DEFAULT_SCALE,
  EMPTY_PROFILE,
  parseRatingScale,
  reviewerProfileSchema,
  type ReviewerProfile
} from '@core/report'
import { validate } from '@core/model'
import { UsageError } from './command'

export const reviewerOptions = {
  org: { type: 'string' },
  'org-url': { type: 'string' },
  reviewer: { type: 'string' },
  'review-url': { type: 'string' },
  scale: { type: 'string' }
} as const

export const reviewerHelp = `Reviewer (ClaimReview and Web Annotation):
  --org NAME         The fact-checking organisation publishing the reviews (ClaimReview's author)
  --org-url URL      Its web address
  --reviewer NAME    The person who reviewed the claims (the annotations' creator)
  --review-url URL   Where each fact-check is published: {claim} stands for the claim's id and
                     {case} for the case's (https://example.org/checks/{claim}); a claim's own
                     review address (parallax review --url) comes first
  --scale SCALE      The rating scale, worst first (default "${DEFAULT_SCALE.ratings.map((r) => `${r.name}=${r.value}`).join(', ')}"):
                     rejected claims get the worst rating, confirmed the best, disputed the one
                     below the middle, unless a claim has its own (parallax review --rating)`

type ReviewerValues = { org?: string; 'org-url'?: string; reviewer?: string; 'review-url'?: string; scale?: string }

/** The profile the options describe (empty fields where none is given); a UsageError when one cannot be used. */
export function profileFromOptions(values: ReviewerValues, command: string): ReviewerProfile {
  let scale = DEFAULT_SCALE
  if (values.scale !== undefined) {
    try {
      scale = parseRatingScale(values.scale)
    } catch (error) {
      throw new UsageError(`--scale: ${(error as Error).message}`, command)
    }
  }
  const profile: ReviewerProfile = {
    ...EMPTY_PROFILE,
    organisation: values.org ?? '',
    organisationUrl: values['org-url'] ?? '',
    author: values.reviewer ?? '',
    urlPattern: values['review-url'] ?? '',
    scale
  }
  const checked = validate(reviewerProfileSchema, profile)
  if (!checked.ok) {
    const option = /^organisationUrl/.test(checked.message)
      ? '--org-url'
      : /^urlPattern/.test(checked.message)
        ? '--review-url'
        : 'reviewer'
    throw new UsageError(`${option}: ${checked.message.replace(/^[\w.]+: /, '')}`, command)
  }
  return checked.value
}
