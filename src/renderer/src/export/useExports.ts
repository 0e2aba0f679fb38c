/**
 * The reader's report and interchange commands: export a report (with its dialog), print to PDF,
 * import a bundle, back up the library and restore it. Every report is made from the store at the
 * moment of export; bundles are checked whole before anything is written; an import shows what it
 * would add and change and writes only once confirmed, as chosen, and can be undone; a restore
 * asks first.
 */
import { useCallback, useState } from 'react'
import type { Article, Bundle, Case } from '@core/model'
import {
  claimReviewGaps,
  describeMerge,
  emptyReportReason,
  renderBundle,
  renderReport,
  reportFormatInfo,
  resolveMerge,
  type MergeChoice,
  type MergePlan,
  type ReportFormat,
  type ReportInput,
  type ReviewerProfile
} from '@core/report'
import type { UndoEntry } from '../app/undo'
import type { Services } from '../app/services'
import { applyImport, needsConfirmation, previewImport, readBundleFile } from './bundleFile'
import { articleName, backupFileName, pdfFileName, reportFileName } from './names'
import { isLargeReport, loadReportInput, reportContext, type ReportScope } from './reportInput'
import { loadReviewerProfile, saveReviewerProfile } from './reviewerProfile'

/** What the exports need from the reader: the open case, the panes, and a way to open a case. */
export interface ExportTarget {
  kase: Case | null | undefined
  shown: { left?: Article | null; right?: Article | null }
  selectCase(id: string): void
}

export type ExportDialogState =
  /** The reviewer profile is read from the settings when the dialog opens. */
  | { kind: 'export'; reviewer: ReviewerProfile }
  /** A checked bundle compared with the library, waiting for the journalist's choices and confirmation. */
  | { kind: 'import'; name: string; plan: MergePlan }
  /** A checked backup waiting for the journalist to confirm it replaces the library. */
  | { kind: 'restore'; name: string; bundle: Bundle; current: Bundle }

/** Lets the browser paint (a progress notice) before synchronous work holds the thread. */
const nextPaint = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

