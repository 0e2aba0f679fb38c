/**
 * Reports and backups as plain async functions of the services: made from the store at the moment
 * of export (stamped now), rendered behind a progress notice when large, written through the
 * platform, and said in one notice. useExports only binds them to the open case and its dialog.
 */
import {
  claimReviewGaps,
  emptyReportReason,
  renderBundle,
  renderReport,
  reportFormatInfo,
  type ReportFormat,
  type ReportInput,
  type ReviewerProfile
} from '@core/report'
import type { Services } from '../app/services'
import type { Platform } from '../platform'
import { articleName, backupFileName, pdfFileName, reportFileName } from './names'
import { isLargeReport, loadReportInput, reportContext, type ReportScope } from './reportInput'
import { loadReviewerProfile, saveReviewerProfile } from './reviewerProfile'

type ReportServices = Pick<Services, 'repo' | 'platform' | 'notices'>

/** Lets the browser paint (a progress notice) before synchronous work holds the thread. */
const nextPaint = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

/** Runs synchronous rendering behind a progress notice when the input is large. */
async function rendered({ notices }: ReportServices, input: ReportInput, label: string, render: () => string) {
  if (!isLargeReport(input)) return render()
  const id = notices.show({ tone: 'progress', message: `Preparing the ${label}…` })
  try {
    await nextPaint()
    return render()
  } finally {
    notices.dismiss(id)
  }
}

/** What a file is named after: the case, and the article for a one-article report. */
export function scopeName(input: Pick<ReportInput, 'cases' | 'articles'>, scope: ReportScope) {
  const article = scope.kind === 'article' ? input.articles[0] : undefined
  return { caseName: input.cases[0]?.name ?? 'Parallax', article: article ? articleName(article) : undefined }
}

/** "Saved … to" a path, or "Downloaded … as" a name in the browser. */
export const savedMessage = (platform: Platform['kind'], what: string, path: string) =>
  platform === 'browser' ? `Downloaded the ${what} as ${path}.` : `Saved the ${what} to ${path}.`

/** The notice for a saved report: what a publisher would miss in its reviews, the first eight named. */
export function savedReportNotice(saved: string, gaps: readonly string[]) {
  const shown = gaps.slice(0, 8)
  const more = gaps.length > shown.length ? [`and ${gaps.length - shown.length} more`] : []
  return {
    tone: gaps.length ? ('info' as const) : ('success' as const),
    message: saved + (gaps.length ? ' Some reviews miss what a publisher needs:' : ''),
    details: gaps.length ? [...shown, ...more] : undefined
  }
}

/** The report text (for the preview too): always from the store, stamped now; a refusal throws its reason. */
export async function makeReport(
  services: ReportServices,
  format: ReportFormat,
  scope: ReportScope,
  reviewer?: ReviewerProfile
) {
  const input = await loadReportInput(services.repo, scope)
  const ctx = reportContext(new Date(), reviewer ?? (await loadReviewerProfile(services.repo)))
  const empty = emptyReportReason(format, input)
  if (empty) throw new Error(empty)
  const text = await rendered(services, input, reportFormatInfo[format].label, () => renderReport(format, input, ctx))
  // what a publisher would miss, said once the file is saved
  const gaps = format === 'claimreview' ? claimReviewGaps(input, ctx) : []
  return { input, text, gaps }
}

/** Saves a report where the journalist chooses (the reviewer profile first, when given); false if cancelled. */
export async function saveReport(
  services: ReportServices,
  format: ReportFormat,
  scope: ReportScope,
  reviewer?: ReviewerProfile
): Promise<boolean> {
  const { repo, platform, notices } = services
  const info = reportFormatInfo[format]
  const profile = reviewer ? await saveReviewerProfile(repo, reviewer) : undefined
  const { input, text, gaps } = await makeReport(services, format, scope, profile)
  const names = scopeName(input, scope)
  const result = await platform.saveFile({
    suggestedName: reportFileName(format, names.caseName, names.article),
    filter: { name: info.label, extensions: [info.extension] },
    data: text
  })
  if (result.saved) notices.show(savedReportNotice(savedMessage(platform.kind, info.label, result.path), gaps))
  return result.saved
}

/** Prints the HTML report to a PDF file. */
export async function printPdf(services: ReportServices, scope: ReportScope): Promise<void> {
  const { input, text } = await makeReport(services, 'html', scope)
  const names = scopeName(input, scope)
  const result = await services.platform.printToPdf({
    html: text,
    suggestedName: pdfFileName(names.caseName, names.article)
  })
  if (result.saved) services.notices.show({ tone: 'success', message: `Saved the PDF report to ${result.path}.` })
}

/** Saves the whole library as a bundle. */
export async function backup(services: ReportServices): Promise<void> {
  const { repo, platform, notices } = services
  const bundle = await repo.exportBundle()
  const text = await rendered(services, bundle, 'backup', () => renderBundle(bundle))
  const result = await platform.saveFile({
    suggestedName: backupFileName(new Date()),
    filter: { name: 'Parallax backup', extensions: ['json'] },
    data: text
  })
  if (result.saved)
    notices.show({
      tone: 'success',
      message: savedMessage(platform.kind, `backup of ${bundle.cases.length} cases`, result.path)
    })
}
