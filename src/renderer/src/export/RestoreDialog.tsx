/** Restore from a backup: says what will be replaced by what, and that it cannot be undone, before anything changes. */
import type { Bundle } from '@core/model'
import { Dialog } from '../ui/Dialog'
import { countRecords } from './bundleFile'

interface RestoreDialogProps {
  name: string
  bundle: Bundle
  current: Bundle
  onConfirm(): void
  onCancel(): void
}

export function RestoreDialog({ name, bundle, current, onConfirm, onCancel }: RestoreDialogProps) {
  return (
    <Dialog
      title="Restore from backup?"
      submitLabel="Replace library"
      onSubmit={onConfirm}
      onCancel={onCancel}
      destructive
    >
      <p>
        The backup <bdi>{name}</bdi> holds <strong>{countRecords(bundle)}</strong>. They will{' '}
        <strong>replace everything</strong> in the library now: {countRecords(current)}.
      </p>
      <p className="hint">This cannot be undone. Back up the library first if you may want it back.</p>
    </Dialog>
  )
}
