/** The comparison of the open case, wired to the reader (which panes to show) and the claims (which to select). */
import type { Services } from '../app/services'
import type { useReader } from '../app/useReader'
import type { useClaims } from '../claims/useClaims'
import { useCompareView } from '../compare/useCompareView'

export function useCompare(
  services: Services,
  reader: ReturnType<typeof useReader>,
  claims: ReturnType<typeof useClaims>,
  showSide: () => void
) {
  return useCompareView(services, {
    caseId: reader.caseId,
    articles: reader.articles,
    claims: claims.claims,
    suggested: claims.drafts,
    highlightsByArticle: claims.highlightsByArticle,
    shown: reader.shown,
    showPair: reader.commands.showPair,
    showArticle: (id) => reader.commands.choosePane('right', id),
    showPanel: showSide,
    selectStored: claims.setSelectedId
  })
}
