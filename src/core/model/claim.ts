/**
 * Claim: a statement in an article that a journalist checks, anchored to its text. The value's
 * shape depends on `kind` (a discriminated union), following DESIGN.md.
 */
import { z } from 'zod'
import { webAddressProblem } from '@core/url'

export const claimKinds = ['casualty', 'date', 'attribution', 'quantity', 'other'] as const
export type ClaimKind = (typeof claimKinds)[number]

/**
 * The `default` of every switch over claim kinds: a kind the switch does not handle is a compile
 * error here (its argument is not `never`), so adding a kind shows each place that must read it
 * (test/core/claim-kinds.test.ts adds a stand-in kind and lists them). Throws if reached anyway.
 */
export function unhandledKind(kind: never): never {
  throw new Error(`unhandled claim kind: ${String(kind)}`)
}

export const claimStatuses = ['unreviewed', 'confirmed', 'disputed', 'rejected'] as const
export type ClaimStatus = (typeof claimStatuses)[number]

export const claimOrigins = ['manual', 'suggested'] as const
export type ClaimOrigin = (typeof claimOrigins)[number]

/**
 * Where a claim sits: a W3C TextPositionSelector (start/end, UTF-16 offsets into Article.text,
 * end exclusive) and a TextQuoteSelector (exact, with up to 32 characters either side).
 */
export const anchorSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    exact: z.string().min(1),
    prefix: z.string(),
    suffix: z.string()
  })
  .refine((a) => a.end - a.start === a.exact.length, 'end - start must equal the length of exact')
export type Anchor = z.infer<typeof anchorSchema>

export const casualtyOutcomes = ['killed', 'wounded', 'killed_or_wounded', 'captured', 'missing', 'displaced'] as const
export type CasualtyOutcome = (typeof casualtyOutcomes)[number]
/** How an outcome reads in a report or a verdict's reason: "12 killed or wounded". */
export const OUTCOME_WORDS: Record<CasualtyOutcome, string> = {
  killed: 'killed',
  wounded: 'wounded',
  killed_or_wounded: 'killed or wounded',
  captured: 'captured',
  missing: 'missing',
  displaced: 'displaced'
}

const count = z.number().int().nonnegative()

export const casualtyValueSchema = z.object({
  outcome: z.enum(casualtyOutcomes),
  /** equal to max when exact; max absent for "at least" */
  min: count.optional(),
  max: count.optional(),
  /** "dozens", "hundreds" when no number is given */
  vague: z.string().optional(),
  who: z.string().optional()
})

/**
 * How precise a date is: `time` (a clock time, `2016-08-14T22:00`), `day`, `weekday` (a weekday of
 * no known week), `week` (`2016-W32`), `month`, `quarter` and `half` (ISO 8601-2 codes 33–36 and
 * 40–41: `1989-35` is the third quarter), `season` (codes 21–24), `year`, `decade` (`199`, the
 * 1990s), `century` (`19`, the 1900s), and `relative` for what has no date yet (`relative:-P1D`
 * without a publication date).
 */
export const dateGranularities = [
  'time',
  'day',
  'weekday',
  'week',
  'month',
  'quarter',
  'half',
  'season',
  'year',
  'decade',
  'century',
  'relative'
] as const
export const calendars = ['gregorian', 'hijri'] as const
/** A part of a period ("early 1990s" start, "mid-1996" mid, "late May" end) or an approximate date ("a decade ago"). */
export const dateMods = ['start', 'mid', 'end', 'approx'] as const
/** A part of a day, which ISO 8601 cannot write: "Friday morning" is the day with `partOfDay: 'morning'`. */
export const dayParts = ['morning', 'afternoon', 'evening', 'night'] as const

export const dateValueSchema = z.object({
  /** ISO-8601, truncated for partial dates: `2014-06`, `--07-29`; see dateGranularities for the other forms */
  iso: z.string(),
  granularity: z.enum(dateGranularities),
  calendar: z.enum(calendars),
  /** the date as written */
  text: z.string(),
  mod: z.enum(dateMods).optional(),
  partOfDay: z.enum(dayParts).optional(),
  /** YYYY-MM-DD the value was worked out from (the publication date) when the text alone does not say it */
  relativeTo: z.string().optional()
})

export const attributionValueSchema = z.object({
  speaker: z.string(),
  role: z.string().optional(),
  via: z.string().optional(),
  verb: z.string().optional(),
  quote: z.string().optional()
})

export const quantityValueSchema = z.object({
  amount: z.number().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  /** "dozens", "hundreds" when no number is given */
  vague: z.string().optional(),
  unit: z.string().optional(),
  what: z.string().optional()
})

export const otherValueSchema = z.object({ text: z.string().optional() })