export function useExports(services: Services, target: ExportTarget) {
  const { repo, platform, notices, undo } = services
  const [dialog, setDialog] = useState<ExportDialogState | null>(null)
  const fail = useCallback((error: unknown) => notices.show({ tone: 'error', message: (error as Error).message }), [notices])

  /** Runs synchronous rendering behind a progress notice when the input is large. */
  const rendered = useCallback(
    async (input: ReportInput, label: string, render: () => string): Promise<string> => {
      if (!isLargeReport(input)) return render()
      const id = notices.show({ tone: 'progress', message: `Preparing the ${label}…` })
      try {
        await nextPaint()
        return render()
      } finally {
        notices.dismiss(id)
      }
    },
    [notices]
  )

  const scopeName = (input: ReportInput, scope: ReportScope) => {
    const kase = input.cases[0]
    const article = scope.kind === 'article' ? input.articles[0] : undefined
    return { caseName: kase?.name ?? 'Parallax', article: article ? articleName(article) : undefined }
  }

  const savedMessage = (what: string, path: string) =>
    platform.kind === 'browser' ? `Downloaded the ${what} as ${path}.` : `Saved the ${what} to ${path}.`

  /** Makes the report text (for the preview too): always from the store, stamped now. */
  const makeReport = useCallback(
    async (format: ReportFormat, scope: ReportScope, reviewer?: ReviewerProfile) => {
      const input = await loadReportInput(repo, scope)
      const ctx = reportContext(new Date(), reviewer ?? (await loadReviewerProfile(repo)))
      const empty = emptyReportReason(format, input)
      if (empty) throw new Error(empty)
      const text = await rendered(input, reportFormatInfo[format].label, () => renderReport(format, input, ctx))
      // what a publisher would miss, said once the file is saved
      const gaps = format === 'claimreview' ? claimReviewGaps(input, ctx) : []
      return { input, text, gaps }
    },
    [repo, rendered]
  )

  /** The report text alone, for the export dialog's preview; stable, so the preview renders once per choice. */
  const preview = useCallback((format: ReportFormat, scope: ReportScope) => makeReport(format, scope).then((r) => r.text), [makeReport])

  const saveReport = async (format: ReportFormat, scope: ReportScope, reviewer?: ReviewerProfile): Promise<boolean> => {
    const info = reportFormatInfo[format]
    const profile = reviewer ? await saveReviewerProfile(repo, reviewer) : undefined
    const { input, text, gaps } = await makeReport(format, scope, profile)
    const names = scopeName(input, scope)
    const result = await platform.saveFile({
      suggestedName: reportFileName(format, names.caseName, names.article),
      filter: { name: info.label, extensions: [info.extension] },
      data: text
    })
    if (result.saved) {
      const shown = gaps.slice(0, 8)
      const more = gaps.length > shown.length ? [`and ${gaps.length - shown.length} more`] : []
      notices.show({
        tone: gaps.length ? 'info' : 'success',
        message: savedMessage(info.label, result.path) + (gaps.length ? ' Some reviews miss what a publisher needs:' : ''),
        details: gaps.length ? [...shown, ...more] : undefined
      })
    }
    return result.saved
  }

  const printPdf = async (scope: ReportScope) => {
    const { input, text } = await makeReport('html', scope)
    const names = scopeName(input, scope)
    const result = await platform.printToPdf({ html: text, suggestedName: pdfFileName(names.caseName, names.article) })
    if (result.saved) notices.show({ tone: 'success', message: `Saved the PDF report to ${result.path}.` })
  }

  const caseScope = (): ReportScope | null => (target.kase ? { kind: 'case', caseId: target.kase.id } : null)
  const noCase = () => notices.show({ tone: 'info', message: 'Open a case first: reports are made of a case and its articles.' })

  const commands = {
    openExport: () => {
      if (!target.kase) return noCase()
      loadReviewerProfile(repo)
        .then((reviewer) => setDialog({ kind: 'export', reviewer }))
        .catch(fail)
    },
    preview,
    /**
     * From the dialog: resolves once saved (the dialog then closes) or cancelled; a refusal (nothing
     * reviewed, a profile that cannot be used) rejects, for the dialog to show.
     */
    saveReport: async (format: ReportFormat, scope: ReportScope, reviewer?: ReviewerProfile) => {
      if (await saveReport(format, scope, reviewer)) setDialog(null)
    },
    printPdf: (scope?: ReportScope) => {
      const chosen = scope ?? caseScope()
      if (!chosen) return noCase()
      printPdf(chosen).catch(fail)
    },

    /** Picks and checks a bundle, then previews what it would do (the import dialog); nothing is written yet. */
    importBundle: async () => {
      try {
        const [file] = await platform.openBundleFile()
        if (!file) return
        const read = readBundleFile(file)
        const refused = (message: string) => notices.show({ tone: 'error', message: `${read.name} was not imported: nothing was changed.`, details: [message] })
        if (!read.ok) return void refused(read.message)
        const preview = await previewImport(repo, read.bundle)
        if (!preview.ok) return void refused(preview.message)
        if (!needsConfirmation(preview.plan)) {
          notices.show({ tone: 'info', message: `Nothing new in ${read.name}. ${describeMerge(resolveMerge(preview.plan, new Set()).summary)}` })
          return
        }
        setDialog({ kind: 'import', name: read.name, plan: preview.plan })
      } catch (error) {
        fail(error)
      }
    },

    /** From the import dialog: writes the import as chosen, in one transaction, and makes it one undoable step. */
    confirmImport: async (name: string, plan: MergePlan, choice: MergeChoice) => {
      try {
        const result = await applyImport(repo, name, plan, choice)
        setDialog(null)
        if (!result.changed) return void notices.show({ tone: 'info', message: result.message })
        let snapshot = result.snapshot
        const entry: UndoEntry = {
          label: `Import ${name}`,
          undo: () => repo.undoMerge(snapshot),
          redo: async () => {
            snapshot = await repo.applyMerge(snapshot)
          }
        }
        undo.push(entry)
        notices.show({ tone: 'success', message: result.message, details: result.details.length ? result.details : undefined, action: { label: 'Undo', run: () => void undoImport(entry) } })
        const first = plan.incoming.cases[0]
        if (first) target.selectCase(first.id)
      } catch (error) {
        setDialog(null)
        fail(error)
      }
    },

    backup: async () => {
      try {
        const bundle = await repo.exportBundle()
        const text = await rendered(bundle, 'backup', () => renderBundle(bundle))
        const result = await platform.saveFile({
          suggestedName: backupFileName(new Date()),
          filter: { name: 'Parallax backup', extensions: ['json'] },
          data: text
        })
        if (result.saved) notices.show({ tone: 'success', message: savedMessage(`backup of ${bundle.cases.length} cases`, result.path) })
      } catch (error) {
        fail(error)
      }
    },

    /** Picks and checks a backup, then asks (the restore dialog) before replacing anything. */
    restore: async () => {
      try {
        const [file] = await platform.openBundleFile()
        if (!file) return
        const read = readBundleFile(file)
        if (!read.ok) {
          notices.show({ tone: 'error', message: `${read.name} cannot be restored: nothing was changed.`, details: [read.message] })
          return
        }
        setDialog({ kind: 'restore', name: read.name, bundle: read.bundle, current: await repo.exportBundle() })
      } catch (error) {
        fail(error)
      }
    },

    confirmRestore: async (name: string, bundle: Bundle) => {
      try {
        await repo.replaceAll(bundle)
        // The history's entries point at records that are gone or replaced.
        undo.clear()
        setDialog(null)
        notices.show({ tone: 'success', message: `Restored ${name}: the library now holds ${bundle.cases.length} ${bundle.cases.length === 1 ? 'case' : 'cases'}.` })
        const first = [...bundle.cases].sort((a, b) => a.name.localeCompare(b.name))[0]
        if (first) target.selectCase(first.id)
      } catch (error) {
        fail(error)
      }
    }
  }

  /** The notice's Undo: this import, if nothing was done since (else Ctrl+Z walks back to it). */
  async function undoImport(entry: UndoEntry) {
    if (undo.nextUndo !== entry) {
      notices.show({ tone: 'info', message: `Changes were made after ${entry.label.replace(/^Import /, 'importing ')}: undo those first (Ctrl+Z).` })
      return
    }
    try {
      await undo.undo()
      notices.show({ tone: 'info', message: `Undone: ${entry.label}.` })
    } catch (error) {
      fail(error)
    }
  }

  return { dialog, close: () => setDialog(null), commands, target }
}

export type Exports = ReturnType<typeof useExports>
