/**
 * The claims panel's review bar: how many suggestions wait for review (a filter), "accept all" per
 * kind, "Finding claims…" while the suggestion worker reads an article asked about (shown only
 * after a moment, styles.css, so a quick answer does not flash it), "Suggest claims" for the
 * articles in scope never asked, and the suggest-on-import switch.
 */
import { togglePending, type ClaimFilter } from './filter'
import { kindInfo } from './kinds'
import type { Suggestion } from './suggestions'

interface ReviewBarProps {
  pending: readonly Suggestion[]
  unasked: readonly string[]
  /** Whether suggestions of an article in scope are still being found. */
  finding: boolean
  /** How many articles the scope holds: "Suggest claims" names the unasked ones when fewer. */
  scopeSize: number
  outletOf: (articleId: string) => string | undefined
  filter: ClaimFilter
  onFilter: (filter: ClaimFilter) => void
  onAccept: (list: readonly Suggestion[]) => void
  onSuggest: (articleIds: readonly string[]) => void
  suggestOnImport: boolean
  onSuggestOnImport: (on: boolean) => void
}

export function ReviewBar(props: ReviewBarProps) {
  const { pending, unasked, filter, outletOf } = props
  const byKind = kindInfo
    .map((info) => ({ info, list: pending.filter((s) => s.draft.kind === info.kind) }))
    .filter(({ list }) => list.length > 0)
  const where =
    unasked.length < props.scopeSize
      ? ` in ${unasked.length === 1 ? outletOf(unasked[0]!) : `${unasked.length} articles`}`
      : ''
  return (
    <div className="review-bar">
      {pending.length > 0 ? (
        <>
          <button
            type="button"
            className="link"
            aria-pressed={filter.review === 'pending'}
            onClick={() => props.onFilter(togglePending(filter))}
          >
            {pending.length} to review
          </button>
          {byKind.map(({ info, list }) => (
            <button
              key={info.kind}
              type="button"
              className={`chip tag-${info.kind}`}
              onClick={() => props.onAccept(list)}
              title={`Accept all ${list.length} suggested ${info.label.toLowerCase()} claims`}
            >
              Accept all {info.label.toLowerCase()} ({list.length})
            </button>
          ))}
        </>
      ) : null}
      {props.finding ? (
        <span className="finding" role="status">
          Finding claims…
        </span>
      ) : null}
      {unasked.length > 0 ? (
        <button
          type="button"
          onClick={() => props.onSuggest(unasked)}
          title={`Find casualty counts, dates, attributions and figures in ${unasked.map(outletOf).join(', ')}`}
        >
          Suggest claims{where}
        </button>
      ) : null}
      <label className="check">
        <input
          type="checkbox"
          checked={props.suggestOnImport}
          onChange={(e) => props.onSuggestOnImport(e.target.checked)}
        />{' '}
        Suggest on import
      </label>
    </div>
  )
}
