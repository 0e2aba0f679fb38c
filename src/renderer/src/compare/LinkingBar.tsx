/**
 * Link mode on screen: the banner naming the claim being linked (with Cancel), and once a claim of
 * the other article is picked, the popover beside it asking which relation the link holds.
 */
import type { Claim } from '@core/model'
import { OverruleMenu } from './OverruleMenu'
import type { VerdictChoice } from './overrule'
import type { ScreenBox } from './viewState'

interface LinkingBarProps {
  from: Claim
  to: Claim | undefined
  /** Where the picked claim's highlight is on screen. */
  toRect: ScreenBox | null
  onCancel: () => void
  onChoose: (choice: VerdictChoice) => void
  onCloseMenu: () => void
}

const short = (text: string) => (text.length > 40 ? `${text.slice(0, 38)}…` : text)

export function LinkingBar({ from, to, toRect, onCancel, onChoose, onCloseMenu }: LinkingBarProps) {
  return (
    <>
      <div className="link-banner" role="status">
        <span>
          Linking “<bdi>{short(from.anchor.exact)}</bdi>”: click a claim in the other article.
        </span>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
      {to ? (
        <div
          className="link-popover"
          style={{ top: (toRect?.bottom ?? 120) + 6, left: Math.min(toRect?.left ?? 200, window.innerWidth - 240) }}
        >
          <p>
            Link with “<bdi>{short(to.anchor.exact)}</bdi>” as:
          </p>
          <OverruleMenu
            label="Link as"
            current="only-in-one"
            manual={false}
            notSame={false}
            linking
            onChoose={onChoose}
            onClose={onCloseMenu}
          />
        </div>
      ) : null}
    </>
  )
}
