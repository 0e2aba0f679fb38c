/**
 * Every dashed mark is a suggestion the journalist can review. Suggestions come from two places:
 * the articles the journalist asked suggestions for (the claims panel), and the comparison, which
 * judges every article's suggestions so the Verdicts tab has something to say on a fresh case.
 * Both are the same kind of thing, with the same ids (claims/suggestionIds.ts): this merges them
 * into the one list the panel shows and Enter / Backspace act on.
 */
import { useMemo } from 'react'
import type { Claim, ClaimDraft } from '@core/model'
import type { Suggestion } from './suggestions'

/** A suggestion the comparison judged, as the panel's Suggestion (its draft is the claim minus identity and times). */
export function suggestionOfClaim(claim: Claim): Suggestion {
  const { id, articleId, createdAt: _created, updatedAt: _updated, ...draft } = claim
  return { id, articleId, draft: draft as ClaimDraft, claim }
}

/** The suggestions asked for, then the ones only the verdicts show, each once, grouped by article in reading order. */
export function reviewableSuggestions(listed: readonly Suggestion[], judged: readonly Claim[]): Suggestion[] {
  if (judged.length === 0) return [...listed]
  const ids = new Set(listed.map((s) => s.id))
  const extra = judged.filter((c) => !ids.has(c.id)).map(suggestionOfClaim)
  if (extra.length === 0) return [...listed]
  const all = [...listed, ...extra]
  const articleOrder = new Map<string, number>()
  for (const s of all) if (!articleOrder.has(s.articleId)) articleOrder.set(s.articleId, articleOrder.size)
  return all.sort(
    (a, b) =>
      articleOrder.get(a.articleId)! - articleOrder.get(b.articleId)! || a.draft.anchor.start - b.draft.anchor.start
  )
}

/** The reader's review list and the selected suggestion in it (Enter accepts it, Backspace rejects it). */
export function useReviewable(listed: readonly Suggestion[], judged: readonly Claim[], selectedId: string | null) {
  const suggestions = useMemo(() => reviewableSuggestions(listed, judged), [listed, judged])
  const suggestion = suggestions.find((s) => s.id === selectedId) ?? null
  return { suggestions, suggestion }
}
