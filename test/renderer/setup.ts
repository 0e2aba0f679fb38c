// jsdom has no IndexedDB: fake-indexeddb provides it before dexie is first imported.
import 'fake-indexeddb/auto'
import '@testing-library/jest-dom/vitest'
import { afterEach } from 'vitest'
import { cleanup } from '@testing-library/react'

// Testing Library unmounts after each test only when `afterEach` is a global; vitest runs without
// globals here, so without this each test's render stays in the document for the next one.
afterEach(() => cleanup())
