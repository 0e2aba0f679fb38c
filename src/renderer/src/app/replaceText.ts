/**
 * Replacing an article's text with a newer version (re-import of the same file, or "Replace
 * text"): its claims re-anchor by core/anchor's rule (`reanchorClaims`), and the change is stored
 * in one transaction; its undo entry is the record of what it overwrote (a StoreChange).
 */
import { reanchorClaims, type ReplaceSummary } from '@core/anchor'
import type { Article, ArticleDraft, Claim } from '@core/model'
import { claimsOfArticles, type ArticleText, type Repository, type ParallaxDb, type TextReplacement } from '../db'
import type { ChangeEntry, UndoHistory } from './undo'

export { reanchorClaims, type ReplaceSummary }

/** Replaces the text in one transaction and pushes the undo entry; resolves to what happened to the claims. */
export async function replaceArticleText(
  db: ParallaxDb,
  repo: Repository,
  undo: UndoHistory,
  article: Article,
  draft: Pick<ArticleDraft, 'text' | 'captions' | 'contentHash' | 'sourceName' | 'notes' | 'pages'>
): Promise<ReplaceSummary> {
  const next = {
    text: draft.text,
    captions: draft.captions,
    contentHash: draft.contentHash,
    sourceName: draft.sourceName,
    notes: draft.notes,
    pages: draft.pages
  }
  const claims = await claimsOfArticles(db, [article.id])
  const { claims: moved, summary } = reanchorClaims(draft.text, claims)
  const replacement = await repo.replaceArticleText(article.id, next, moved)
  undo.push(replacedTextEntry(article.title, replacement, next, moved))
  return summary
}

/** The undo entry of a replaced text: undoing restores what the replacement overwrote; redoing writes `text` and `claims` again. */
export const replacedTextEntry = (
  title: string,
  replacement: TextReplacement,
  text: ArticleText,
  claims: readonly Claim[]
): ChangeEntry => ({
  label: `Replace the text of “${title}”`,
  change: { kind: 'restore-text', replacement, text, claims }
})

export function describeReplace(title: string, s: ReplaceSummary): string {
  const parts = [`Replaced the text of “${title}”.`]
  const total = s.kept + s.moved + s.orphaned
  if (total === 0) return parts[0]!
  parts.push(`${s.kept + s.moved} of ${total} claims found their place${s.moved ? ` (${s.moved} moved)` : ''}.`)
  if (s.orphaned) parts.push(`${s.orphaned} lost it: they are kept, marked orphaned in the claims panel, to re-attach.`)
  return parts.join(' ')
}
