/**
 * Notices: the short messages the reader shows after an action (imported, deleted, failed), with
 * an optional action such as Undo. Errors stay until dismissed; other notices fade.
 */

export type NoticeTone = 'info' | 'success' | 'error' | 'progress'

export interface Notice {
  id: number
  tone: NoticeTone
  message: string
  /** Lines under the message: one per file that failed, for example. */
  details?: string[]
  action?: { label: string; run: () => void }
}

type Listener = () => void

export class NoticeBoard {
  private notices: Notice[] = []
  private nextId = 1
  private listeners = new Set<Listener>()
  private timers = new Map<number, ReturnType<typeof setTimeout>>()

  constructor(private readonly fadeAfterMs = 8000) {}

  get current(): readonly Notice[] {
    return this.notices
  }

  /** Shows a notice and returns its id; errors and progress stay until dismissed or replaced. */
  show(notice: Omit<Notice, 'id'>, replaceId?: number): number {
    if (replaceId !== undefined) this.dismiss(replaceId, false)
    const id = this.nextId++
    this.notices = [...this.notices, { ...notice, id }]
    if (notice.tone === 'info' || notice.tone === 'success') {
      this.timers.set(
        id,
        setTimeout(() => this.dismiss(id), notice.action ? this.fadeAfterMs * 1.5 : this.fadeAfterMs)
      )
    }
    this.emit()
    return id
  }

  dismiss(id: number, emit = true): void {
    clearTimeout(this.timers.get(id))
    this.timers.delete(id)
    this.notices = this.notices.filter((n) => n.id !== id)
    if (emit) this.emit()
  }

  /** Dismisses the newest notice that can be dismissed (not a progress notice); false when there is none. */
  dismissLatest(): boolean {
    const latest = [...this.notices].reverse().find((n) => n.tone !== 'progress')
    if (!latest) return false
    this.dismiss(latest.id)
    return true
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private emit(): void {
    for (const listener of this.listeners) listener()
  }
}
