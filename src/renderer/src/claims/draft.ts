/**
 * Unsaved edits in an open value editor, kept in sessionStorage so an accidental reload (F5, a
 * crash of the page) loses nothing: the editor writes its fields on every change and, after the
 * reload, the reader reopens it with them. sessionStorage rather than the database because a draft
 * is not data yet (undo, exports and other windows must not see it) and it belongs to this tab.
 *
 * A draft remembers the claim's `updatedAt`: if the claim changed since (an undo, another window),
 * the draft no longer describes what is stored and is dropped rather than applied over it.
 */
import { useEffect, useRef } from 'react'
import { claimKinds, claimStatuses, type Claim, type ClaimKind, type ClaimStatus } from '@core/model'
import type { Fields } from './values'

/** What the value editor holds, as the journalist typed it (not yet checked). */
export interface EditorDraft {
  kind: ClaimKind
  fields: Fields
  status: ClaimStatus
  note: string
  tags: string
}

interface Stored extends EditorDraft {
  claimId: string
  claimUpdatedAt: string
}

const PREFIX = 'parallax:claim-draft:'
/** The claim whose editor was open with unsaved changes: reopened after a reload. */
const OPEN_KEY = 'parallax:claim-draft-open'

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

/** sessionStorage, or nothing when the browser refuses it (storage disabled, quota): drafts are a comfort, not a duty. */
function store(): Store | null {
  try {
    return window.sessionStorage
  } catch {
    return null
  }
}

function isDraft(value: unknown, claimId: string): value is Stored {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  return (
    v.claimId === claimId &&
    typeof v.claimUpdatedAt === 'string' &&
    (claimKinds as readonly unknown[]).includes(v.kind) &&
    (claimStatuses as readonly unknown[]).includes(v.status) &&
    typeof v.note === 'string' &&
    typeof v.tags === 'string' &&
    typeof v.fields === 'object' &&
    v.fields !== null &&
    Object.values(v.fields).every((f) => typeof f === 'string')
  )
}

/** The draft kept for this claim, or null (none, unreadable, or made against another version of the claim). */
export function loadDraft(claim: Pick<Claim, 'id' | 'updatedAt'>, storage: Store | null = store()): EditorDraft | null {
  let parsed: unknown
  try {
    const raw = storage?.getItem(PREFIX + claim.id)
    if (!raw) return null
    parsed = JSON.parse(raw)
  } catch {
    return null
  }
  if (!isDraft(parsed, claim.id) || parsed.claimUpdatedAt !== claim.updatedAt) {
    clearDraft(claim.id, storage)
    return null
  }
  const { kind, fields, status, note, tags } = parsed
  return { kind, fields, status, note, tags }
}

export function saveDraft(
  claim: Pick<Claim, 'id' | 'updatedAt'>,
  draft: EditorDraft,
  storage: Store | null = store()
): void {
  const stored: Stored = { ...draft, claimId: claim.id, claimUpdatedAt: claim.updatedAt }
  try {
    storage?.setItem(PREFIX + claim.id, JSON.stringify(stored))
    storage?.setItem(OPEN_KEY, claim.id)
  } catch {
    // Quota or a disabled storage: the editor still works, only the reload safety net is gone.
  }
}

/** Forgets the draft (saved, discarded, or the editor closed on purpose). */
export function clearDraft(claimId: string, storage: Store | null = store()): void {
  try {
    storage?.removeItem(PREFIX + claimId)
    if (storage?.getItem(OPEN_KEY) === claimId) storage.removeItem(OPEN_KEY)
  } catch {
    // nothing to clean up if storage is unavailable
  }
}

/** The claim whose editor had unsaved changes when the page went away, if any. */
export function openDraftClaimId(storage: Store | null = store()): string | null {
  try {
    return storage?.getItem(OPEN_KEY) ?? null
  } catch {
    return null
  }
}

/**
 * After a reload, reopens the value editor that had unsaved changes, once its claim is loaded.
 * Runs once per page: closing the editor afterwards does not bring it back.
 */
export function useReopenDraft(
  claims: readonly Claim[],
  editing: Claim | null,
  setEditingId: (id: string) => void
): void {
  const done = useRef(false)
  useEffect(() => {
    if (done.current) return
    const id = openDraftClaimId()
    if (!id) {
      done.current = true
      return
    }
    const claim = claims.find((c) => c.id === id)
    if (!claim) return // not loaded yet (or in another case): try again when the claims change
    done.current = true
    if (!editing && loadDraft(claim)) setEditingId(id)
  }, [claims, editing, setEditingId])
}
