/**
 * An article's web address, as a link that leaves Parallax only after the journalist confirms
 * ("Open https://… in your browser?"). It is a button, not an <a href>: nothing navigates this
 * page, a middle-click opens nothing, and the address goes to the platform's openExternal (main
 * checks it again in the desktop app). Addresses the contract refuses (not http(s), hidden
 * characters, credentials) stay plain text, with any direction controls shown.
 */
import { useState } from 'react'
import { externalUrlProblem } from '@core/bridge'
import { useServices } from '../app/services'
import { revealInvisible } from './bidi'
import { Dialog } from '../ui/Dialog'
import './external.css'

export function ExternalLink({ url }: { url: string }) {
  const { platform, notices } = useServices()
  const [asking, setAsking] = useState(false)
  if (externalUrlProblem(url)) return <span className="external-url-text">{revealInvisible(url)}</span>

  const open = () => {
    setAsking(false)
    platform
      .openExternal(url)
      .catch((error: unknown) => notices.show({ tone: 'error', message: (error as Error).message }))
  }

  return (
    <>
      <button type="button" className="external-link" title="Open in your browser…" onClick={() => setAsking(true)}>
        {url}
      </button>
      {asking ? (
        <Dialog title="Open in your browser?" submitLabel="Open" onSubmit={open} onCancel={() => setAsking(false)}>
          <p className="external-question">
            Open <bdi className="external-address">{url}</bdi> in your browser?
          </p>
          <p className="hint">
            The page loads from the internet, outside Parallax; the site can see that it was visited.
          </p>
        </Dialog>
      ) : null}
    </>
  )
}
