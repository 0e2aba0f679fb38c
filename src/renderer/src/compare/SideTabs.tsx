/** The tabs of the right-hand column: the claims, the verdicts, and (with 3+ articles) the facts. */
import type { KeyboardEvent } from 'react'
import './compare.css'

export type SideTab = 'claims' | 'verdicts' | 'facts'

interface SideTabsProps {
  tab: SideTab
  onTab: (tab: SideTab) => void
  showFacts: boolean
  /** Conflicts between the shown articles: a count on the Verdicts tab, so they are seen from any tab. */
  conflicts: number
}

export function SideTabs({ tab, onTab, showFacts, conflicts }: SideTabsProps) {
  const tabs: { id: SideTab; label: string }[] = [
    { id: 'claims', label: 'Claims' },
    { id: 'verdicts', label: 'Verdicts' },
    ...(showFacts ? [{ id: 'facts' as const, label: 'Facts' }] : [])
  ]
  const onKey = (event: KeyboardEvent) => {
    const i = tabs.findIndex((t) => t.id === tab)
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0
    if (!step) return
    event.preventDefault()
    const next = tabs[(i + step + tabs.length) % tabs.length]!.id
    onTab(next)
    // focus follows the selection, as in every tab list
    document.getElementById(`side-tab-${next}`)?.focus()
  }
  return (
    <div className="side-tabs" role="tablist" aria-label="Side panel" onKeyDown={onKey}>
      {tabs.map((t) => (
        <button
          key={t.id}
          type="button"
          role="tab"
          id={`side-tab-${t.id}`}
          aria-selected={tab === t.id}
          tabIndex={tab === t.id ? 0 : -1}
          onClick={() => onTab(t.id)}
        >
          {t.label}
          {t.id === 'verdicts' && conflicts > 0 ? (
            <span className="tab-count" aria-label={`${conflicts} conflicts`}>
              ≠ {conflicts}
            </span>
          ) : null}
        </button>
      ))}
    </div>
  )
}
