/**
 * Claims in the reader: tagging a selection, editing a value, changing status, deleting, selecting
 * a claim (which scrolls its pane to it and flashes it), and re-attaching an orphan. Every stored
 * change pushes its undo entry, so Ctrl/Cmd+Z walks back through claims and articles alike.
 */
import { useCallback, useMemo, useState } from 'react'
import { anchorAt } from '@core/anchor'
import { parseClaimValue } from '@core/extract'
import type { Article, Claim, ClaimDraft, ClaimKind } from '@core/model'
import { formatValue } from '@core/report'
import { claimsOfCase, dismissalsOfArticle, getSetting, useLiveQuery, type Repository } from '../db'
import { pendingSuggestions, type Suggestion } from './suggestions'
import type { Services } from '../app/services'
import type { Highlight } from './highlights'
import type { ClaimEdit } from './ClaimEditor'
import { kindLabel } from './kinds'
import { emptyValue } from './values'
import type { TextRange } from './selection'

export interface PendingSelection extends TextRange {
  articleId: string
  rect: { top: number; left: number; bottom: number }
  /** The pane's left and right edges on screen: the tag toolbar stays inside them. */
  bounds?: { left: number; right: number }
}

export function highlightOf(claim: Claim, suggestion = false): Highlight {
  const value = formatValue(claim)
  return {
    id: claim.id,
    start: claim.anchor.start,
    end: claim.anchor.end,
    kind: claim.kind,
    variant: suggestion ? 'suggestion' : 'claim',
    status: claim.status,
    title: suggestion
      ? `Suggested ${kindLabel(claim.kind).toLowerCase()}${value ? `: ${value}` : ''} — Enter accepts, Backspace rejects`
      : `${kindLabel(claim.kind)}${value ? `: ${value}` : ''} (${claim.status})${claim.note ? `\n${claim.note}` : ''}`
  }
}

/** Turns on suggestions for these articles (kept across restarts). */
export async function enableSuggestions(repo: Repository, articleIds: readonly string[]): Promise<void> {
  const current = (await repo.getSetting('suggestArticles')) ?? []
  const next = [...new Set([...current, ...articleIds])]
  if (next.length !== current.length) await repo.setSetting('suggestArticles', next)
}

/** Scrolls a claim's highlight into view in whichever pane shows it, and flashes it. */
export function revealClaim(claimId: string): boolean {
  const target = document.querySelector<HTMLElement>(`.pane [data-claim-id="${CSS.escape(claimId)}"]`)
  if (!target) return false
  target.scrollIntoView({ block: 'center', behavior: 'smooth' })
  const all = document.querySelectorAll<HTMLElement>(`.pane [data-claim-id="${CSS.escape(claimId)}"]`)
  all.forEach((el) => {
    el.classList.remove('hl-flash')
    void el.offsetWidth // restart the animation
    el.classList.add('hl-flash')
  })
  return true
}

