/**
 * One row of the verdicts panel: the verdict (and "manual" when set by hand), compare's reason,
 * both quotes with their outlets, and for a pair "Show differences" (the word diff) and
 * "Overrule…" (the menu of relations).
 */
import { NOT_SAME_REASON, type VerdictChoice } from './overrule'
import { OverruleMenu } from './OverruleMenu'
import type { VerdictRow } from './view'
import { infoOf } from './verdicts'
import { WordDiff } from './WordDiff'

interface VerdictItemProps {
  row: VerdictRow
  selected: boolean
  /** The two passages, when the row's word diff is open. */
  passages: { a: string; b: string } | null
  diffOpen: boolean
  menuOpen: boolean
  outletOf: (articleId: string) => string | undefined
  onSelect: (row: VerdictRow) => void
  onToggleDiff: (row: VerdictRow) => void
  onMenu: (open: boolean) => void
  onOverrule: (row: VerdictRow, choice: VerdictChoice) => void
}

export function VerdictItem(props: VerdictItemProps) {
  const { row, selected, passages, outletOf } = props
  const info = infoOf(row.verdict)
  return (
    <li
      data-key={row.key}
      data-verdict={row.verdict}
      data-claims={row.b ? `${row.a.claimId} ${row.b.claimId}` : row.a.claimId}
      className={`verdict-row v-${row.verdict}${selected ? ' selected' : ''}`}
      aria-current={selected ? 'true' : undefined}
      onClick={() => props.onSelect(row)}
    >
      <div className="verdict-line">
        <span className={`verdict-badge v-${row.verdict}`}>
          <span className="cue-symbol" aria-hidden="true">
            {info.symbol}
          </span>{' '}
          {info.label}
        </span>
        {row.manual ? (
          <span className="manual-badge" title="Set by hand">
            manual
          </span>
        ) : null}
      </div>
      {row.verdict !== 'only-in-one' ? <p className="verdict-reason">{row.reason}</p> : null}
      <Quote side={row.a} outlet={outletOf(row.a.articleId)} />
      {row.b ? <Quote side={row.b} outlet={outletOf(row.b.articleId)} /> : null}
      {row.b ? <PairActions {...props} /> : null}
      {props.menuOpen ? (
        <OverruleMenu
          current={row.verdict}
          manual={row.manual}
          notSame={row.manual && row.reason === NOT_SAME_REASON}
          onChoose={(choice) => {
            props.onMenu(false)
            props.onOverrule(row, choice)
          }}
          onClose={() => props.onMenu(false)}
        />
      ) : null}
      {passages && row.b ? (
        <WordDiff
          a={passages.a}
          b={passages.b}
          aLabel={outletOf(row.a.articleId) ?? 'the first'}
          bLabel={outletOf(row.b.articleId) ?? 'the second'}
        />
      ) : null}
    </li>
  )
}

function Quote({ side, outlet }: { side: VerdictRow['a']; outlet: string | undefined }) {
  return (
    <span className="verdict-quote">
      <bdi className="quote-text">“{side.quote}”</bdi>
      <span className="quote-outlet">
        — <bdi>{outlet ?? 'Unknown outlet'}</bdi>
        {side.suggested ? <span className="suggested-flag"> · suggested</span> : null}
      </span>
    </span>
  )
}

function PairActions({ row, diffOpen, menuOpen, onToggleDiff, onMenu }: VerdictItemProps) {
  return (
    <div className="verdict-actions">
      <button
        type="button"
        aria-expanded={diffOpen}
        onClick={(e) => {
          e.stopPropagation()
          onToggleDiff(row)
        }}
      >
        {diffOpen ? 'Hide differences' : 'Show differences'}
      </button>
      <button
        type="button"
        aria-haspopup="menu"
        aria-expanded={menuOpen}
        onClick={(e) => {
          e.stopPropagation()
          onMenu(!menuOpen)
        }}
      >
        Overrule…
      </button>
    </div>
  )
}
