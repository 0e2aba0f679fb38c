/**
 * The undoable writes as data: each change names what to write, and applying it hands back the
 * change that reverses it (a delete gives the restore of its snapshot, a restore the delete, a
 * rename the rename back). The undo history keeps only these records, never closures. Every
 * write the reader undoes has its kind here, for the cases and articles (the reader), the claims,
 * dismissals and links (the claims panel, the verdicts) and bundle imports.
 */
import type { ArticleMetadata, Claim, Link } from '@core/model'
import type {
  ArticleSnapshot,
  ArticleText,
  CaseSnapshot,
  ClaimSnapshot,
  MergeSnapshot,
  Repository,
  SuggestionRef,
  TextReplacement
} from '../db'

type LibraryChange =
  | { kind: 'delete-case'; caseId: string }
  | { kind: 'restore-case'; snapshot: CaseSnapshot }
  | { kind: 'delete-articles'; articleIds: readonly string[] }
  | { kind: 'restore-articles'; snapshots: readonly ArticleSnapshot[] }
  | { kind: 'rename-case'; caseId: string; from: string; to: string }
  | { kind: 'edit-article'; articleId: string; from: ArticleMetadata; to: ArticleMetadata }
  | { kind: 'replace-text'; articleId: string; text: ArticleText; claims: readonly Claim[] }
  /** `text` and `claims`: what a redo writes again. */
  | { kind: 'restore-text'; replacement: TextReplacement; text: ArticleText; claims: readonly Claim[] }
  | { kind: 'apply-merge'; write: MergeSnapshot }
  | { kind: 'undo-merge'; snapshot: MergeSnapshot }

type ClaimChange =
  | { kind: 'delete-claims'; claimIds: readonly string[] }
  | { kind: 'restore-claims'; snapshots: readonly ClaimSnapshot[] }
  /** Writes `put` back over the stored `over` (an edit's before and after records). */
  | { kind: 'put-claims'; put: readonly Claim[]; over: readonly Claim[] }
  | { kind: 'dismiss'; articleId: string; suggestion: SuggestionRef }
  | { kind: 'undismiss'; articleId: string; suggestion: SuggestionRef }
  | { kind: 'delete-links'; linkIds: readonly string[] }
  | { kind: 'put-links'; links: readonly Link[] }

export type StoreChange = LibraryChange | ClaimChange | { kind: 'all'; changes: readonly StoreChange[] }

type ChangeOf<K extends StoreChange['kind']> = Extract<StoreChange, { kind: K }>
type Applier<K extends StoreChange['kind']> = (repo: Repository, change: ChangeOf<K>) => Promise<StoreChange>

/** One way to apply each kind, and what reverses it: a new kind does not compile until it is here. */
const appliers: { [K in StoreChange['kind']]: Applier<K> } = {
  'delete-case': async (repo, c) => ({ kind: 'restore-case', snapshot: await repo.deleteCase(c.caseId) }),
  'restore-case': async (repo, c) => {
    await repo.restoreCase(c.snapshot)
    return { kind: 'delete-case', caseId: c.snapshot.case.id }
  },
  'delete-articles': async (repo, c) => ({
    kind: 'restore-articles',
    snapshots: await repo.deleteArticles(c.articleIds)
  }),
  'restore-articles': async (repo, c) => {
    await repo.restoreArticles(c.snapshots)
    return { kind: 'delete-articles', articleIds: c.snapshots.map((s) => s.article.id) }
  },
  'rename-case': async (repo, c) => {
    await repo.renameCase(c.caseId, c.to)
    return { ...c, from: c.to, to: c.from }
  },
  'edit-article': async (repo, c) => {
    await repo.updateArticleMetadata(c.articleId, c.to)
    return { ...c, from: c.to, to: c.from }
  },
  'replace-text': async (repo, c) => {
    const replacement = await repo.replaceArticleText(c.articleId, c.text, c.claims)
    return { kind: 'restore-text', replacement, text: c.text, claims: c.claims }
  },
  'restore-text': async (repo, c) => {
    await repo.restoreArticleText(c.replacement)
    return { kind: 'replace-text', articleId: c.replacement.before.article.id, text: c.text, claims: c.claims }
  },
  'apply-merge': async (repo, c) => ({ kind: 'undo-merge', snapshot: await repo.applyMerge(c.write) }),
  'undo-merge': async (repo, c) => {
    await repo.undoMerge(c.snapshot)
    return { kind: 'apply-merge', write: c.snapshot }
  },
  'delete-claims': async (repo, c) => ({ kind: 'restore-claims', snapshots: await repo.deleteClaims(c.claimIds) }),
  'restore-claims': async (repo, c) => {
    await repo.restoreClaims(c.snapshots)
    return { kind: 'delete-claims', claimIds: c.snapshots.map((s) => s.claim.id) }
  },
  'put-claims': async (repo, c) => {
    await repo.putClaims(c.put)
    return { kind: 'put-claims', put: c.over, over: c.put }
  },
  dismiss: async (repo, c) => {
    await repo.dismissSuggestion(c.articleId, c.suggestion)
    return { ...c, kind: 'undismiss' }
  },
  undismiss: async (repo, c) => {
    await repo.undismissSuggestion(c.articleId, c.suggestion)
    return { ...c, kind: 'dismiss' }
  },
  'delete-links': async (repo, c) => ({ kind: 'put-links', links: await repo.deleteLinks(c.linkIds) }),
  'put-links': async (repo, c) => {
    await repo.putLinks(c.links)
    return { kind: 'delete-links', linkIds: c.links.map((l) => l.id) }
  },
  // in order; undone in the reverse order
  all: async (repo, c) => {
    const inverses: StoreChange[] = []
    for (const step of c.changes) inverses.unshift(await applyChange(repo, step))
    return { kind: 'all', changes: inverses }
  }
}

/** Writes the change through the repository; resolves to the change that undoes it. */
export function applyChange(repo: Repository, change: StoreChange): Promise<StoreChange> {
  return (appliers[change.kind] as Applier<StoreChange['kind']>)(repo, change)
}