export function useClaims(services: Services, caseId: string | null, articles: readonly Article[]) {
  const { db, repo, undo, notices } = services
  const stored = useLiveQuery(() => (caseId ? claimsOfCase(db, caseId) : []), [db, caseId])
  const claims = useMemo(() => stored ?? [], [stored])
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const [editingId, setEditingId] = useState<string | null>(null)
  const [pending, setPending] = useState<PendingSelection | null>(null)
  const [reattachId, setReattachId] = useState<string | null>(null)

  // Suggestions: for the articles the journalist asked about, minus the ones rejected before.
  const suggestFor = useLiveQuery(() => getSetting(db, 'suggestArticles'), [db]) ?? null
  const storedSuggestOnImport = useLiveQuery(() => getSetting(db, 'suggestOnImport'), [db]) ?? false
  // The checkbox answers at once; the store catches up a moment later.
  const [suggestOnImportChoice, setSuggestOnImportChoice] = useState<boolean | null>(null)
  const suggestOnImport = suggestOnImportChoice ?? storedSuggestOnImport
  const caseArticleIds = articles.map((a) => a.id).join('|')
  const dismissed = useLiveQuery(
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
  const suggestions = useMemo(() => {
    // Until the stored claims are read, a suggestion could not tell whether it sits on one.
    if (!dismissed || stored === undefined) return []
    return articles
      .filter((a) => dismissed.has(a.id))
      .flatMap((a) => pendingSuggestions(a, stored, dismissed.get(a.id)!))
  }, [articles, stored, dismissed])

  const highlightsByArticle = useMemo(() => {
    const map = new Map<string, Highlight[]>()
    const add = (claim: Claim, suggestion: boolean) => {
      const list = map.get(claim.articleId) ?? []
      list.push(highlightOf(claim, suggestion))
      map.set(claim.articleId, list)
    }
    for (const claim of claims) if (!claim.orphan) add(claim, false)
    for (const s of suggestions) add(s.claim, true)
    return map
  }, [claims, suggestions])

  const fail = useCallback(
    (error: unknown) => notices.show({ tone: 'error', message: (error as Error).message }),
    [notices]
  )
  const articleOf = useCallback((id: string) => articles.find((a) => a.id === id), [articles])

  /** Tags the pending selection as a claim of `kind`, pre-filling its value from the text. */
  const tag = useCallback(
    async (kind: ClaimKind) => {
      const selection = pending
      const article = selection && articleOf(selection.articleId)
      if (!selection || !article) return
      const anchor = anchorAt(article.text, selection.start, selection.end)
      const value =
        parseClaimValue(kind, anchor.exact, { publishedAt: article.publishedAt }) ?? emptyValue(kind, anchor.exact)
      const draft = { kind, anchor, value, origin: 'manual', status: 'unreviewed', note: '', tags: [] } as ClaimDraft
      const created = await repo.createClaim(article.id, draft)
      window.getSelection()?.removeAllRanges()
      setPending(null)
      setSelectedId(created.id)
      setEditingId(created.id)
      let snapshots: Awaited<ReturnType<typeof repo.deleteClaims>> = []
      undo.push({
        label: `Tag ${kindLabel(kind).toLowerCase()} “${short(anchor.exact)}”`,
        undo: async () => {
          snapshots = await repo.deleteClaims([created.id])
        },
        redo: () => repo.restoreClaims(snapshots)
      })
    },
    [pending, articleOf, repo, undo]
  )

  const saveEdit = useCallback(
    async (claim: Claim, edit: ClaimEdit) => {
      const { before, after } = await repo.updateClaim(claim.id, edit)
      setEditingId(null)
      undo.push({
        label: `Edit ${kindLabel(after.kind).toLowerCase()} “${short(after.anchor.exact)}”`,
        undo: () => repo.putClaims([before]),
        redo: () => repo.putClaims([after])
      })
    },
    [repo, undo]
  )

  const setStatus = useCallback(
    async (claim: Claim, status: Claim['status']) => {
      if (claim.status === status) return
      const { before, after } = await repo.updateClaim(claim.id, { status })
      undo.push({
        label: `Mark “${short(claim.anchor.exact)}” ${status}`,
        undo: () => repo.putClaims([before]),
        redo: () => repo.putClaims([after])
      })
    },
    [repo, undo]
  )

  const remove = useCallback(
    async (claim: Claim) => {
      let snapshots = await repo.deleteClaims([claim.id])
      if (editingId === claim.id) setEditingId(null)
      if (selectedId === claim.id) setSelectedId(null)
      undo.push({
        label: `Delete claim “${short(claim.anchor.exact)}”`,
        undo: () => repo.restoreClaims(snapshots),
        redo: async () => {
          snapshots = await repo.deleteClaims([claim.id])
        }
      })
      notices.show({
        tone: 'info',
        message: `Deleted the claim “${short(claim.anchor.exact)}”.`,
        action: { label: 'Undo', run: () => void undo.undo().catch(fail) }
      })
    },
    [repo, undo, notices, editingId, selectedId, fail]
  )

  /** After a suggestion is dealt with, the next one in reading order is selected, for a fast review. */
  const selectNextSuggestion = useCallback(
    (done: Suggestion) => {
      const rest = suggestions.filter((s) => s.id !== done.id)
      const next =
        rest.find((s) => s.articleId === done.articleId && s.draft.anchor.start >= done.draft.anchor.start) ?? rest[0]
      setSelectedId(next?.id ?? null)
    },
    [suggestions]
  )

  const accept = useCallback(
    async (list: readonly Suggestion[]) => {
      if (list.length === 0) return
      const created = await repo.createClaimsIn(list.map((s) => ({ articleId: s.articleId, draft: s.draft })))
      if (list.length === 1) selectNextSuggestion(list[0]!)
      let snapshots: Awaited<ReturnType<typeof repo.deleteClaims>> = []
      undo.push({
        label:
          list.length === 1 ? `Accept “${short(list[0]!.draft.anchor.exact)}”` : `Accept ${list.length} suggestions`,
        undo: async () => {
          snapshots = await repo.deleteClaims(created.map((c) => c.id))
        },
        redo: () => repo.restoreClaims(snapshots)
      })
      if (list.length > 1)
        notices.show({
          tone: 'success',
          message: `Accepted ${list.length} suggestions.`,
          action: { label: 'Undo', run: () => void undo.undo().catch(fail) }
        })
    },
    [repo, undo, notices, fail, selectNextSuggestion]
  )

  const reject = useCallback(
    async (s: Suggestion) => {
      const ref = { kind: s.draft.kind, exact: s.draft.anchor.exact, start: s.draft.anchor.start }
      await repo.dismissSuggestion(s.articleId, ref)
      selectNextSuggestion(s)
      undo.push({
        label: `Reject “${short(s.draft.anchor.exact)}”`,
        undo: () => repo.undismissSuggestion(s.articleId, ref),
        redo: () => repo.dismissSuggestion(s.articleId, ref)
      })
    },
    [repo, undo, selectNextSuggestion]
  )

  /** Shows suggestions for these articles; says how many were found. */
  const suggest = useCallback(
    async (ids: readonly string[]) => {
      await enableSuggestions(repo, ids)
      const count = articles
        .filter((a) => ids.includes(a.id))
        .reduce((n, a) => n + pendingSuggestions(a, claims, dismissed?.get(a.id) ?? new Set()).length, 0)
      notices.show({
        tone: 'info',
        message:
          count === 0
            ? 'No new claims to suggest.'
            : `${count} suggested ${count === 1 ? 'claim' : 'claims'} to review: Enter accepts, Backspace rejects.`
      })
    },
    [repo, articles, claims, dismissed, notices]
  )

  /** Attaches an orphaned claim to the pending selection, keeping its kind, value, status and note. */
  const reattach = useCallback(async () => {
    const claim = claims.find((c) => c.id === reattachId)
    const selection = pending
    const article = selection && articleOf(selection.articleId)
    if (!claim || !selection || !article || article.id !== claim.articleId) return
    const { before, after } = await repo.updateClaim(claim.id, {
      anchor: anchorAt(article.text, selection.start, selection.end),
      orphan: false
    })
    window.getSelection()?.removeAllRanges()
    setPending(null)
    setReattachId(null)
    setSelectedId(claim.id)
    undo.push({
      label: `Re-attach “${short(before.anchor.exact)}”`,
      undo: () => repo.putClaims([before]),
      redo: () => repo.putClaims([after])
    })
  }, [claims, reattachId, pending, articleOf, repo, undo])

  const suggestion = suggestions.find((s) => s.id === selectedId) ?? null

  return {
    claims,
    suggestions,
    /** The selected suggestion, when the selection is one. */
    suggestion,
    suggestFor: suggestFor ?? [],
    suggestOnImport,
    setSuggestOnImport: (on: boolean) => {
      setSuggestOnImportChoice(on)
      repo.setSetting('suggestOnImport', on).catch(fail)
    },
    highlightsByArticle,
    selectedId,
    setSelectedId,
    editing: claims.find((c) => c.id === editingId) ?? null,
    setEditingId,
    pending,
    setPending,
    reattachClaim: claims.find((c) => c.id === reattachId) ?? null,
    setReattachId,
    commands: {
      tag: (kind: ClaimKind) => tag(kind).catch(fail),
      saveEdit,
      setStatus: (claim: Claim, status: Claim['status']) => setStatus(claim, status).catch(fail),
      remove: (claim: Claim) => remove(claim).catch(fail),
      reattach: () => reattach().catch(fail),
      accept: (list: readonly Suggestion[]) => accept(list).catch(fail),
      reject: (s: Suggestion) => reject(s).catch(fail),
      suggest: (ids: readonly string[]) => suggest(ids).catch(fail)
    }
  }
}

function short(text: string): string {
  return text.length > 40 ? `${text.slice(0, 38)}…` : text
}
