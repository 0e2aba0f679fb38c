/** Shared set-up for the database tests: a fresh database per test, a pinned clock and ids, drafts. */
import type { ArticleDraft, Claim, ClaimDraft, Link } from '@core/model'
import {
  createRepository,
  deleteDatabase,
  exportBundle,
  openDatabase,
  type ParallaxDb,
  type RepositoryOptions
} from '../../src/renderer/src/db'

let dbCount = 0

/** A database no other test uses; `cleanup` closes and deletes it. */
export function freshDb(): { db: ParallaxDb; name: string; cleanup: () => Promise<void> } {
  const name = `parallax-test-${++dbCount}-${crypto.randomUUID()}`
  const db = openDatabase(name)
  return {
    db,
    name,
    cleanup: async () => {
      db.close()
      await deleteDatabase(name)
    }
  }
}

/** Timestamps one second apart and ids id-1, id-2, … so every run writes the same records. */
export function pinned(prefix = 'id'): Required<RepositoryOptions> {
  let tick = 0
  let id = 0
  return {
    now: () => new Date(Date.UTC(2024, 0, 1, 0, 0, tick++)).toISOString(),
    newId: () => `${prefix}-${++id}`
  }
}

export function repoFor(db: ParallaxDb, options: RepositoryOptions = pinned()) {
  return createRepository(db, options)
}

export function draft(title: string, text = `Body of ${title}.`, extra: Partial<ArticleDraft> = {}): ArticleDraft {
  return {
    title,
    outlet: 'Test Outlet',
    byline: '',
    url: '',
    lang: 'en',
    dir: 'ltr',
    text,
    captions: [],
    sourceFormat: 'text',
    sourceName: `${title}.txt`,
    contentHash: `hash:${text}`,
    ...extra
  }
}

export function claim(id: string, articleId: string, start: number, exact = 'x'): Claim {
  return {
    id,
    articleId,
    kind: 'casualty',
    anchor: { start, end: start + exact.length, exact, prefix: '', suffix: '' },
    value: { outcome: 'killed', min: 3, max: 3 },
    origin: 'manual',
    status: 'unreviewed',
    note: '',
    tags: [],
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z'
  }
}

export function link(id: string, a: string, b: string): Link {
  return {
    id,
    claimIds: [a, b],
    relation: 'conflict',
    origin: 'manual',
    reason: 'different counts',
    createdAt: '2024-01-01T00:00:00.000Z'
  }
}

/**
 * A casualty claim draft quoting the `occurrence`-th (0-based) `exact` in `text`, with 32 units of
 * context as core/anchor keeps. Throws when `exact` is not there, so a fixture typo fails loudly.
 */
export function claimDraft(text: string, exact: string, extra: Partial<ClaimDraft> = {}, occurrence = 0): ClaimDraft {
  let start = -1
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(exact, start + 1)
  if (start < 0) throw new Error(`fixture: "${exact}" is not in the text`)
  const end = start + exact.length
  return {
    kind: 'casualty',
    anchor: {
      start,
      end,
      exact,
      prefix: text.slice(Math.max(0, start - 32), start),
      suffix: text.slice(end, end + 32)
    },
    value: { outcome: 'killed', min: 12 },
    origin: 'manual',
    status: 'unreviewed',
    note: '',
    tags: [],
    ...extra
  } as ClaimDraft
}

/** Everything the database holds, as one string: the bundle plus the app state the bundle leaves out. */
export async function dumpAll(db: ParallaxDb): Promise<string> {
  const [bundle, dismissals, settings] = await Promise.all([
    exportBundle(db),
    db.dismissals.toArray(),
    db.settings.toArray()
  ])
  return JSON.stringify({ bundle, dismissals, settings })
}

/** The rejection of a promise that must reject (fails the test when it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise
  } catch (error) {
    return error as Error
  }
  throw new Error('expected the promise to reject')
}
