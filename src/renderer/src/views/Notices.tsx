/** The notices in the corner: results of imports, undo offers, errors (which stay until closed). */
import { Fragment, useSyncExternalStore, type ReactNode } from 'react'
import type { NoticeBoard } from '../app/notices'

/**
 * Notices quote outside text (“title”, “case name”) inside our own sentence. Each quotation is put
 * in a <bdi>, so a direction override in an imported title cannot flip the words after it; the
 * text itself stays the same.
 */
function isolateQuotes(message: string): ReactNode {
  const parts = message.split(/(“[^”]*”)/)
  if (parts.length === 1) return message
  return parts.map((part, i) => (i % 2 === 1 ? <Fragment key={i}>“<bdi>{part.slice(1, -1)}</bdi>”</Fragment> : part))
}

export function Notices({ board }: { board: NoticeBoard }) {
  const notices = useSyncExternalStore(
    (l) => board.subscribe(l),
    () => board.current
  )
  return (
    <div className="notices" aria-live="polite">
      {notices.map((notice) => (
        <div key={notice.id} className={`notice notice-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
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
            <button type="button" className="icon" aria-label="Dismiss" onClick={() => board.dismiss(notice.id)}>
              ✕
            </button>
          ) : null}
        </div>
      ))}
    </div>
  )
}
