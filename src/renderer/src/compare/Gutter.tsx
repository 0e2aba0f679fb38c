/**
 * The gutter's connectors: for each aligned passage pair with both sides on screen, a ribbon from
 * the left passage's lines to the right passage's, coloured by the worst verdict of the claims in
 * it and marked with that verdict's symbol (≠ ⇄ ≈ =; dashed for related) so colour is never the only
 * cue. Positions come from the DOM and are measured again on scroll, resize and re-render, at most
 * once a frame, and only for the passages on screen. The ribbons let pointer events through, so the
 * gutter stays a resize handle; only the centre line and the symbol take a click, which selects the
 * pair.
 */
import { useLayoutEffect, useRef, useState } from 'react'
import type { VerdictKind } from '@core/model'
import { boxOf, paragraphsIn, spanBetween, type Box } from './geometry'
import type { Connector } from './view'
import { infoOf } from './verdicts'

interface GutterProps {
  connectors: readonly Connector[]
  selectedKey: string | null
  /** A short description per connector for its tooltip and accessible name ("Conflict: 12 vs 15 killed"). */
  describe: (connector: Connector) => string
  onSelect: (connector: Connector) => void
}

interface Placed {
  connector: Connector
  left: Box
  right: Box
}

const verdictClass = (v: VerdictKind | null) => `v-${v ?? 'none'}`

export function Gutter({ connectors, selectedKey, describe, onSelect }: GutterProps) {
  const rootRef = useRef<HTMLDivElement>(null)
  const [placed, setPlaced] = useState<{ width: number; items: Placed[] }>({ width: 0, items: [] })
  const connectorsRef = useRef(connectors)
  connectorsRef.current = connectors

  useLayoutEffect(() => {
    const root = rootRef.current
    const panes = root?.closest('.panes')
    if (!root || !panes) return
    let frame = 0
    let task: ReturnType<typeof setTimeout> | undefined
    const measure = () => {
      task = undefined
      const measured = placeConnectors(root, panes, connectorsRef.current)
      if (measured) setPlaced(measured)
    }
    // Measured just after the next frame is painted, on the layout the browser has just made: a
    // task posted from requestAnimationFrame runs after that frame's rendering. Measuring in the
    // frame callback itself forced a layout of both panes before the browser's own, every frame
    // while a long article renders a slice per frame (a 1 MB page: tasks of 100–400 ms).
    const schedule = () => {
      if (frame || task) return
      frame = requestAnimationFrame(() => {
        frame = 0
        task = setTimeout(measure, 0)
      })
    }
    schedule()
    const stop = watchPanes(panes, schedule)
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(task)
      stop()
    }
  }, [connectors])

  const w = placed.width
  return (
    <div className="gutter-links" ref={rootRef}>
      <svg width={w} height="100%" aria-label="Aligned passages" role="group">
        {placed.items.map((item) => (
          <ConnectorShape
            key={item.connector.key}
            item={item}
            width={w}
            selected={item.connector.key === selectedKey}
            label={describe(item.connector)}
            onSelect={onSelect}
          />
        ))}
      </svg>
    </div>
  )
}

/**
 * Where each connector with both passages on screen is drawn, in the gutter's coordinates; null before the panes
 * exist.
 */
