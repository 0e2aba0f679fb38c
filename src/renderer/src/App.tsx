/**
 * The Parallax window: the library on the left, the open case side by side in the middle, the
 * claims, verdicts and facts tabs on the right, dialogs and notices above. Keyboard shortcuts,
 * menu commands, text selections and dropped files all arrive here and are handed to the reader's
 * commands; the window's parts are in window/, the reader's state and commands in app/.
 */
import { useRef } from 'react'
import type { Command } from './app/shortcuts'
import { useServices } from './app/services'
import { useReader } from './app/useReader'
import { useLayout } from './app/layout'
import { useReviewable } from './claims/reviewable'
import { enableSuggestions, useClaims } from './claims/useClaims'
import { useExports } from './export/useExports'
import { Library } from './views/Library'
import { Notices } from './views/Notices'
import { SideResize } from './views/SideResize'
import { CaseArea } from './window/CaseArea'
import { ClaimPopups } from './window/ClaimPopups'
import { runCommand } from './window/commands'
import { ReaderDialogs } from './window/ReaderDialogs'
import { ReportDialogs } from './window/ReportDialogs'
import { SidePanel } from './window/SidePanel'
import { Toolbar } from './window/Toolbar'
import { useClaimSelection } from './window/useClaimSelection'
import { useCompare } from './window/useCompare'
import { useFileDrop } from './window/useFileDrop'
import { useKeyboard } from './window/useKeyboard'
import { useWindowState } from './window/windowState'

export function App() {
  const services = useServices()
  const reader = useReader(services, enableSuggestions)
  const { commands, dialog, setDialog, kase } = reader
  const exports = useExports(services, { kase, shown: reader.shown, selectCase: commands.selectCase })
  const claims = useClaims(services, reader.caseId, reader.articles)
  const filterRef = useRef<HTMLInputElement>(null)
  const ui = useWindowState()
  const layout = useLayout(services.repo)
  const shownIds = [reader.shown.left?.id, reader.shown.right?.id].filter((id): id is string => !!id)
  const compare = useCompare(services, reader, claims, () => ui.setShowSide(true))
  const review = useReviewable(claims.suggestions, compare.state.judgedSuggestions, claims.selectedId)
  const selectClaim = useClaimSelection(claims, review.suggestions, shownIds, (id) => commands.choosePane('right', id))
  const run = (command: Command) => runCommand(command, { reader, claims, exports, filterRef })
  useKeyboard(services, dialog !== null, { claims, suggestion: review.suggestion, run })
  const drop = useFileDrop(commands.importDropped)
  const side = ui.showSide && kase

  return (
    <div className="app" {...drop.handlers}>
      <Toolbar
        title={kase?.name ?? (reader.ready ? 'No case open' : 'Opening…')}
        hasCase={!!kase}
        scrollTogether={ui.scrollTogether}
        onScrollTogether={ui.setScrollTogether}
        showSide={ui.showSide}
        onShowSide={ui.setShowSide}
        run={run}
      />
      <div className={ui.showSide ? 'workspace with-claims' : 'workspace'}>
        <Library
          entries={reader.entries}
          filter={reader.filter}
          onFilter={reader.setFilter}
          filterRef={filterRef}
          selectedCaseId={reader.caseId}
          shownArticleIds={shownIds}
          onSelectCase={commands.selectCase}
          onSelectArticle={(c, a) => void commands.selectArticle(c, a).catch(reader.fail)}
          onNewCase={() => setDialog({ kind: 'new-case' })}
          onRenameCase={(target) => setDialog({ kind: 'rename-case', kase: target })}
          onDeleteCase={(target) => void commands.deleteCase(target).catch(reader.fail)}
        />
        <CaseArea
          reader={reader}
          claims={claims}
          compare={compare}
          layout={layout}
          scrollTogether={ui.scrollTogether}
          run={run}
        />
        {side ? <SideResize width={layout.sideWidth} onWidth={layout.setSideWidth} /> : null}
        {side ? (
          <SidePanel
            width={layout.sideWidth}
            claims={claims}
            compare={compare}
            suggestions={review.suggestions}
            articles={reader.articles}
            shownIds={shownIds}
            ui={ui}
            selectClaim={selectClaim}
          />
        ) : null}
      </div>
      <ClaimPopups services={services} claims={claims} busy={dialog !== null} />
      {drop.dragging ? (
        <div className="drop-overlay" aria-hidden="true">
          <p>Drop articles to import them into {kase?.name ?? 'a new case'}</p>
        </div>
      ) : null}
      <ReaderDialogs reader={reader} claims={claims.claims} services={services} />
      <ReportDialogs exports={exports} claims={claims} compare={compare} suggestions={review.suggestions} />
      {compare.linking}
      <Notices board={services.notices} />
    </div>
  )
}
