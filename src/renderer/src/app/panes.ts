/**
 * Which two articles of a case are side by side: the choice as stored (ids, either may be missing
 * or gone) and the articles it resolves to. Choosing, swapping and importing follow the rules here.
 */
import type { Article } from '@core/model'

export interface PaneChoice {
  left: string | null
  right: string | null
}

export interface ShownPair {
  left?: Article
  right?: Article
}

export const NO_PANES: PaneChoice = { left: null, right: null }

/** The articles shown: the chosen ones that still exist, else the first ones, never one twice. */
export function resolvePanes(articles: readonly Article[], chosen: PaneChoice): ShownPair {
  const find = (id: string | null) => (id ? articles.find((a) => a.id === id) : undefined)
  const left = find(chosen.left) ?? articles[0]
  const right = find(chosen.right) ?? articles.find((a) => a.id !== left?.id)
  return { left, right: right && right.id !== left?.id ? right : articles.find((a) => a.id !== left?.id) }
}

const isShown = (shown: ShownPair, articleId: string) => shown.left?.id === articleId || shown.right?.id === articleId

/** Choosing the article the other pane shows swaps them, rather than showing one article twice. */
export function choosePane(shown: ShownPair, side: 'left' | 'right', articleId: string): PaneChoice {
  const other = side === 'left' ? shown.right?.id : shown.left?.id
  const otherSide =
    other === articleId ? ((side === 'left' ? shown.left?.id : shown.right?.id) ?? null) : (other ?? null)
  return side === 'left' ? { left: articleId, right: otherSide } : { left: otherSide, right: articleId }
}

export const swapPanes = (shown: ShownPair): PaneChoice => ({
  left: shown.right?.id ?? null,
  right: shown.left?.id ?? null
})

/** An article picked in the library: already shown stays as is (null); else it comes in on the right. */
export function showArticle(shown: ShownPair, articleId: string): PaneChoice | null {
  return isShown(shown, articleId) ? null : { left: shown.left?.id ?? articleId, right: articleId }
}

/** After an import: the newest article beside the one on the left, or the two newest. */
export function panesAfterImport(shown: ShownPair, imported: readonly Article[]): PaneChoice {
  const newest = imported[imported.length - 1]!
  if (shown.left && shown.left.id !== newest.id) return { left: shown.left.id, right: newest.id }
  return { left: newest.id, right: imported[imported.length - 2]?.id ?? null }
}
