/**
 * The database of the renderer: the only place that imports dexie. The UI opens it once
 * (`openDatabase()`), writes through `createRepository(db)` and reads with the query functions,
 * usually inside `useLiveQuery(() => listCases(db), [db])` (dexie-react-hooks, re-exported here so
 * that no other folder imports Dexie).
 */
export { useLiveQuery } from 'dexie-react-hooks'
export { openDatabase, deleteDatabase, ParallaxDb, schemaVersions, DEFAULT_DATABASE_NAME } from './database'
export type { Setting, SchemaVersion, Dismissal } from './database'
export {
  createRepository,
  articleDraftSchema,
  SAMPLE_CASE_NAME,
  type Repository,
  type RepositoryOptions,
  type ImportOutcome,
  type CaseSnapshot,
  type ArticleSnapshot,
  type ClaimSnapshot,
  type ClaimPatch,
  type ArticleText,
  type TextReplacement,
  type SuggestionRef,
  type LinkDraft,
  type BundleRecords,
  type MergeSnapshot
} from './repository'
export {
  listCases,
  getCase,
  getArticle,
  articlesOfCase,
  claimsOfArticle,
  claimsOfArticles,
  claimsOfCase,
  linksOfClaims,
  linksOfCase,
  dismissalKey,
  dismissalsOfArticle,
  exportBundle,
  exportCaseBundle,
  getSetting,
  searchLibrary,
  foldForSearch,
  type CaseSummary,
  type LibraryEntry,
  type KnownSettings
} from './queries'
export { StorageError, ValidationError, translateError, type StorageErrorKind } from './errors'
