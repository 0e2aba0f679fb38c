/**
 * The Parallax window: the library on the left, the open case side by side in the middle, the
 * claims, verdicts and facts tabs on the right, dialogs and notices above. Keyboard shortcuts,
 * menu commands, text selections and dropped files all arrive here and are handed to the reader's
 * commands.
 */
import { useEffect, useMemo, useRef, useState, type DragEvent } from 'react'
import { readBrowserFile } from './platform'
import { commandForKey, isMac, isTextField, type Command } from './app/shortcuts'
import { useServices } from './app/services'
import { useReviewerScale } from './export/reviewerProfile'
import { useReader } from './app/useReader'
import { ClaimEditor } from './claims/ClaimEditor'
import { ClaimsPanel, type ClaimScope } from './claims/ClaimsPanel'
import { useReopenDraft } from './claims/draft'
import { emptyFilter, type ClaimFilter } from './claims/filter'
import { kindForKey } from './claims/kinds'
import { TagToolbar } from './claims/TagToolbar'
import { isSuggestionId } from './claims/suggestionIds'
import { revealClaim, useClaims } from './claims/useClaims'
import { useReviewable } from './claims/reviewable'
import { CaseView } from './views/CaseView'
import { Library } from './views/Library'
import { MetadataDialog } from './views/MetadataDialog'
import { NameDialog } from './views/NameDialog'
import { Notices } from './views/Notices'
import { PasteDialog } from './views/PasteDialog'
import { ReplaceTextDialog } from './views/ReplaceTextDialog'
import { ExportDialogs } from './export/ExportDialogs'
import { FileMenu } from './export/FileMenu'
import { useExports } from './export/useExports'
import { useLayout } from './app/layout'
import { SideResize } from './views/SideResize'
import { useUnreported } from './export/unreported'
import { SideTabs } from './compare/SideTabs'
import { useCompareView } from './compare/useCompareView'
import { useReveal } from './compare/reveal'

