/** The floating toolbar over a selection: one button per kind, each naming its key. */
import type { ClaimKind } from '@core/model'
import { kindInfo } from './kinds'

interface TagToolbarProps {
  rect: { top: number; left: number }
  onTag: (kind: ClaimKind) => void
  /** When an orphaned claim waits to be re-attached, offer that first. */
  reattachLabel?: string
  onReattach?: () => void
}

export function TagToolbar({ rect, onTag, reattachLabel, onReattach }: TagToolbarProps) {
  return (
    <div
      className="tag-toolbar"
      role="toolbar"
      aria-label="Tag the selection as a claim"
      style={{ top: Math.max(8, rect.top - 44), left: Math.max(8, Math.min(rect.left, window.innerWidth - 420)) }}
      // Keep the text selection alive when a button is pressed.
      onMouseDown={(e) => e.preventDefault()}
    >
      {onReattach ? (
        <button type="button" className="primary" onClick={onReattach} title="Re-attach the orphaned claim here (Enter)">
          {reattachLabel ?? 'Re-attach here'}
        </button>
      ) : null}
      {kindInfo.map((info) => (
        <button key={info.kind} type="button" className={`tag-button tag-${info.kind}`} onClick={() => onTag(info.kind)} title={`Tag as ${info.label.toLowerCase()} (${info.key.toUpperCase()} or ${info.digit})`}>
          <kbd>{info.key.toUpperCase()}</kbd> {info.label}
        </button>
      ))}
    </div>
  )
}
