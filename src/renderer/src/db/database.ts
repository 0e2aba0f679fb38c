/**
 * The Parallax database: one Dexie subclass over IndexedDB, and its schema history.
 *
 * The schema is a list of versions rather than one `stores()` call so that a later version only
 * appends an entry (new stores and an `upgrade` that migrates data); IndexedDB replays the list
 * from whatever version a journalist's disk is at. Never edit or remove a published entry.
 */
import Dexie, { type Table, type Transaction } from 'dexie'
import type { Article, Case, Claim, ClaimKind, Link } from '@core/model'

/** Small app state: { key: 'sampleSeeded', value: true }, the last open case and articles. */
export interface Setting {
  key: string
  value: unknown
}

/**
 * A suggestion the journalist rejected, so the suggestion pass does not offer it again for the same
 * text. App state, not case data: it is not part of the `parallax/1` bundle. `id` is
 * `dismissalKey(articleId, kind, exact, start)`; `start` is a UTF-16 offset into Article.text.
 */
export interface Dismissal {
  id: string
  articleId: string
  kind: ClaimKind
  exact: string
  start: number
  createdAt: string
}

export interface SchemaVersion {
  version: number
  /** Dexie store specs: primary key first, then indexes (`*` multi-entry, `[a+b]` compound). */
  stores: Record<string, string | null>
  upgrade?: (tx: Transaction) => Promise<void> | void
}

export const schemaVersions: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      cases: 'id, name, updatedAt',
      // [caseId+contentHash] finds "this text is already in this case" on import.
      articles: 'id, caseId, contentHash, [caseId+contentHash], title, outlet',
      claims: 'id, articleId, [articleId+kind], kind, status, origin',
      // multi-entry on claimIds: "which links touch this claim" for either end.
      links: 'id, *claimIds, relation',
      // A case's claims need no index of their own: case.articleIds, then claims by articleId.
      dismissals: 'id, articleId',
      settings: 'key'
    }
  },
  {
    version: 2,
    stores: {
      // Every index is written on every put, and no query reads claims by kind, status or origin
      // (the claims panel filters in memory): only articleId stays. Dropping an index keeps the
      // records as they are, so no upgrade function is needed. A put of 100,000 claims in Chromium
      // took ~20 % less CPU with one index than with these five.
      claims: 'id, articleId'
    }
  },
  {
    version: 3,
    stores: {},
    // Claims keep their review (core/model withStatus): when the status was set, the rating, the
    // published check. A library from before knows no review date; a reviewed claim's last change
    // is the best it can say, so that is its review date. Nothing else changes.
    upgrade: async (tx) => {
      await tx
        .table<Claim, string>('claims')
        .toCollection()
        .modify((claim) => {
          if (claim.status !== 'unreviewed' && !claim.review) claim.review = { reviewedAt: claim.updatedAt }
        })
    }
  }
]

export const DEFAULT_DATABASE_NAME = 'parallax'

export class ParallaxDb extends Dexie {
  cases!: Table<Case, string>
  articles!: Table<Article, string>
  claims!: Table<Claim, string>
  links!: Table<Link, string>
  dismissals!: Table<Dismissal, string>
  settings!: Table<Setting, string>

  constructor(name: string = DEFAULT_DATABASE_NAME) {
    super(name)
    for (const v of schemaVersions) {
      const version = this.version(v.version).stores(v.stores)
      if (v.upgrade) version.upgrade(v.upgrade)
    }
  }

  /** Every table that holds case data: the scope of whole-library reads (dismissals are app state). */
  get dataTables(): Table[] {
    return [this.cases, this.articles, this.claims, this.links]
  }
}

/** A handle on the database; Dexie opens it on first use, so this never blocks or throws. */
export function openDatabase(name: string = DEFAULT_DATABASE_NAME): ParallaxDb {
  return new ParallaxDb(name)
}

/** Deletes a database by name (tests, and a future "reset library" command). */
export function deleteDatabase(name: string): Promise<void> {
  return Dexie.delete(name)
}
