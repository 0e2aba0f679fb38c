/** The word diff of an aligned passage pair picked in the gutter, docked under the panes. */
import { WordDiff } from './WordDiff'
import { infoOf } from './verdicts'
import type { VerdictKind } from '@core/model'

interface PassageCardProps {
  a: string
  b: string
  aLabel: string
  bLabel: string
  verdict: VerdictKind | null
  reasons: string[]
  onClose: () => void
}

export function PassageCard(props: PassageCardProps) {
  const info = props.verdict ? infoOf(props.verdict) : null
  return (
    <section className="passage-card" aria-label="Aligned passages">
      <div className="passage-card-head">
        <span className={`verdict-badge v-${props.verdict ?? 'none'}`}>
          {info ? (
            <>
              <span className="cue-symbol" aria-hidden="true">
                {info.symbol}
              </span>{' '}
              {info.label}
            </>
          ) : (
            'Aligned passages'
          )}
        </span>
        <span className="verdict-reason">{props.reasons.join(' · ')}</span>
        <button type="button" className="icon" aria-label="Close the passage diff" onClick={props.onClose}>
          ✕
        </button>
      </div>
      <WordDiff a={props.a} b={props.b} aLabel={props.aLabel} bLabel={props.bLabel} />
    </section>
  )
}
