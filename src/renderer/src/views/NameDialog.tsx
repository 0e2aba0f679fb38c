/** Asks for a case's name (new case, rename). */
import { useState } from 'react'
import { caseNameSchema, validate } from '@core/model'
import { Dialog } from '../ui/Dialog'

interface NameDialogProps {
  title: string
  submitLabel: string
  initial: string
  onSave: (name: string) => Promise<void>
  onCancel: () => void
}

export function NameDialog({ title, submitLabel, initial, onSave, onCancel }: NameDialogProps) {
  const [name, setName] = useState(initial)
  const [error, setError] = useState<string | null>(null)

  const submit = () => {
    const checked = validate(caseNameSchema, name)
    if (!checked.ok) return setError(checked.message.replace(/^the data: /, ''))
    onSave(checked.value).catch((e: Error) => setError(e.message))
  }

  return (
    <Dialog title={title} submitLabel={submitLabel} onSubmit={submit} onCancel={onCancel} error={error}>
      <label className="field">
        <span>Case name</span>
        <input data-autofocus value={name} onChange={(e) => setName(e.target.value)} maxLength={200} dir="auto" />
      </label>
    </Dialog>
  )
}
