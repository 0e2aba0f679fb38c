/**
 * The seed articles and their gold, read as the app reads them: each article file goes through
 * ingestFile with a jsdom window, so page chrome is gone before suggestions are made and scored.
 * Also checks the spans named in the pair gold (*.pair.json) against suggestions, as extra
 * examples of what a suggestion should cover (reported, not scored).
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { JSDOM } from 'jsdom'
import { suggestClaims } from '@core/extract'
import { ingestFile } from '@core/ingest'
import type { ArticleDraft, ClaimDraft, ClaimKind } from '@core/model'
import { MATCH_SHARE, overlapShare, scoreArticle, type ArticleScore, type GoldFile } from './score'

const FIXTURES = path.join(__dirname, '..', 'fixtures')
const env = { window: new JSDOM('').window }

/** One article as imported, with its suggestions. */
export interface Seed {
  name: string
  article: ArticleDraft
  suggestions: ClaimDraft[]
}

const seeds = new Map<string, Seed>()

/** Imports an article fixture (cached) and suggests claims on it with its own publication date. */
export function seed(name: string): Seed {
  const cached = seeds.get(name)
  if (cached) return cached
  const bytes = new Uint8Array(readFileSync(path.join(FIXTURES, 'articles', name)))
  const result = ingestFile({ name, bytes }, env)
  if (result.status !== 'imported') throw new Error(`${name}: ${result.reason}`)
  const s = { name, article: result.article, suggestions: suggestClaims(result.article) }
  seeds.set(name, s)
  return s
}

/** Scores every article that has a *.claims.json gold file. */
export function scoreSeeds(): ArticleScore[] {
  const goldDir = path.join(FIXTURES, 'gold')
  return readdirSync(goldDir)
    .filter((f) => f.endsWith('.claims.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(path.join(goldDir, f), 'utf8')) as GoldFile
      const s = seed(gold.article)
      return scoreArticle(s.article.text, gold, s.suggestions)
    })
}

interface PairSpan {
  kind: ClaimKind
  article: string
  exact: string
  covered: boolean
}

/** Spans named in the pair gold files (conflicts, agreements, sources) and whether a suggestion covers each. */
export function pairCoverage(): PairSpan[] {
  const goldDir = path.join(FIXTURES, 'gold')
  const out: PairSpan[] = []
  for (const f of readdirSync(goldDir)
    .filter((x) => x.endsWith('.pair.json'))
    .sort()) {
    const pair = JSON.parse(readFileSync(path.join(goldDir, f), 'utf8')) as Record<string, unknown>
    const [a, b] = pair.articles as [string, string]
    const groups = ['expected_conflicts', 'agreements', 'compatible_not_conflicts', 'different_sources'] as const
    for (const g of groups) {
      for (const item of (pair[g] as Array<{ kind?: ClaimKind; a: string; b: string }> | undefined) ?? []) {
        const kind: ClaimKind = item.kind ?? 'attribution'
        for (const [name, exact] of [
          [a, item.a],
          [b, item.b]
        ] as const) {
          const s = seed(name)
          const start = s.article.text.indexOf(exact)
          const place = { start, end: start + exact.length }
          const covered =
            start >= 0 && s.suggestions.some((c) => c.kind === kind && overlapShare(c.anchor, place) >= MATCH_SHARE)
          out.push({ kind, article: name, exact, covered })
        }
      }
    }
  }
  return out
}
