/** Paste an article's text (from a browser, an email, a wire feed) to import it like a file. */
import { useState } from 'react'
import { Dialog } from '../ui/Dialog'

interface PasteDialogProps {
  caseName: string
  onImport: (text: string, name: string) => Promise<string | null>
  onCancel: () => void
}

export function PasteDialog({ caseName, onImport, onCancel }: PasteDialogProps) {
  const [text, setText] = useState('')
  const [name, setName] = useState('')
  const [error, setError] = useState<string | null>(null)

  const submit = () => {
    if (!text.trim()) return setError('Paste the article’s text first.')
    onImport(text, name.trim())
      .then((problem) => problem && setError(problem))
      .catch((e: Error) => setError(e.message))
  }

  return (
    <Dialog
      title={`Paste an article into ${caseName}`}
      submitLabel="Import"
      onSubmit={submit}
      onCancel={onCancel}
      error={error}
      wide
    >
      <label className="field">
        <span>Text (the first line is taken as the title)</span>
        <textarea
          data-autofocus
          value={text}
          onChange={(e) => setText(e.target.value)}
          rows={14}
          dir="auto"
          onKeyDown={(e) => {
            // Enter makes new lines here; Ctrl/Cmd+Enter imports.
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault()
              submit()
            }
          }}
        />
      </label>
      <label className="field">
        <span>Source name (optional)</span>
        <input value={name} onChange={(e) => setName(e.target.value)} placeholder="Pasted text" dir="auto" />
      </label>
    </Dialog>
  )
}
