/**
 * Claims in the reader: tagging a selection, editing a value, changing status, deleting, selecting
 * a claim (which scrolls its pane to it and flashes it), and re-attaching an orphan; the
 * suggestions are useSuggestionReview's. Every stored change pushes its undo entry as data
 * (claimEntries.ts), so Ctrl/Cmd+Z walks back through claims and articles alike.
 */
import { useCallback, useMemo, useState } from 'react'
import { anchorAt } from '@core/anchor'
import { parseClaimValue } from '@core/extract'
import type { Article, Claim, ClaimDraft, ClaimKind } from '@core/model'
import { formatValue } from '@core/report'
import { claimsOfCase, useLiveQuery } from '../db'
import type { Services } from '../app/services'
import type { Highlight } from './highlights'
import type { ClaimEdit } from './ClaimEditor'
import { deletedEntry, editedEntry, reattachedEntry, short, statusEntry, taggedEntry } from './claimEntries'
import { kindLabel } from './kinds'
import type { Suggestion } from './suggestions'
import { enableSuggestions, useSuggestionReview } from './useSuggestionReview'
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

export { enableSuggestions }

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
  const { db, notices } = services
  const stored = useLiveQuery(() => (caseId ? claimsOfCase(db, caseId) : []), [db, caseId])
  const claims = useMemo(() => stored ?? [], [stored])
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const [editingId, setEditingId] = useState<string | null>(null)
  const [pending, setPending] = useState<PendingSelection | null>(null)
  const [reattachId, setReattachId] = useState<string | null>(null)
  const fail = useCallback(
    (error: unknown) => notices.show({ tone: 'error', message: (error as Error).message }),
    [notices]
  )
  const review = useSuggestionReview(services, articles, stored, { setSelectedId, fail })
  const highlightsByArticle = useMemo(() => highlightsOf(claims, review.suggestions), [claims, review.suggestions])
  const state = { claims, selectedId, setSelectedId, editingId, setEditingId, pending, setPending, reattachId }
  const commands = useClaimCommands(services, articles, { ...state, setReattachId, fail })

  return {
    claims,
    suggestions: review.suggestions,
    /** The selected suggestion, when the selection is one. */
    suggestion: review.suggestions.find((s) => s.id === selectedId) ?? null,
    /** The suggested claims of each article whose text has been read (the comparison's too). */
    drafts: review.drafts,
    /** The articles whose suggestions are still being found. */
    finding: review.finding,
    suggestFor: review.suggestFor,
    suggestOnImport: review.suggestOnImport,
    setSuggestOnImport: review.setSuggestOnImport,
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
      ...commands,
      accept: (list: readonly Suggestion[]) => review.accept(list).catch(fail),
      reject: (s: Suggestion) => review.reject(s).catch(fail),
      suggest: (ids: readonly string[]) => review.suggest(ids).catch(fail)
    }
  }
}

/** The highlights of the stored claims with a place in the text and of the suggestions, by article. */
function highlightsOf(claims: readonly Claim[], suggestions: readonly Suggestion[]): Map<string, Highlight[]> {
  const map = new Map<string, Highlight[]>()
  const add = (claim: Claim, suggestion: boolean) => {
    const list = map.get(claim.articleId) ?? []
    list.push(highlightOf(claim, suggestion))
    map.set(claim.articleId, list)
  }
  for (const claim of claims) if (!claim.orphan) add(claim, false)
  for (const s of suggestions) add(s.claim, true)
  return map
}

interface ClaimState {
  claims: readonly Claim[]
  selectedId: string | null
  setSelectedId: (id: string | null) => void
  editingId: string | null
  setEditingId: (id: string | null) => void
  pending: PendingSelection | null
  setPending: (selection: PendingSelection | null) => void
  reattachId: string | null
  setReattachId: (id: string | null) => void
  fail: (error: unknown) => void
}

/** Tagging, editing, status, deleting and re-attaching: each writes, then records its undo entry. */
function useClaimCommands(services: Services, articles: readonly Article[], state: ClaimState) {
  const { repo, undo } = services
  const { pending, fail } = state
  const articleOf = useCallback((id: string) => articles.find((a) => a.id === id), [articles])
  const selection = useCallback(() => {
    const article = pending && articleOf(pending.articleId)
    return pending && article ? { pending, article } : null
  }, [pending, articleOf])

  /** Tags the pending selection as a claim of `kind`, pre-filling its value from the text. */
  const tag = async (kind: ClaimKind) => {
    const chosen = selection()
    if (!chosen) return
    const { article } = chosen
    const anchor = anchorAt(article.text, chosen.pending.start, chosen.pending.end)
    const value =
      parseClaimValue(kind, anchor.exact, { publishedAt: article.publishedAt }) ?? emptyValue(kind, anchor.exact)
    const draft = { kind, anchor, value, origin: 'manual', status: 'unreviewed', note: '', tags: [] } as ClaimDraft
    const created = await repo.createClaim(article.id, draft)
    window.getSelection()?.removeAllRanges()
    state.setPending(null)
    state.setSelectedId(created.id)
    state.setEditingId(created.id)
    undo.push(taggedEntry(created))
  }
  const saveEdit = async (claim: Claim, edit: ClaimEdit) => {
    const { before, after } = await repo.updateClaim(claim.id, edit)
    state.setEditingId(null)
    undo.push(editedEntry(before, after))
  }
  const setStatus = async (claim: Claim, status: Claim['status']) => {
    if (claim.status === status) return
    const { before, after } = await repo.updateClaim(claim.id, { status })
    undo.push(statusEntry(before, after))
  }
  const remove = async (claim: Claim) => {
    const snapshots = await repo.deleteClaims([claim.id])
    if (state.editingId === claim.id) state.setEditingId(null)
    if (state.selectedId === claim.id) state.setSelectedId(null)
    undo.push(deletedEntry(claim, snapshots))
    services.notices.show({
      tone: 'info',
      message: `Deleted the claim “${short(claim.anchor.exact)}”.`,
      action: { label: 'Undo', run: () => void undo.undo().catch(fail) }
    })
  }
  /** Attaches an orphaned claim to the pending selection, keeping its kind, value, status and note. */
  const reattach = async () => {
    const claim = state.claims.find((c) => c.id === state.reattachId)
    const chosen = selection()
    if (!claim || !chosen || chosen.article.id !== claim.articleId) return
    const anchor = anchorAt(chosen.article.text, chosen.pending.start, chosen.pending.end)
    const { before, after } = await repo.updateClaim(claim.id, { anchor, orphan: false })
    window.getSelection()?.removeAllRanges()
    state.setPending(null)
    state.setReattachId(null)
    state.setSelectedId(claim.id)
    undo.push(reattachedEntry(before, after))
  }
  return {
    tag: (kind: ClaimKind) => tag(kind).catch(fail),
    saveEdit,
    setStatus: (claim: Claim, status: Claim['status']) => setStatus(claim, status).catch(fail),
    remove: (claim: Claim) => remove(claim).catch(fail),
    reattach: () => reattach().catch(fail)
  }
}
