/**
 * One row of the claims list: kind badge, quote, value in words, status (or "to review"), outlet,
 * page and note; its buttons accept or reject a suggestion, or link, edit and delete a claim.
 */
import type { CSSProperties, MouseEvent } from 'react'
import type { Claim } from '@core/model'
import { formatValue, statusLabels } from '@core/report'
import { kindLabel } from './kinds'
import type { Suggestion } from './suggestions'

export interface ClaimRowActions {
  onSelect: (claim: Claim) => void
  onAccept: (list: readonly Suggestion[]) => void
  onReject: (suggestion: Suggestion) => void
  onEdit: (claim: Claim) => void
  onDelete: (claim: Claim) => void
  onLink?: (claim: Claim) => void
}

interface ClaimRowProps extends ClaimRowActions {
  claim: Claim
  /** The suggestion this row is, when it waits for review. */
  suggestion: Suggestion | undefined
  selected: boolean
  outlet: string | undefined
  /** "p. 3" for a claim in a paged document, else ''. */
  page: string
  style: CSSProperties
}

/** A row button: it acts on its own claim, not on the row's selection. */
const own = (run: () => void) => (event: MouseEvent) => (event.stopPropagation(), run())

export function ClaimRow(props: ClaimRowProps) {
  const { claim, suggestion, selected } = props
  return (
    <div
      id={`claim-row-${claim.id}`}
      role="option"
      aria-selected={selected}
      className={`claim-row${selected ? ' selected' : ''}${claim.orphan ? ' orphan' : ''}${suggestion ? ' pending' : ''}`}
      style={props.style}
      onClick={() => props.onSelect(claim)}
      onDoubleClick={() => (suggestion ? props.onAccept([suggestion]) : props.onEdit(claim))}
    >
      <span className={`kind-badge tag-${claim.kind}`} title={kindLabel(claim.kind)}>
        {kindLabel(claim.kind)[0]}
      </span>
      <span className="claim-row-body">
        <bdi className="claim-row-quote">“{claim.anchor.exact}”</bdi>
        <span className="claim-row-value">
          <bdi>{formatValue(claim) || '—'}</bdi>
        </span>
        <span className="claim-row-meta">
          {claim.orphan ? <strong className="orphan-flag">orphaned · </strong> : null}
          {suggestion ? (
            <strong className="to-review">suggested, to review</strong>
          ) : (
            <span className={`status status-${claim.status}`}>{statusLabels[claim.status]}</span>
          )}
          {claim.origin === 'suggested' && !suggestion ? ' · suggested' : ''} · <bdi>{props.outlet}</bdi>
          {props.page ? <span className="claim-page"> · {props.page}</span> : null}
          {claim.note ? ' · has a note' : ''}
        </span>
      </span>
      {suggestion ? <SuggestionButtons {...props} suggestion={suggestion} /> : <ClaimButtons {...props} />}
    </div>
  )
}

function SuggestionButtons({ claim, suggestion, onAccept, onReject }: ClaimRowProps & { suggestion: Suggestion }) {
  return (
    <span className="claim-row-actions" aria-hidden="true">
      <span
        className="icon row-action accept"
        data-action={`Accept suggestion ${claim.anchor.exact}`}
        title="Accept (Enter)"
        onClick={own(() => onAccept([suggestion]))}
      >
        ✓
      </span>
      <span
        className="icon row-action"
        data-action={`Reject suggestion ${claim.anchor.exact}`}
        title="Reject (Backspace)"
        onClick={own(() => onReject(suggestion))}
      >
        ✕
      </span>
    </span>
  )
}

function ClaimButtons({ claim, selected, onLink, onEdit, onDelete }: ClaimRowProps) {
  return (
    <span className="claim-row-actions" aria-hidden="true">
      {onLink && selected && !claim.orphan ? (
        <span
          className="icon row-action"
          data-action={`Link claim ${claim.anchor.exact} with…`}
          title="Link with… a claim in the other article"
          onClick={own(() => onLink(claim))}
        >
          ↔
        </span>
      ) : null}
      <span
        className="icon row-action"
        data-action={`Edit claim ${claim.anchor.exact}`}
        title="Edit (Enter)"
        onClick={own(() => onEdit(claim))}
      >
        ✎
      </span>
      <span
        className="icon row-action"
        data-action={`Delete claim ${claim.anchor.exact}`}
        title="Delete (Backspace)"
        onClick={own(() => onDelete(claim))}
      >
        ✕
      </span>
    </span>
  )
}
