/**
 * The two ways a database call fails, in words a journalist can act on.
 *
 * - `ValidationError`: the value itself is wrong (a bad URL, an empty name). The message comes from
 *   `validate()` in core/model and names the field; nothing was written.
 * - `StorageError`: the value was fine but the browser's storage refused (disk full, database closed
 *   by another window, a newer version of the app). `kind` lets the UI choose a remedy; `message`
 *   says it in plain words; `cause` keeps Dexie's original error for the developer console.
 *
 * Every write goes through `translateError`, so Dexie's error names never reach the UI (STYLE.md §4).
 */

export class ValidationError extends Error {
  override readonly name = 'ValidationError'
}

export type StorageErrorKind =
  | 'quota' // disk full / storage quota exceeded
  | 'constraint' // a record with the same key or unique index already exists
  | 'closed' // the database was closed (shutdown, or another window upgraded it)
  | 'version' // the stored data is from a newer Parallax
  | 'open' // the database could not be opened at all
  | 'unavailable' // no IndexedDB in this environment (private mode, broken profile)
  | 'not-found' // the case or article was deleted meanwhile (another window, an undo)
  | 'unknown'

export class StorageError extends Error {
  override readonly name = 'StorageError'
  constructor(
    readonly kind: StorageErrorKind,
    message: string,
    options?: { cause?: unknown }
  ) {
    super(message, options)
  }
}

/** Every write runs in one transaction, so a failed write changed nothing: we may say so. */
const UNCHANGED = 'Nothing was changed.'

const messages: Record<Exclude<StorageErrorKind, 'not-found' | 'unknown'>, string> = {
  quota:
    'Parallax could not save because the disk is full (storage quota exceeded). Free some space or delete old cases, then try again.',
  constraint: `Parallax could not save because a record with the same identity is already stored. ${UNCHANGED} Reload the window and try again; if it keeps happening, export the case and report the problem.`,
  closed: `Parallax could not save because its database was closed (the app may be shutting down, or another Parallax window updated it). ${UNCHANGED} Reload the window, then try again.`,
  version: `This library was written by a newer version of Parallax. Update Parallax to open it; ${UNCHANGED.toLowerCase()}`,
  open: `Parallax could not open its library. Close other Parallax windows and restart the app; ${UNCHANGED.toLowerCase()}`,
  unavailable:
    'Parallax cannot store anything here because the browser storage (IndexedDB) is unavailable, for example in a private window. Open Parallax normally and try again.'
}

/** Dexie (and IndexedDB DOMException) names mapped to a kind; anything else is 'unknown'. */
const kindByName: Record<string, StorageErrorKind> = {
  QuotaExceededError: 'quota',
  ConstraintError: 'constraint',
  DatabaseClosedError: 'closed',
  VersionChangeError: 'closed',
  InvalidStateError: 'closed',
  VersionError: 'version',
  UpgradeError: 'version',
  OpenFailedError: 'open',
  NoSuchDatabaseError: 'open',
  MissingAPIError: 'unavailable'
}

/**
 * When several causes are chained, the most actionable one wins: a quota error wrapped in an
 * AbortError inside a BulkError is still "disk full" for the journalist.
 */
const priority: StorageErrorKind[] = ['quota', 'version', 'unavailable', 'open', 'closed', 'constraint']

/** Dexie wraps IndexedDB errors (`inner`), collects bulk failures (`failures`) and may set `cause`. */
function causeChain(error: unknown): unknown[] {
  const seen = new Set<unknown>()
  const queue: unknown[] = [error]
  while (queue.length && seen.size < 50) {
    const e = queue.shift()
    if (e == null || seen.has(e)) continue
    seen.add(e)
    if (typeof e !== 'object') continue
    const o = e as { inner?: unknown; cause?: unknown; failures?: unknown }
    queue.push(o.inner, o.cause)
    if (Array.isArray(o.failures)) queue.push(...o.failures)
    else if (o.failures && typeof o.failures === 'object') queue.push(...Object.values(o.failures))
  }
  return [...seen]
}

function nameOf(e: unknown): string | undefined {
  return e && typeof e === 'object' && typeof (e as { name?: unknown }).name === 'string'
    ? (e as { name: string }).name
    : undefined
}

/**
 * Turns anything a database call threw into a ValidationError or StorageError. Errors that are
 * already ours pass through unchanged, so nested helpers may throw them freely.
 */
export function translateError(error: unknown): ValidationError | StorageError {
  if (error instanceof ValidationError || error instanceof StorageError) return error
  const kinds = new Set(causeChain(error).map((e) => kindByName[nameOf(e) ?? ''] ?? 'unknown'))
  const kind = priority.find((k) => kinds.has(k))
  if (kind) return new StorageError(kind, messages[kind as keyof typeof messages], { cause: error })
  const detail = error instanceof Error ? error.message : String(error)
  return new StorageError(
    'unknown',
    `Parallax could not save your change (${firstLine(detail)}). ${UNCHANGED} Try again; if it keeps happening, restart the app.`,
    { cause: error }
  )
}

function firstLine(text: string): string {
  const line = text.split('\n')[0]?.trim() ?? ''
  return line.length > 160 ? line.slice(0, 157) + '…' : line || 'unknown error'
}

/** "Nothing found" during a write: the thing the journalist acted on is gone. */
export function notFound(what: string): StorageError {
  return new StorageError(
    'not-found',
    `${what} no longer exists (it may have been deleted in another window). ${UNCHANGED}`
  )
}
