/** Which export dialog is open, and what it holds: the state the export commands move between. */
import type { Bundle } from '@core/model'
import type { MergePlan, ReviewerProfile } from '@core/report'

export type ExportDialogState =
  /** The reviewer profile is read from the settings when the dialog opens. */
  | { kind: 'export'; reviewer: ReviewerProfile }
  /** A checked bundle compared with the library, waiting for the journalist's choices and confirmation. */
  | { kind: 'import'; name: string; plan: MergePlan }
  /** A checked backup waiting for the journalist to confirm it replaces the library. */
  | { kind: 'restore'; name: string; bundle: Bundle; current: Bundle }
