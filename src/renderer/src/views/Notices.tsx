/** The notices in the corner: results of imports, undo offers, errors (which stay until closed). */
import { useSyncExternalStore } from 'react'
import type { NoticeBoard } from '../app/notices'

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
            <p>{notice.message}</p>
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
