/**
 * The verdicts panel: every judged pair of claims between the shown articles (or across the case),
 * conflicts first, then different source, compatible, agree, related, and the claims only one
 * article has. Counts per verdict at the top double as filters. A row shows both quotes with their
 * outlets and compare's reason; selecting it brings both spans into view, and "Show differences"
 * opens the word diff of the two passages. ↑/↓ move through the rows, Enter toggles the diff.
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { articleName, type Article, type VerdictKind } from '@core/model'
import { NOT_SAME_REASON, type VerdictChoice } from './overrule'
import { OverruleMenu } from './OverruleMenu'
import { countVerdicts, type VerdictRow } from './view'
import type { VerdictScope } from './viewState'
import { infoOf, verdictInfo } from './verdicts'
import { WordDiff } from './WordDiff'
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
  const { rows, selectedKey, diffOpen } = props
  const [filter, setFilter] = useState<VerdictKind | null>(null)
  const [menuFor, setMenuFor] = useState<string | null>(null)
  const listRef = useRef<HTMLUListElement>(null)
  const counts = useMemo(() => countVerdicts(rows), [rows])
  const shown = useMemo(() => (filter ? rows.filter((r) => r.verdict === filter) : rows), [rows, filter])
  const outlets = useMemo(() => new Map(props.articles.map((a) => [a.id, articleName(a)])), [props.articles])

  // the selected row, and its diff once opened, in full view
  useEffect(() => {
    if (!selectedKey) return
    listRef.current?.querySelector(`[data-key="${CSS.escape(selectedKey)}"]`)?.scrollIntoView?.({ block: 'nearest' })
  }, [selectedKey, diffOpen])

  const onKey = (event: KeyboardEvent) => {
    if (event.target !== event.currentTarget) return
    const index = shown.findIndex((r) => r.key === selectedKey)
    const go = (to: number) => {
      const row = shown[Math.max(0, Math.min(shown.length - 1, to))]
      if (!row) return
      event.preventDefault()
      props.onSelect(row)
    }
    if (event.key === 'ArrowDown') go(index + 1)
    else if (event.key === 'ArrowUp') go(index < 0 ? 0 : index - 1)
    else if (event.key === 'Home') go(0)
    else if (event.key === 'End') go(shown.length - 1)
    else if (event.key === 'Enter' && shown[index]?.b) {
      event.preventDefault()
      props.onToggleDiff(shown[index]!)
    }
  }

  const quote = (side: VerdictRow['a']) => (
    <span className="verdict-quote">
      <bdi className="quote-text">“{side.quote}”</bdi>
      <span className="quote-outlet">
        — <bdi>{outlets.get(side.articleId) ?? 'Unknown outlet'}</bdi>
        {side.suggested ? <span className="suggested-flag"> · suggested</span> : null}
      </span>
    </span>
  )

  return (
    <section
      className="verdicts-panel"
      aria-label="Verdicts"
      data-compare-ms={props.timing?.ms}
      data-compare-where={props.timing?.where}
      title={props.timing ? `Compared in ${props.timing.ms} ms` : undefined}
    >
      <div className="panel-head">
        <h2>
          Verdicts {props.busy ? <span className="comparing" role="status">Comparing…</span> : null}
        </h2>
        <div className="segmented" role="group" aria-label="Which verdicts">
          <button type="button" aria-pressed={props.scope === 'view'} onClick={() => props.onScope('view')}>
            In view
          </button>
          <button type="button" aria-pressed={props.scope === 'case'} onClick={() => props.onScope('case')}>
            Whole case
          </button>
        </div>
      </div>
      <div className="verdict-counts" role="group" aria-label="Counts per verdict (click to filter)">
        {verdictInfo.map((v) => (
          <button
            key={v.kind}
            type="button"
            className={`verdict-chip v-${v.kind}`}
            data-verdict={v.kind}
            aria-pressed={filter === v.kind}
            title={`Show only ${v.label.toLowerCase()} verdicts`}
            onClick={() => setFilter(filter === v.kind ? null : v.kind)}
          >
            <span className="cue-symbol" aria-hidden="true">
              {v.symbol}
            </span>
            {/* the name is what is written: "3 Conflict" (an aria-label that says it otherwise misleads voice control) */}
            <span className="chip-count">{counts.get(v.kind) ?? 0}</span>{' '}
            <span className="chip-label">{v.label}</span>
          </button>
        ))}
      </div>
      {props.partial ? <p className="panel-note">Large articles: compare ran out of its work budget, so some passages were not compared.</p> : null}
      {props.pending ? (
        <p className="panel-empty">Comparing the articles…</p>
      ) : shown.length === 0 ? (
        <p className="panel-empty">{rows.length === 0 ? 'Nothing to compare yet: no claims or suggestions in these articles.' : 'No verdict of this kind.'}</p>
      ) : (
        <ul className="verdict-list" ref={listRef} tabIndex={0} aria-label="Verdicts, conflicts first" onKeyDown={onKey}>
          {shown.slice(0, MAX_ROWS).map((row) => {
            const info = infoOf(row.verdict)
            const selected = row.key === selectedKey
            const open = diffOpen.has(row.key) && row.b
            const passages = open ? props.passagesOf(row) : null
            return (
              <li
                key={row.key}
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
                {quote(row.a)}
                {row.b ? quote(row.b) : null}
                {row.b ? (
                  <div className="verdict-actions">
                    <button
                      type="button"
                      aria-expanded={!!open}
                      onClick={(e) => {
                        e.stopPropagation()
                        props.onToggleDiff(row)
                      }}
                    >
                      {open ? 'Hide differences' : 'Show differences'}
                    </button>
                    <button
                      type="button"
                      aria-haspopup="menu"
                      aria-expanded={menuFor === row.key}
                      onClick={(e) => {
                        e.stopPropagation()
                        setMenuFor(menuFor === row.key ? null : row.key)
                      }}
                    >
                      Overrule…
                    </button>
                  </div>
                ) : null}
                {menuFor === row.key ? (
                  <OverruleMenu
                    current={row.verdict}
                    manual={row.manual}
                    notSame={row.manual && row.reason === NOT_SAME_REASON}
                    onChoose={(choice) => {
                      setMenuFor(null)
                      props.onOverrule(row, choice)
                    }}
                    onClose={() => setMenuFor(null)}
                  />
                ) : null}
                {passages ? <WordDiff a={passages.a} b={passages.b} aLabel={outlets.get(row.a.articleId) ?? 'the first'} bLabel={outlets.get(row.b!.articleId) ?? 'the second'} /> : null}
              </li>
            )
          })}
          {shown.length > MAX_ROWS ? <li className="panel-note">and {shown.length - MAX_ROWS} more — filter by verdict to see them</li> : null}
        </ul>
      )}
    </section>
  )
}
