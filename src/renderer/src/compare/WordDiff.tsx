/**
 * The word diff of two aligned passages (diffPassages, jsdiff's diffWords): words only in the
 * first struck through, words only in the second underlined (two shapes, so the difference reads
 * without colour, and no markers drawn over the words), and named for screen readers.
 */
import { useMemo } from 'react'
import { diffPassages } from '@core/compare'

interface WordDiffProps {
  a: string
  b: string
  /** Who said which: the outlets of the two passages. */
  aLabel: string
  bLabel: string
}

export function WordDiff({ a, b, aLabel, bLabel }: WordDiffProps) {
  const parts = useMemo(() => diffPassages(a, b), [a, b])
  return (
    <figure className="word-diff">
      <figcaption>
        <del>struck</del>: only in <bdi>{aLabel}</bdi> · <ins>underlined</ins>: only in <bdi>{bLabel}</bdi>
      </figcaption>
      <p dir="auto">
        {parts.map((part, i) =>
          part.removed ? (
            <del key={i} aria-label={`only in ${aLabel}: ${part.value}`}>
              {part.value}
            </del>
          ) : part.added ? (
            <ins key={i} aria-label={`only in ${bLabel}: ${part.value}`}>
              {part.value}
            </ins>
          ) : (
            <span key={i}>{part.value}</span>
          )
        )}
      </p>
    </figure>
  )
}
