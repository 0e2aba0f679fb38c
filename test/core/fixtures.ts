/** Shared helpers for the core tests: fixture bytes and a jsdom-backed ingest environment. */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { JSDOM } from 'jsdom'
import type { IngestEnvironment, IngestResult } from '@core/ingest'

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
