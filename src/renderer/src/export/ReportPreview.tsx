/**
 * The export dialog's preview. Markdown is shown as text; the HTML report is laid out in an iframe
 * with `srcdoc` and an empty `sandbox` (no script, an opaque origin): report HTML never enters the
 * app's own DOM, and the report's own CSP meta forbids it from loading anything.
 */
import type { ReportFormat } from '@core/report'

/** Longer previews are cut: the file is complete, the preview only shows how it begins. */
export const PREVIEW_LIMIT = 60_000

export function ReportPreview({ format, text }: { format: ReportFormat; text: string | null }) {
  if (text === null) return <p className="export-preview export-preview-empty">Preparing the preview…</p>
  if (format === 'html') {
    return <iframe className="export-preview" title="Preview of the HTML report" sandbox="" srcDoc={text} />
  }
  const cut = text.length > PREVIEW_LIMIT
  return (
    <pre className="export-preview" aria-label="Preview of the Markdown report" tabIndex={0}>
      {cut ? `${text.slice(0, PREVIEW_LIMIT)}\n\n… (the preview stops here; the file holds the whole report)` : text}
    </pre>
  )
}
