/**
 * The reader rendered for a component test: a fresh real Dexie database (fake-indexeddb), the real
 * ingest on jsdom's window, and a platform whose verbs the test chooses. Databases are removed
 * after each test.
 */
import { render } from '@testing-library/react'
import { afterEach } from 'vitest'
import { App } from '../../src/renderer/src/App'
import { NoticeBoard } from '../../src/renderer/src/app/notices'
import { ServicesContext, type Services } from '../../src/renderer/src/app/services'
import { UndoHistory } from '../../src/renderer/src/app/undo'
import { createRepository, openDatabase, SAMPLE_CASE_NAME, type Repository } from '../../src/renderer/src/db'
import type { Platform } from '../../src/renderer/src/platform'

let count = 0
const opened: Services['db'][] = []

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close()
    await db.delete()
  }
})

/** A platform that opens nothing and saves nothing, with `verbs` in place of any of its verbs. */
export function testPlatform(verbs: Partial<Platform> = {}): Platform {
  return {
    kind: 'browser',
    menuOwnsShortcuts: false,
    openFiles: async () => [],
    saveFile: async () => ({ saved: false }),
    openBundleFile: async () => [],
    printToPdf: async () => ({ saved: false }),
    openExternal: async () => {},
    onMenuCommand: () => () => {},
    ...verbs
  }
}

/**
 * The repository seeding only the al-Qaim sample on first start: the component tests work on that
 * case (its texts, titles, file names), as a journalist who opened it would. `allSamples` keeps the
 * real first start, every sample case.
 */
function alQaimSampleOnly(repo: Repository): Repository {
  return { ...repo, seedSampleCases: (cases) => repo.seedSampleCases(cases.filter((c) => c.name === SAMPLE_CASE_NAME)) }
}

/** Renders the whole reader on a new database; `wrapRepo` may stand between the reader and the store. */
export function renderReader(
  options: { platform?: Partial<Platform>; wrapRepo?: (repo: Repository) => Repository; allSamples?: boolean } = {}
): Services {
  const db = openDatabase(`reader-test-${++count}`)
  opened.push(db)
  const real = createRepository(db)
  const repo = options.allSamples ? real : alQaimSampleOnly(real)
  const services: Services = {
    db,
    repo: options.wrapRepo ? options.wrapRepo(repo) : repo,
    platform: testPlatform(options.platform),
    undo: new UndoHistory(),
    notices: new NoticeBoard(),
    ingestEnv: { window: window as never }
  }
  render(
    <ServicesContext.Provider value={services}>
      <App />
    </ServicesContext.Provider>
  )
  return services
}
