/**
 * Reads. Each function takes the database and returns a promise, so the UI can hand it straight to
 * dexie-react-hooks: `useLiveQuery(() => listCases(db), [db])` re-runs it whenever the tables it read
 * change. Reads that touch several tables run in one readonly transaction so they see one
 * consistent state (never a case whose new article is not there yet).
 *
 * "Not found" is `null`, distinct from useLiveQuery's `undefined` for "still loading".
 */
import { makeBundle, type Article, type Bundle, type Case, type Claim, type Link } from '@core/model'
import type { ParallaxDb } from './database'

export interface CaseSummary extends Case {
  articleCount: number
}

/** One case in the library sidebar, with the articles that matched the filter (in case order). */
export interface LibraryEntry {
  /** `kase`, not `case`: a keyword cannot be destructured. */
  kase: CaseSummary
  articles: Article[]
  /** The case name matched: all its articles are listed. */
  caseNameMatches: boolean
}

/** Known app-state keys and their value types; other keys are allowed and read as `unknown`. */
export interface KnownSettings {
  sampleSeeded: boolean
  lastCaseId: string
  leftArticleId: string
  rightArticleId: string
  /** Articles whose claim suggestions are shown (the journalist asked, or they came in with suggest-on-import). */
  suggestArticles: string[]
  /** Suggest claims for every imported article. */
  suggestOnImport: boolean
  /** The window's layout as the journalist left it: the panes' split (0..1) and the side panel's width (px). */
  layout: { split: number; sideWidth: number }
}

// base sensitivity: "al-qaim" and "Al-Qaïm" sort together; numeric: "Case 2" before "Case 10".
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })

