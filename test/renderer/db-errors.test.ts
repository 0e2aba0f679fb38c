/** translateError: whatever Dexie or IndexedDB throws becomes one sentence a journalist can act on. */
import { describe, expect, it } from 'vitest'
import Dexie from 'dexie'
import { StorageError, translateError, ValidationError, type StorageErrorKind } from '../../src/renderer/src/db'

const QUOTA_MESSAGE =
  'Parallax could not save because the disk is full (storage quota exceeded). Free some space or delete old cases, then try again.'

const dom = (name: string) => new DOMException(`${name} happened`, name)

describe('translateError', () => {
  const cases: [string, unknown, StorageErrorKind][] = [
    ['a DOMException QuotaExceededError', dom('QuotaExceededError'), 'quota'],
    ["Dexie's QuotaExceededError", new Dexie.QuotaExceededError('full'), 'quota'],
    [
      'an AbortError caused by a full disk',
      new Dexie.AbortError('Transaction aborted', dom('QuotaExceededError')),
      'quota'
    ],
    [
      'a BulkError whose failures include a full disk',
      new Dexie.BulkError('2 of 3 failed', { 0: dom('ConstraintError'), 2: dom('QuotaExceededError') }),
      'quota'
    ],
    [
      'a BulkError of constraint failures',
      new Dexie.BulkError('1 of 2 failed', { 1: new Dexie.ConstraintError('Key already exists') }),
      'constraint'
    ],
    ['a ConstraintError', new Dexie.ConstraintError('Key already exists'), 'constraint'],
    ['a DatabaseClosedError', new Dexie.DatabaseClosedError(), 'closed'],
    ['a VersionChangeError', new Dexie.VersionChangeError(), 'closed'],
    ['a VersionError', new Dexie.VersionError('requested version is less than the existing'), 'version'],
    ['an OpenFailedError', new Dexie.OpenFailedError('could not open'), 'open'],
    ['an OpenFailedError caused by a VersionError', new Dexie.OpenFailedError(dom('VersionError')), 'version'],
    ['a MissingAPIError', new Dexie.MissingAPIError(), 'unavailable'],
    ['an error with a standard cause', new Error('wrapped', { cause: dom('QuotaExceededError') }), 'quota'],
    ['a plain Error', new Error('boom'), 'unknown'],
    ['a thrown string', 'weird', 'unknown']
  ]

  it.each(cases)('%s', (_label, error, kind) => {
    const translated = translateError(error)
    expect(translated).toBeInstanceOf(StorageError)
    expect((translated as StorageError).kind).toBe(kind)
    expect((translated as StorageError).cause).toBe(error)
    // No Dexie vocabulary reaches the journalist, except in the fallback's quoted detail.
    if (kind !== 'unknown') expect(translated.message).not.toMatch(/Dexie|Error\b/)
  })

  it('gives the disk-full message word for word', () => {
    expect(translateError(dom('QuotaExceededError')).message).toBe(QUOTA_MESSAGE)
  })

  it('keeps the detail of an unknown error on one short line and says nothing changed', () => {
    const message = translateError(new Error('boom\nstack-ish line')).message
    expect(message).toBe(
      'Parallax could not save your change (boom). Nothing was changed. Try again; if it keeps happening, restart the app.'
    )
    expect(translateError(new Error('x'.repeat(500))).message.length).toBeLessThan(300)
  })

  it('passes our own errors through untouched', () => {
    const validation = new ValidationError('url: bad')
    const storage = new StorageError('not-found', 'gone')
    expect(translateError(validation)).toBe(validation)
    expect(translateError(storage)).toBe(storage)
  })

  it('survives a cause cycle', () => {
    const a = new Error('a') as Error & { inner?: unknown }
    const b = new Error('b', { cause: a })
    a.inner = b
    expect((translateError(a) as StorageError).kind).toBe('unknown')
  })
})
