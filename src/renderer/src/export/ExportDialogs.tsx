/** The export, import and restore dialogs, shown above the reader when their command asks. */
import './export.css'
import type { Exports } from './useExports'
import type { UnreportedOf } from './unreported'
import { ExportDialog } from './ExportDialog'
import { ImportDialog } from './ImportDialog'
import { RestoreDialog } from './RestoreDialog'

interface ExportDialogsProps {
  exports: Exports
  unreported: UnreportedOf
  onAccept(suggestionIds: readonly string[]): void
  storeVersion: string
}

export function ExportDialogs({ exports, unreported, onAccept, storeVersion }: ExportDialogsProps) {
  const { dialog, close, commands, target } = exports
  if (dialog?.kind === 'export' && target.kase) {
    return (
      <ExportDialog
        kase={target.kase}
        shown={target.shown}
        preview={commands.preview}
        reviewer={dialog.reviewer}
        onExport={commands.saveReport}
        onPrint={(scope) => commands.printPdf(scope)}
        onCancel={close}
        unreported={unreported}
        onAccept={onAccept}
        storeVersion={storeVersion}
      />
    )
  }
  if (dialog?.kind === 'import') {
    return (
      <ImportDialog
        name={dialog.name}
        plan={dialog.plan}
        onConfirm={(choice) => void commands.confirmImport(dialog.name, dialog.plan, choice)}
        onCancel={close}
      />
    )
  }
  if (dialog?.kind === 'restore') {
    return (
      <RestoreDialog
        name={dialog.name}
        bundle={dialog.bundle}
        current={dialog.current}
        onConfirm={() => void commands.confirmRestore(dialog.name, dialog.bundle)}
        onCancel={close}
      />
    )
  }
  return null
}
