/**
 * Web pages, PDFs and Word documents read with a time limit. The page limits (core/ingest) bound the work on any
 * page, but Readability is slow on some shapes within them (tens of thousands of divs: minutes under jsdom,
 * seconds on the page DOM), so each page is
 * read in a worker thread that is stopped when it takes longer than the limit, and the file is
 * refused with that reason. The thread, and the page DOM in it (pageDom), starts with the first page.
 */
import { Worker } from 'node:worker_threads'
import { tooSlowReason, type DocumentToRead, type IngestResult, type PageToRead } from '@core/ingest'

/** Seconds one page may take; PARALLAX_READ_TIMEOUT (seconds) sets another. */
export const DEFAULT_READ_SECONDS = 60

/** What a new thread may take to load the reader and jsdom before the page's own time starts. */
const STARTUP_SECONDS = 60

/**
 * A larger young generation for the thread: reading a 1 MB page allocates a few hundred MB of
 * short-lived nodes and strings, and V8's default spends a fifth of the read collecting them.
 */
const YOUNG_GENERATION = { maxYoungGenerationSizeMb: 96 }

export function readSeconds(env: NodeJS.ProcessEnv = process.env): number {
  const set = Number(env.PARALLAX_READ_TIMEOUT)
  return Number.isFinite(set) && set > 0 ? set : DEFAULT_READ_SECONDS
}

export class PageReader {
  private worker: Worker | undefined

  constructor(private readonly seconds = readSeconds()) {}

  /**
   * Starts the thread before the first page is ready for it: loading its reader then overlaps the
   * main thread's reading and measuring of the file (a few hundred ms of a 1 MB page's import).
   */
  start(): void {
    this.worker ??= new Worker(new URL('./page-worker.mjs', import.meta.url), { resourceLimits: YOUNG_GENERATION })
  }

  /** Reads a web page, or a PDF or Word document, in the thread; never rejects. */
  read(page: PageToRead | DocumentToRead): Promise<IngestResult> {
    this.start()
    const worker = this.worker!
    return new Promise((resolve) => {
      const done = (result: IngestResult) => {
        clearTimeout(timer)
        worker.off('message', onMessage).off('error', onError).off('exit', onExit)
        resolve(result)
      }
      const failed = (reason: string): IngestResult => ({ status: 'failed', name: page.name, reason })
      const stop = () => {
        this.worker = undefined
        void worker.terminate()
      }
      const onMessage = (message: { started: true } | { result: IngestResult }) => {
        if ('result' in message) return done(message.result)
        clearTimeout(timer)
        timer = setTimeout(tooSlow, this.seconds * 1000)
      }
      const onError = (error: Error) => {
        stop()
        done(failed(`could not be read as an article (${error.message})`))
      }
      const onExit = () => {
        this.worker = undefined
        done(failed('could not be read as an article (the reader stopped)'))
      }
      const tooSlow = () => {
        stop()
        done(failed(tooSlowReason(this.seconds)))
      }
      // until the thread says it has started reading (the DOMs loaded), a start-up allowance
      let timer = setTimeout(tooSlow, Math.max(this.seconds, STARTUP_SECONDS) * 1000)
      worker.on('message', onMessage).on('error', onError).on('exit', onExit)
      worker.postMessage(page)
    })
  }

  close(): Promise<void> {
    const worker = this.worker
    this.worker = undefined
    return worker ? worker.terminate().then(() => undefined) : Promise.resolve()
  }
}
