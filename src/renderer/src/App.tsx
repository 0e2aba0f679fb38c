/**
 * The Parallax window: the library on the left, the open case side by side on the right, dialogs
 * and notices above. Keyboard shortcuts, menu commands and dropped files all arrive here.
 */
import { useEffect, useRef, useState, type DragEvent } from 'react'
import { readBrowserFile } from './platform'
import { commandForKey, isMac, isTextField, type Command } from './app/shortcuts'
import { useServices } from './app/services'
import { useReader } from './app/useReader'
import { CaseView } from './views/CaseView'
import { Library } from './views/Library'
import { MetadataDialog } from './views/MetadataDialog'
import { NameDialog } from './views/NameDialog'
import { Notices } from './views/Notices'
import { PasteDialog } from './views/PasteDialog'

export function App() {
  const services = useServices()
  const reader = useReader(services)
  const { commands, dialog, setDialog, kase } = reader
  const filterRef = useRef<HTMLInputElement>(null)
  const [dragDepth, setDragDepth] = useState(0)

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
      case 'close-dialog':
        return setDialog(null)
    }
  }
  const runRef = useRef(run)
  runRef.current = run

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const command = commandForKey(event, {
        menuOwnsShortcuts: services.platform.menuOwnsShortcuts,
        inTextField: isTextField(event.target),
        mac: isMac()
      })
      if (!command || (command === 'close-dialog' && !dialog)) return
      event.preventDefault()
      runRef.current(command)
    }
    window.addEventListener('keydown', onKey)
    const stopMenu = services.platform.onMenuCommand((command) => runRef.current(command))
    return () => {
      window.removeEventListener('keydown', onKey)
      stopMenu()
    }
  }, [services.platform, dialog])

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
      void Promise.all(files.map(readBrowserFile)).then(commands.importDropped)
    }
  }

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
        </div>
      </header>
      <div className="workspace">
        <Library
          entries={reader.entries}
          filter={reader.filter}
          onFilter={reader.setFilter}
          filterRef={filterRef}
          selectedCaseId={reader.caseId}
          shownArticleIds={[reader.shown.left?.id, reader.shown.right?.id].filter((id): id is string => !!id)}
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
              onChoose={commands.choosePane}
              onSwap={commands.swapPanes}
              onEdit={(article) => setDialog({ kind: 'edit-article', article })}
              onDelete={(article) => void commands.deleteArticle(article).catch(reader.fail)}
              onOpenFiles={() => run('open-files')}
              onPaste={() => run('paste-text')}
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
        </main>
      </div>
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
      <Notices board={services.notices} />
    </div>
  )
}
