/**
 * "Overrule…": the journalist's choice of relation for a pair of claims, from the relations a
 * Link can hold plus "not the same fact" and, when the verdict was set by hand, "automatic".
 */
import { useEffect, useRef, type KeyboardEvent } from 'react'
import type { VerdictKind } from '@core/model'
import type { VerdictChoice } from './overrule'
import { infoOf } from './verdicts'

const RELATIONS = ['agree', 'compatible', 'conflict', 'different-source', 'related'] as const

interface OverruleMenuProps {
  current: VerdictKind
  manual: boolean
  notSame: boolean
  label?: string
  /** Linking two claims anew: "not the same fact" means no link at all, so it is not offered. */
  linking?: boolean
  onChoose: (choice: VerdictChoice) => void
  onClose: () => void
}

export function OverruleMenu({
  current,
  manual,
  notSame,
  label = 'Set the verdict',
  linking = false,
  onChoose,
  onClose
}: OverruleMenuProps) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>('button')?.focus()
  }, [])
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation()
      onClose()
    }
  }
  const item = (choice: VerdictChoice, text: string, checked: boolean, symbol?: string) => (
    <button
      key={choice}
      type="button"
      role="menuitemradio"
      aria-checked={checked}
      className={choice === 'automatic' || choice === 'not-same' ? 'quiet' : `v-${choice}`}
      onClick={(e) => {
        e.stopPropagation()
        onChoose(choice)
      }}
    >
      {symbol ? (
        <span className="cue-symbol" aria-hidden="true">
          {symbol}
        </span>
      ) : null}
      {text}
    </button>
  )
  return (
    <div
      className="overrule-menu"
      role="menu"
      aria-label={label}
      ref={ref}
      onKeyDown={onKey}
      onClick={(e) => e.stopPropagation()}
    >
      {RELATIONS.map((r) => item(r, infoOf(r).label, current === r && !(r === 'related' && notSame), infoOf(r).symbol))}
      {linking ? null : item('not-same', 'Not the same fact', notSame, '✕')}
      {manual ? item('automatic', 'Back to automatic', false, '↺') : null}
    </div>
  )
}
