/**
 * The notices in the corner: results of imports, undo offers, errors (which stay until closed).
 * They keep out of the way: below every dialog and popover (styles.css), over the library's
 * corner rather than the claims list, at most a few at a time (the older ones folded behind a
 * "more" button), and Escape dismisses the newest (App.tsx).
 */
import { Fragment, useState, useSyncExternalStore, type ReactNode } from 'react'
import type { NoticeBoard } from '../app/notices'

/**
 * Notices quote outside text (“title”, “case name”) inside our own sentence. Each quotation is put
 * in a <bdi>, so a direction override in an imported title cannot flip the words after it; the
 * text itself stays the same.
 */
function isolateQuotes(message: string): ReactNode {
  const parts = message.split(/(“[^”]*”)/)
  if (parts.length === 1) return message
  return parts.map((part, i) =>
    i % 2 === 1 ? (
      <Fragment key={i}>
        “<bdi>{part.slice(1, -1)}</bdi>”
      </Fragment>
    ) : (
      part
    )
  )
}

/** Notices shown at once; older ones wait behind the "more" button. */
const VISIBLE = 3

export function Notices({ board }: { board: NoticeBoard }) {
  const notices = useSyncExternalStore(
    (l) => board.subscribe(l),
    () => board.current
  )
  const [expanded, setExpanded] = useState(false)
  const folded = expanded ? 0 : Math.max(0, notices.length - VISIBLE)
  return (
    <div className="notices" aria-live="polite" role="region" aria-label="Notices">
      {folded > 0 ? (
        <button type="button" className="notices-more" onClick={() => setExpanded(true)}>
          {`${folded} more ${folded === 1 ? 'notice' : 'notices'}`}
        </button>
      ) : expanded && notices.length > VISIBLE ? (
        <button type="button" className="notices-more" onClick={() => setExpanded(false)}>
          Show fewer
        </button>
      ) : null}
      {notices.slice(folded).map((notice) => (
        <div
          key={notice.id}
          className={`notice notice-${notice.tone}`}
          role={notice.tone === 'error' ? 'alert' : 'status'}
        >
          <div className="notice-body">
            <p>{isolateQuotes(notice.message)}</p>
            {notice.details?.length ? (
              <ul>
                {notice.details.map((line, i) => (
                  <li key={i}>
                    <bdi>{line}</bdi>
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
          {notice.action ? (
            <button
              type="button"
              onClick={() => {
                notice.action!.run()
                board.dismiss(notice.id)
              }}
            >
              {notice.action.label}
            </button>
          ) : null}
          {notice.tone !== 'progress' ? (
            <button
              type="button"
              className="icon"
              aria-label="Dismiss"
              title="Dismiss (Escape)"
              onClick={() => board.dismiss(notice.id)}
            >
              ✕
            </button>
          ) : null}
        </div>
      ))}
    </div>
  )
}
