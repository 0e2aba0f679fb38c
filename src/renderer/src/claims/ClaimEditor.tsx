/**
 * The value editor that opens beside a claim: its kind's fields pre-filled, then status, note and
 * tags. Fully keyboard-operable: Tab moves, Enter saves (Ctrl/Cmd+Enter in the note), Escape closes
 * without saving. Bidi control characters in the quote and the values are shown, so a quote cannot
 * be disguised. Unsaved changes are kept as a draft (./draft) that survives an accidental reload.
 * What it holds and how that changes is ./editorState (plain functions); this file lays it out.
 */
import { useEffect, useId, useReducer, useRef, type KeyboardEvent } from 'react'
import { claimKinds, claimStatuses, type Claim, type ClaimKind, type ClaimStatus } from '@core/model'
import { DEFAULT_SCALE, statusLabels, type RatingScale } from '@core/report'
import { revealControls } from '@core/text'
import { BidiWarning } from '../ui/BidiWarning'
import { clearDraft, loadDraft, saveDraft } from './draft'
import {
  checkEdit,
  draftOf,
  editorKey,
  isUnchanged,
  openEditor,
  perform,
  type ClaimEdit,
  type EditorCommand,
  type EditorState
} from './editorState'
import { kindLabel } from './kinds'
import { fieldSpecs } from './values'

export type { ClaimEdit }

interface ClaimEditorProps {
  claim: Claim
  /** The reviewer's rating scale (the export dialog's profile), for the rating of a reviewed claim. */
  scale?: RatingScale
  /** Where to float: the claim's highlight on screen. */
  anchorRect: { top: number; left: number; bottom: number } | null
  onSave: (edit: ClaimEdit) => Promise<void>
  onClose: () => void
  onDelete: () => void
}

export { revealControls }

/** Room the editor wants below its claim before it goes above instead (px). */
const ROOM_BELOW = 320

/**
 * Below the claim, or above it when there is more room there: never over the sentence it edits.
 * Never past the window's edge either: a long quote or warnings scroll inside the editor instead.
 */
function placeBeside(anchor: { top: number; left: number; bottom: number }) {
  const left = Math.max(8, Math.min(anchor.left, window.innerWidth - 380))
  // a claim scrolled out of sight (a reopened draft): the editor stays in the window
  if (anchor.bottom < 0 || anchor.top > window.innerHeight) {
    const top = Math.max(8, Math.min(anchor.bottom + 8, window.innerHeight - 460))
    return { top, left, maxHeight: Math.max(200, window.innerHeight - top - 8) }
  }
  const below = window.innerHeight - anchor.bottom - 16
  const above = anchor.top - 16
  if (below >= ROOM_BELOW || below >= above) return { top: anchor.bottom + 8, left, maxHeight: Math.max(120, below) }
  return { top: 'auto', bottom: window.innerHeight - anchor.top + 8, left, maxHeight: Math.max(120, above) }
}

export function ClaimEditor({ claim, scale = DEFAULT_SCALE, anchorRect, onSave, onClose, onDelete }: ClaimEditorProps) {
  const id = useId()
  const [state, dispatch] = useReducer(perform, claim, (c) => openEditor(c, loadDraft(c)))
  const ref = useRef<HTMLFormElement>(null)
  const { kind, errors } = state

  // Every change is kept as a draft until saved or closed; back to the stored values, no draft.
  useEffect(() => {
    if (isUnchanged(state)) clearDraft(claim.id)
    else saveDraft(claim, draftOf(state))
  }, [claim, state])
  useFocusInAndBack(ref)

  const close = () => {
    clearDraft(claim.id)
    onClose()
  }
  const save = () => {
    const checked = checkEdit(state)
    if (!checked.ok) return dispatch({ type: 'failed', errors: checked.errors })
    onSave(checked.edit)
      .then(() => clearDraft(claim.id))
      .catch((e: Error) => dispatch({ type: 'failed', errors: { _: e.message } }))
  }
  const onKeyDown = (event: KeyboardEvent) => {
    event.stopPropagation() // the reader's own shortcuts (C, D, 1…) must not fire while typing here
    const action = editorKey(event.key, (event.target as HTMLElement).tagName, event.ctrlKey || event.metaKey)
    if (!action) return
    event.preventDefault()
    if (action === 'close') close()
    else save()
  }

  return (
    <form
      ref={ref}
      className="claim-editor"
      style={anchorRect ? placeBeside(anchorRect) : undefined}
      role="dialog"
      aria-label={`${kindLabel(kind)} claim`}
      onKeyDown={onKeyDown}
      onSubmit={(e) => {
        e.preventDefault()
        save()
      }}
    >
      <EditorNotes state={state} onDiscard={() => (dispatch({ type: 'discard-draft' }), clearDraft(claim.id))} />
      <div className="editor-grid">
        <KindField id={`${id}-kind`} kind={kind} onKind={(next) => dispatch({ type: 'kind', kind: next })} />
        {fieldSpecs[kind].map((spec) => (
          <FieldRow
            key={`${kind}-${spec.name}`}
            id={`${id}-${spec.name}`}
            spec={spec}
            value={state.fields[spec.name] ?? ''}
            error={errors[spec.name]}
            onChange={(value) => dispatch({ type: 'field', name: spec.name, value })}
          />
        ))}
        <ReviewFields id={id} state={state} scale={scale} dispatch={dispatch} />
      </div>
      <BidiWarning values={bidiChecked(state)} />
      {errors._ ? (
        <p className="dialog-error" role="alert">
          {errors._}
        </p>
      ) : null}
      <EditorButtons onDelete={() => (clearDraft(claim.id), onDelete())} onClose={close} />
    </form>
  )
}

