/** What every view of the reader reaches: the store, the platform, undo history and notices. */
import { createContext, useContext, useSyncExternalStore } from 'react'
import type { IngestEnvironment } from '@core/ingest'
import type { ParallaxDb, Repository } from '../db'
import type { Platform } from '../platform'
import type { NoticeBoard } from './notices'
import type { UndoHistory } from './undo'

export interface Services {
  db: ParallaxDb
  repo: Repository
  platform: Platform
  undo: UndoHistory
  notices: NoticeBoard
  ingestEnv: IngestEnvironment
}

export const ServicesContext = createContext<Services | null>(null)

export function useServices(): Services {
  const services = useContext(ServicesContext)
  // Every view is rendered inside <ServicesContext.Provider>; reaching here without it is a bug.
  if (!services) throw new Error('useServices outside ServicesContext')
  return services
}

/** Re-renders when the undo history changes (for enabling Undo/Redo buttons). */
export function useUndoState(undo: UndoHistory) {
  useSyncExternalStore(
    (l) => undo.subscribe(l),
    () => undo.nextUndo,
    () => undo.nextUndo
  )
  return useSyncExternalStore(
    (l) => undo.subscribe(l),
    () => undo.nextRedo,
    () => undo.nextRedo
  )
}
