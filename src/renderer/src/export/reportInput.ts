/**
 * What a report is made of, read from the store at the moment of export (never from what the
 * screen shows), so every export reflects exactly what is stored; and the context stamped on it.
 */
import { scopeToArticle, scopeToCase, type ReportContext, type ReportInput, type ReviewerProfile } from '@core/report'
import type { Repository } from '../db'
import { appVersion } from './version'

/** The whole open case, or one of its articles (the one a pane shows). */
export type ReportScope = { kind: 'case'; caseId: string } | { kind: 'article'; caseId: string; articleId: string }

export async function loadReportInput(repo: Repository, scope: ReportScope): Promise<ReportInput> {
  const bundle = await repo.exportCaseBundle(scope.caseId)
  const input: ReportInput = {
    cases: bundle.cases,
    articles: bundle.articles,
    claims: bundle.claims,
    links: bundle.links
  }
  return scope.kind === 'case' ? scopeToCase(input, scope.caseId) : scopeToArticle(input, scope.articleId)
}

/** Generation time, app version and the reviewer profile, taken when the report is made. */
export function reportContext(now: Date = new Date(), reviewer?: ReviewerProfile): ReportContext {
  return { generatedAt: now.toISOString(), appVersion, ...(reviewer ? { reviewer } : {}) }
}

/** Whether making the report may take long enough to deserve a progress notice (text size, claims). */
export function isLargeReport(input: ReportInput): boolean {
  const characters = input.articles.reduce((sum, a) => sum + a.text.length, 0)
  return characters > 400_000 || input.claims.length > 2_000
}