/**
 * What a journalist's review adds to a claim's status, for publishing it (schema.org ClaimReview):
 * when the status was set (ISO timestamp), the rating chosen from the reviewer's scale (its name;
 * absent: the scale's rating for the status) and the web address of the published fact-check.
 */
export const claimReviewSchema = z.object({
  reviewedAt: z.string(),
  rating: z.string().optional(),
  url: z.string().optional()
})
export type ClaimReview = z.infer<typeof claimReviewSchema>

const claimBase = {
  id: z.string().min(1),
  articleId: z.string().min(1),
  anchor: anchorSchema,
  origin: z.enum(claimOrigins),
  status: z.enum(claimStatuses),
  note: z.string(),
  tags: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
  /**
   * True when re-anchoring could not place the claim in the article's current text: the anchor then
   * keeps the last known exact/prefix/suffix, and its start/end are not meaningful. Absent otherwise.
   */
  orphan: z.boolean().optional(),
  /** Present once the claim has a reviewed status (confirmed, disputed, rejected); see withStatus. */
  review: claimReviewSchema.optional()
}

export const claimSchema = z.discriminatedUnion('kind', [
  z.object({ ...claimBase, kind: z.literal('casualty'), value: casualtyValueSchema }),
  z.object({ ...claimBase, kind: z.literal('date'), value: dateValueSchema }),
  z.object({ ...claimBase, kind: z.literal('attribution'), value: attributionValueSchema }),
  z.object({ ...claimBase, kind: z.literal('quantity'), value: quantityValueSchema }),
  z.object({ ...claimBase, kind: z.literal('other'), value: otherValueSchema })
])

export type Claim = z.infer<typeof claimSchema>
/** The schema's kinds are claimKinds, no more and no fewer (a compile error otherwise). */
const kindsOfSchema: Record<ClaimKind, Claim['kind']> & Record<Claim['kind'], ClaimKind> = {
  casualty: 'casualty',
  date: 'date',
  attribution: 'attribution',
  quantity: 'quantity',
  other: 'other'
}
void kindsOfSchema
export type CasualtyValue = z.infer<typeof casualtyValueSchema>
export type DateValue = z.infer<typeof dateValueSchema>
export type DateMod = (typeof dateMods)[number]
export type DayPartName = (typeof dayParts)[number]
export type AttributionValue = z.infer<typeof attributionValueSchema>
export type QuantityValue = z.infer<typeof quantityValueSchema>
export type ClaimValue = Claim['value']

/** Omit over each member of a union, keeping the kind ↔ value pairing. */
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never

/** A claim before it is stored: what tagging or suggestion makes, without identity or timestamps. */
export type ClaimDraft = DistributiveOmit<Claim, 'id' | 'articleId' | 'createdAt' | 'updatedAt'>

/** Gives a draft its identity and article; `now` is an ISO timestamp passed in (core reads no clock). */
export function claimFromDraft(draft: ClaimDraft, ids: { id: string; articleId: string }, now: string): Claim {
  return { ...draft, ...ids, createdAt: now, updatedAt: now } as Claim
}

/**
 * The claim with a new status, and its review following the rule every writer shares: a change to
 * a reviewed status is a new review dated `now` (the rating chosen for the old verdict no longer
 * applies; the published fact-check's address stays); back to unreviewed, the review goes. The
 * same status returns the claim unchanged. `now` is an ISO timestamp passed in.
 */
export function withStatus<C extends Claim>(claim: C, status: ClaimStatus, now: string): C {
  if (claim.status === status) return claim
  const { review: old, ...rest } = claim
  if (status === 'unreviewed') return { ...rest, status } as C
  const review: ClaimReview = { reviewedAt: now, ...(old?.url ? { url: old.url } : {}) }
  return { ...rest, status, review } as C
}

/**
 * The claim with its review's rating or published address set (an empty string clears it), or
 * the reason it cannot be: only a reviewed claim has a review, and the address must be one a
 * report may link. A reviewed claim from a library that kept no review date gets its last change
 * as that date.
 */
export function withReview<C extends Claim>(
  claim: C,
  patch: { rating?: string; url?: string }
): { ok: true; claim: C } | { ok: false; reason: string } {
  if (claim.status === 'unreviewed')
    return { ok: false, reason: 'an unreviewed claim has no review: mark it confirmed, disputed or rejected first' }
  const url = patch.url?.trim()
  const problem = url ? webAddressProblem(url) : null
  if (problem) return { ok: false, reason: `the review's web address cannot be used: ${problem}` }
  const review: ClaimReview = { ...(claim.review ?? { reviewedAt: claim.updatedAt }) }
  for (const key of ['rating', 'url'] as const) {
    const value = patch[key]?.trim()
    if (value === undefined) continue
    if (value) review[key] = value
    else delete review[key]
  }
  return { ok: true, claim: { ...claim, review } }
}
