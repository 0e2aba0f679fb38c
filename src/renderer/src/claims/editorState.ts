/**
 * What the value editor holds while it is open (kind, fields, status, rating, note, tags, errors)
 * and every change to it, as `perform(state, command) → next`; what Save would store
 * (`checkEdit`); which key does what. Pure, so it is tested without React; ClaimEditor lays it out.
 */
import type { Claim, ClaimKind, ClaimStatus, ClaimValue } from '@core/model'
import type { EditorDraft } from './draft'
import { fieldsOf, tagsFromText, valueFromFields, type Fields } from './values'

export interface ClaimEdit {
  kind: ClaimKind
  value: ClaimValue
  status: ClaimStatus
  note: string
  tags: string[]
  /**
   * For a reviewed claim: the rating chosen on the scale ('' for the status's own) and the published check's address.
   */
  review?: { rating: string; url: string }
}

export interface EditorState extends EditorDraft {
  /** The claim as stored: what a draft is compared with, and the value a kind returns to. */
  claim: Claim
  rating: string
  reviewUrl: string
  /** By field name; `_` for the save's own failure. */
  errors: Record<string, string>
  /** The fields came from an unsaved draft (a reload), not from the store. */
  restored: boolean
}

export type EditorCommand =
  | { type: 'kind'; kind: ClaimKind }
  | { type: 'field'; name: string; value: string }
  | { type: 'status'; status: ClaimStatus }
  | { type: 'rating'; rating: string }
  | { type: 'review-url'; url: string }
  | { type: 'note'; note: string }
  | { type: 'tags'; tags: string }
  /** Back to the stored values: the restored draft is dropped. */
  | { type: 'discard-draft' }
  | { type: 'failed'; errors: Record<string, string> }

/** The editor's state for the claim as stored: what a draft is compared with. */
export function storedDraft(claim: Claim): EditorDraft {
  return {
    kind: claim.kind,
    fields: fieldsOf(claim.kind, claim.value),
    status: claim.status,
    note: claim.note,
    tags: claim.tags.join(', ')
  }
}

/** The editor opened on a claim, from its unsaved draft when there is one. */
export function openEditor(claim: Claim, draft: EditorDraft | null): EditorState {
  const start = draft ?? storedDraft(claim)
  return {
    ...start,
    claim,
    rating: claim.review?.rating ?? '',
    reviewUrl: claim.review?.url ?? '',
    errors: {},
    restored: draft !== null
  }
}

export function perform(state: EditorState, command: EditorCommand): EditorState {
  switch (command.type) {
    case 'kind': {
      // back to the claim's own kind, its stored value; another kind starts empty
      const fields = fieldsOf(command.kind, command.kind === state.claim.kind ? state.claim.value : undefined)
      return { ...state, kind: command.kind, fields, errors: {} }
    }
    case 'field':
      return { ...state, fields: { ...state.fields, [command.name]: command.value } }
    case 'status':
      // a rating belongs to a verdict: a new verdict starts from its own
      return { ...state, status: command.status, rating: '' }
    case 'rating':
      return { ...state, rating: command.rating }
    case 'review-url':
      return { ...state, reviewUrl: command.url }
    case 'note':
      return { ...state, note: command.note }
    case 'tags':
      return { ...state, tags: command.tags }
    case 'discard-draft':
      return { ...state, ...storedDraft(state.claim), restored: false }
    case 'failed':
      return { ...state, errors: command.errors }
  }
}

/** What a draft keeps (the fields as typed). */
export const draftOf = ({ kind, fields, status, note, tags }: EditorState): EditorDraft => ({
  kind,
  fields,
  status,
  note,
  tags
})

/** Whether the editor holds what is stored (then there is no draft to keep). */
export const isUnchanged = (state: EditorState) =>
  JSON.stringify(draftOf(state)) === JSON.stringify(storedDraft(state.claim))

/** What Save stores, or the errors per field. An empty date text is the quote itself. */
export function checkEdit(
  state: EditorState
): { ok: true; edit: ClaimEdit } | { ok: false; errors: Record<string, string> } {
  const { kind, fields, status, claim } = state
  const typed: Fields = kind === 'date' && !fields.text ? { ...fields, text: claim.anchor.exact } : fields
  const checked = valueFromFields(kind, typed)
  if (!checked.ok) return { ok: false, errors: checked.errors }
  const review = status === 'unreviewed' ? undefined : { rating: state.rating, url: state.reviewUrl.trim() }
  return {
    ok: true,
    edit: {
      kind,
      value: checked.value,
      status,
      note: state.note.trim(),
      tags: tagsFromText(state.tags),
      ...(review ? { review } : {})
    }
  }
}

/**
 * What a key does in the editor: Escape closes; Enter saves, except in the note (where it is a new
 * line and Ctrl/Cmd+Enter saves) and on a button (which it presses).
 */
export function editorKey(key: string, target: string, withModifier: boolean): 'close' | 'save' | null {
  if (key === 'Escape') return 'close'
  if (key !== 'Enter') return null
  if (target !== 'TEXTAREA' && target !== 'BUTTON') return 'save'
  return withModifier ? 'save' : null
}
