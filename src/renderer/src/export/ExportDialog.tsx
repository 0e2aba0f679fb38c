/**
 * File › Export: the format (one line on what each is for), the scope (the open case, or the
 * article in the left or right pane) and, for Markdown and HTML, a preview made from the store.
 */
import { useEffect, useId, useRef, useState } from 'react'
import type { Article, Case } from '@core/model'
import { describeUnreported, reportFormatInfo, reportFormats, type ReportFormat, type ReviewerProfile } from '@core/report'
import { Dialog } from '../views/Dialog'
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

type ScopeChoice = 'case' | 'left' | 'right'

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

export function ExportDialog({ kase, shown, preview, reviewer, onExport, onPrint, onCancel, unreported, onAccept, storeVersion }: ExportDialogProps) {
  const [format, setFormat] = useState<ReportFormat>('md')
  const [choice, setChoice] = useState<ScopeChoice>('case')
  const [previewText, setPreviewText] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [reviewerDraft, setReviewerDraft] = useState(() => draftOf(reviewer))
  const name = useId()
  const namesReviewer = format === 'claimreview' || format === 'webannotation'
  const scopeRef = useRef<HTMLSelectElement>(null)

  const scopeOf = (c: ScopeChoice): ReportScope => {
    const article = c === 'left' ? shown.left : c === 'right' ? shown.right : null
    return article ? { kind: 'article', caseId: kase.id, articleId: article.id } : { kind: 'case', caseId: kase.id }
  }
  const scope = scopeOf(choice)
  const scopeKey = scope.kind === 'article' ? scope.articleId : 'case'
  const previewable = format === 'md' || format === 'html'

  useEffect(() => {
    if (!previewable) return
    let current = true
    setPreviewText(null)
    preview(format, scope)
      .then((text) => current && setPreviewText(text))
      .catch((e: Error) => current && setError(e.message))
    return () => {
      current = false
    }
    // The scope is a fresh object each render; its key says when it changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [format, scopeKey, previewable, preview, storeVersion])
  const leftOut = unreported(scope.kind === 'article' ? scope.articleId : undefined)
  const leftOutText = describeUnreported(leftOut)

  const submit = () => {
    setBusy(true)
    setError(null)
    Promise.resolve()
      .then(() => {
        const { scale, ...rest } = reviewerDraft
        return onExport(format, scope, { ...rest, scale: format === 'claimreview' ? scaleFromLine(scale, reviewer.scale) : reviewer.scale })
      })
      .catch((e: Error) => setError(e.message))
      .finally(() => setBusy(false))
  }

  const paneOption = (side: 'left' | 'right', article: Article | null | undefined) => (
    <option value={side} disabled={!article}>
      {`${side === 'left' ? 'Left' : 'Right'} pane: ${article ? articleName(article) : '(empty)'}`}
    </option>
  )

  return (
    <Dialog title="Export report" submitLabel={busy ? 'Exporting…' : 'Export…'} onSubmit={submit} onCancel={onCancel} error={error} wide>
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
              onChange={() => setFormat(f)}
            />
            <span>
              <strong>{reportFormatInfo[f].label}</strong> <small>({reportFormatInfo[f].suffix})</small>
              <br />
              <small className="hint">{formatDescriptions[f]}</small>
            </span>
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span>What to export</span>
        <select ref={scopeRef} value={choice} onChange={(e) => setChoice(e.target.value as ScopeChoice)}>
          <option value="case">{`This case: ${kase.name} (${kase.articleIds.length} ${kase.articleIds.length === 1 ? 'article' : 'articles'})`}</option>
          {paneOption('left', shown.left)}
          {paneOption('right', shown.right)}
        </select>
      </label>
      {namesReviewer ? <ReviewerFields draft={reviewerDraft} onChange={setReviewerDraft} withScale={format === 'claimreview'} /> : null}
      {leftOutText ? (
        <div className="export-left-out" role="note">
          <p>{leftOutText}</p>
          <button
            type="button"
            onClick={() => {
              onAccept(leftOut.claimIds)
              // the note goes once they are accepted: focus stays in the dialog
              scopeRef.current?.focus()
            }}
          >
            {`Accept the ${leftOut.claimIds.length} suggested ${leftOut.claimIds.length === 1 ? 'claim' : 'claims'} behind them`}
          </button>
        </div>
      ) : null}
      {previewable ? <ReportPreview format={format} text={previewText} /> : null}
      <div className="export-extra">
        <button type="button" onClick={() => onPrint(scope)}>
          Print to PDF…
        </button>
      </div>
    </Dialog>
  )
}
