/**
 * The value editor that opens beside a claim: its kind's fields pre-filled, then status, note and
 * tags. Fully keyboard-operable: Tab moves, Enter saves (Ctrl/Cmd+Enter in the note), Escape closes
 * without saving. Bidi control characters in the quote and the values are shown, so a quote cannot
 * be disguised. Unsaved changes are kept as a draft (./draft) that survives an accidental reload.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { claimKinds, claimStatuses, type Claim, type ClaimKind, type ClaimStatus, type ClaimValue } from '@core/model'
import { DEFAULT_SCALE, statusLabels, type RatingScale } from '@core/report'
import { revealControls } from '@core/text'
import { BidiWarning } from '../ui/BidiWarning'
import { clearDraft, loadDraft, saveDraft, type EditorDraft } from './draft'
import { kindLabel } from './kinds'
import { fieldSpecs, fieldsOf, tagsFromText, valueFromFields, type Fields } from './values'

export interface ClaimEdit {
  kind: ClaimKind
  value: ClaimValue
  status: ClaimStatus
  note: string
  tags: string[]
  /** For a reviewed claim: the rating chosen on the scale ('' for the status's own) and the published check's address. */
  review?: { rating: string; url: string }
}

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
  const [initial] = useState(() => storedState(claim))
  const [restored, setRestored] = useState(() => loadDraft(claim))
  const start = restored ?? initial
  const [kind, setKind] = useState<ClaimKind>(start.kind)
  const [fields, setFields] = useState<Fields>(start.fields)
  const [status, setStatus] = useState<ClaimStatus>(start.status)
  const [note, setNote] = useState(start.note)
  const [tags, setTags] = useState(start.tags)
  const [rating, setRating] = useState(claim.review?.rating ?? '')
  const [reviewUrl, setReviewUrl] = useState(claim.review?.url ?? '')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const ref = useRef<HTMLFormElement>(null)

  // Every change is kept as a draft until saved or closed; back to the stored values, no draft.
  useEffect(() => {
    const current: EditorDraft = { kind, fields, status, note, tags }
    if (JSON.stringify(current) === JSON.stringify(initial)) clearDraft(claim.id)
    else saveDraft(claim, current)
  }, [claim, initial, kind, fields, status, note, tags])

  const discardDraft = () => {
    setKind(initial.kind)
    setFields(initial.fields)
    setStatus(initial.status)
    setNote(initial.note)
    setTags(initial.tags)
    setRestored(null)
    clearDraft(claim.id)
  }

  const close = () => {
    clearDraft(claim.id)
    onClose()
  }

  // Focus comes in, and goes back where it came from (the pane the claim was tagged in, the
  // claims list) when the editor closes by Escape, Enter or a button.
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null
    const editor = ref.current
    editor?.querySelector<HTMLElement>('input, select')?.focus()
    return () => {
      const lost = !document.activeElement || document.activeElement === document.body || editor?.contains(document.activeElement)
      if (lost && previous?.isConnected) previous.focus({ preventScroll: true })
    }
  }, [])

  const changeKind = (next: ClaimKind) => {
    setKind(next)
    setFields(fieldsOf(next, next === claim.kind ? claim.value : undefined))
    setErrors({})
  }

  const save = () => {
    const checked = valueFromFields(kind, kind === 'date' && !fields.text ? { ...fields, text: claim.anchor.exact } : fields)
    if (!checked.ok) return setErrors(checked.errors)
    const review = status === 'unreviewed' ? undefined : { rating, url: reviewUrl.trim() }
    onSave({ kind, value: checked.value, status, note: note.trim(), tags: tagsFromText(tags), ...(review ? { review } : {}) })
      .then(() => clearDraft(claim.id))
      .catch((e: Error) => setErrors({ _: e.message }))
  }

  const onKeyDown = (event: KeyboardEvent) => {
    event.stopPropagation() // the reader's own shortcuts (C, D, 1…) must not fire while typing here
    if (event.key === 'Escape') {
      event.preventDefault()
      close()
    } else if (event.key === 'Enter' && (event.target as HTMLElement).tagName !== 'TEXTAREA' && (event.target as HTMLElement).tagName !== 'BUTTON') {
      event.preventDefault()
      save()
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault()
      save()
    }
  }

  const style = anchorRect ? placeBeside(anchorRect) : undefined

  return (
    <form
      ref={ref}
      className="claim-editor"
      style={style}
      role="dialog"
      aria-label={`${kindLabel(kind)} claim`}
      onKeyDown={onKeyDown}
      onSubmit={(e) => {
        e.preventDefault()
        save()
      }}
    >
      {/* the marks belong to the editor's sentence (left to right); the quote inside keeps its own direction */}
      <p className="claim-quote" title="The quoted text">
        “<bdi>{revealControls(claim.anchor.exact)}</bdi>”
      </p>
      {restored ? (
        <p className="claim-draft-note" role="status">
          Restored your unsaved changes to this claim.{' '}
          <button type="button" className="quiet" onClick={discardDraft}>
            Discard them
          </button>
        </p>
      ) : null}
      {claim.orphan ? <p className="claim-orphan-note">This claim’s quote is no longer in the article’s text. Select the text it now refers to and press Enter to re-attach it.</p> : null}
      <div className="editor-grid">
        <label htmlFor={`${id}-kind`}>Kind</label>
        <select id={`${id}-kind`} value={kind} onChange={(e) => changeKind(e.target.value as ClaimKind)}>
          {claimKinds.map((k) => (
            <option key={k} value={k}>
              {kindLabel(k)}
            </option>
          ))}
        </select>
        {fieldSpecs[kind].map((spec) => (
          <FieldRow key={`${kind}-${spec.name}`} id={`${id}-${spec.name}`} spec={spec} value={fields[spec.name] ?? ''} error={errors[spec.name]} onChange={(v) => setFields({ ...fields, [spec.name]: v })} />
        ))}
        <label htmlFor={`${id}-status`}>Status</label>
        <select
          id={`${id}-status`}
          value={status}
          onChange={(e) => {
            setStatus(e.target.value as ClaimStatus)
            // a rating belongs to a verdict: a new verdict starts from its own
            setRating('')
          }}
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
            <select id={`${id}-rating`} value={rating} onChange={(e) => setRating(e.target.value)}>
              <option value="">{`${scale.byStatus[status]} (for ${statusLabels[status].toLowerCase()})`}</option>
              {scale.ratings.map((r) => (
                <option key={r.name} value={r.name}>
                  {r.name}
                </option>
              ))}
            </select>
            <label htmlFor={`${id}-review-url`}>Published check</label>
            <input id={`${id}-review-url`} type="url" value={reviewUrl} placeholder="https:// (else the reviewer’s pattern)" onChange={(e) => setReviewUrl(e.target.value)} />
          </>
        ) : null}
        <label htmlFor={`${id}-note`}>Note</label>
        <textarea id={`${id}-note`} value={note} rows={2} dir="auto" onChange={(e) => setNote(e.target.value)} />
        <label htmlFor={`${id}-tags`}>Tags</label>
        <input id={`${id}-tags`} value={tags} placeholder="comma, separated" dir="auto" onChange={(e) => setTags(e.target.value)} />
      </div>
      <BidiWarning
        values={[
          ...fieldSpecs[kind].filter((spec) => spec.type !== 'select').map((spec) => ({ label: spec.label, value: fields[spec.name] ?? '' })),
          { label: 'Note', value: note },
          { label: 'Tags', value: tags }
        ]}
      />
      {errors._ ? (
        <p className="dialog-error" role="alert">
          {errors._}
        </p>
      ) : null}
      <div className="dialog-buttons">
        <button
          type="button"
          className="quiet"
          onClick={() => {
            clearDraft(claim.id)
            onDelete()
          }}
        >
          Delete claim
        </button>
        <span className="spacer" />
        <button type="button" onClick={close}>
          Close
        </button>
        <button type="submit" className="primary">
          Save
        </button>
      </div>
    </form>
  )
}

/** The editor's state for the claim as stored: what a draft is compared with. */
function storedState(claim: Claim): EditorDraft {
  return { kind: claim.kind, fields: fieldsOf(claim.kind, claim.value), status: claim.status, note: claim.note, tags: claim.tags.join(', ') }
}

function FieldRow({ id, spec, value, error, onChange }: { id: string; spec: (typeof fieldSpecs)[ClaimKind][number]; value: string; error?: string; onChange: (v: string) => void }) {
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
