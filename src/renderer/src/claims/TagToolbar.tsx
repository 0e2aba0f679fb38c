/**
 * The floating toolbar over a selection: one button per kind, each naming its key. It stays inside
 * the pane the selection is in (wrapping its buttons when the pane is narrow), never over the other.
 */
import { useLayoutEffect, useRef, useState } from 'react'
import type { ClaimKind } from '@core/model'
import { kindInfo } from './kinds'

interface TagToolbarProps {
  rect: { top: number; left: number }
  /** The selection's pane, left and right edges on screen. */
  bounds?: { left: number; right: number }
  onTag: (kind: ClaimKind) => void
  /** When an orphaned claim waits to be re-attached, offer that first. */
  reattachLabel?: string
  onReattach?: () => void
}

const MARGIN = 6

export function TagToolbar({ rect, bounds, onTag, reattachLabel, onReattach }: TagToolbarProps) {
  const ref = useRef<HTMLDivElement>(null)
  const [size, setSize] = useState({ width: 420, height: 36 })
  const area = bounds ?? { left: 0, right: window.innerWidth }
  const maxWidth = Math.max(160, area.right - area.left - 2 * MARGIN)
  // measured before paint: where it fits depends on how wide its buttons made it (after every
  // render, as any of them may change that; the guard stops at the measured size)
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    const box = ref.current?.getBoundingClientRect()
    if (box && (Math.round(box.width) !== size.width || Math.round(box.height) !== size.height))
      setSize({ width: Math.round(box.width), height: Math.round(box.height) })
  })
  const left = Math.max(area.left + MARGIN, Math.min(rect.left, area.right - MARGIN - size.width))
  return (
    <div
      ref={ref}
      className="tag-toolbar"
      role="toolbar"
      aria-label="Tag the selection as a claim"
      style={{ top: Math.max(8, rect.top - size.height - 8), left, maxWidth }}
      // Keep the text selection alive when a button is pressed.
      onMouseDown={(e) => e.preventDefault()}
    >
      {onReattach ? (
        <button
          type="button"
          className="primary"
          onClick={onReattach}
          title="Re-attach the orphaned claim here (Enter)"
        >
          {reattachLabel ?? 'Re-attach here'}
        </button>
      ) : null}
      {kindInfo.map((info) => (
        <button
          key={info.kind}
          type="button"
          className={`tag-button tag-${info.kind}`}
          onClick={() => onTag(info.kind)}
          title={`Tag as ${info.label.toLowerCase()} (${info.key.toUpperCase()} or ${info.digit})`}
        >
          <kbd>{info.key.toUpperCase()}</kbd> {info.label}
        </button>
      ))}
    </div>
  )
}
