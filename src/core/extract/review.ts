/**
 * The life of a suggestion until the journalist reviews it, the same for the app, its workers and
 * the CLI: its stable id (and the id it takes once stored), the key its text is read under, the
 * key that remembers a rejection, whether it sits on a stored claim (then it is not offered), and
 * the publication day it is read against.
 */
import { claimFromDraft, type Article, type Claim, type ClaimDraft, type ClaimKind } from '@core/model'
import { hashText } from '@core/text'

const PREFIX = 's:'

interface Span {
  start: number
  end: number
}

/** What a stored claim and a suggestion share for the "sits on" test. */
interface Placed {
  articleId: string
  kind: ClaimKind
  anchor: Span
  orphan?: boolean
}

/** A suggestion waiting for review: shown like a claim, with a stable id of its own. */
export interface Suggestion {
  id: string
  articleId: string
  draft: ClaimDraft
  /** The same suggestion as a Claim, for the panel, the highlights and the comparison. */
  claim: Claim
}

/** Stable across recomputations and callers: the same kind at the same place of the same article. */
export function suggestionId(articleId: string, draft: { kind: ClaimKind; anchor: Span }): string {
  return `${PREFIX}${articleId}:${draft.kind}:${draft.anchor.start}:${draft.anchor.end}`
}

export function isSuggestionId(id: string): boolean {
  return id.startsWith(PREFIX)
}

/**
 * The id a suggestion keeps once it is a stored record without a review (a claim of a bundle the
 * CLI wrote): the same suggestion the same id, so importing a bundle twice finds its claims
 * stored, and never an `s:` id, which the app takes for a suggestion still to review.
 */
export function storedSuggestionId(id: string): string {
  return isSuggestionId(id) ? `c:${id.slice(PREFIX.length)}` : id
}

/** The key of a rejected suggestion (stored as a dismissal): the same text of the same kind at the same place. */
export function dismissalKey(articleId: string, kind: ClaimKind, exact: string, start: number): string {
  return `${articleId}|${kind}|${exact}|${start}`
}

/** The day (YYYY-MM-DD) of an ISO date or date-time; a publication time of day does not move it. */
export function publicationDay(publishedAt: string | undefined): string | undefined {
  return publishedAt?.slice(0, 10) || undefined
}

/**
 * What a suggestion list is computed from, as one key: the text (by its hash and length) and the
 * publication day. Two articles with the same text and day have the same suggestions, wherever
 * and in whichever thread they are asked for; a new text version has a new key.
 */
export function suggestionKey(article: { text: string; publishedAt?: string }): string {
  return `${hashText(article.text)}|${article.text.length}|${publicationDay(article.publishedAt) ?? ''}`
}

/**
 * The suggestions no stored claim of the same article and kind overlaps (orphans have no place).
 * Claims are grouped and sorted by start with the furthest end so far, so each suggestion is one
 * binary search: a 20,000-word article has thousands of both.
 */
export function untakenSuggestions<S extends Placed>(suggestions: readonly S[], claims: readonly Placed[]): S[] {
  if (suggestions.length === 0) return []
  const groups = new Map<string, { starts: number[]; reach: number[] }>()
  const sorted = claims.filter((c) => !c.orphan).sort((a, b) => a.anchor.start - b.anchor.start)
  for (const c of sorted) {
    const key = `${c.articleId}|${c.kind}`
    const g = groups.get(key) ?? { starts: [], reach: [] }
    g.reach.push(Math.max(c.anchor.end, g.reach[g.reach.length - 1] ?? -Infinity))
    g.starts.push(c.anchor.start)
    groups.set(key, g)
  }
  return suggestions.filter((s) => {
    const g = groups.get(`${s.articleId}|${s.kind}`)
    if (!g) return true
    // the claims starting before the suggestion ends; one of them overlaps it if any reaches past its start
    let lo = 0
    let hi = g.starts.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (g.starts[mid]! < s.anchor.end) lo = mid + 1
      else hi = mid
    }
    return lo === 0 || g.reach[lo - 1]! <= s.anchor.start
  })
}

/** Every suggestion of an article as a claim with its stable id, rejected or not, taken or not. */
export function asSuggestions(articleId: string, drafts: readonly ClaimDraft[], now = ''): Suggestion[] {
  return drafts.map((draft) => {
    const id = suggestionId(articleId, draft)
    return { id, articleId, draft, claim: claimFromDraft(draft, { id, articleId }, now) }
  })
}

/** The suggestions of one article still to review: none rejected before, none on a stored claim of its kind. */
export function pendingOf(
  article: Pick<Article, 'id'>,
  drafts: readonly ClaimDraft[],
  stored: readonly Claim[],
  dismissed: ReadonlySet<string>,
  now = ''
): Suggestion[] {
  const kept = drafts.filter((d) => !dismissed.has(dismissalKey(article.id, d.kind, d.anchor.exact, d.anchor.start)))
  const own = stored.filter((c) => c.articleId === article.id)
  const placed = kept.map((draft) => ({ draft, articleId: article.id, kind: draft.kind, anchor: draft.anchor }))
  return asSuggestions(
    article.id,
    untakenSuggestions(placed, own).map((p) => p.draft),
    now
  )
}
