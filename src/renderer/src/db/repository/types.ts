/**
 * What the repository offers: the one interface the UI writes through, and the plain-data records
 * its writes hand back for undo (safe to keep in an undo stack, or to pass through JSON).
 */
import type {
  Anchor,
  Article,
  ArticleDraft,
  ArticleMetadata,
  Bundle,
  Case,
  Claim,
  ClaimDraft,
  ClaimKind,
  ClaimStatus,
  ClaimValue,
  Link
} from '@core/model'
import type { Dismissal } from '../database'
import type { KnownSettings } from '../queries'

export interface RepositoryOptions {
  /** ISO-8601 timestamp of "now". */
  now?: () => string
  newId?: () => string
}

export type ImportOutcome =
  | { status: 'imported'; article: Article }
  /** `existing` is the article already holding this text, so the UI can point at it. */
  | { status: 'skipped'; reason: string; existing: Article }

/** Everything deleteCase removed, so undo can put it back exactly. */
export interface CaseSnapshot {
  case: Case
  articles: Article[]
  claims: Claim[]
  links: Link[]
  dismissals: Dismissal[]
}

/** Everything deleteArticle removed, and where the article stood in its case. */
export interface ArticleSnapshot {
  article: Article
  claims: Claim[]
  links: Link[]
  dismissals: Dismissal[]
  /** Position in case.articleIds before the delete; -1 if the case did not list it. */
  index: number
  /** case.updatedAt before the delete, and the stamp the delete wrote: undo restores the former
   *  only if nothing else changed the case since. */
  caseUpdatedAt: string
  deletedAt: string
}

/** A deleted claim and the links that went with it (a link between two deleted claims is in one snapshot only). */
export interface ClaimSnapshot {
  claim: Claim
  links: Link[]
}

/** The fields of a claim the journalist edits. `kind` and `value` are checked together. */
export interface ClaimPatch {
  kind?: ClaimKind
  value?: ClaimValue
  status?: ClaimStatus
  note?: string
  tags?: readonly string[]
  /** A new anchor (validated against the article's text) also clears `orphan`. */
  anchor?: Anchor
  /** `true` marks the claim orphan; `false` clears it (the anchor must then fit the text). */
  orphan?: boolean
  /** The review's rating (a name on the reviewer's scale) and published address; '' clears one. Only for a reviewed claim. */
  review?: { rating?: string; url?: string }
}

/** The new text of an article (a re-import or a corrected extraction). */
export interface ArticleText {
  text: string
  captions: string[]
  contentHash: string
  sourceName?: string
  /** a document's notes and a PDF's page starts, for the new text (absent: the article has none any more) */
  notes?: string[]
  pages?: { at: number; page: number }[]
}

/** What replaceArticleText overwrote: the article and all its claims as they were. */
export interface TextReplacement {
  before: { article: Article; claims: Claim[] }
}

/** A suggestion as the suggestion pass names it: kind, quoted text and start offset (UTF-16). */
export interface SuggestionRef {
  kind: ClaimKind
  exact: string
  start: number
}

/** A link as compare or the journalist proposes it, before it has an identity. */
export type LinkDraft = Omit<Link, 'id' | 'createdAt'>

/** A bundle's records without its format line: what an import writes (resolveMerge's `put`). */
export type BundleRecords = Omit<Bundle, 'format'>

/**
 * An import as written: the records put, and the stored versions they replaced (resolveMerge's
 * `replaced`); whatever `put` holds beyond `replaced` was added. Enough to undo it exactly, or redo it.
 */
export interface MergeSnapshot {
  put: BundleRecords
  replaced: BundleRecords
}

/**
 * Every write validates its input first (ValidationError, nothing touched) and then runs in ONE
 * transaction; every failure is a ValidationError or a StorageError. Claim, link and dismissal
 * writes stamp their own records, never the case, so their undo restores the library exactly.
 */
