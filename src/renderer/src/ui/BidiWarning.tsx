/**
 * Under an editor's fields: each value that holds invisible direction controls, shown with the
 * controls made visible, so a title or a claim cannot be edited (or saved) while it reads
 * differently from what is stored. Text inputs cannot show the markers themselves.
 */
import { hasBidiControls, revealControls } from '@core/text'
import './bidi.css'

export function BidiWarning({ values }: { values: readonly { label: string; value: string }[] }) {
  const marked = values.filter((v) => hasBidiControls(v.value))
  if (marked.length === 0) return null
  return (
    <div className="bidi-warning" role="note">
      {marked.map((v) => (
        <p key={v.label}>
          {v.label} holds invisible direction characters: <bdi className="revealed">{revealControls(v.value)}</bdi>
        </p>
      ))}
    </div>
  )
}
