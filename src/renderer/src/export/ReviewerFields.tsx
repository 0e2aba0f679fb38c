/**
 * The reviewer profile's fields, shown in the export dialog for the formats that name the
 * reviewer (ClaimReview, Web Annotation): the organisation and its home page, the reviewer, where
 * fact-checks are published, and the rating scale. What is typed is saved as the app's setting
 * when the export is made, so the next export starts from it.
 */
import { useId } from 'react'

export interface ReviewerDraft {
  organisation: string
  organisationUrl: string
  author: string
  urlPattern: string
  /** The scale as one line, worst first: "False=1, Misleading=2, Mostly true=3, True=4". */
  scale: string
}

export function ReviewerFields({
  draft,
  onChange,
  withScale
}: {
  draft: ReviewerDraft
  onChange(next: ReviewerDraft): void
  withScale: boolean
}) {
  const id = useId()
  const field = (key: keyof ReviewerDraft, label: string, hint?: string, placeholder?: string) => (
    <label className="field" htmlFor={`${id}-${key}`}>
      <span>{label}</span>
      <input
        id={`${id}-${key}`}
        name={key}
        value={draft[key]}
        placeholder={placeholder}
        dir="auto"
        onChange={(e) => onChange({ ...draft, [key]: e.target.value })}
      />
      {hint ? <small className="hint">{hint}</small> : null}
    </label>
  )
  return (
    <fieldset className="export-reviewer">
      <legend>Reviewer (kept for the next export)</legend>
      {field('organisation', 'Fact-checking organisation', undefined, 'Newsroom name')}
      {field('organisationUrl', 'Organisation web address', undefined, 'https://…')}
      {field('author', 'Reviewer name')}
      {withScale ? (
        <>
          {field(
            'urlPattern',
            'Address of published fact-checks',
            '{claim} stands for the claim, {case} for the case.',
            'https://example.org/fact-checks/{claim}'
          )}
          {field(
            'scale',
            'Rating scale, worst first',
            'Confirmed claims get the best rating, rejected the worst, disputed the one below the middle, unless a claim has its own.'
          )}
        </>
      ) : null}
    </fieldset>
  )
}
