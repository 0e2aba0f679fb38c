/**
 * The suggestion client: asks the suggestion worker for the suggested claims of each article text,
 * once per text (core/extract's `suggestionKey`: the text's hash and its publication day), and
 * keeps the answers, which the claims panel and the comparison both read. The UI thread only
 * receives them.
 *
 * One text is in the worker at a time. `want` replaces the texts waiting their turn, so a text
 * replaced by a newer version before its turn is never computed; an answer for a text no longer
 * wanted is kept (an undo may bring the text back) but no view asks for it. Where there is no
 * Worker (jsdom tests) or it cannot start, the same core function runs inline, a turn later.
 */
import { suggestClaims } from '@core/extract'
import type { ClaimDraft } from '@core/model'
import { isPart, PartsReceived } from '../platform/replyParts'
import { WorkerLink, type WorkerFactory, type WorkerLike } from '../platform/workerLink'
import type { SuggestReply, SuggestRequest } from './suggestProtocol'

/** A text to find claims in, under its suggestion key. */
export interface SuggestText {
  key: string
  text: string
  publishedAt?: string
}

export type SuggestWorkerFactory = WorkerFactory<SuggestRequest, SuggestReply>

/** The real worker, or null where module workers are not available. */
export const defaultSuggestWorker: SuggestWorkerFactory = () => {
  if (typeof Worker === 'undefined') return null
  try {
    return new Worker(new URL('./suggestWorker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike<
      SuggestRequest,
      SuggestReply
    >
  } catch {
    return null
  }
}

/** Answers kept beyond the texts wanted now (older ones are forgotten first). */
const SPARE_ANSWERS = 32

interface Job {
  id: number
  text: SuggestText
}

export class SuggestionClient {
  private readonly known = new Map<string, readonly ClaimDraft[]>()
  private readonly awaited = new Map<string, ((drafts: readonly ClaimDraft[]) => void)[]>()
  private readonly listeners = new Set<() => void>()
  private wanted = new Set<string>()
  private waiting: SuggestText[] = []
  private running: Job | null = null
  private readonly link: WorkerLink<SuggestRequest, SuggestReply>
  private nextId = 1
  private answers = 0
  private readonly parts = new PartsReceived<ClaimDraft>()

  constructor(
    makeWorker: SuggestWorkerFactory = defaultSuggestWorker,
    private readonly onError: (message: string) => void = () => {}
  ) {
    this.link = new WorkerLink(
      makeWorker,
      (reply) => this.answer(reply),
      () => {
        const job = this.running
        if (job) setTimeout(() => this.runInline(job), 0)
      }
    )
  }

  /** The suggested claims of a text, once found. */
  drafts(key: string): readonly ClaimDraft[] | undefined {
    return this.known.get(key)
  }

  /** Grows by one with every answer (a snapshot for useSyncExternalStore). */
  get version(): number {
    return this.answers
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** The texts to find claims in, first first; texts waiting that are no longer listed are dropped. */
  want(texts: readonly SuggestText[]): void {
    this.wanted = new Set(texts.map((t) => t.key))
    const kept = this.waiting.filter((t) => this.awaited.has(t.key))
    this.waiting = []
    for (const text of [...kept, ...texts]) this.enqueue(text, 'last')
    this.pump()
  }

  /** Resolves to a text's suggested claims, found first if need be (before the texts only wanted). */
  request(text: SuggestText): Promise<readonly ClaimDraft[]> {
    const known = this.known.get(text.key)
    if (known) return Promise.resolve(known)
    return new Promise((resolve) => {
      this.awaited.set(text.key, [...(this.awaited.get(text.key) ?? []), resolve])
      this.waiting = this.waiting.filter((t) => t.key !== text.key)
      this.enqueue(text, 'first')
      this.pump()
    })
  }

  /** Stops the worker; a later request starts a new one. */
  dispose(): void {
    this.link.stop()
    const job = this.running
    this.running = null
    if (job) this.waiting.unshift(job.text)
  }

  private enqueue(text: SuggestText, where: 'first' | 'last'): void {
    if (this.known.has(text.key) || this.running?.text.key === text.key) return
    if (this.waiting.some((t) => t.key === text.key)) return
    if (where === 'first') this.waiting.unshift(text)
    else this.waiting.push(text)
  }

  private pump(): void {
    if (this.running || this.waiting.length === 0) return
    const job: Job = { id: this.nextId++, text: this.waiting.shift()! }
    this.running = job
    if (!this.link.post({ id: job.id, text: job.text.text, publishedAt: job.text.publishedAt }))
      setTimeout(() => this.runInline(job), 0)
  }

  private runInline(job: Job): void {
    if (this.running !== job) return
    try {
      this.settle(job, suggestClaims({ text: job.text.text, publishedAt: job.text.publishedAt }))
    } catch (error) {
      this.settle(job, [], (error as Error).message)
    }
  }

  private answer(reply: SuggestReply): void {
    const job = this.running
    if (!job || job.id !== reply.id) return
    if (isPart<ClaimDraft>(reply)) this.parts.add(reply)
    else if (reply.ok) this.settle(job, this.parts.join(reply.id, reply.drafts))
    else this.settle(job, [], reply.message)
  }

  /** A text answered (a failure counts as no suggestions, said once, so it is not asked again and again). */
  private settle(job: Job, drafts: readonly ClaimDraft[], failure?: string): void {
    this.running = null
    this.remember(job.text.key, drafts)
    const waiting = this.awaited.get(job.text.key) ?? []
    this.awaited.delete(job.text.key)
    for (const resolve of waiting) resolve(drafts)
    if (failure !== undefined) this.onError(failure)
    this.answers++
    for (const listener of this.listeners) listener()
    this.pump()
  }

  private remember(key: string, drafts: readonly ClaimDraft[]): void {
    this.known.set(key, drafts)
    let spare = [...this.known.keys()].filter((k) => !this.wanted.has(k)).length
    for (const k of this.known.keys()) {
      if (spare <= SPARE_ANSWERS) break
      if (!this.wanted.has(k) && k !== key) {
        this.known.delete(k)
        spare--
      }
    }
  }
}
