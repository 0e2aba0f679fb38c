/**
 * The reader's report and interchange commands: export a report (with its dialog), print to PDF,
 * import a bundle, back up the library and restore it. The work is in plain functions
 * (reports.ts, bundles.ts) that return the dialog to show next; this hook holds that dialog and
 * binds the commands to the open case. Every report is made from the store at the moment of
 * export; bundles are checked whole before anything is written; an import shows what it would add
 * and change and writes only once confirmed, as chosen, and can be undone; a restore asks first.
 */
import { useCallback, useState } from 'react'
import type { Article, Bundle, Case } from '@core/model'
import type { MergeChoice, MergePlan, ReportFormat, ReviewerProfile } from '@core/report'
import type { Services } from '../app/services'
import { confirmImport, confirmRestore, pickBackup, pickBundle } from './bundles'
import type { ExportDialogState } from './dialogState'
import type { ReportScope } from './reportInput'
import { backup, makeReport, printPdf, saveReport } from './reports'
import { loadReviewerProfile } from './reviewerProfile'

export type { ExportDialogState }

/** What the exports need from the reader: the open case, the panes, and a way to open a case. */
export interface ExportTarget {
  kase: Case | null | undefined
  shown: { left?: Article | null; right?: Article | null }
  selectCase(id: string): void
}

export function useExports(services: Services, target: ExportTarget) {
  const { repo, notices } = services
  const [dialog, setDialog] = useState<ExportDialogState | null>(null)
  const fail = useCallback(
    (error: unknown) => notices.show({ tone: 'error', message: (error as Error).message }),
    [notices]
  )
  /** Runs a command and shows the dialog it returns (undefined: the dialog stays); a failure is a notice. */
  const run = (command: Promise<ExportDialogState | null | undefined>) =>
    command.then((next) => next !== undefined && setDialog(next)).catch(fail)

  /** The report text alone, for the export dialog's preview; stable, so the preview renders once per choice. */
  const preview = useCallback(
    (format: ReportFormat, scope: ReportScope) => makeReport(services, format, scope).then((r) => r.text),
    [services]
  )
  const caseScope = (): ReportScope | null => (target.kase ? { kind: 'case', caseId: target.kase.id } : null)
  const then = { close: () => setDialog(null), selectCase: target.selectCase }
  const noCase = () =>
    notices.show({ tone: 'info', message: 'Open a case first: reports are made of a case and its articles.' })

  const commands = {
    openExport: () => {
      if (!target.kase) return noCase()
      void run(loadReviewerProfile(repo).then((reviewer) => ({ kind: 'export' as const, reviewer })))
    },
    preview,
    /**
     * From the dialog: resolves once saved (the dialog then closes) or cancelled; a refusal (nothing
     * reviewed, a profile that cannot be used) rejects, for the dialog to show.
     */
    saveReport: async (format: ReportFormat, scope: ReportScope, reviewer?: ReviewerProfile) => {
      if (await saveReport(services, format, scope, reviewer)) setDialog(null)
    },
    printPdf: (scope?: ReportScope) => {
      const chosen = scope ?? caseScope()
      if (!chosen) return noCase()
      printPdf(services, chosen).catch(fail)
    },
    /** Picks and checks a bundle, then previews what it would do (the import dialog); nothing is written yet. */
    importBundle: () => run(pickBundle(services)),
    /** From the import dialog: writes the import as chosen, in one transaction, and makes it one undoable step. */
    confirmImport: (name: string, plan: MergePlan, choice: MergeChoice) =>
      confirmImport(services, name, plan, choice, then).catch((error) => (setDialog(null), fail(error))),
    backup: () => backup(services).catch(fail),
    /** Picks and checks a backup, then asks (the restore dialog) before replacing anything. */
    restore: () => run(pickBackup(services)),
    confirmRestore: (name: string, bundle: Bundle) => confirmRestore(services, name, bundle, then).catch(fail)
  }

  return { dialog, close: () => setDialog(null), commands, target }
}

export type Exports = ReturnType<typeof useExports>
