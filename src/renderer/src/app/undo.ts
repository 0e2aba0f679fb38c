/**
 * The undo history of the reader. Each change the journalist makes pushes an entry holding how to
 * undo and redo it against the store; Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z walk the history. Entries
 * run one at a time, so a fast double press never interleaves two writes.
 */

export interface UndoEntry {
  /** Says what the change was, for the menu and the notice: "Delete article “X”". */
  label: string
  undo(): Promise<void>
  redo(): Promise<void>
}

type Listener = () => void

export class UndoHistory {
  private done: UndoEntry[] = []
  private undone: UndoEntry[] = []
  private running: Promise<unknown> = Promise.resolve()
  private listeners = new Set<Listener>()

  constructor(private readonly limit = 200) {}

  push(entry: UndoEntry): void {
    this.done.push(entry)
    if (this.done.length > this.limit) this.done.shift()
    this.undone = []
    this.emit()
  }

  /** Forgets every entry (after a restore, whose records the entries no longer match). */
  clear(): void {
    this.done = []
    this.undone = []
    this.emit()
  }

  get nextUndo(): UndoEntry | undefined {
    return this.done[this.done.length - 1]
  }

  get nextRedo(): UndoEntry | undefined {
    return this.undone[this.undone.length - 1]
  }

  /** Undoes the latest change; resolves to its entry, or null when there is nothing to undo. */
  undo(): Promise<UndoEntry | null> {
    return this.serially(async () => {
      const entry = this.done.pop()
      if (!entry) return null
      try {
        await entry.undo()
      } catch (error) {
        this.done.push(entry)
        throw error
      }
      this.undone.push(entry)
      this.emit()
      return entry
    })
  }

  /** Redoes the latest undone change; resolves to its entry, or null when there is none. */
  redo(): Promise<UndoEntry | null> {
    return this.serially(async () => {
      const entry = this.undone.pop()
      if (!entry) return null
      try {
        await entry.redo()
      } catch (error) {
        this.undone.push(entry)
        throw error
      }
      this.done.push(entry)
      this.emit()
      return entry
    })
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
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
