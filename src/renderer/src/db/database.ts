/**
 * The Parallax database: one Dexie subclass over IndexedDB, and its schema history.
 *
 * The schema is a list of versions rather than one `stores()` call so that a later version only
 * appends an entry (new stores and an `upgrade` that migrates data); IndexedDB replays the list
 * from whatever version a journalist's disk is at. Never edit or remove a published entry.
 */
import Dexie, { type Table, type Transaction } from 'dexie'
import type { Article, Case, Claim, Link } from '@core/model'

/** Small app state: { key: 'sampleSeeded', value: true }, the last open case and articles. */
export interface Setting {
  key: string
  value: unknown
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
      settings: 'key'
    }
  }
]

export const DEFAULT_DATABASE_NAME = 'parallax'

export class ParallaxDb extends Dexie {
  cases!: Table<Case, string>
  articles!: Table<Article, string>
  claims!: Table<Claim, string>
  links!: Table<Link, string>
  settings!: Table<Setting, string>

  constructor(name: string = DEFAULT_DATABASE_NAME) {
    super(name)
    for (const v of schemaVersions) {
      const version = this.version(v.version).stores(v.stores)
      if (v.upgrade) version.upgrade(v.upgrade)
    }
  }

  /** Every table that holds case data: the scope of whole-library reads and restores. */
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