export interface Repository {
  createCase(name: string): Promise<Case>
  renameCase(id: string, name: string): Promise<Case>
  /** The case, its articles, their claims, the links touching them and their dismissals. */
  deleteCase(id: string): Promise<CaseSnapshot>
  restoreCase(snapshot: CaseSnapshot): Promise<void>
  importArticles(caseId: string, drafts: readonly ArticleDraft[]): Promise<ImportOutcome[]>
  updateArticleMetadata(id: string, patch: ArticleMetadata): Promise<Article>
  deleteArticle(id: string): Promise<ArticleSnapshot>
  /** Several articles in one transaction (undo of an import); snapshots in deletion order. */
  deleteArticles(ids: readonly string[]): Promise<ArticleSnapshot[]>
  restoreArticle(snapshot: ArticleSnapshot): Promise<void>
  restoreArticles(snapshots: readonly ArticleSnapshot[]): Promise<void>
  /**
   * A new text for an article, with its claims already re-anchored by the caller (new anchors, or
   * `orphan: true`). Every non-orphan claim must fit the NEW text; a claim of the article not passed
   * is kept as stored and must fit too. Stamps article.updatedAt; claims are written as given.
   */
  replaceArticleText(articleId: string, next: ArticleText, claims: readonly Claim[]): Promise<TextReplacement>
  /** The article and its claims exactly as before replaceArticleText. */
  restoreArticleText(replacement: TextReplacement): Promise<void>
  seedSampleCase(samples: readonly ArticleDraft[], name?: string): Promise<Case | null>
  /**
   * The first-start sample cases, in the order given, all or none, once per library (the
   * `sampleSeeded` flag); null when they were seeded before.
   */
  seedSampleCases(cases: readonly { name: string; drafts: readonly ArticleDraft[] }[]): Promise<Case[] | null>

  /** The anchor must lie inside the article's text and quote it exactly, unless the draft is orphan. */
  createClaim(articleId: string, draft: ClaimDraft): Promise<Claim>
  /** All or nothing (accepting many suggestions at once). */
  createClaims(articleId: string, drafts: readonly ClaimDraft[]): Promise<Claim[]>
  /** Claims for several articles at once (accepting suggestions across a case), in one transaction. */
  createClaimsIn(entries: readonly { articleId: string; draft: ClaimDraft }[]): Promise<Claim[]>
  /** Stamps updatedAt, and dates the review when the status changes (core's withStatus); `before` is the stored record, for putClaims on undo. */
  updateClaim(id: string, patch: ClaimPatch): Promise<{ before: Claim; after: Claim }>
  /** Writes these exact records back (undo of an edit), validated. */
  putClaims(claims: readonly Claim[]): Promise<void>
  /** Removes the claims and every link touching them. */
  deleteClaims(ids: readonly string[]): Promise<ClaimSnapshot[]>
  restoreClaims(snapshots: readonly ClaimSnapshot[]): Promise<void>
  /** Idempotent: dismissing twice keeps the first record. */
  dismissSuggestion(articleId: string, suggestion: SuggestionRef): Promise<void>
  /** Idempotent: undismissing what is not dismissed does nothing. */
  undismissSuggestion(articleId: string, suggestion: SuggestionRef): Promise<void>

  /** Both claims must exist and belong to different articles. */
  createLink(link: LinkDraft): Promise<Link>
  deleteLinks(ids: readonly string[]): Promise<Link[]>
  putLinks(links: readonly Link[]): Promise<void>
  /** Replaces the case's links of origin 'auto' with these (all 'auto'); manual links are kept. */
  replaceAutoLinks(caseId: string, links: readonly LinkDraft[]): Promise<void>

  getSetting<K extends keyof KnownSettings>(key: K): Promise<KnownSettings[K] | null>
  getSetting(key: string): Promise<unknown>
  /** `undefined` removes the setting. */
  setSetting<K extends keyof KnownSettings>(key: K, value: KnownSettings[K] | undefined): Promise<void>
  setSetting(key: string, value: unknown): Promise<void>
  exportBundle(): Promise<Bundle>
  exportCaseBundle(caseId: string): Promise<Bundle>

  /**
   * Writes an import (core/report resolveMerge's `put`) in one transaction, after checking it
   * against the store: every record it replaces must be stored exactly as `replaced` holds it and
   * every one it adds must not be stored (else the store changed since the preview: ValidationError,
   * nothing written); each article's case, each claim's article (and that it quotes its text), each
   * link's claims must be written here or already stored. Resolves to what undoMerge needs.
   */
  applyMerge(write: MergeSnapshot): Promise<MergeSnapshot>
  /**
   * Undoes an import in one transaction: the records it replaced are written back as they were;
   * those it added are removed, with claims on added articles, links to removed claims and the
   * dismissals of removed articles.
   */
  undoMerge(snapshot: MergeSnapshot): Promise<void>
  /**
   * Restore: replaces every case, article, claim and link with the bundle's, in one transaction.
   * Dismissals and settings describe the old library and are cleared, except `sampleSeeded` (so
   * the sample case does not come back on the next start).
   */
  replaceAll(bundle: Bundle): Promise<void>
}
