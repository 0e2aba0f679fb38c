/**
 * The reader's undoable writes as data: each change names what to write, and applying it hands back
 * the change that reverses it (a delete gives the restore of its snapshot, a restore the delete,
 * a rename the rename back). The undo history keeps only these records, never closures.
 */
import type { ArticleMetadata } from '@core/model'
import type { ArticleSnapshot, CaseSnapshot, Repository } from '../db'

export type StoreChange =
  | { kind: 'delete-case'; caseId: string }
  | { kind: 'restore-case'; snapshot: CaseSnapshot }
  | { kind: 'delete-articles'; articleIds: readonly string[] }
  | { kind: 'restore-articles'; snapshots: readonly ArticleSnapshot[] }
  | { kind: 'rename-case'; caseId: string; from: string; to: string }
  | { kind: 'edit-article'; articleId: string; from: ArticleMetadata; to: ArticleMetadata }

/** Writes the change through the repository; resolves to the change that undoes it. */
export async function applyChange(repo: Repository, change: StoreChange): Promise<StoreChange> {
  switch (change.kind) {
    case 'delete-case':
      return { kind: 'restore-case', snapshot: await repo.deleteCase(change.caseId) }
    case 'restore-case':
      await repo.restoreCase(change.snapshot)
      return { kind: 'delete-case', caseId: change.snapshot.case.id }
    case 'delete-articles':
      return { kind: 'restore-articles', snapshots: await repo.deleteArticles(change.articleIds) }
    case 'restore-articles':
      await repo.restoreArticles(change.snapshots)
      return { kind: 'delete-articles', articleIds: change.snapshots.map((s) => s.article.id) }
    case 'rename-case':
      await repo.renameCase(change.caseId, change.to)
      return { ...change, from: change.to, to: change.from }
    case 'edit-article':
      await repo.updateArticleMetadata(change.articleId, change.to)
      return { ...change, from: change.to, to: change.from }
  }
}
