/**
 * Suggested claims and comparisons as the commands make them: core/extract's suggestions given
 * their identity, core/compare's verdicts turned into links, and the --published option that
 * dates articles which carry no date of their own. Shared by `report`, `extract` and `compare`.
 */
import { compareArticles, linksFromComparison, type Comparison } from '@core/compare'
import { suggestClaims, suggestionId } from '@core/extract'
import { claimFromDraft, type Article, type Claim, type Link } from '@core/model'
import { UsageError } from './command'

/**
 * The value of --published: a real calendar date written YYYY-MM-DD, or a usage error of
 * `command` saying what is expected.
 */
export function publishedOption(value: string | undefined, command: string): string | undefined {
  if (value === undefined) return undefined
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
    const date = new Date(0)
    date.setUTCFullYear(year, month - 1, day)
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) return value
    throw new UsageError(`--published: ${value} is not a date of the calendar`, command)
  }
  throw new UsageError(`--published: '${value}' is not a date written YYYY-MM-DD, such as 2016-08-14`, command)
}

/** The article with `publishedAt` as its date when it has none of its own (its own date wins). */
export function withPublished(article: Article, publishedAt: string | undefined): Article {
  return publishedAt && !article.publishedAt ? { ...article, publishedAt } : article
}

/**
 * Suggested claims of one article, in text order, with the ids the app gives the same suggestions;
 * relative dates resolve against its publication day.
 */
export function suggestFor(article: Article, stamp: string): Claim[] {
  return suggestClaims(article).map((draft) =>
    claimFromDraft(draft, { id: suggestionId(article.id, draft), articleId: article.id }, stamp)
  )
}

/** The comparison of the articles (two or more, in this order) on the claims given, and its links. */
export function compareWithLinks(
  articles: Article[],
  claims: Claim[],
  stamp: string
): { comparison: Comparison; links: Link[] } {
  const comparison = compareArticles({ articles, claims })
  return { comparison, links: linksFromComparison(comparison, stamp) }
}

/** Suggested claims for each article, and links for the matches a comparison of them finds. */
export function suggestAndCompare(articles: Article[], stamp: string): { claims: Claim[]; links: Link[] } {
  const claims = articles.flatMap((article) => suggestFor(article, stamp))
  if (articles.length < 2) return { claims, links: [] }
  return { claims, links: compareWithLinks(articles, claims, stamp).links }
}
