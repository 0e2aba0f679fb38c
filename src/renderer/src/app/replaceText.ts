/**
 * Replacing an article's text with a newer version (re-import of the same file, or "Replace
 * text"): its claims re-anchor through core/anchor — kept where the quote still stands, found again
 * where it moved or was lightly edited, orphaned (never silently dropped or misplaced) otherwise.
 */
import { reanchorAll } from '@core/anchor'
import type { Article, ArticleDraft, Claim } from '@core/model'
import { claimsOfArticles, type Repository, type ParallaxDb } from '../db'
import type { UndoHistory } from './undo'

export interface ReplaceSummary {
  kept: number
  moved: number
  orphaned: number
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

/** Replaces the text in one transaction and pushes the undo entry; resolves to what happened to the claims. */
export async function replaceArticleText(
  db: ParallaxDb,
  repo: Repository,
  undo: UndoHistory,
  article: Article,
  draft: Pick<ArticleDraft, 'text' | 'captions' | 'contentHash' | 'sourceName' | 'notes' | 'pages'>
): Promise<ReplaceSummary> {
  const next = { text: draft.text, captions: draft.captions, contentHash: draft.contentHash, sourceName: draft.sourceName, notes: draft.notes, pages: draft.pages }
  const claims = await claimsOfArticles(db, [article.id])
  const { claims: moved, summary } = reanchorClaims(draft.text, claims)
  const replacement = await repo.replaceArticleText(article.id, next, moved)
  let redo = replacement
  undo.push({
    label: `Replace the text of “${article.title}”`,
    undo: () => repo.restoreArticleText(redo),
    redo: async () => {
      redo = await repo.replaceArticleText(article.id, next, moved)
    }
  })
  return summary
}

export function describeReplace(title: string, s: ReplaceSummary): string {
  const parts = [`Replaced the text of “${title}”.`]
  const total = s.kept + s.moved + s.orphaned
  if (total === 0) return parts[0]!
  parts.push(`${s.kept + s.moved} of ${total} claims found their place${s.moved ? ` (${s.moved} moved)` : ''}.`)
  if (s.orphaned) parts.push(`${s.orphaned} lost it: they are kept, marked orphaned in the claims panel, to re-attach.`)
  return parts.join(' ')
}
