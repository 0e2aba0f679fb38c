// jsdom has no IndexedDB: fake-indexeddb provides it before dexie is first imported.
import 'fake-indexeddb/auto'
import '@testing-library/jest-dom/vitest'
import { afterEach } from 'vitest'
import { cleanup, configure } from '@testing-library/react'

// Testing Library unmounts after each test only when `afterEach` is a global; vitest runs without
// globals here, so without this each test's render stays in the document for the next one.
afterEach(() => cleanup())

// findBy/waitFor give up after 1 s by default; reading and ingesting a case takes longer than that
// on a loaded 2-core machine, and a slow machine is not a failing app.
configure({ asyncUtilTimeout: 10_000 })
