/**
 * What the window alone remembers while it is open: the side panel shown, scrolling together,
 * the claims list's scope and filter.
 */
import { useState } from 'react'
import type { ClaimScope } from '../claims/ClaimsPanel'
import { emptyFilter, type ClaimFilter } from '../claims/filter'

export function useWindowState() {
  const [showSide, setShowSide] = useState(true)
  const [scrollTogether, setScrollTogether] = useState(false)
  const [scope, setScope] = useState<ClaimScope>('view')
  const [claimFilter, setClaimFilter] = useState<ClaimFilter>(emptyFilter)
  return { showSide, setShowSide, scrollTogether, setScrollTogether, scope, setScope, claimFilter, setClaimFilter }
}

export type WindowState = ReturnType<typeof useWindowState>
