/**
 * Reports: a case's (or one article's) claims and verdicts → Markdown, HTML (and PDF through it),
 * CSV, the JSON bundle, W3C Web Annotation and schema.org ClaimReview; and the way back in:
 * parseBundle (the door), planMerge and resolveMerge (an import that asks before it overwrites).
 * Pure: the app and the CLI call the same functions and do the file I/O themselves; the clock
 * comes in through ReportContext.
 */
import { renderBundle } from './bundle'
import { countReviewed, NOTHING_REVIEWED, renderClaimReview } from './claimreview'
import { renderCsv } from './csv'
import { renderHtml } from './html'
import type { ReportContext, ReportInput } from './input'
import { renderMarkdown } from './markdown'
import { renderWebAnnotation } from './webannotation'

export type { ReportContext, ReportInput } from './input'
export { scopeToArticle, scopeToCase } from './input'
export { formatValue, formatNumber, formatPublished, formatTimestamp, kindLabels, statusLabels } from './format-value'
export { unreportedVerdicts, describeUnreported, type ShownVerdict, type Unreported } from './unreported'
export { summarizeComparisons, type ComparisonEntry, type ComparisonGroup } from './summary'
export { renderMarkdown, escapeMarkdown } from './markdown'
export { renderHtml, escapeHtml } from './html'
export { renderCsv, escapeCsv, csvHeaders } from './csv'
export { renderBundle, parseBundle, sortKeys, type BundleCheck } from './bundle'
export { BUNDLE_LIMITS } from './bundle-rules'
export { findJsonSyntaxError, findNestingProblem, type JsonSyntaxError, type NestingProblem } from './json-error'
export {
  planMerge,
  resolveMerge,
  describeMerge,
  describeReanchored,
  listCounts,
  changesAnything,
  type Conflict,
  type Counts,
  type Joining,
  type MergeChoice,
  type MergePlan,
  type MergePlanning,
  type MergeSummary,
  type MergeWrite,
  type Reanchored
} from './merge'
export { describeChanges, sameContent, type FieldChange } from './merge-changes'
export { renderWebAnnotation, claimIri, articleIri, linkIri } from './webannotation'
export {
  renderClaimReview,
  renderClaimReviewFiles,
  claimReviewGaps,
  countReviewed,
  isReviewed,
  NOTHING_REVIEWED
} from './claimreview'
export { claimSentence, CLAIM_SENTENCE_MAX } from './claim-sentence'
export { codePointOffsets, EXPORT_OFFSET_UNIT } from './offsets'
export {
  DEFAULT_SCALE,
  EMPTY_PROFILE,
  findRating,
  parseRatingScale,
  ratingOf,
  ratingScaleSchema,
  reviewedStatuses,
  reviewerProfileSchema,
  reviewUrlOf,
  type Rating,
  type RatingScale,
  type ReviewedStatus,
  type ReviewerProfile
} from './reviewer'

export const reportFormats = ['md', 'html', 'csv', 'json', 'webannotation', 'claimreview'] as const
export type ReportFormat = (typeof reportFormats)[number]

export interface ReportFormatInfo {
  /** For menus and dialogs. */
  label: string
  /** The file extension without its dot, for save-dialog filters. */
  extension: string
  /** What to append to a file's base name: the extension, qualified where two formats share one. */
  suffix: string
  /** The media type (with charset for text formats). */
  mimeType: string
}

export const reportFormatInfo: Record<ReportFormat, ReportFormatInfo> = {
  md: { label: 'Markdown report', extension: 'md', suffix: '.md', mimeType: 'text/markdown; charset=utf-8' },
  html: { label: 'HTML report', extension: 'html', suffix: '.html', mimeType: 'text/html; charset=utf-8' },
  csv: { label: 'CSV table of claims', extension: 'csv', suffix: '.csv', mimeType: 'text/csv; charset=utf-8' },
  json: {
    label: 'Parallax bundle (parallax/1)',
    extension: 'json',
    suffix: '.parallax.json',
    mimeType: 'application/json'
  },
  webannotation: {
    label: 'W3C Web Annotations (JSON-LD)',
    extension: 'jsonld',
    suffix: '.annotations.jsonld',
    mimeType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"'
  },
  claimreview: {
    label: 'schema.org ClaimReview (JSON-LD)',
    extension: 'jsonld',
    suffix: '.claimreview.jsonld',
    mimeType: 'application/ld+json'
  }
}

/** Whether a string names a report format (for CLI flags and IPC payloads). */
export function isReportFormat(value: unknown): value is ReportFormat {
  return typeof value === 'string' && (reportFormats as readonly string[]).includes(value)
}

/**
 * Why an export in this format would hold nothing worth writing (a ClaimReview export with no
 * reviewed claim), or null when it holds something. The app and the CLI refuse such an export
 * with this sentence rather than write an empty file.
 */
export function emptyReportReason(format: ReportFormat, input: ReportInput): string | null {
  return format === 'claimreview' && countReviewed(input) === 0 ? NOTHING_REVIEWED : null
}

/** The file's content in the given format. */
export function renderReport(format: ReportFormat, input: ReportInput, ctx: ReportContext): string {
  switch (format) {
    case 'md':
      return renderMarkdown(input, ctx)
    case 'html':
      return renderHtml(input, ctx)
    case 'csv':
      return renderCsv(input)
    case 'json':
      return renderBundle(input)
    case 'webannotation':
      return renderWebAnnotation(input, ctx)
    case 'claimreview':
      return renderClaimReview(input, ctx)
  }
}
