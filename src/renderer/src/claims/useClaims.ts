/**
 * Claims in the reader: tagging a selection, editing a value, changing status, deleting, selecting
 * a claim (which scrolls its pane to it and flashes it), and re-attaching an orphan. Every stored
 * change pushes its undo entry, so Ctrl/Cmd+Z walks back through claims and articles alike.
 */
import { useCallback, useMemo, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { anchorAt } from '@core/anchor'
import { parseClaimValue } from '@core/extract'
import type { Article, Claim, ClaimDraft, ClaimKind } from '@core/model'
import { formatValue } from '@core/report'
import { claimsOfCase } from '../db'
import type { Services } from '../app/services'
import type { Highlight } from '../views/ArticleText'
import type { ClaimEdit } from './ClaimEditor'
import { kindLabel } from './kinds'
import { emptyValue } from './values'
import type { TextRange } from './selection'

export interface PendingSelection extends TextRange {
  articleId: string
  rect: { top: number; left: number; bottom: number }
}

export function highlightOf(claim: Claim): Highlight {
  const value = formatValue(claim)
  return {
    id: claim.id,
    start: claim.anchor.start,
    end: claim.anchor.end,
    kind: claim.kind,
    variant: 'claim',
    status: claim.status,
    title: `${kindLabel(claim.kind)}${value ? `: ${value}` : ''} (${claim.status})${claim.note ? `\n${claim.note}` : ''}`
  }
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
  const claims = useLiveQuery(() => (caseId ? claimsOfCase(db, caseId) : []), [db, caseId]) ?? []
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const [editingId, setEditingId] = useState<string | null>(null)
  const [pending, setPending] = useState<PendingSelection | null>(null)
  const [reattachId, setReattachId] = useState<string | null>(null)

  const highlightsByArticle = useMemo(() => {
    const map = new Map<string, Highlight[]>()
    for (const claim of claims) {
      if (claim.orphan) continue
      const list = map.get(claim.articleId) ?? []
      list.push(highlightOf(claim))
      map.set(claim.articleId, list)
    }
    return map
  }, [claims])

  const fail = useCallback((error: unknown) => notices.show({ tone: 'error', message: (error as Error).message }), [notices])
  const articleOf = useCallback((id: string) => articles.find((a) => a.id === id), [articles])

  /** Tags the pending selection as a claim of `kind`, pre-filling its value from the text. */
  const tag = useCallback(
    async (kind: ClaimKind) => {
      const selection = pending
      const article = selection && articleOf(selection.articleId)
      if (!selection || !article) return
      const anchor = anchorAt(article.text, selection.start, selection.end)
      const value = parseClaimValue(kind, anchor.exact, { publishedAt: article.publishedAt?.slice(0, 10) }) ?? emptyValue(kind, anchor.exact)
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
      undo.push({ label: `Mark “${short(claim.anchor.exact)}” ${status}`, undo: () => repo.putClaims([before]), redo: () => repo.putClaims([after]) })
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
      notices.show({ tone: 'info', message: `Deleted the claim “${short(claim.anchor.exact)}”.`, action: { label: 'Undo', run: () => void undo.undo().catch(fail) } })
    },
    [repo, undo, notices, editingId, selectedId, fail]
  )

  /** Attaches an orphaned claim to the pending selection, keeping its kind, value, status and note. */
  const reattach = useCallback(async () => {
    const claim = claims.find((c) => c.id === reattachId)
    const selection = pending
    const article = selection && articleOf(selection.articleId)
    if (!claim || !selection || !article || article.id !== claim.articleId) return
    const { before, after } = await repo.updateClaim(claim.id, { anchor: anchorAt(article.text, selection.start, selection.end), orphan: false })
    window.getSelection()?.removeAllRanges()
    setPending(null)
    setReattachId(null)
    setSelectedId(claim.id)
    undo.push({ label: `Re-attach “${short(before.anchor.exact)}”`, undo: () => repo.putClaims([before]), redo: () => repo.putClaims([after]) })
  }, [claims, reattachId, pending, articleOf, repo, undo])

  return {
    claims,
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
      reattach: () => reattach().catch(fail)
    }
  }
}

function short(text: string): string {
  return text.length > 40 ? `${text.slice(0, 38)}…` : text
}
