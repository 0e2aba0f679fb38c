/**
 * File names for what the reader saves: reports named after their case (and article), backups
 * after their day. Letters of any script are kept, so an Arabic case name stays readable.
 */
import type { ReportFormat } from '@core/report'
import { reportFormatInfo } from '@core/report'

/** "Al-Qaim (sample)" → "al-qaim-sample"; at most 60 characters; "" when nothing is left. */
export function slugify(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
}

/** How an article is named in file names and the scope list: its display name (core/model). */
export { articleName } from '@core/model'

/** `al-qaim-sample.md`, or `al-qaim-sample-oman-observer.md` for one article. */
export function reportFileName(format: ReportFormat, caseName: string, articleLabel?: string): string {
  const base = [slugify(caseName) || 'parallax-report', articleLabel ? slugify(articleLabel) : '']
    .filter(Boolean)
    .join('-')
  return `${base}${reportFormatInfo[format].suffix}`
}

/** The PDF of a report: the same base name as its HTML. */
export function pdfFileName(caseName: string, articleLabel?: string): string {
  return reportFileName('html', caseName, articleLabel).replace(/\.html$/, '.pdf')
}

/** `parallax-backup-2024-06-01.json`, by the local calendar day (the day the journalist sees). */
export function backupFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `parallax-backup-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`
}
