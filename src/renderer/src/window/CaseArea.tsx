/** The middle of the window: the open case's two panes (or the no-case page), and the passage card over them. */
import type { Command } from '../app/shortcuts'
import type { useReader } from '../app/useReader'
import type { useClaims } from '../claims/useClaims'
import { isSuggestionId } from '../claims/suggestionIds'
import type { useCompareView } from '../compare/useCompareView'
import { CaseView } from '../views/CaseView'
import type { useLayout } from '../app/layout'
import { NoCase } from './Toolbar'

interface CaseAreaProps {
  reader: ReturnType<typeof useReader>
  claims: ReturnType<typeof useClaims>
  compare: ReturnType<typeof useCompareView>
  layout: ReturnType<typeof useLayout>
  scrollTogether: boolean
  run: (command: Command) => void
}

export function CaseArea({ reader, claims, compare, layout, scrollTogether, run }: CaseAreaProps) {
  const { kase, commands, setDialog, fail } = reader
  if (!kase) return <main className="case-area">{reader.ready ? <NoCase run={run} /> : null}</main>
  return (
    <main className="case-area">
      <CaseView
        kase={kase}
        articles={reader.articles}
        panes={reader.panes}
        highlightsByArticle={compare.highlights}
        gutter={compare.gutter}
        alignment={compare.alignment}
        selectedClaimId={claims.selectedId}
        split={layout.split}
        onSplit={layout.setSplit}
        scrollTogether={scrollTogether}
        onChoose={commands.choosePane}
        onSwap={commands.swapPanes}
        onEdit={(article) => setDialog({ kind: 'edit-article', article })}
        onDelete={(article) => void commands.deleteArticle(article).catch(fail)}
        onReplaceText={(article) => setDialog({ kind: 'replace-text', article })}
        onOpenFiles={() => run('open-files')}
        onPaste={() => run('paste-text')}
        onSelectText={claims.setPending}
        onClaimClick={(id) => {
          if (compare.pickClaim(id)) return
          claims.setSelectedId(id)
          if (!isSuggestionId(id)) claims.setEditingId(id)
        }}
      />
      {compare.passageCard}
    </main>
  )
}
