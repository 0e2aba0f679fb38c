/**
 * The comparison client: sends a case to the worker and hands back the result, latest request
 * wins. At most one request is in the worker at a time; requests made meanwhile replace each other
 * and only the newest is sent when the worker is free, so typing fast never queues stale work.
 * Superseded requests resolve as `cancelled` (their own outcome, not an error: STYLE 11). Where
 * there is no Worker (jsdom tests) or it cannot start, the same `runComparison` runs inline.
 */
import type { Claim } from '@core/model'
import { isPart, PartsReceived } from '../platform/replyParts'
import { WorkerLink, type WorkerFactory as LinkFactory, type WorkerLike } from '../platform/workerLink'
import type { WorkerReply, WorkerRequest } from './protocol'
import { runComparison, type CompareInput, type CompareResult } from './run'

export type CompareOutcome =
  { status: 'done'; result: CompareResult; ms: number; where: 'worker' | 'inline' } | { status: 'cancelled' }

export type WorkerFactory = LinkFactory<WorkerRequest, WorkerReply>

/** The real worker, or null where module workers are not available. */
export const defaultWorkerFactory: WorkerFactory = () => {
  if (typeof Worker === 'undefined') return null
  try {
    return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike<
      WorkerRequest,
      WorkerReply
    >
  } catch {
    return null
  }
}

interface Job {
  id: number
  input: CompareInput
  resolve: (outcome: CompareOutcome) => void
  reject: (error: Error) => void
}

export class CompareClient {
  private readonly link: WorkerLink<WorkerRequest, WorkerReply>
  private nextId = 1
  private running: Job | null = null
  private waiting: Job | null = null
  private readonly parts = new PartsReceived<Claim>()

  constructor(makeWorker: WorkerFactory = defaultWorkerFactory) {
    this.link = new WorkerLink(
      makeWorker,
      (reply) => this.settle(reply),
      () => {
        const job = this.running
        if (job) setTimeout(() => this.runInline(job), 0)
      }
    )
  }

  /** Compares; resolves `cancelled` if a newer request arrives before this one is sent or answered. */
  compare(input: CompareInput): Promise<CompareOutcome> {
    return new Promise((resolve, reject) => {
      const job: Job = { id: this.nextId++, input, resolve, reject }
      this.waiting?.resolve({ status: 'cancelled' })
      this.waiting = job
      this.pump()
    })
  }

  dispose(): void {
    this.link.stop()
    this.waiting?.resolve({ status: 'cancelled' })
    this.running?.resolve({ status: 'cancelled' })
    this.waiting = this.running = null
  }

  private pump(): void {
    if (this.running || !this.waiting) return
    const job = (this.running = this.waiting)
    this.waiting = null
    if (!this.link.post({ id: job.id, input: job.input })) setTimeout(() => this.runInline(job), 0)
  }

  private runInline(job: Job): void {
    if (this.running !== job) return
    const started = performance.now()
    try {
      const result = runComparison(job.input)
      this.finish(job, { status: 'done', result, ms: performance.now() - started, where: 'inline' })
    } catch (error) {
      this.fail(job, error as Error)
    }
  }

  private settle(reply: WorkerReply): void {
    const job = this.running
    if (!job || job.id !== reply.id) return
    if (isPart<Claim>(reply)) return this.parts.add(reply)
    if (!reply.ok) return this.fail(job, new Error(reply.message))
    const result = { ...reply.result, suggestions: this.parts.join(reply.id, reply.result.suggestions) }
    this.finish(job, { status: 'done', result, ms: reply.ms, where: 'worker' })
  }

  private finish(job: Job, outcome: CompareOutcome): void {
    this.running = null
    // an answer to a request that a newer one has replaced in the meantime is stale
    job.resolve(this.waiting ? { status: 'cancelled' } : outcome)
    this.pump()
  }

  private fail(job: Job, error: Error): void {
    this.running = null
    if (this.waiting) job.resolve({ status: 'cancelled' })
    else job.reject(error)
    this.pump()
  }
}
