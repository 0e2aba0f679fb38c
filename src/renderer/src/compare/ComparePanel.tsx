/**
 * The right-hand column's comparison tabs: the verdicts panel, or the facts matrix (three articles
 * or more) once a comparison is there. The state they show is useCompareView's.
 */
import type { Article } from '@core/model'
import { FactsMatrix } from './FactsMatrix'
import type { ComparisonState } from './useComparison'
import { passagesOfRow, type VerdictRow } from './view'
import type { VerdictChoice } from './overrule'
import type { CompareViewCommand, CompareViewState } from './viewState'
import { VerdictsPanel } from './VerdictsPanel'

interface ComparePanelProps {
  view: CompareViewState
  comparison: ComparisonState
  articles: readonly Article[]
  dispatch: (command: CompareViewCommand) => void
  onSelectRow: (row: VerdictRow) => void
  onOverrule: (row: VerdictRow, choice: VerdictChoice) => void
  onSelectClaim: (claimId: string) => void
}

export function ComparePanel({
  view,
  comparison: state,
  articles,
  dispatch,
  onSelectRow,
  onOverrule,
  onSelectClaim
}: ComparePanelProps) {
  if (view.tab === 'verdicts') {
    const textOf = (id: string) => articles.find((a) => a.id === id)?.text ?? ''
    return (
      <VerdictsPanel
        rows={view.scope === 'view' ? state.pairRows : state.caseRows}
        articles={articles}
        scope={view.scope}
        onScope={(scope) => dispatch({ type: 'scope', scope })}
        selectedKey={view.selectedKey}
        onSelect={onSelectRow}
        diffOpen={view.diffOpen}
        onToggleDiff={(row) => dispatch({ type: 'toggle-diff', key: row.key })}
        passagesOf={(row) => (state.comparison ? passagesOfRow(row, state.comparison, textOf) : null)}
        onOverrule={onOverrule}
        busy={state.busy}
        pending={!state.comparison}
        partial={state.comparison?.partial ?? false}
        timing={state.timing}
      />
    )
  }
  if (view.tab !== 'facts') return null
  if (!state.comparison) return <p className="panel-empty">Comparing the articles…</p>
  return (
    <FactsMatrix
      facts={state.comparison.facts}
      articles={articles}
      claimsById={state.claimsById}
      verdicts={state.matches}
      selectedClaimId={view.reveal?.[0] ?? null}
      onSelectClaim={onSelectClaim}
    />
  )
}
