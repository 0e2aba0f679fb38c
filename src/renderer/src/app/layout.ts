/**
 * The window's layout as the journalist leaves it: how the two panes share the width, and how wide
 * the side panel is. Both are dragged (or moved with the arrow keys on their handles) and
 * remembered across restarts in the settings; a change is stored once it settles.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import type { Repository } from '../db'

export const SIDE_WIDTH = { min: 300, max: 760, initial: 380, step: 24 }
const DEFAULT = { split: 0.5, sideWidth: SIDE_WIDTH.initial }
/** Quiet time before a dragged size is stored: a drag is one write, not one per pixel. */
const STORE_AFTER_MS = 300

export const clampSideWidth = (px: number) => Math.round(Math.min(SIDE_WIDTH.max, Math.max(SIDE_WIDTH.min, px)))

export function useLayout(repo: Repository) {
  const [layout, setLayout] = useState(DEFAULT)
  const touched = useRef(false)
  useEffect(() => {
    let live = true
    repo
      .getSetting('layout')
      .then((saved) => {
        // a size set before the stored one arrived wins
        if (live && saved && !touched.current)
          setLayout({ split: saved.split, sideWidth: clampSideWidth(saved.sideWidth) })
      })
      .catch(() => {})
    return () => {
      live = false
    }
  }, [repo])
  useEffect(() => {
    if (!touched.current) return
    const timer = setTimeout(() => void repo.setSetting('layout', layout).catch(() => {}), STORE_AFTER_MS)
    return () => clearTimeout(timer)
  }, [repo, layout])
  const change = useCallback((next: Partial<typeof DEFAULT>) => {
    touched.current = true
    setLayout((current) => ({
      ...current,
      ...next,
      ...(next.sideWidth !== undefined ? { sideWidth: clampSideWidth(next.sideWidth) } : {})
    }))
  }, [])
  return {
    split: layout.split,
    sideWidth: layout.sideWidth,
    setSplit: (split: number) => change({ split }),
    setSideWidth: (sideWidth: number) => change({ sideWidth })
  }
}
