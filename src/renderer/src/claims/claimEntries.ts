/**
 * The undo entries of the claims panel's writes, as data: each is a label and the store change
 * that reverses the write (app/storeChanges.ts applies it and hands back the change that redoes
 * it). Made from what the write handed back, so no entry holds a closure over a snapshot; plain
 * functions, tested against a real store without React (test/renderer/claim-entries.test.ts).
 */
import type { Claim } from '@core/model'
import type { ClaimSnapshot, SuggestionRef } from '../db'
import type { ChangeEntry } from '../app/undo'
import { kindLabel } from './kinds'
import type { Suggestion } from './suggestions'

/** A quote short enough for a menu item or a notice. */
export function short(text: string): string {
  return text.length > 40 ? `${text.slice(0, 38)}…` : text
}

/** A claim tagged by hand: undoing deletes it. */
export const taggedEntry = (created: Claim): ChangeEntry => ({
  label: `Tag ${kindLabel(created.kind).toLowerCase()} “${short(created.anchor.exact)}”`,
  change: { kind: 'delete-claims', claimIds: [created.id] }
})

/** A claim changed in place (its value, status, note or anchor): undoing writes `before` back. */
export const changedEntry = (label: string, before: Claim, after: Claim): ChangeEntry => ({
  label,
  change: { kind: 'put-claims', put: [before], over: [after] }
})

export const editedEntry = (before: Claim, after: Claim) =>
  changedEntry(`Edit ${kindLabel(after.kind).toLowerCase()} “${short(after.anchor.exact)}”`, before, after)

export const statusEntry = (before: Claim, after: Claim) =>
  changedEntry(`Mark “${short(before.anchor.exact)}” ${after.status}`, before, after)

export const reattachedEntry = (before: Claim, after: Claim) =>
  changedEntry(`Re-attach “${short(before.anchor.exact)}”`, before, after)

/** A claim deleted: undoing restores what the delete took (the claim and its links). */
export const deletedEntry = (claim: Claim, snapshots: readonly ClaimSnapshot[]): ChangeEntry => ({
  label: `Delete claim “${short(claim.anchor.exact)}”`,
  change: { kind: 'restore-claims', snapshots }
})

/** Suggestions accepted as claims: undoing deletes the claims they became. */
export const acceptedEntry = (list: readonly Suggestion[], created: readonly Claim[]): ChangeEntry => ({
  label: list.length === 1 ? `Accept “${short(list[0]!.draft.anchor.exact)}”` : `Accept ${list.length} suggestions`,
  change: { kind: 'delete-claims', claimIds: created.map((c) => c.id) }
})

/** What a rejection remembers of a suggestion (its dismissal key's parts). */
export const suggestionRef = (s: Suggestion): SuggestionRef => ({
  kind: s.draft.kind,
  exact: s.draft.anchor.exact,
  start: s.draft.anchor.start
})

/** A suggestion rejected: undoing forgets the rejection, so it is offered again. */
export const rejectedEntry = (s: Suggestion): ChangeEntry => ({
  label: `Reject “${short(s.draft.anchor.exact)}”`,
  change: { kind: 'undismiss', articleId: s.articleId, suggestion: suggestionRef(s) }
})
