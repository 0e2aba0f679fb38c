/** Starts the reader: opens the store, picks the platform, renders the window. */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { parseClaimValue } from '@core/extract'
import { App } from './App'
import { browserIngestEnvironment, startImporting } from './app/importing'
import { NoticeBoard } from './app/notices'
import { ServicesContext, type Services } from './app/services'
import { UndoHistory } from './app/undo'
import { createRepository, openDatabase } from './db'
import { detectPlatform } from './platform'
import './styles.css'

const db = openDatabase()
const services: Services = {
  db,
  repo: createRepository(db),
  platform: detectPlatform(),
  undo: new UndoHistory(),
  notices: new NoticeBoard(),
  ingestEnv: browserIngestEnvironment()
}

// Ask the browser not to evict the journalist's work under storage pressure; refusal is harmless.
void navigator.storage?.persist?.().catch(() => false)

// The extraction patterns take a few hundred milliseconds to compile on first use: do it while the
// journalist reads, not on the first claim they tag (tagging reads the selected span's value here;
// whole texts are read in the suggestion worker, claims/suggestWorker.ts).
const WARM_UP = 'On 29 July 2016 officials said 12 people were killed some 40 km away, police told AFP.'
const warmUp = () => {
  for (const kind of ['casualty', 'date', 'attribution', 'quantity'] as const) void parseClaimValue(kind, WARM_UP)
}
// The page reader frame and the ingest worker load while the window is idle too, so the first
// file dropped is read at once (app/importing.ts).
const whenIdle = (f: () => void) =>
  'requestIdleCallback' in window ? window.requestIdleCallback(f, { timeout: 5000 }) : setTimeout(f, 2000)
whenIdle(warmUp)
whenIdle(startImporting)

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ServicesContext.Provider value={services}>
      <App />
    </ServicesContext.Provider>
  </StrictMode>
)
