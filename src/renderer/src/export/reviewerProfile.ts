/**
 * The reviewer profile (core/report's ReviewerProfile) as the app keeps it: one setting,
 * checked when read (a profile a later or older app wrote that does not pass is not used) and
 * when saved; and the scale as the one line the journalist edits ("False=1, Misleading=2, …").
 */
import {
  EMPTY_PROFILE,
  parseRatingScale,
  reviewedStatuses,
  reviewerProfileSchema,
  type RatingScale,
  type ReviewerProfile
} from '@core/report'
import { useEffect, useState } from 'react'
import { DEFAULT_SCALE } from '@core/report'
import { validate } from '@core/model'
import type { Repository } from '../db'

export const REVIEWER_SETTING = 'reviewerProfile'

export async function loadReviewerProfile(repo: Pick<Repository, 'getSetting'>): Promise<ReviewerProfile> {
  const stored = await repo.getSetting(REVIEWER_SETTING)
  const checked = stored === undefined ? null : validate(reviewerProfileSchema, stored)
  return checked?.ok ? checked.value : EMPTY_PROFILE
}

/** Checks and stores the profile; throws an Error whose message says what is wrong. */
export async function saveReviewerProfile(
  repo: Pick<Repository, 'setSetting'>,
  profile: ReviewerProfile
): Promise<ReviewerProfile> {
  const checked = validate(reviewerProfileSchema, profile)
  if (!checked.ok) throw new Error(checked.message.replace(/^[\w.]+: /, ''))
  await repo.setSetting(REVIEWER_SETTING, checked.value)
  return checked.value
}

/** The scale as one line, worst first. */
export function scaleLine(scale: RatingScale): string {
  return scale.ratings.map((r) => `${r.name}=${r.value}`).join(', ')
}

/** The line read back, keeping each status's rating when the new scale still has it. */
export function scaleFromLine(line: string, previous: RatingScale): RatingScale {
  const names = new Set(line.split(',').map((p) => p.split('=')[0]!.trim().toLowerCase()))
  const kept = Object.fromEntries(
    reviewedStatuses.filter((s) => names.has(previous.byStatus[s].toLowerCase())).map((s) => [s, previous.byStatus[s]])
  )
  return parseRatingScale(line, kept)
}

/** The stored profile's rating scale, read again each time `openedFor` changes (an editor opening). */
export function useReviewerScale(repo: Pick<Repository, 'getSetting'>, openedFor: unknown): RatingScale {
  const [scale, setScale] = useState<RatingScale>(DEFAULT_SCALE)
  useEffect(() => {
    let current = true
    loadReviewerProfile(repo)
      .then((p) => current && setScale(p.scale))
      .catch(() => undefined) // the default scale serves: a rating is a comfort here, checked again on export
    return () => {
      current = false
    }
  }, [repo, openedFor])
  return scale
}
