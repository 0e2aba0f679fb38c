/**
 * The undo history of the reader. Each change the journalist makes pushes an entry saying how to
 * undo and redo it against the store; Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z walk the history. Entries
 * run one at a time, so a fast double press never interleaves two writes.
 *
 * An entry is data: a label and the store change that reverses it (`StoreChange`, applied by the
 * history's `apply`, which hands back the change reversing that in turn). Every write of the app
 * records one of those; the history still runs an entry holding its own undo and redo functions
 * (its ordering rules are tested with such entries), but none of the reader's writes pushes one.
 */
import { afterRun, emptyHistory, record, takeLatest, type History } from './history'
import type { StoreChange } from './storeChanges'

/** An entry whose undo is a recorded change: `change` reverses the latest run (undo or redo). */
export interface ChangeEntry {
  label: string
  change: StoreChange
}

/** An entry carrying its own undo and redo (no write of the app makes one: they record StoreChanges). */
export interface RunEntry {
  /** Says what the change was, for the menu and the notice: "Delete article “X”". */
  label: string
  undo(): Promise<void>
  redo(): Promise<void>
}

export type UndoEntry = ChangeEntry | RunEntry

/** Applies a change to the store; resolves to the change that reverses it. */
export type ApplyChange = (change: StoreChange) => Promise<StoreChange>

type Listener = () => void

export class UndoHistory {
  private history: History<UndoEntry> = emptyHistory()
  private running: Promise<unknown> = Promise.resolve()
  private listeners = new Set<Listener>()
  private apply: ApplyChange | null = null

  constructor(private readonly limit = 200) {}

  /** Gives the history the store its recorded changes apply to; returns the disconnect. */
  connect(apply: ApplyChange): () => void {
    this.apply = apply
    return () => {
      if (this.apply === apply) this.apply = null
    }
  }

  push(entry: UndoEntry): void {
    this.history = record(this.history, entry, this.limit)
    this.emit()
  }

  /** Forgets every entry (after a restore, whose records the entries no longer match). */
  clear(): void {
    this.history = emptyHistory()
    this.emit()
  }

  get nextUndo(): UndoEntry | undefined {
    return this.history.done[this.history.done.length - 1]
  }

  get nextRedo(): UndoEntry | undefined {
    return this.history.undone[this.history.undone.length - 1]
  }

  /** Undoes the latest change; resolves to its entry, or null when there is nothing to undo. */
  undo(): Promise<UndoEntry | null> {
    return this.serially(() => this.walk('done', 'undone'))
  }

  /** Redoes the latest undone change; resolves to its entry, or null when there is none. */
  redo(): Promise<UndoEntry | null> {
    return this.serially(() => this.walk('undone', 'done'))
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Runs the latest entry of `from` and moves it to `to`; a failed run leaves the history as it was. */
  private async walk(from: 'done' | 'undone', to: 'done' | 'undone'): Promise<UndoEntry | null> {
    const taken = takeLatest(this.history, from)
    if (!taken) return null
    this.history = taken.rest
    let ran: UndoEntry
    try {
      ran = await this.run(taken.step, from === 'done' ? 'undo' : 'redo')
    } catch (error) {
      this.history = afterRun(this.history, taken.step, from)
      throw error
    }
    this.history = afterRun(this.history, ran, to)
    this.emit()
    return ran
  }

  private async run(entry: UndoEntry, direction: 'undo' | 'redo'): Promise<UndoEntry> {
    if (!('change' in entry)) {
      await entry[direction]()
      return entry
    }
    if (!this.apply) throw new Error('The undo history is not connected to the store.')
    return { label: entry.label, change: await this.apply(entry.change) }
  }

  private serially<T>(work: () => Promise<T>): Promise<T> {
    const next = this.running.then(work, work)
    this.running = next.catch(() => undefined)
    return next
  }

  private emit(): void {
    for (const listener of this.listeners) listener()
  }
}
