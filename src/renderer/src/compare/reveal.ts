/**
 * Bringing claims into view in both panes at once: each pane scrolls its own container so the
 * claim sits mid-screen, and the highlights flash. (One smooth scrollIntoView per pane can cancel
 * the other's in Chromium, so the containers are scrolled directly.) While this runs, "scroll
 * together" holds still, or it would drag the other pane away from its own claim.
 */
import { useLayoutEffect } from 'react'

let heldUntil = 0

/** True while a reveal is moving the panes: scroll-following must not react. */
export const followHeld = () => performance.now() < heldUntil

/** Scrolls every given claim's highlight into the middle of its pane and flashes it; false if one is not rendered yet. */
export function revealClaims(claimIds: readonly string[]): boolean {
  const targets = claimIds.map((id) => document.querySelector<HTMLElement>(`.pane [data-claim-id="${CSS.escape(id)}"]`))
  if (targets.some((t) => !t)) return false
  heldUntil = performance.now() + 900
  for (const target of targets as HTMLElement[]) {
    const container = target.closest<HTMLElement>('.pane-scroll')
    if (container) {
      const box = target.getBoundingClientRect()
      const view = container.getBoundingClientRect()
      const top = container.scrollTop + box.top - view.top - container.clientHeight / 2 + box.height / 2
      container.scrollTo({ top: Math.max(0, top), behavior: 'smooth' })
    }
    const id = target.dataset.claimId!
    document.querySelectorAll<HTMLElement>(`.pane [data-claim-id="${CSS.escape(id)}"]`).forEach((el) => {
      el.classList.remove('hl-flash')
      void el.offsetWidth // restart the animation
      el.classList.add('hl-flash')
    })
  }
  return true
}

/** How long a reveal waits for its highlights: a long article renders its text a slice a frame. */
const PATIENCE_MS = 5000

/**
 * Attempts `reveal` after every render while `pending` is set, and on each animation frame in
 * between (the panes render the rest of a long text, and its highlights, without a render here),
 * until an attempt succeeds: then `done`.
 */
export function useReveal<T>(pending: T | null, reveal: (pending: T) => boolean, done: () => void): void {
  useLayoutEffect(() => {
    if (pending === null) return
    if (reveal(pending)) return done()
    const until = performance.now() + PATIENCE_MS
    let frame = requestAnimationFrame(function again() {
      if (reveal(pending)) done()
      else if (performance.now() < until) frame = requestAnimationFrame(again)
    })
    return () => cancelAnimationFrame(frame)
  })
}
