/**
 * A newer version of an article: which stored article an imported one replaces (the re-import
 * rule), and where its claims go in the new text (kept, moved, or orphaned, never dropped).
 */
import type { Article, ArticleDraft, Claim } from '@core/model'
import { reanchorAll } from './reanchor'

/** What happened to an article's claims when its text was replaced. */
export interface ReplaceSummary {
  kept: number
  moved: number
  orphaned: number
}

/**
 * The stored article an imported draft is a newer version of: another text from the same web
 * address, or from a file of the same name (pasted texts share no name); undefined when none.
 */
export function previousVersion(
  articles: readonly Article[],
  draft: Pick<ArticleDraft, 'contentHash' | 'url' | 'sourceName'>
): Article | undefined {
  return articles.find(
    (a) =>
      a.contentHash !== draft.contentHash &&
      ((draft.url !== '' && a.url === draft.url) || (a.sourceFormat !== 'paste' && a.sourceName === draft.sourceName))
  )
}

/** The claims of an article re-anchored against `text`: new anchors, or `orphan: true` with the last known quote. */
export function reanchorClaims(text: string, claims: readonly Claim[]): { claims: Claim[]; summary: ReplaceSummary } {
  const placed = claims.filter((c) => !c.orphan)
  const outcome = reanchorAll(
    text,
    placed.map((c) => c.anchor)
  )
  const summary: ReplaceSummary = { kept: 0, moved: 0, orphaned: claims.length - placed.length }
  const next = placed.map((claim, i) => {
    const result = outcome.results[i]
    if (!result) {
      summary.orphaned++
      return { ...claim, orphan: true }
    }
    if (result.method === 'position') summary.kept++
    else summary.moved++
    return { ...claim, anchor: result.anchor, orphan: undefined }
  })
  return { claims: [...next, ...claims.filter((c) => c.orphan)], summary }
}
