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
  const quote = claim.anchor.exact
  return (
    <span className="claim-row-actions" aria-hidden="true">
      <RowAction accept action={`Accept suggestion ${quote}`} title="Accept (Enter)" run={() => onAccept([suggestion])}>
        ✓
      </RowAction>
      <RowAction action={`Reject suggestion ${quote}`} title="Reject (Backspace)" run={() => onReject(suggestion)}>
        ✕
      </RowAction>
    </span>
  )
}

function ClaimButtons({ claim, selected, onLink, onEdit, onDelete }: ClaimRowProps) {
  const quote = claim.anchor.exact
  return (
    <span className="claim-row-actions" aria-hidden="true">
      {onLink && selected && !claim.orphan ? (
        <RowAction
          action={`Link claim ${quote} with…`}
          title="Link with… a claim in the other article"
          run={() => onLink(claim)}
        >
          ↔
        </RowAction>
      ) : null}
      <RowAction action={`Edit claim ${quote}`} title="Edit (Enter)" run={() => onEdit(claim)}>
        ✎
      </RowAction>
      <RowAction action={`Delete claim ${quote}`} title="Delete (Backspace)" run={() => onDelete(claim)}>
        ✕
      </RowAction>
    </span>
  )
}

interface RowActionProps {
  /** What the button does, named for the tests and voice control (the row's own buttons are hidden from the tree). */
  action: string
  title: string
  run: () => void
  accept?: boolean
  children: string
}

/** A row button: it acts on its own claim, not on the row's selection. */
function RowAction({ action, title, run, accept, children }: RowActionProps) {
  const onClick = (event: MouseEvent) => (event.stopPropagation(), run())
  return (
    <span className={`icon row-action${accept ? ' accept' : ''}`} data-action={action} title={title} onClick={onClick}>
      {children}
    </span>
  )
}
