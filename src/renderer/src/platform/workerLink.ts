/**
 * A module worker with the page as its fallback, shared by the clients that send core work off the
 * UI thread (the comparison, the suggestions): the worker starts on first use; where there is no
 * Worker (jsdom tests) or it cannot load (a CSP refusal, a missing chunk) the client runs the same
 * core function inline, for good. Stopping it lets the next message start a new one.
 */

/** What a client needs of a Worker (tests hand in stand-ins). */
export interface WorkerLike<Request, Reply> {
  postMessage(message: Request): void
  terminate(): void
  onmessage: ((event: MessageEvent<Reply>) => void) | null
  onerror: ((event: ErrorEvent) => void) | null
}

export type WorkerFactory<Request, Reply> = () => WorkerLike<Request, Reply> | null

export class WorkerLink<Request, Reply> {
  private worker: WorkerLike<Request, Reply> | null | undefined

  /**
   * `onReply` gets each answer; `onLost` is told when the worker failed to load, so the client can run
   * the job it had sent inline.
   */
  constructor(
    private readonly make: WorkerFactory<Request, Reply>,
    private readonly onReply: (reply: Reply) => void,
    private readonly onLost: () => void
  ) {}

  /** Sends a message to the worker; false when there is none, and the client runs the job inline. */
  post(message: Request): boolean {
    const worker = this.ensure()
    if (!worker) return false
    worker.postMessage(message)
    return true
  }

  /** Stops the worker; the next message starts a new one. */
  stop(): void {
    this.worker?.terminate()
    this.worker = undefined
  }

  private ensure(): WorkerLike<Request, Reply> | null {
    if (this.worker !== undefined) return this.worker
    const worker = this.make()
    if (worker) {
      worker.onmessage = (event) => this.onReply(event.data)
      worker.onerror = (event) => {
        event.preventDefault?.()
        worker.terminate()
        this.worker = null
        this.onLost()
      }
    }
    this.worker = worker
    return worker
  }
}
