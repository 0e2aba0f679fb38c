/** Replace an article's text with a newer version, pasted or from a file; its claims follow. */
import { useState } from 'react'
import type { OpenedFile } from '@core/source'
import type { Article } from '@core/model'
import { Dialog } from '../ui/Dialog'

interface ReplaceTextDialogProps {
  article: Article
  claimCount: number
  pickFile: () => Promise<OpenedFile[]>
  onReplace: (source: { text: string } | { file: OpenedFile }) => Promise<string | null>
  onCancel: () => void
}

export function ReplaceTextDialog({ article, claimCount, pickFile, onReplace, onCancel }: ReplaceTextDialogProps) {
  const [text, setText] = useState('')
  const [error, setError] = useState<string | null>(null)
  const run = (source: { text: string } | { file: OpenedFile }) =>
    onReplace(source)
      .then((problem) => problem && setError(problem))
      .catch((e: Error) => setError(e.message))

  return (
    <Dialog
      title={`Replace the text of “${article.title}”`}
      submitLabel="Replace"
      onSubmit={() => (text.trim() ? run({ text }) : setError('Paste the new text, or choose a file.'))}
      onCancel={onCancel}
      error={error}
      wide
    >
      <p className="hint">
        {claimCount === 0
          ? 'The article has no claims yet.'
          : `Its ${claimCount} claims will follow the text: those whose quote is gone are kept as orphans for you to re-attach.`}{' '}
        Undo (Ctrl+Z) brings the old text back.
      </p>
      <label className="field">
        <span>New text</span>
        <textarea data-autofocus value={text} onChange={(e) => setText(e.target.value)} rows={12} dir="auto" />
      </label>
      <div>
        <button
          type="button"
          onClick={() =>
            void pickFile().then((files) => {
              if (files[0]) void run({ file: files[0] })
            })
          }
        >
          Choose a file instead…
        </button>
      </div>
    </Dialog>
  )
}
