/** The handle between the panes and the side panel: drag it, or move it with ← and → when focused. */
import type { KeyboardEvent, PointerEvent } from 'react'
import { SIDE_WIDTH } from '../app/layout'

export function SideResize({ width, onWidth }: { width: number; onWidth: (px: number) => void }) {
  const drag = (event: PointerEvent<HTMLDivElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId)
    const startX = event.clientX
    const startWidth = width
    // the panel is at the window's inline end: moving left widens it (right to left: the other way)
    const sign = document.documentElement.dir === 'rtl' ? 1 : -1
    const move = (e: globalThis.PointerEvent) => onWidth(startWidth + sign * (e.clientX - startX))
    const stop = () => {
      window.removeEventListener('pointermove', move)
      window.removeEventListener('pointerup', stop)
    }
    window.addEventListener('pointermove', move)
    window.addEventListener('pointerup', stop)
  }
  const nudge = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === 'ArrowLeft' ? SIDE_WIDTH.step : event.key === 'ArrowRight' ? -SIDE_WIDTH.step : 0
    if (!step) return
    event.preventDefault()
    onWidth(width + step)
  }
  return (
    <div
      className="side-resize"
      role="separator"
      aria-orientation="vertical"
      aria-label="Resize the side panel"
      aria-valuemin={SIDE_WIDTH.min}
      aria-valuemax={SIDE_WIDTH.max}
      aria-valuenow={width}
      tabIndex={0}
      onPointerDown={drag}
      onKeyDown={nudge}
      onDoubleClick={() => onWidth(SIDE_WIDTH.initial)}
    />
  )
}
