/**
 * The verdicts panel: every judged pair of claims between the shown articles (or across the case),
 * conflicts first, then different source, compatible, agree, related, and the claims only one
 * article has. Counts per verdict at the top double as filters. A row shows both quotes with their
 * outlets and compare's reason; selecting it brings both spans into view, and "Show differences"
 * opens the word diff of the two passages. ↑/↓ move through the rows, Enter toggles the diff.
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { articleName, type Article, type VerdictKind } from '@core/model'
import type { VerdictChoice } from './overrule'
import { countVerdicts, type VerdictRow } from './view'
import { verdictKeyCommand, type VerdictScope } from './viewState'
import { verdictInfo } from './verdicts'
import { VerdictItem } from './VerdictItem'
import './compare.css'

export type { VerdictScope }

interface VerdictsPanelProps {
  rows: readonly VerdictRow[]
  articles: readonly Article[]
  scope: VerdictScope
  onScope: (scope: VerdictScope) => void
  selectedKey: string | null
  onSelect: (row: VerdictRow) => void
  /** Rows whose word diff is open. */
  diffOpen: ReadonlySet<string>
  onToggleDiff: (row: VerdictRow) => void
  passagesOf: (row: VerdictRow) => { a: string; b: string } | null
  onOverrule: (row: VerdictRow, choice: VerdictChoice) => void
  /** A comparison is running (the first one, or after a change). */
  busy: boolean
  /** No comparison yet. */
  pending: boolean
  partial: boolean
  /** The last comparison's duration and where it ran, for the curious (and the tests). */
  timing: { ms: number; where: 'worker' | 'inline' } | null
}

/** Only-in-one rows can run to hundreds; the rest are few. Render this many, say how many more. */
const MAX_ROWS = 300

export function VerdictsPanel(props: VerdictsPanelProps) {
  const { rows } = props
  const [filter, setFilter] = useState<VerdictKind | null>(null)
  const counts = useMemo(() => countVerdicts(rows), [rows])
  const shown = useMemo(() => (filter ? rows.filter((r) => r.verdict === filter) : rows), [rows, filter])
  return (
    <section
      className="verdicts-panel"
      aria-label="Verdicts"
      data-compare-ms={props.timing?.ms}
      data-compare-where={props.timing?.where}
      title={props.timing ? `Compared in ${props.timing.ms} ms` : undefined}
    >
      <PanelHead busy={props.busy} scope={props.scope} onScope={props.onScope} />
      <VerdictCounts counts={counts} filter={filter} onFilter={setFilter} />
      {props.partial ? (
        <p className="panel-note">
          Large articles: compare ran out of its work budget, so some passages were not compared.
        </p>
      ) : null}
      {props.pending ? (
        <p className="panel-empty">Comparing the articles…</p>
      ) : shown.length === 0 ? (
        <p className="panel-empty">
          {rows.length === 0
            ? 'Nothing to compare yet: no claims or suggestions in these articles.'
            : 'No verdict of this kind.'}
        </p>
      ) : (
        <VerdictList {...props} shown={shown} />
      )}
    </section>
  )
}

/** The rows shown (the first MAX_ROWS), with their keys; the selected row is kept in view. */
function VerdictList(props: VerdictsPanelProps & { shown: readonly VerdictRow[] }) {
  const { shown, selectedKey, diffOpen } = props
  const [menuFor, setMenuFor] = useState<string | null>(null)
  const listRef = useRef<HTMLUListElement>(null)
  const outlets = useMemo(() => new Map(props.articles.map((a) => [a.id, articleName(a)])), [props.articles])

  // the selected row, and its diff once opened, in full view
  useEffect(() => {
    if (!selectedKey) return
    listRef.current?.querySelector(`[data-key="${CSS.escape(selectedKey)}"]`)?.scrollIntoView?.({ block: 'nearest' })
  }, [selectedKey, diffOpen])

  const onKey = (event: KeyboardEvent) => {
    if (event.target !== event.currentTarget) return
    const command = verdictKeyCommand(event.key, shown, selectedKey)
    if (!command) return
    event.preventDefault()
    if (command.type === 'select') props.onSelect(command.row)
    else props.onToggleDiff(command.row)
  }

  return (
    <ul className="verdict-list" ref={listRef} tabIndex={0} aria-label="Verdicts, conflicts first" onKeyDown={onKey}>
      {shown.slice(0, MAX_ROWS).map((row) => {
        const open = diffOpen.has(row.key) && !!row.b
        return (
          <VerdictItem
            key={row.key}
            row={row}
            selected={row.key === selectedKey}
            diffOpen={open}
            passages={open ? props.passagesOf(row) : null}
            menuOpen={menuFor === row.key}
            outletOf={(id) => outlets.get(id)}
            onSelect={props.onSelect}
            onToggleDiff={props.onToggleDiff}
            onMenu={(on) => setMenuFor(on ? row.key : null)}
            onOverrule={props.onOverrule}
          />
        )
      })}
      {shown.length > MAX_ROWS ? (
        <li className="panel-note">and {shown.length - MAX_ROWS} more — filter by verdict to see them</li>
      ) : null}
    </ul>
  )
}

function PanelHead({
  busy,
  scope,
  onScope
}: {
  busy: boolean
  scope: VerdictScope
  onScope: (scope: VerdictScope) => void
}) {
  return (
    <div className="panel-head">
      <h2>
        Verdicts{' '}
        {busy ? (
          <span className="comparing" role="status">
            Comparing…
          </span>
        ) : null}
      </h2>
      <div className="segmented" role="group" aria-label="Which verdicts">
        <button type="button" aria-pressed={scope === 'view'} onClick={() => onScope('view')}>
          In view
        </button>
        <button type="button" aria-pressed={scope === 'case'} onClick={() => onScope('case')}>
          Whole case
        </button>
      </div>
    </div>
  )
}

/** Counts per verdict, each a filter (a second click shows every verdict again). */
function VerdictCounts({
  counts,
  filter,
  onFilter
}: {
  counts: ReadonlyMap<VerdictKind, number>
  filter: VerdictKind | null
  onFilter: (kind: VerdictKind | null) => void
}) {
  return (
    <div className="verdict-counts" role="group" aria-label="Counts per verdict (click to filter)">
      {verdictInfo.map((v) => (
        <button
          key={v.kind}
          type="button"
          className={`verdict-chip v-${v.kind}`}
          data-verdict={v.kind}
          aria-pressed={filter === v.kind}
          title={`Show only ${v.label.toLowerCase()} verdicts`}
          onClick={() => onFilter(filter === v.kind ? null : v.kind)}
        >
          <span className="cue-symbol" aria-hidden="true">
            {v.symbol}
          </span>
          {/* the name is what is written: "3 Conflict" (an aria-label that says it otherwise misleads voice control) */}
          <span className="chip-count">{counts.get(v.kind) ?? 0}</span> <span className="chip-label">{v.label}</span>
        </button>
      ))}
    </div>
  )
}
