/** The side column: its tabs, and under them the claims list (or the verdicts or facts of the comparison). */
import type { Article } from '@core/model'
import { ClaimsPanel } from '../claims/ClaimsPanel'
import type { Suggestion } from '../claims/suggestions'
import type { useClaims } from '../claims/useClaims'
import { SideTabs } from '../compare/SideTabs'
import type { useCompareView } from '../compare/useCompareView'
import type { WindowState } from './windowState'

interface SidePanelProps {
  width: number
  claims: ReturnType<typeof useClaims>
  compare: ReturnType<typeof useCompareView>
  suggestions: readonly Suggestion[]
  articles: readonly Article[]
  shownIds: readonly string[]
  ui: WindowState
  selectClaim: (claimId: string) => void
}

export function SidePanel({
  width,
  claims,
  compare,
  suggestions,
  articles,
  shownIds,
  ui,
  selectClaim
}: SidePanelProps) {
  return (
    <div className="side-column" style={{ width }}>
      <SideTabs tab={compare.tab} onTab={compare.setTab} showFacts={compare.showFacts} conflicts={compare.conflicts} />
      {compare.tab !== 'claims' ? (
        compare.panel
      ) : (
        <ClaimsPanel
          claims={claims.claims}
          suggestions={suggestions}
          askedArticleIds={claims.suggestFor}
          findingArticleIds={claims.finding}
          onAccept={(list) => void claims.commands.accept(list)}
          onReject={(s) => void claims.commands.reject(s)}
          onSuggest={(ids) => void claims.commands.suggest(ids)}
          suggestOnImport={claims.suggestOnImport}
          onSuggestOnImport={claims.setSuggestOnImport}
          articles={articles}
          shownArticleIds={shownIds}
          scope={ui.scope}
          onScope={ui.setScope}
          filter={ui.claimFilter}
          onFilter={ui.setClaimFilter}
          selectedId={claims.selectedId}
          onSelect={(claim) => {
            if (compare.pickClaim(claim.id)) return
            selectClaim(claim.id)
            if (claim.orphan) claims.setReattachId(claim.id)
          }}
          onEdit={(claim) => {
            selectClaim(claim.id)
            claims.setEditingId(claim.id)
          }}
          onDelete={(claim) => void claims.commands.remove(claim)}
          onLink={compare.startLink}
        />
      )}
    </div>
  )
}