function placeConnectors(
  root: HTMLElement,
  panes: Element,
  connectors: readonly Connector[]
): { width: number; items: Placed[] } | null {
  // nothing to draw, nothing to measure: each measure forces a layout of both panes, and while a
  // long article renders a slice per frame (before its comparison has any passage) that was a
  // layout of the growing text in every frame
  if (connectors.length === 0) return { width: 0, items: [] }
  const scrollOf = (side: string) => panes.querySelector<HTMLElement>(`.pane[data-side="${side}"] .pane-scroll`)
  const left = scrollOf('left')
  const right = scrollOf('right')
  if (!left || !right) return null
  const g = root.getBoundingClientRect()
  const lv = left.getBoundingClientRect()
  const rv = right.getBoundingClientRect()
  const lp = paragraphsIn(left)
  const rp = paragraphsIn(right)
  // only passages of the text on screen in both panes are measured: a long article has hundreds
  const ls = spanBetween(lp, lv.top, lv.bottom)
  const rs = spanBetween(rp, rv.top, rv.bottom)
  const onScreen = (c: Connector) =>
    !!ls && !!rs && c.left.start < ls.end && c.left.end > ls.start && c.right.start < rs.end && c.right.end > rs.start
  const visible = (b: Box, v: DOMRect) => b.bottom > v.top && b.top < v.bottom
  // a passage cut by the pane's edge is drawn up to the edge
  const clip = (b: Box, v: DOMRect): Box => {
    const top = Math.min(Math.max(b.top, v.top), v.bottom - 2)
    return { top: top - g.top, bottom: Math.min(Math.max(b.bottom, top + 2), v.bottom) - g.top }
  }
  const items: Placed[] = []
  for (const c of connectors) {
    if (!onScreen(c)) continue
    const lb = boxOf(lp, c.left.start, c.left.end)
    const rb = boxOf(rp, c.right.start, c.right.end)
    if (!lb || !rb || !visible(lb, lv) || !visible(rb, rv)) continue
    items.push({ connector: c, left: clip(lb, lv), right: clip(rb, rv) })
  }
  return { width: g.width, items }
}

/** Calls `schedule` whenever the panes scroll, resize or render other text; returns the way to stop. */
function watchPanes(panes: Element, schedule: () => void): () => void {
  // scroll does not bubble, but it is seen on the way down: one capturing listener for both panes
  panes.addEventListener('scroll', schedule, true)
  window.addEventListener('resize', schedule)
  const resize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(schedule)
  resize?.observe(panes)
  // highlights come and go and articles change under the same panes: measure again after each
  // render of the text (the panes only: the gutter's own re-render must not wake this again)
  const mutations = typeof MutationObserver === 'undefined' ? null : new MutationObserver(schedule)
  panes
    .querySelectorAll('.pane')
    .forEach((pane) => mutations?.observe(pane, { childList: true, subtree: true, characterData: true }))
  return () => {
    panes.removeEventListener('scroll', schedule, true)
    window.removeEventListener('resize', schedule)
    resize?.disconnect()
    mutations?.disconnect()
  }
}

/** The ribbon between two boxes across a gutter `w` wide, and the centre line a click lands on. */
export function ribbonPaths(left: Box, right: Box, w: number) {
  const mid = w / 2
  const ribbon = `M0 ${left.top} C${mid} ${left.top} ${mid} ${right.top} ${w} ${right.top} L${w} ${right.bottom} C${mid} ${right.bottom} ${mid} ${left.bottom} 0 ${left.bottom} Z`
  const ly = (left.top + left.bottom) / 2
  const ry = (right.top + right.bottom) / 2
  return { ribbon, line: `M0 ${ly} C${mid} ${ly} ${mid} ${ry} ${w} ${ry}`, cue: { x: mid, y: (ly + ry) / 2 } }
}

function ConnectorShape({
  item,
  width,
  selected,
  label,
  onSelect
}: {
  item: Placed
  width: number
  selected: boolean
  label: string
  onSelect: (c: Connector) => void
}) {
  const { connector: c } = item
  const { ribbon, line, cue } = ribbonPaths(item.left, item.right, width)
  const info = c.verdict ? infoOf(c.verdict) : null
  const select = () => onSelect(c)
  return (
    <g
      className={`connector ${verdictClass(c.verdict)}${selected ? ' selected' : ''}`}
      data-verdict={c.verdict ?? 'none'}
      data-key={c.key}
    >
      <title>{label}</title>
      <path className="ribbon" d={ribbon} />
      <path className="spine" d={line} />
      <path className="hit" d={line} onClick={select} />
      {info ? (
        <g className="cue" role="button" aria-label={label} onClick={select} transform={`translate(${cue.x} ${cue.y})`}>
          <circle r="8.5" />
          <text textAnchor="middle" dominantBaseline="central">
            {info.symbol}
          </text>
        </g>
      ) : null}
    </g>
  )
}
