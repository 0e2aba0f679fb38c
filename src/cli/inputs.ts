/**
 * The inputs of `extract` and `compare`: article files and Parallax bundles in any mix, read into
 * one set of records with their articles in command-line order, and the claims each article is
 * worked on: its own when a bundle holds some for it, else suggested ones.
 */
import { randomUUID } from 'node:crypto'
import { newCase, type Article, type Claim } from '@core/model'
import type { ReportInput } from '@core/report'
import { readArticleFiles } from './articles'
import { isBundlePath, mergeInto, readBundles } from './bundles'
import { suggestFor, withPublished } from './claims'
import type { CliIo } from './command'

export interface InputArticle {
  /** the file (article or bundle) the article came from */
  file: string
  article: Article
}

export interface Inputs {
  /**
   * Every record read: the bundles merged, and the article files in the bundles' case when they
   * hold one (so what is compared is one case, as in the app: a link joins claims of one case),
   * else in a new case named `caseName`.
   */
  records: ReportInput
  /** The articles, in the order of the command line (a bundle's in its own reading order). */
  articles: InputArticle[]
  /** How many inputs could not be used (each already reported on stderr). */
  failed: number
}

/** Reads the bundles and article files of `inputs`; failures are reported on stderr and counted. */
export async function readInputs(
  inputs: readonly string[],
  caseName: string,
  stamp: string,
  io: CliIo
): Promise<Inputs> {
  const bundles = await readBundles(inputs.filter(isBundlePath), io)
  const articleFiles = inputs.filter((f) => !isBundlePath(f))
  let records = bundles.input
  let failed = bundles.failed
  const files: InputArticle[] = []
  if (articleFiles.length > 0) {
    const [only, ...others] = records.cases
    const kase =
      only && others.length === 0
        ? { ...only, articleIds: [...only.articleIds] }
        : newCase(randomUUID(), caseName, stamp)
    const read = await readArticleFiles(articleFiles, kase.id, stamp, io)
    failed += read.failed
    files.push(...read.articles)
    if (files.length > 0) {
      kase.articleIds.push(...files.map((f) => f.article.id))
      records = mergeInto(records, { cases: [kase], articles: files.map((f) => f.article), claims: [], links: [] })
    }
  }
  // Both lists are in command-line order, failed inputs left out: walk them side by side.
  const byId = new Map(records.articles.map((a) => [a.id, a]))
  const seen = new Set<string>()
  const articles: InputArticle[] = []
  let nextBundle = 0
  let nextFile = 0
  for (const input of inputs) {
    if (isBundlePath(input)) {
      const bundle = bundles.files[nextBundle]
      if (bundle?.file !== input) continue
      nextBundle++
      for (const id of bundle.articleIds) {
        const article = byId.get(id)
        if (article && !seen.has(id)) {
          seen.add(id)
          articles.push({ file: input, article })
        }
      }
    } else if (files[nextFile]?.file === input) articles.push(files[nextFile++]!)
  }
  return { records, articles, failed }
}

export interface WorkedArticles {
  /** The articles, those that got suggestions dated by `publishedAt` when they had no date. */
  articles: InputArticle[]
  /** The claims of those articles: a bundle's own, and the suggested ones. */
  claims: Claim[]
  /** The suggested claims alone (new records). */
  suggested: Claim[]
}

/**
 * The claims each article is worked on: an article a bundle holds claims for keeps them (rejected
 * ones included, for the caller to weigh); every other article gets suggested claims, its relative
 * dates resolved against its own date or else `publishedAt`.
 */
export function claimsOf(inputs: Inputs, publishedAt: string | undefined, stamp: string): WorkedArticles {
  const own = new Map<string, Claim[]>()
  for (const claim of inputs.records.claims) {
    const list = own.get(claim.articleId)
    if (list) list.push(claim)
    else own.set(claim.articleId, [claim])
  }
  const out: WorkedArticles = { articles: [], claims: [], suggested: [] }
  for (const { file, article } of inputs.articles) {
    const kept = own.get(article.id)
    if (kept) {
      out.articles.push({ file, article })
      out.claims.push(...kept)
      continue
    }
    const dated = withPublished(article, publishedAt)
    const suggested = suggestFor(dated, stamp)
    out.articles.push({ file, article: dated })
    out.claims.push(...suggested)
    out.suggested.push(...suggested)
  }
  return out
}
