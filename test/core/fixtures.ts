/** Shared helpers for the core tests: fixture bytes and a jsdom-backed ingest environment. */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { JSDOM } from 'jsdom'
import type { IngestEnvironment, IngestResult } from '@core/ingest'
import { claimFromDraft, type Claim, type ClaimDraft } from '@core/model'

const FIXTURES = path.join(__dirname, '..', 'fixtures')

/** Bytes of a fixture file, by path under test/fixtures. */
export function fixtureBytes(relative: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(FIXTURES, relative)))
}

/** Parsed JSON of a fixture file, by path under test/fixtures. */
export function fixtureJson<T>(relative: string): T {
  return JSON.parse(readFileSync(path.join(FIXTURES, relative), 'utf8')) as T
}

/** One jsdom window serves all tests, as one browser window serves the app. */
export const env: IngestEnvironment = { window: new JSDOM('').window }

/** The article of an import that must have succeeded; fails the test with the reason otherwise. */
export function imported(result: IngestResult) {
  if (result.status !== 'imported') throw new Error(`expected an import, got failure: ${result.reason}`)
  return result
}

/** UTF-8 bytes of a string. */
export function utf8(s: string): Uint8Array {
  return new TextEncoder().encode(s)
}

/** An unreviewed, hand-tagged toll ("killed 12"), for tests of what review does to a claim. */
export function tollClaim(id = 'c1'): Claim {
  const draft = {
    kind: 'casualty',
    anchor: { start: 0, end: 9, exact: 'killed 12', prefix: '', suffix: ' militants' },
    value: { outcome: 'killed', min: 12, max: 12 },
    origin: 'manual',
    status: 'unreviewed',
    note: '',
    tags: []
  } as unknown as ClaimDraft
  return claimFromDraft(draft, { id, articleId: 'a1' }, '2024-05-01T00:00:00Z')
}
