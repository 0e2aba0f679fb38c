/**
 * What a report is made from (the stored records of a case or of one article), how a caller
 * narrows the store to that scope, and the one reading order every report follows: articles in
 * the order the case lists them, claims in text order within each article.
 */
import type { Article, Case, Claim, Link } from '@core/model'
import { articleName, claimKinds, pageLabel, type ClaimKind } from '@core/model'
import type { ReviewerProfile } from './reviewer'

/** What is stored, for a case or one article (the caller chooses the scope, see scopeToCase / scopeToArticle). */
export interface ReportInput {
  cases: Case[]
  articles: Article[]
  claims: Claim[]
  links: Link[]
}

export interface ReportContext {
  /** ISO-8601 timestamp of the export, passed in: core reads no clock. */
  generatedAt: string
  /** The app's version, printed in the reports' footers. */
  appVersion: string
  /** Who reviews and publishes the fact-checks, and their rating scale (ClaimReview; the annotations' creator). */
  reviewer?: ReviewerProfile
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/** Keeps the claims of the given articles and the links whose two claims both remain. */
function narrow(input: ReportInput, cases: Case[], articles: Article[]): ReportInput {
  const articleIds = new Set(articles.map((a) => a.id))
  const claims = input.claims.filter((c) => articleIds.has(c.articleId))
  const claimIds = new Set(claims.map((c) => c.id))
  const links = input.links.filter((l) => claimIds.has(l.claimIds[0]) && claimIds.has(l.claimIds[1]))
  return { cases, articles, claims, links }
}

/** One case with all its articles, their claims and the links among them; empty when the case is not stored. */
export function scopeToCase(input: ReportInput, caseId: string): ReportInput {
  const kase = input.cases.find((c) => c.id === caseId)
  if (!kase) return { cases: [], articles: [], claims: [], links: [] }
  const listed = new Set(kase.articleIds)
  const articles = input.articles.filter((a) => a.caseId === caseId || listed.has(a.id))
  return narrow(input, [kase], articles)
}

/**
 * One article with its case (listing only this article) and its claims. Links reach into other
 * articles, so none remain: comparisons belong to the case's report.
 */
export function scopeToArticle(input: ReportInput, articleId: string): ReportInput {
  const article = input.articles.find((a) => a.id === articleId)
  if (!article) return { cases: [], articles: [], claims: [], links: [] }
  const cases = input.cases.filter((c) => c.id === article.caseId).map((c) => ({ ...c, articleIds: [articleId] }))
  return narrow(input, cases, [article])
}

/** Articles in reading order: each case's own order (cases by id), then any others by id. */
export function orderArticles(input: ReportInput): Article[] {
  const byArticleId = new Map(input.articles.map((a) => [a.id, a]))
  const seen = new Set<string>()
  const out: Article[] = []
  for (const kase of [...input.cases].sort(byId)) {
    for (const id of kase.articleIds) {
      const article = byArticleId.get(id)
      if (article && !seen.has(id)) {
        seen.add(id)
        out.push(article)
      }
    }
  }
  return out.concat(input.articles.filter((a) => !seen.has(a.id)).sort(byId))
}

/** Claims in text order (start offset, then end, then id) so the same claims always list the same way. */
export function inTextOrder(claims: readonly Claim[]): Claim[] {
  return [...claims].sort((a, b) => a.anchor.start - b.anchor.start || a.anchor.end - b.anchor.end || byId(a, b))
}

/**
 * Each article's claims in text order, by article id, in one pass: reports walk the articles, and
 * filtering every claim for each of them is quadratic in a large library.
 */
export function claimsByArticle(claims: readonly Claim[]): Map<string, Claim[]> {
  const out = new Map<string, Claim[]>()
  for (const c of claims) {
    const own = out.get(c.articleId)
    if (own) own.push(c)
    else out.set(c.articleId, [c])
  }
  for (const [id, own] of out) out.set(id, inTextOrder(own))
  return out
}

/** One article's claims (in text order, see claimsByArticle) grouped by kind: kinds in model order, empty kinds left out. */
export function claimsByKind(own: readonly Claim[] | undefined): { kind: ClaimKind; claims: Claim[] }[] {
  const groups = new Map<ClaimKind, Claim[]>(claimKinds.map((kind) => [kind, []]))
  for (const c of own ?? []) groups.get(c.kind)?.push(c)
  return claimKinds.map((kind) => ({ kind, claims: groups.get(kind) ?? [] })).filter((g) => g.claims.length > 0)
}

/** Where a PDF's claim stands, as every report cites it ("p. 3", its paragraph's page); '' for other articles. */
export function claimPage(claim: Claim, article: Article | undefined): string {
  return article ? pageLabel(article, claim.anchor.start) : ''
}

/** How an article is named in comparisons and tables: its outlet, else its title. */
export function articleLabel(article: Article | undefined): string {
  if (!article) return 'unknown article'
  return articleName(article)
}

/** An article's heading in a report: its display name and its title, the title alone when the name is made from it. */
export function articleHeading(article: Article): { name: string | null; title: string } {
  const name = articleName(article)
  const title = article.title.trim()
  return { name: name === title || (name.endsWith('…') && title.startsWith(name.slice(0, -1))) ? null : name, title }
}

/** The report's heading: the case name(s), or the article's title when no case is in scope. */
export function reportTitle(input: ReportInput): string {
  const names = [...input.cases]
    .sort(byId)
    .map((c) => c.name.trim())
    .filter(Boolean)
  if (names.length) return names.join('; ')
  const first = orderArticles(input)[0]
  return first ? first.title.trim() || 'Untitled article' : 'Claim report'
}