function byName(a: Case, b: Case): number {
  return collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

function summarise(c: Case): CaseSummary {
  return { ...c, articleCount: c.articleIds.length }
}

/** All cases, sorted by name (case- and accent-insensitive), each with its article count. */
export async function listCases(db: ParallaxDb): Promise<CaseSummary[]> {
  const cases = await db.cases.toArray()
  return cases.sort(byName).map(summarise)
}

export async function getCase(db: ParallaxDb, id: string): Promise<Case | null> {
  return (await db.cases.get(id)) ?? null
}

export async function getArticle(db: ParallaxDb, id: string): Promise<Article | null> {
  return (await db.articles.get(id)) ?? null
}

/** The case's articles in the order the journalist chose (case.articleIds); [] if the case is gone. */
export function articlesOfCase(db: ParallaxDb, caseId: string): Promise<Article[]> {
  return db.transaction('r', db.cases, db.articles, async () => {
    const found = await db.cases.get(caseId)
    if (!found) return []
    return present(await db.articles.bulkGet(found.articleIds))
  })
}

/** Text order: by start, then end (UTF-16 offsets); orphans last, since their offsets mean nothing. */
function inTextOrder(a: Claim, b: Claim): number {
  return (
    Number(a.orphan === true) - Number(b.orphan === true) ||
    a.anchor.start - b.anchor.start ||
    a.anchor.end - b.anchor.end ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  )
}

/** The article's claims in text order (by start offset, UTF-16 code units), orphans last. */
export async function claimsOfArticle(db: ParallaxDb, articleId: string): Promise<Claim[]> {
  const claims = await db.claims.where('articleId').equals(articleId).toArray()
  return claims.sort(inTextOrder)
}

/** The claims of several articles: article by article in the order given, each in text order (orphans last). */
export async function claimsOfArticles(db: ParallaxDb, articleIds: readonly string[]): Promise<Claim[]> {
  if (articleIds.length === 0) return []
  const claims = await db.claims
    .where('articleId')
    .anyOf([...articleIds])
    .toArray()
  const rank = new Map(articleIds.map((id, i) => [id, i] as const))
  return claims.sort((a, b) => rank.get(a.articleId)! - rank.get(b.articleId)! || inTextOrder(a, b))
}

/** The claims of a case's articles, in case order then text order; [] if the case is gone. */
export function claimsOfCase(db: ParallaxDb, caseId: string): Promise<Claim[]> {
  return db.transaction('r', db.cases, db.claims, async () => {
    const found = await db.cases.get(caseId)
    return found ? claimsOfArticles(db, found.articleIds) : []
  })
}

/** The links touching a case's claims, oldest first; [] if the case is gone. */
export function linksOfCase(db: ParallaxDb, caseId: string): Promise<Link[]> {
  return db.transaction('r', db.cases, db.claims, db.links, async () => {
    const found = await db.cases.get(caseId)
    if (!found || found.articleIds.length === 0) return []
    const claimIds = await db.claims.where('articleId').anyOf(found.articleIds).primaryKeys()
    const links = await linksOfClaims(db, claimIds)
    return links.sort((a, b) =>
      a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0
    )
  })
}

/** The key of a rejected suggestion (core/extract's rule): also the Dismissal record's id. */
export { dismissalKey } from '@core/extract'

/** The keys (dismissalKey) of the suggestions rejected in an article; empty when none. */
export async function dismissalsOfArticle(db: ParallaxDb, articleId: string): Promise<Set<string>> {
  return new Set(await db.dismissals.where('articleId').equals(articleId).primaryKeys())
}

/** Links with either end among the given claims, each once. */
export async function linksOfClaims(db: ParallaxDb, claimIds: readonly string[]): Promise<Link[]> {
  if (claimIds.length === 0) return []
  return db.links
    .where('claimIds')
    .anyOf([...claimIds])
    .distinct()
    .toArray()
}

/**
 * The whole library as a bundle (stable order: the same data always serialises the same): every
 * case, article, claim and link. Dismissed suggestions and settings are app state of this machine,
 * not part of the `parallax/1` format, so they stay out.
 */
export function exportBundle(db: ParallaxDb): Promise<Bundle> {
  return db.transaction('r', db.dataTables, async () => {
    const [cases, articles, claims, links] = await Promise.all([
      db.cases.toArray(),
      db.articles.toArray(),
      db.claims.toArray(),
      db.links.toArray()
    ])
    return makeBundle({ cases, articles, claims, links })
  })
}

/**
 * One case with its articles (by caseId, so one the case somehow stopped listing is included),
 * their claims and the links touching them; null if the case is gone.
 */
export function exportCaseBundle(db: ParallaxDb, caseId: string): Promise<Bundle | null> {
  return db.transaction('r', db.dataTables, async () => {
    const found = await db.cases.get(caseId)
    if (!found) return null
    const articles = await db.articles.where('caseId').equals(caseId).toArray()
    const articleIds = articles.map((a) => a.id)
    const claims = articleIds.length ? await db.claims.where('articleId').anyOf(articleIds).toArray() : []
    const links = await linksOfClaims(
      db,
      claims.map((c) => c.id)
    )
    return makeBundle({ cases: [found], articles, claims, links })
  })
}

/** A setting's value, or null when it was never set. */
export async function getSetting<K extends keyof KnownSettings>(
  db: ParallaxDb,
  key: K
): Promise<KnownSettings[K] | null>
export async function getSetting(db: ParallaxDb, key: string): Promise<unknown>
export async function getSetting(db: ParallaxDb, key: string): Promise<unknown> {
  const row = await db.settings.get(key)
  return row === undefined ? null : row.value
}

/**
 * Lower-case, decomposed, marks stripped: "Qaïm" and "QAIM" match, and Arabic harakat or
 * tatweel-free spellings match their vocalised forms.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/\u0640/g, '')
    .toLowerCase()
}

/**
 * The library filtered by a search string: a case whose name matches is listed with all its
 * articles; otherwise a case is listed with the articles whose title or outlet matches, and left
 * out when none does. An empty filter lists everything. Sorted as listCases.
 */
export function searchLibrary(db: ParallaxDb, filter: string): Promise<LibraryEntry[]> {
  const needle = foldForSearch(filter.trim())
  return db.transaction('r', db.cases, db.articles, async () => {
    const [cases, articles] = await Promise.all([db.cases.toArray(), db.articles.toArray()])
    const byId = new Map(articles.map((a) => [a.id, a]))
    const entries: LibraryEntry[] = []
    for (const c of cases.sort(byName)) {
      const own = present(c.articleIds.map((id) => byId.get(id)))
      const caseNameMatches = needle !== '' && foldForSearch(c.name).includes(needle)
      const matching =
        needle === '' || caseNameMatches
          ? own
          : own.filter((a) => foldForSearch(a.title).includes(needle) || foldForSearch(a.outlet).includes(needle))
      if (needle === '' || caseNameMatches || matching.length > 0) {
        entries.push({ kase: summarise(c), articles: matching, caseNameMatches })
      }
    }
    return entries
  })
}

function present<T>(items: readonly (T | undefined)[]): T[] {
  return items.filter((x): x is T => x !== undefined)
}
