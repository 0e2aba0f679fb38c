/**
 * Arabic articles (test/eval/corpus/arabic/*.claims.json): each SaudiNewsNet record imported as a
 * user would (import.ts), claims suggested with the gold's publication date, and scored with
 * scoreArticle — the seeds' rules, per kind.
 */
import path from 'node:path'
import { suggestClaims } from '@core/extract'
import { checkQuotes, EvalInputError, readJson, splitOf, type ArticleRef, type Corpus, type Split } from './corpus'
import { importRecord } from './import'
import { scoreArticle, type ArticleScore, type GoldClaim } from './score'

export interface ArticleGold {
  id?: string
  split?: string
  article?: ArticleRef
  publishedAt?: string
  claims?: GoldClaim[]
  negatives?: Array<{ kind: GoldClaim['kind']; exact: string; why?: string }>
}

export interface ScoredArticle {
  id: string
  split: Split
  score: ArticleScore
}

/** Loads, checks and scores one claims gold file. */
export function scoreClaimsFile(file: string, corpus: Corpus): ScoredArticle {
  const gold = readJson<ArticleGold>(file)
  const id = gold.id ?? path.basename(file, '.claims.json')
  const split = splitOf(file, gold.split)
  if (!gold.article || typeof gold.article !== 'object')
    throw new EvalInputError(
      `${file}: "article" must be a reference ({ "corpus": "saudinewsnet", "day": …, "url": … })`
    )
  if (!Array.isArray(gold.claims)) throw new EvalInputError(`${file}: "claims" must be a list`)
  const record = corpus.article(gold.article, file)
  checkQuotes(file, record, [...gold.claims.map((c) => c.exact), ...(gold.negatives ?? []).map((n) => n.exact)])
  const article = importRecord(`${id}.txt`, record.title, record.text, gold.publishedAt ?? record.date, file)
  const score = scoreArticle(
    article.text,
    { article: id, claims: gold.claims, ...(gold.negatives ? { negatives: gold.negatives } : {}) },
    suggestClaims(article)
  )
  return { id, split, score }
}
