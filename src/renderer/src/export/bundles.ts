/**
 * Importing a bundle and restoring a backup, as plain async functions of the services. Each step
 * returns the dialog to show next (`undefined`: leave it as it is; `null`: close it): a checked
 * bundle waits in the import dialog for the journalist's choices, a backup in the restore dialog
 * for a confirmation; nothing is written before that. An import is one undoable step.
 */
import { describeMerge, resolveMerge, type MergeChoice, type MergePlan } from '@core/report'
import type { Bundle, Case } from '@core/model'
import type { Services } from '../app/services'
import type { ChangeEntry, UndoEntry } from '../app/undo'
import { applyImport, needsConfirmation, previewImport, readBundleFile } from './bundleFile'
import type { ExportDialogState } from './dialogState'

type Next = ExportDialogState | null | undefined

/** What a confirmed dialog does in the reader once written: closes, and opens a case it brought. */
export interface Confirmed {
  close(): void
  selectCase(id: string): void
}

/** Picks and checks a bundle, then previews what it would do (the import dialog). */
export async function pickBundle({ platform, repo, notices }: Services): Promise<Next> {
  const [file] = await platform.openBundleFile()
  if (!file) return undefined
  const read = readBundleFile(file)
  const refused = (message: string) =>
    void notices.show({
      tone: 'error',
      message: `${read.name} was not imported: nothing was changed.`,
      details: [message]
    })
  if (!read.ok) return refused(read.message)
  const preview = await previewImport(repo, read.bundle)
  if (!preview.ok) return refused(preview.message)
  if (!needsConfirmation(preview.plan)) {
    notices.show({
      tone: 'info',
      message: `Nothing new in ${read.name}. ${describeMerge(resolveMerge(preview.plan, new Set()).summary)}`
    })
    return undefined
  }
  return { kind: 'import', name: read.name, plan: preview.plan }
}

/** The undo entry of an import: undoing restores the records it replaced, redoing writes it again. */
export function importEntry(name: string, snapshot: Awaited<ReturnType<Services['repo']['applyMerge']>>): ChangeEntry {
  // undoing gives back the change that redoes the write, whose snapshot the next undo reverses
  return { label: `Import ${name}`, change: { kind: 'undo-merge', snapshot } }
}

/** Writes the import as chosen, in one transaction; opens the first case it brought. */
export async function confirmImport(
  services: Services,
  name: string,
  plan: MergePlan,
  choice: MergeChoice,
  then: Confirmed
) {
  const { repo, notices, undo } = services
  const result = await applyImport(repo, name, plan, choice)
  then.close()
  if (!result.changed) return void notices.show({ tone: 'info', message: result.message })
  const entry = importEntry(name, result.snapshot)
  undo.push(entry)
  const action = { label: 'Undo', run: () => void undoImport(services, entry) }
  notices.show({
    tone: 'success',
    message: result.message,
    details: result.details.length ? result.details : undefined,
    action
  })
  const first = plan.incoming.cases[0]
  if (first) then.selectCase(first.id)
}

/** The notice's Undo: this import, if nothing was done since (else Ctrl+Z walks back to it). */
export async function undoImport({ undo, notices }: Services, entry: UndoEntry): Promise<void> {
  if (undo.nextUndo !== entry) {
    notices.show({
      tone: 'info',
      message: `Changes were made after ${entry.label.replace(/^Import /, 'importing ')}: undo those first (Ctrl+Z).`
    })
    return
  }
  try {
    await undo.undo()
    notices.show({ tone: 'info', message: `Undone: ${entry.label}.` })
  } catch (error) {
    notices.show({ tone: 'error', message: (error as Error).message })
  }
}

/** Picks and checks a backup, then asks (the restore dialog) before replacing anything. */
export async function pickBackup({ platform, repo, notices }: Services): Promise<Next> {
  const [file] = await platform.openBundleFile()
  if (!file) return undefined
  const read = readBundleFile(file)
  if (!read.ok) {
    notices.show({
      tone: 'error',
      message: `${read.name} cannot be restored: nothing was changed.`,
      details: [read.message]
    })
    return undefined
  }
  return { kind: 'restore', name: read.name, bundle: read.bundle, current: await repo.exportBundle() }
}

/** Replaces the library with the backup; the history is forgotten (its records are gone). */
export async function confirmRestore({ repo, undo, notices }: Services, name: string, bundle: Bundle, then: Confirmed) {
  await repo.replaceAll(bundle)
  undo.clear()
  then.close()
  const n = bundle.cases.length
  notices.show({
    tone: 'success',
    message: `Restored ${name}: the library now holds ${n} ${n === 1 ? 'case' : 'cases'}.`
  })
  const first = firstCase(bundle.cases)
  if (first) then.selectCase(first.id)
}

/** The case a restored library opens on: the first by name. */
export const firstCase = (cases: readonly Case[]) => [...cases].sort((a, b) => a.name.localeCompare(b.name))[0]
