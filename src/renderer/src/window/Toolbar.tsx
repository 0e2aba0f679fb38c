/** The window's top bar: the case's name, and the buttons for opening, pasting, the side panel and exports. */
import type { Command } from '../app/shortcuts'
import { FileMenu } from '../export/FileMenu'

interface ToolbarProps {
  title: string
  hasCase: boolean
  scrollTogether: boolean
  onScrollTogether: (on: boolean) => void
  showSide: boolean
  onShowSide: (on: boolean) => void
  run: (command: Command) => void
}

export function Toolbar({ title, hasCase, scrollTogether, onScrollTogether, showSide, onShowSide, run }: ToolbarProps) {
  return (
    <header className="toolbar">
      <span className="brand">Parallax</span>
      <h1 className="case-title" dir="auto">
        {title}
      </h1>
      <div className="toolbar-actions">
        <button type="button" onClick={() => run('open-files')} title="Open articles (Ctrl+O)">
          Open…
        </button>
        <button type="button" onClick={() => run('paste-text')} title="Paste text as an article (Ctrl+Shift+V)">
          Paste…
        </button>
        <button
          type="button"
          aria-pressed={scrollTogether}
          onClick={() => onScrollTogether(!scrollTogether)}
          title="Scroll both panes together"
        >
          Scroll together
        </button>
        {/* not "Claims": it shows or hides the whole side column, the Verdicts and Facts tabs too */}
        <button
          type="button"
          aria-pressed={showSide}
          onClick={() => onShowSide(!showSide)}
          title="Show or hide the side panel: claims, verdicts and facts"
        >
          Side panel
        </button>
        <button
          type="button"
          onClick={() => run('export')}
          disabled={!hasCase}
          title="Export a report of this case (Ctrl+E)"
        >
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
  )
}

/** The middle of the window when no case is open. */
export function NoCase({ run }: { run: (command: Command) => void }) {
  return (
    <div className="empty-state">
      <h2>No case open</h2>
      <p>
        A case holds the outlets’ accounts of one story. Create one, or open articles and Parallax makes one for you.
      </p>
      <div className="empty-actions">
        <button type="button" className="primary" onClick={() => run('new-case')}>
          New case…
        </button>
        <button type="button" onClick={() => run('open-files')}>
          Open articles…
        </button>
      </div>
    </div>
  )
}
