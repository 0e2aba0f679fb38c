/**
 * File › Export: the format (one line on what each is for), the scope (the open case, or the
 * article in the left or right pane) and, for Markdown and HTML, a preview made from the store.
 */
import { useEffect, useId, useRef, useState, type RefObject } from 'react'
import type { Article, Case } from '@core/model'
import {
  describeUnreported,
  reportFormatInfo,
  reportFormats,
  type ReportFormat,
  type ReviewerProfile,
  type Unreported
} from '@core/report'
import { Dialog } from '../ui/Dialog'
import { articleName } from './names'
import { ReportPreview } from './ReportPreview'
import type { ReportScope } from './reportInput'
import { scaleFromLine, scaleLine } from './reviewerProfile'
import { ReviewerFields, type ReviewerDraft } from './ReviewerFields'
import type { UnreportedOf } from './unreported'

export const formatDescriptions: Record<ReportFormat, string> = {
  md: 'A readable report for editors: the articles, their claims, and where the sources agree or conflict.',
  html: 'The same report as a web page, laid out for print; Print to PDF makes the PDF from it.',
  csv: 'One row per claim, for a spreadsheet.',
  json: 'Everything about the case, to import into Parallax on another machine.',
  webannotation: 'The claims, verdicts and links as W3C Web Annotations, for annotation tools such as Hypothesis.',
  claimreview: 'Reviewed claims as schema.org ClaimReview, for publishing a fact-check (one review per claim).'
}

export type ScopeChoice = 'case' | 'left' | 'right'

interface ExportDialogProps {
  kase: Case
  shown: { left?: Article | null; right?: Article | null }
  preview(format: ReportFormat, scope: ReportScope): Promise<string>
  /** The stored reviewer profile, for the formats that name the reviewer. */
  reviewer: ReviewerProfile
  onExport(format: ReportFormat, scope: ReportScope, reviewer: ReviewerProfile): Promise<void>
  onPrint(scope: ReportScope): void
  onCancel(): void
  /** What the Verdicts tab shows that this report would leave out (verdicts on suggestions not accepted yet). */
  unreported: UnreportedOf
  /** Accepts these suggestions, so their verdicts are reported. */
  onAccept(suggestionIds: readonly string[]): void
  /** Changes when the stored claims or links change: the preview is made again. */
  storeVersion: string
}

const draftOf = (p: ReviewerProfile): ReviewerDraft => ({
  organisation: p.organisation,
  organisationUrl: p.organisationUrl,
  author: p.author,
  urlPattern: p.urlPattern,
  scale: scaleLine(p.scale)
})

/** What a scope choice exports: the open case, or the article a pane shows (the case when that pane is empty). */
export function scopeFor(choice: ScopeChoice, caseId: string, shown: ExportDialogProps['shown']): ReportScope {
  const article = choice === 'left' ? shown.left : choice === 'right' ? shown.right : null
  return article ? { kind: 'article', caseId, articleId: article.id } : { kind: 'case', caseId }
}

/**
 * The profile an export saves: the fields as typed, and the scale as typed only for ClaimReview (the one format that
 * shows it).
 */
export function profileFor(format: ReportFormat, draft: ReviewerDraft, stored: ReviewerProfile): ReviewerProfile {
  const { scale, ...rest } = draft
  return { ...rest, scale: format === 'claimreview' ? scaleFromLine(scale, stored.scale) : stored.scale }
}

