/**
 * The suggestions waiting for the journalist's review: for the articles they asked about, the
 * suggested claims the suggestion worker found (useSuggestionDrafts), minus those rejected before
 * and those that sit on a stored claim (core/extract's `pendingOf`, cheap enough to run here);
 * accepting, rejecting, and asking for more. Undo entries are data (claimEntries.ts).
 */
import { useCallback, useMemo, useState } from 'react'
import { pendingOf } from '@core/extract'
import type { Article, Claim } from '@core/model'
import { dismissalsOfArticle, getSetting, useLiveQuery, type Repository } from '../db'
import type { Services } from '../app/services'
import { acceptedEntry, rejectedEntry, suggestionRef } from './claimEntries'
import type { Suggestion } from './suggestions'
import { useSuggestionDrafts } from './useSuggestionDrafts'

/** Turns on suggestions for these articles (kept across restarts). */
export async function enableSuggestions(repo: Repository, articleIds: readonly string[]): Promise<void> {
  const current = (await repo.getSetting('suggestArticles')) ?? []
  const next = [...new Set([...current, ...articleIds])]
  if (next.length !== current.length) await repo.setSetting('suggestArticles', next)
}

/** The notice after asking for suggestions. */
export const suggestedMessage = (count: number) =>
  count === 0
    ? 'No new claims to suggest.'
    : `${count} suggested ${count === 1 ? 'claim' : 'claims'} to review: Enter accepts, Backspace rejects.`

interface ReviewHooks {
  setSelectedId: (id: string | null) => void
  fail: (error: unknown) => void
}

export function useSuggestionReview(
  services: Services,
  articles: readonly Article[],
  stored: readonly Claim[] | undefined,
  hooks: ReviewHooks
) {
  const { db, repo, notices } = services
  // null while the setting is read; never set is none asked
  const suggestFor = useLiveQuery(async () => (await getSetting(db, 'suggestArticles')) ?? [], [db]) ?? null
  const onImport = useSuggestOnImport(services, hooks.fail)
  const showError = useCallback(
    (message: string) => notices.show({ tone: 'error', message: `Could not find claims: ${message}` }),
    [notices]
  )
  const found = useSuggestionDrafts(articles, suggestFor, showError)
  const dismissed = useDismissedOf(db, articles, suggestFor)
  const suggestions = useMemo(() => {
    // Until the stored claims are read, a suggestion could not tell whether it sits on one.
    if (!dismissed || stored === undefined) return []
    return articles.flatMap((a) => {
      const drafts = found.byArticle.get(a.id)
      const rejected = dismissed.get(a.id)
      return drafts && rejected ? pendingOf(a, drafts, stored, rejected) : []
    })
  }, [articles, stored, dismissed, found.byArticle])
  const finding = useMemo(() => found.finding.filter((id) => suggestFor?.includes(id)), [found.finding, suggestFor])
  const act = useReviewCommands(services, suggestions, hooks)

  /** Shows suggestions for these articles; once they are found, says how many wait for review. */
  const suggest = async (ids: readonly string[]) => {
    await enableSuggestions(repo, ids)
    const asked = articles.filter((a) => ids.includes(a.id))
    const counts = await Promise.all(
      asked.map(async (a) => pendingOf(a, await found.request(a), stored ?? [], await dismissalsOfArticle(db, a.id)))
    )
    notices.show({ tone: 'info', message: suggestedMessage(counts.reduce((n, list) => n + list.length, 0)) })
  }
  return {
    suggestions,
    drafts: found.byArticle,
    finding,
    suggestFor: suggestFor ?? [],
    ...onImport,
    ...act,
    suggest
  }
}

/** The rejected suggestions' keys of the articles asked about, by article; undefined while loading. */
function useDismissedOf(db: Services['db'], articles: readonly Article[], suggestFor: readonly string[] | null) {
  const caseArticleIds = articles.map((a) => a.id).join('|')
  return useLiveQuery(
    async () =>
      new Map(
        await Promise.all(
          articles
            .filter((a) => suggestFor?.includes(a.id))
            .map(async (a) => [a.id, await dismissalsOfArticle(db, a.id)] as const)
        )
      ),
    [db, caseArticleIds, suggestFor]
  )
}

/** The "Suggest on import" switch: it answers at once; the store catches up a moment later. */
function useSuggestOnImport(services: Services, fail: (error: unknown) => void) {
  const stored = useLiveQuery(() => getSetting(services.db, 'suggestOnImport'), [services.db]) ?? false
  const [choice, setChoice] = useState<boolean | null>(null)
  return {
    suggestOnImport: choice ?? stored,
    setSuggestOnImport: (on: boolean) => {
      setChoice(on)
      services.repo.setSetting('suggestOnImport', on).catch(fail)
    }
  }
}

/** Accepting and rejecting: after each, the next suggestion in reading order is selected, for a fast review. */
function useReviewCommands(services: Services, suggestions: readonly Suggestion[], hooks: ReviewHooks) {
  const { repo, undo, notices } = services
  const { setSelectedId, fail } = hooks
  const selectNext = (done: Suggestion) => {
    const rest = suggestions.filter((s) => s.id !== done.id)
    const next =
      rest.find((s) => s.articleId === done.articleId && s.draft.anchor.start >= done.draft.anchor.start) ?? rest[0]
    setSelectedId(next?.id ?? null)
  }
  const accept = async (list: readonly Suggestion[]) => {
    if (list.length === 0) return
    const created = await repo.createClaimsIn(list.map((s) => ({ articleId: s.articleId, draft: s.draft })))
    if (list.length === 1) selectNext(list[0]!)
    undo.push(acceptedEntry(list, created))
    if (list.length > 1)
      notices.show({
        tone: 'success',
        message: `Accepted ${list.length} suggestions.`,
        action: { label: 'Undo', run: () => void undo.undo().catch(fail) }
      })
  }
  const reject = async (s: Suggestion) => {
    await repo.dismissSuggestion(s.articleId, suggestionRef(s))
    selectNext(s)
    undo.push(rejectedEntry(s))
  }
  return { accept, reject }
}
