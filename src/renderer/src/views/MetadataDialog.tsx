/** Edit what Parallax knows about an article: title, outlet, byline, publication date, URL. */
import { useState } from 'react'
import { articleMetadataSchema, articleName, validate, type Article, type ArticleMetadata } from '@core/model'
import { revealControls } from './bidi'
import { BidiWarning } from '../ui/BidiWarning'
import { Dialog } from '../ui/Dialog'

interface MetadataDialogProps {
  article: Article
  onSave: (metadata: ArticleMetadata) => Promise<void>
  onCancel: () => void
}

const fields: { key: keyof ArticleMetadata; label: string; type?: string; placeholder?: string }[] = [
  { key: 'title', label: 'Title' },
  { key: 'outlet', label: 'Outlet (the short name shown everywhere)', placeholder: 'e.g. AFP, Diyaruna' },
  { key: 'byline', label: 'Byline', placeholder: 'Author' },
  { key: 'publishedAt', label: 'Published', type: 'date' },
  { key: 'url', label: 'URL', type: 'url', placeholder: 'https://' }
]

export function MetadataDialog({ article, onSave, onCancel }: MetadataDialogProps) {
  const [values, setValues] = useState<Record<keyof ArticleMetadata, string>>({
    title: article.title,
    outlet: article.outlet,
    byline: article.byline,
    // A date-time from a web page is shown (and kept, unless edited) as its calendar day.
    publishedAt: article.publishedAt?.slice(0, 10) ?? '',
    url: article.url
  })
  const [error, setError] = useState<string | null>(null)

  const submit = () => {
    const unchangedDate = values.publishedAt === (article.publishedAt?.slice(0, 10) ?? '')
    const checked = validate(articleMetadataSchema, {
      ...values,
      publishedAt: unchangedDate ? (article.publishedAt ?? '') : values.publishedAt
    })
    if (!checked.ok) return setError(checked.message)
    onSave(checked.value).catch((e: Error) => setError(e.message))
  }

  return (
    <Dialog title="Article details" submitLabel="Save" onSubmit={submit} onCancel={onCancel} error={error}>
      {fields.map((field, i) => (
        <label className="field" key={field.key}>
          <span>{field.label}</span>
          <input
            data-autofocus={i === 0 ? true : undefined}
            name={field.key}
            type={field.type === 'date' ? 'date' : 'text'}
            inputMode={field.type === 'url' ? 'url' : undefined}
            value={values[field.key]}
            placeholder={
              field.key === 'outlet'
                ? `Shown as “${articleName({ ...article, outlet: '', url: values.url })}” until set`
                : field.placeholder
            }
            dir={field.type ? 'ltr' : 'auto'}
            onChange={(e) => setValues({ ...values, [field.key]: e.target.value })}
          />
        </label>
      ))}
      <BidiWarning
        values={fields.filter((f) => f.key !== 'publishedAt').map((f) => ({ label: f.label, value: values[f.key] }))}
      />
      <p className="hint">
        Imported from <bdi>{revealControls(article.sourceName)}</bdi>
      </p>
    </Dialog>
  )
}