function EditorButtons({ onDelete, onClose }: { onDelete: () => void; onClose: () => void }) {
  return (
    <div className="dialog-buttons">
      <button type="button" className="quiet" onClick={onDelete}>
        Delete claim
      </button>
      <span className="spacer" />
      <button type="button" onClick={onClose}>
        Close
      </button>
      <button type="submit" className="primary">
        Save
      </button>
    </div>
  )
}

/**
 * Focus comes in, and goes back where it came from (the pane the claim was tagged in, the claims
 * list) when the editor closes by Escape, Enter or a button.
 */
function useFocusInAndBack(ref: React.RefObject<HTMLFormElement | null>) {
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null
    const editor = ref.current
    editor?.querySelector<HTMLElement>('input, select')?.focus()
    return () => {
      const lost =
        !document.activeElement || document.activeElement === document.body || editor?.contains(document.activeElement)
      if (lost && previous?.isConnected) previous.focus({ preventScroll: true })
    }
  }, [ref])
}

function KindField({ id, kind, onKind }: { id: string; kind: ClaimKind; onKind: (kind: ClaimKind) => void }) {
  return (
    <>
      <label htmlFor={id}>Kind</label>
      <select id={id} value={kind} onChange={(e) => onKind(e.target.value as ClaimKind)}>
        {claimKinds.map((k) => (
          <option key={k} value={k}>
            {kindLabel(k)}
          </option>
        ))}
      </select>
    </>
  )
}

/** The values a disguise could hide in: every typed field, the note and the tags. */
function bidiChecked(state: EditorState) {
  return [
    ...fieldSpecs[state.kind]
      .filter((spec) => spec.type !== 'select')
      .map((spec) => ({ label: spec.label, value: state.fields[spec.name] ?? '' })),
    { label: 'Note', value: state.note },
    { label: 'Tags', value: state.tags }
  ]
}

/** The quote, and what the journalist should know before editing: a restored draft, a lost place. */
function EditorNotes({ state, onDiscard }: { state: EditorState; onDiscard: () => void }) {
  const { claim } = state
  return (
    <>
      {/* the marks belong to the editor's sentence (left to right); the quote inside keeps its own direction */}
      <p className="claim-quote" title="The quoted text">
        “<bdi>{revealControls(claim.anchor.exact)}</bdi>”
      </p>
      {state.restored ? (
        <p className="claim-draft-note" role="status">
          Restored your unsaved changes to this claim.{' '}
          <button type="button" className="quiet" onClick={onDiscard}>
            Discard them
          </button>
        </p>
      ) : null}
      {claim.orphan ? (
        <p className="claim-orphan-note">
          This claim’s quote is no longer in the article’s text. Select the text it now refers to and press Enter to
          re-attach it.
        </p>
      ) : null}
    </>
  )
}

/** Status; for a reviewed claim its rating and published check; then note and tags. */
function ReviewFields({
  id,
  state,
  scale,
  dispatch
}: {
  id: string
  state: EditorState
  scale: RatingScale
  dispatch: (c: EditorCommand) => void
}) {
  const { status } = state
  return (
    <>
      <label htmlFor={`${id}-status`}>Status</label>
      <select
        id={`${id}-status`}
        value={status}
        onChange={(e) => dispatch({ type: 'status', status: e.target.value as ClaimStatus })}
      >
        {claimStatuses.map((s) => (
          <option key={s} value={s}>
            {statusLabels[s]}
          </option>
        ))}
      </select>
      {status !== 'unreviewed' ? (
        <>
          <label htmlFor={`${id}-rating`}>Rating</label>
          <select
            id={`${id}-rating`}
            value={state.rating}
            onChange={(e) => dispatch({ type: 'rating', rating: e.target.value })}
          >
            <option value="">{`${scale.byStatus[status]} (for ${statusLabels[status].toLowerCase()})`}</option>
            {scale.ratings.map((r) => (
              <option key={r.name} value={r.name}>
                {r.name}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-review-url`}>Published check</label>
          <input
            id={`${id}-review-url`}
            type="url"
            value={state.reviewUrl}
            placeholder="https:// (else the reviewer’s pattern)"
            onChange={(e) => dispatch({ type: 'review-url', url: e.target.value })}
          />
        </>
      ) : null}
      <label htmlFor={`${id}-note`}>Note</label>
      <textarea
        id={`${id}-note`}
        value={state.note}
        rows={2}
        dir="auto"
        onChange={(e) => dispatch({ type: 'note', note: e.target.value })}
      />
      <label htmlFor={`${id}-tags`}>Tags</label>
      <input
        id={`${id}-tags`}
        value={state.tags}
        placeholder="comma, separated"
        dir="auto"
        onChange={(e) => dispatch({ type: 'tags', tags: e.target.value })}
      />
    </>
  )
}

function FieldRow({
  id,
  spec,
  value,
  error,
  onChange
}: {
  id: string
  spec: (typeof fieldSpecs)[ClaimKind][number]
  value: string
  error?: string
  onChange: (v: string) => void
}) {
  return (
    <>
      <label htmlFor={id}>{spec.label}</label>
      <span className="field-cell">
        {spec.type === 'select' ? (
          <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
            {spec.options!.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        ) : (
          <input
            id={id}
            value={value}
            inputMode={spec.type === 'number' ? 'decimal' : undefined}
            placeholder={spec.placeholder}
            dir="auto"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(e) => onChange(e.target.value)}
          />
        )}
        {error ? (
          <span id={`${id}-error`} className="field-error" role="alert">
            {error}
          </span>
        ) : null}
      </span>
    </>
  )
}