export function ExportDialog({
  kase,
  shown,
  preview,
  reviewer,
  onExport,
  onPrint,
  onCancel,
  unreported,
  onAccept,
  storeVersion
}: ExportDialogProps) {
  const [format, setFormat] = useState<ReportFormat>('md')
  const [choice, setChoice] = useState<ScopeChoice>('case')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [reviewerDraft, setReviewerDraft] = useState(() => draftOf(reviewer))
  const scopeRef = useRef<HTMLSelectElement>(null)
  const scope = scopeFor(choice, kase.id, shown)
  const previewable = format === 'md' || format === 'html'
  const previewText = useReportPreview(preview, previewable ? format : null, scope, storeVersion, setError)
  const leftOut = unreported(scope.kind === 'article' ? scope.articleId : undefined)

  const submit = () => {
    setBusy(true)
    setError(null)
    Promise.resolve()
      .then(() => onExport(format, scope, profileFor(format, reviewerDraft, reviewer)))
      .catch((e: Error) => setError(e.message))
      .finally(() => setBusy(false))
  }

  return (
    <Dialog
      title="Export report"
      submitLabel={busy ? 'Exporting…' : 'Export…'}
      onSubmit={submit}
      onCancel={onCancel}
      error={error}
      wide
    >
      <FormatChoice format={format} onFormat={setFormat} />
      <label className="field">
        <span>What to export</span>
        <select ref={scopeRef} value={choice} onChange={(e) => setChoice(e.target.value as ScopeChoice)}>
          <option value="case">{`This case: ${kase.name} (${kase.articleIds.length} ${kase.articleIds.length === 1 ? 'article' : 'articles'})`}</option>
          <PaneOption side="left" article={shown.left} />
          <PaneOption side="right" article={shown.right} />
        </select>
      </label>
      {format === 'claimreview' || format === 'webannotation' ? (
        <ReviewerFields draft={reviewerDraft} onChange={setReviewerDraft} withScale={format === 'claimreview'} />
      ) : null}
      <LeftOutNote leftOut={leftOut} onAccept={onAccept} focusBack={scopeRef} />
      {previewable ? <ReportPreview format={format} text={previewText} /> : null}
      <div className="export-extra">
        <button type="button" onClick={() => onPrint(scope)}>
          Print to PDF…
        </button>
      </div>
    </Dialog>
  )
}

/** The preview text of `format` (null: none asked, or not made yet), made again when the scope or the store changes. */
function useReportPreview(
  preview: ExportDialogProps['preview'],
  format: ReportFormat | null,
  scope: ReportScope,
  storeVersion: string,
  onError: (message: string) => void
) {
  const [text, setText] = useState<string | null>(null)
  const scopeKey = scope.kind === 'article' ? scope.articleId : 'case'
  useEffect(() => {
    if (!format) return
    let current = true
    setText(null)
    preview(format, scope)
      .then((made) => current && setText(made))
      .catch((e: Error) => current && onError(e.message))
    return () => {
      current = false
    }
    // The scope is a fresh object each render; its key says when it changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [format, scopeKey, preview, storeVersion])
  return text
}

function FormatChoice({ format, onFormat }: { format: ReportFormat; onFormat: (format: ReportFormat) => void }) {
  const name = useId()
  return (
    <fieldset className="export-formats">
      <legend>Format</legend>
      {reportFormats.map((f, i) => (
        <label key={f} className="export-format">
          <input
            type="radio"
            name={name}
            value={f}
            checked={format === f}
            data-autofocus={i === 0 ? true : undefined}
            onChange={() => onFormat(f)}
          />
          <span>
            <strong>{reportFormatInfo[f].label}</strong> <small>({reportFormatInfo[f].suffix})</small>
            <br />
            <small className="hint">{formatDescriptions[f]}</small>
          </span>
        </label>
      ))}
    </fieldset>
  )
}

function PaneOption({ side, article }: { side: 'left' | 'right'; article: Article | null | undefined }) {
  return (
    <option value={side} disabled={!article}>
      {`${side === 'left' ? 'Left' : 'Right'} pane: ${article ? articleName(article) : '(empty)'}`}
    </option>
  )
}

/** What the report leaves out (verdicts on suggestions not accepted), and accepting them in one step. */
function LeftOutNote({
  leftOut,
  onAccept,
  focusBack
}: {
  leftOut: Unreported
  onAccept: (ids: readonly string[]) => void
  focusBack: RefObject<HTMLSelectElement | null>
}) {
  const text = describeUnreported(leftOut)
  if (!text) return null
  const n = leftOut.claimIds.length
  return (
    <div className="export-left-out" role="note">
      <p>{text}</p>
      <button
        type="button"
        onClick={() => {
          onAccept(leftOut.claimIds)
          // the note goes once they are accepted: focus stays in the dialog
          focusBack.current?.focus()
        }}
      >
        {`Accept the ${n} suggested ${n === 1 ? 'claim' : 'claims'} behind them`}
      </button>
    </div>
  )
}