export function App() {
  const services = useServices()
  const reader = useReader(services)
  const exports = useExports(services, { kase: reader.kase, shown: reader.shown, selectCase: reader.commands.selectCase })
  const { commands, dialog, setDialog, kase } = reader
  const claims = useClaims(services, reader.caseId, reader.articles)
  const reviewerScale = useReviewerScale(services.repo, claims.editing?.id)
  // A value editor with unsaved changes when the page was reloaded opens again, with them.
  useReopenDraft(claims.claims, claims.editing, claims.setEditingId)
  const filterRef = useRef<HTMLInputElement>(null)
  const [dragDepth, setDragDepth] = useState(0)
  const [showClaims, setShowClaims] = useState(true)
  const [scope, setScope] = useState<ClaimScope>('view')
  const [claimFilter, setClaimFilter] = useState<ClaimFilter>(emptyFilter)
  const layout = useLayout(services.repo)
  const [scrollTogether, setScrollTogether] = useState(false)
  const [revealId, setRevealId] = useState<string | null>(null)
  const shownIds = [reader.shown.left?.id, reader.shown.right?.id].filter((id): id is string => !!id)
  const compare = useCompareView(services, {
    caseId: reader.caseId,
    articles: reader.articles,
    claims: claims.claims,
    highlightsByArticle: claims.highlightsByArticle,
    shown: reader.shown,
    showPair: commands.showPair,
    showArticle: (id) => commands.choosePane('right', id),
    showPanel: () => setShowClaims(true),
    selectStored: claims.setSelectedId
  })
  const review = useReviewable(claims.suggestions, compare.state.judgedSuggestions, claims.selectedId)
  const unreported = useUnreported(compare.state.caseRows, claims.claims)
  // the report preview is made again when what a report is made of changes
  const storeVersion = useMemo(() => `${claims.claims.map((c) => c.updatedAt).join()}|${compare.state.links.map((l) => l.id).join()}`, [claims.claims, compare.state.links])

  /** Selects a claim, brings its article into a pane if needed, scrolls to it and flashes it. */
  const selectClaim = (claimId: string) => {
    const claim = claims.claims.find((c) => c.id === claimId) ?? review.suggestions.find((s) => s.id === claimId)?.claim
    if (!claim) return
    claims.setSelectedId(claimId)
    if (!shownIds.includes(claim.articleId)) commands.choosePane('right', claim.articleId)
    setRevealId(claimId)
  }
  useReveal(revealId, revealClaim, () => setRevealId(null))

  const run = (command: Command) => {
    switch (command) {
      case 'open-files':
        return void commands.openFiles()
      case 'paste-text':
        return setDialog({ kind: 'paste' })
      case 'new-case':
        return setDialog({ kind: 'new-case' })
      case 'find':
      case 'show-library':
        return filterRef.current?.focus()
      case 'undo':
        return void commands.undo()
      case 'redo':
        return void commands.redo()
      case 'export':
        return exports.commands.openExport()
      case 'print-pdf':
        return exports.commands.printPdf()
      case 'import-bundle':
        return void exports.commands.importBundle()
      case 'backup':
        return void exports.commands.backup()
      case 'restore':
        return void exports.commands.restore()
      case 'close-dialog':
        if (claims.editing) return claims.setEditingId(null)
        if (claims.pending) return claims.setPending(null)
        if (claims.reattachClaim) return claims.setReattachId(null)
        return setDialog(null)
    }
  }
  const runRef = useRef(run)
  runRef.current = run
  const claimsRef = useRef(claims)
  claimsRef.current = claims
  const reviewRef = useRef(review)
  reviewRef.current = review
  const busy = dialog !== null

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const inTextField = isTextField(event.target)
      const current = claimsRef.current
      const { suggestion } = reviewRef.current
      const plain = !busy && !inTextField && !event.ctrlKey && !event.metaKey && !event.altKey
      // A selected suggestion: Enter accepts it, Backspace (or Delete) rejects it.
      if (plain && suggestion && !current.pending && !(event.target as HTMLElement).closest?.('.claim-list')) {
        if (event.key === 'Enter') {
          event.preventDefault()
          return void current.commands.accept([suggestion])
        }
        if (event.key === 'Backspace' || event.key === 'Delete') {
          event.preventDefault()
          return void current.commands.reject(suggestion)
        }
      }
      // Plain keys tag the selected text: C, D, A, Q, O or 1–5; Enter re-attaches an orphan.
      if (plain && current.pending) {
        if (event.key === 'Enter' && current.reattachClaim) {
          event.preventDefault()
          return void current.commands.reattach()
        }
        const kind = kindForKey(event.key)
        if (kind) {
          event.preventDefault()
          return void current.commands.tag(kind)
        }
      }
      const command = commandForKey(event, { menuOwnsShortcuts: services.platform.menuOwnsShortcuts, inTextField, mac: isMac() })
      if (!command) return
      if (command === 'close-dialog' && !busy && !current.editing && !current.pending && !current.reattachClaim) {
        // nothing to close: Escape dismisses the newest notice instead
        if (!inTextField && !document.querySelector('[aria-modal="true"]') && services.notices.dismissLatest()) event.preventDefault()
        return
      }
      event.preventDefault()
      runRef.current(command)
    }
    window.addEventListener('keydown', onKey)
    const stopMenu = services.platform.onMenuCommand((command) => runRef.current(command))
    return () => {
      window.removeEventListener('keydown', onKey)
      stopMenu()
    }
  }, [services.platform, services.notices, busy])

  const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer.types).includes('Files')
  const dropHandlers = {
    onDragEnter: (event: DragEvent) => hasFiles(event) && setDragDepth((d) => d + 1),
    onDragLeave: (event: DragEvent) => hasFiles(event) && setDragDepth((d) => Math.max(0, d - 1)),
    onDragOver: (event: DragEvent) => {
      if (!hasFiles(event)) return
      event.preventDefault()
      event.dataTransfer.dropEffect = 'copy'
    },
    onDrop: (event: DragEvent) => {
      if (!hasFiles(event)) return
      event.preventDefault()
      setDragDepth(0)
      const files = Array.from(event.dataTransfer.files)
      void Promise.all(files.map((file) => readBrowserFile(file))).then(commands.importDropped)
    }
  }

  const editing = claims.editing
  const editingRect = editing ? document.querySelector(`.pane [data-claim-id="${CSS.escape(editing.id)}"]`)?.getBoundingClientRect() ?? null : null

  return (
    <div className="app" {...dropHandlers}>
      <header className="toolbar">
        <span className="brand">Parallax</span>
        <h1 className="case-title" dir="auto">
          {kase?.name ?? (reader.ready ? 'No case open' : 'Opening…')}
        </h1>
        <div className="toolbar-actions">
          <button type="button" onClick={() => run('open-files')} title="Open articles (Ctrl+O)">
            Open…
          </button>
          <button type="button" onClick={() => run('paste-text')} title="Paste text as an article (Ctrl+Shift+V)">
            Paste…
          </button>
          <button type="button" aria-pressed={scrollTogether} onClick={() => setScrollTogether(!scrollTogether)} title="Scroll both panes together">
            Scroll together
          </button>
          {/* not "Claims": it shows or hides the whole side column, the Verdicts and Facts tabs too */}
          <button type="button" aria-pressed={showClaims} onClick={() => setShowClaims(!showClaims)} title="Show or hide the side panel: claims, verdicts and facts">
            Side panel
          </button>
          <button type="button" onClick={() => run('export')} disabled={!kase} title="Export a report of this case (Ctrl+E)">
            Export…
          </button>
          <FileMenu
            items={[
              { label: 'Print to PDF…', run: () => run('print-pdf') },
              { label: 'Import bundle…', run: () => run('import-bundle') },
              { label: 'Back up library…', run: () => run('backup') },
              { label: 'Restore from backup…', run: () => run('restore') }
            ]}
          />
        </div>
      </header>
      <div className={showClaims ? 'workspace with-claims' : 'workspace'}>
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
        <main className="case-area">
          {kase ? (
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
              onDelete={(article) => void commands.deleteArticle(article).catch(reader.fail)}
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
          ) : reader.ready ? (
            <div className="empty-state">
              <h2>No case open</h2>
              <p>A case holds the outlets’ accounts of one story. Create one, or open articles and Parallax makes one for you.</p>
              <div className="empty-actions">
                <button type="button" className="primary" onClick={() => run('new-case')}>
                  New case…
                </button>
                <button type="button" onClick={() => run('open-files')}>
                  Open articles…
                </button>
              </div>
            </div>
          ) : null}
          {kase ? compare.passageCard : null}
        </main>
        {showClaims && kase ? <SideResize width={layout.sideWidth} onWidth={layout.setSideWidth} /> : null}
        {showClaims && kase ? (
          <div className="side-column" style={{ width: layout.sideWidth }}>
            <SideTabs tab={compare.tab} onTab={compare.setTab} showFacts={compare.showFacts} conflicts={compare.conflicts} />
            {compare.tab !== 'claims' ? (
              compare.panel
            ) : (
              <ClaimsPanel
                claims={claims.claims}
                suggestions={review.suggestions}
                askedArticleIds={claims.suggestFor}
                onAccept={(list) => void claims.commands.accept(list)}
                onReject={(s) => void claims.commands.reject(s)}
                onSuggest={(ids) => void claims.commands.suggest(ids)}
                suggestOnImport={claims.suggestOnImport}
                onSuggestOnImport={claims.setSuggestOnImport}
                articles={reader.articles}
                shownArticleIds={shownIds}
                scope={scope}
                onScope={setScope}
                filter={claimFilter}
                onFilter={setClaimFilter}
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
        ) : null}
      </div>
      {claims.pending && !editing && !dialog ? (
        <TagToolbar
          rect={claims.pending.rect}
          bounds={claims.pending.bounds}
          onTag={(kind) => void claims.commands.tag(kind)}
          onReattach={claims.reattachClaim && claims.reattachClaim.articleId === claims.pending.articleId ? () => void claims.commands.reattach() : undefined}
        />
      ) : null}
      {editing && !dialog ? (
        <ClaimEditor
          key={editing.id}
          claim={editing}
          scale={reviewerScale}
          anchorRect={editingRect}
          onSave={(edit) => claims.commands.saveEdit(editing, edit)}
          onClose={() => claims.setEditingId(null)}
          onDelete={() => void claims.commands.remove(editing)}
        />
      ) : null}
      {dragDepth > 0 ? (
        <div className="drop-overlay" aria-hidden="true">
          <p>Drop articles to import them into {kase?.name ?? 'a new case'}</p>
        </div>
      ) : null}
      {dialog?.kind === 'new-case' ? (
        <NameDialog title="New case" submitLabel="Create" initial="" onSave={commands.createCase} onCancel={() => setDialog(null)} />
      ) : null}
      {dialog?.kind === 'rename-case' ? (
        <NameDialog
          title="Rename case"
          submitLabel="Rename"
          initial={dialog.kase.name}
          onSave={(name) => commands.renameCase(dialog.kase, name)}
          onCancel={() => setDialog(null)}
        />
      ) : null}
      {dialog?.kind === 'paste' ? <PasteDialog caseName={kase?.name ?? 'a new case'} onImport={commands.pasteText} onCancel={() => setDialog(null)} /> : null}
      {dialog?.kind === 'edit-article' ? (
        <MetadataDialog article={dialog.article} onSave={(m) => commands.editArticle(dialog.article, m)} onCancel={() => setDialog(null)} />
      ) : null}
      {dialog?.kind === 'replace-text' ? (
        <ReplaceTextDialog
          article={dialog.article}
          claimCount={claims.claims.filter((c) => c.articleId === dialog.article.id).length}
          pickFile={() => services.platform.openFiles()}
          onReplace={(source) => commands.replaceText(dialog.article, source)}
          onCancel={() => setDialog(null)}
        />
      ) : null}
      <ExportDialogs
        exports={exports}
        unreported={unreported}
        onAccept={(ids) => void claims.commands.accept(review.suggestions.filter((s) => ids.includes(s.id)))}
        storeVersion={storeVersion}
      />
      {compare.linking}
      <Notices board={services.notices} />
    </div>
  )
}
