/**
 * Selecting a claim from a list: it is selected, its article comes into a pane if needed, and it
 * is scrolled to and flashed.
 */
import { useState } from 'react'
import { useReveal } from '../compare/reveal'
import type { Suggestion } from '../claims/suggestions'
import { revealClaim, type useClaims } from '../claims/useClaims'

export function useClaimSelection(
  claims: ReturnType<typeof useClaims>,
  suggestions: readonly Suggestion[],
  shownIds: readonly string[],
  showArticle: (articleId: string) => void
) {
  const [revealId, setRevealId] = useState<string | null>(null)
  useReveal(revealId, revealClaim, () => setRevealId(null))
  return (claimId: string) => {
    const claim = claims.claims.find((c) => c.id === claimId) ?? suggestions.find((s) => s.id === claimId)?.claim
    if (!claim) return
    claims.setSelectedId(claimId)
    if (!shownIds.includes(claim.articleId)) showArticle(claim.articleId)
    setRevealId(claimId)
  }
}
