/**
 * Import in the reader: files (Open dialog, drop) or pasted text → core ingest → one store write.
 * Each file ends as imported, skipped (already in the case) or failed, with the reason; a failed
 * file never stops the others, and nothing is written unless at least one article is good.
 *
 * A file is read whole in the ingest worker (size, type, encoding, the page limits; text,
 * Markdown, web pages, PDF and Word), with a time limit past which the worker is stopped and the
 * file refused; this thread only stores what comes back. Where no worker can start, files are
 * prepared here and a web page is read with the window's own DOM.
 */
import { previousVersion } from '@core/anchor'
import type { OpenedFile } from '@core/bridge'
import {
  ingestPastedText,
  isDocumentFile,
  prepareFile,
  readPage,
  tooSlowReason,
  type IngestEnvironment,
  type IngestResult,
  type IngestStep,
  type SourceFile
} from '@core/ingest'
import type { Article, ArticleDraft } from '@core/model'
import type { Repository } from '../db'
import type { PrepareReply, PrepareRequest } from './ingestProtocol'
import { defaultPageReader, type PageReader } from './pageReader'

export interface FileProblem {
  name: string
  reason: string
}

export interface ImportReport {
  imported: Article[]
  /** Re-imports of an article already in the case whose text changed: its text was replaced. */
  replaced: { article: Article; message: string }[]
  skipped: FileProblem[]
  failed: FileProblem[]
  /** What ingest noted about files it did import ("read as windows-1252", "no headline was found"): shown with the notice. */
  warnings: FileProblem[]
}

/**
 * How a re-import is recognised and handled: an article of the case with the same source file
 * name (or URL) but different text is a newer version, so its text is replaced and claims follow.
 */
export interface Reimport {
  articles: readonly Article[]
  replace(article: Article, draft: ArticleDraft): Promise<string>
}

/** Files done of all, the file being read, and how far into it (a long PDF's pages), when known. */
export type ImportProgress = (done: number, total: number, name: string, detail?: string) => void

/** Lets the page paint between files, so a long import shows progress instead of a frozen window. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

export function browserIngestEnvironment(): IngestEnvironment {
  return { window: window as unknown as IngestEnvironment['window'] }
}

/** Seconds the worker may take to prepare one file before it is stopped and the file refused. */
export const PREPARE_SECONDS = 30

interface WorkerLike {
  postMessage(message: PrepareRequest): void
  terminate(): void
  onmessage: ((event: MessageEvent<PrepareReply>) => void) | null
  onerror: ((event: ErrorEvent) => void) | null
}

export type IngestWorkerFactory = () => WorkerLike | null

/** The real worker, or null where module workers are not available (then files are prepared here). */
export const defaultIngestWorker: IngestWorkerFactory = () => {
  if (typeof Worker === 'undefined') return null
  try {
    return new Worker(new URL('./ingestWorker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike
  } catch {
    return null
  }
}

/**
 * Prepares files one at a time: web pages and text in the page reader frame (pageReader.ts), when
 * there is one, PDFs and Word files (and everything, without the frame) in the ingest worker. A
 * file that takes longer than `seconds` stops the frame or worker (a new one starts for the next
 * file) and is refused with that reason; a worker that cannot load (a CSP refusal, a missing
 * chunk) gives way to preparing on this thread.
 */
export class FilePreparer {
  private worker: WorkerLike | null | undefined
  private nextId = 1

  constructor(
    private readonly makeWorker: IngestWorkerFactory = defaultIngestWorker,
    private readonly seconds = PREPARE_SECONDS,
    private readonly pages: PageReader | null = null
  ) {}

  async prepare(file: SourceFile, onPages?: (done: number, total: number) => void): Promise<IngestStep> {
    if (this.pages && !isDocumentFile(file)) {
      const step = await this.pages.read(file, this.seconds)
      // a document under another name comes back as one: the worker reads documents
      if (step && step.status !== 'document') return step
    }
    return this.inWorker(file, onPages)
  }

  /** Starts the worker now (when the window is idle), so the first document does not wait for it to load. */
  warm(): void {
    this.ensureWorker()
  }

  private inWorker(file: SourceFile, onPages?: (done: number, total: number) => void): Promise<IngestStep> {
    const worker = this.ensureWorker()
    if (!worker) return Promise.resolve(prepareFile(file))
    const id = this.nextId++
    return new Promise((resolve) => {
      const settle = (step: IngestStep) => {
        clearTimeout(timer)
        worker.onmessage = null
        worker.onerror = null
        resolve(step)
      }
      const timer = setTimeout(() => {
        worker.terminate()
        this.worker = undefined
        settle({ status: 'failed', name: file.name, reason: tooSlowReason(this.seconds) })
      }, this.seconds * 1000)
      worker.onmessage = (event) => {
        const reply = event.data
        if (reply.id !== id) return
        if ('pages' in reply) onPages?.(reply.pages.done, reply.pages.total)
        else settle(reply.step)
      }
      worker.onerror = (event) => {
        event.preventDefault?.()
        worker.terminate()
        this.worker = null
        settle(prepareFile(file))
      }
      worker.postMessage({ id, name: file.name, bytes: file.bytes })
    })
  }

  dispose(): void {
    this.worker?.terminate()
    this.worker = undefined
  }

  private ensureWorker(): WorkerLike | null {
    if (this.worker === undefined) this.worker = this.makeWorker()
    return this.worker
  }
}

let sharedPreparer: FilePreparer | undefined
let sharedPageReader: ReturnType<typeof defaultPageReader> | undefined

function defaultPreparer(): FilePreparer {
  sharedPageReader ??= defaultPageReader()
  return (sharedPreparer ??= new FilePreparer(defaultIngestWorker, PREPARE_SECONDS, sharedPageReader))
}

/** Starts the page reader frame and the ingest worker, so the first file does not wait for them: call when the window is idle. */
export function startImporting(): void {
  defaultPreparer().warm()
  void sharedPageReader?.start()
}

/**
 * Reads one file as an import does: in the page reader frame or the ingest worker (off the
 * window's thread, time-limited), or here where neither can start; never throws. `onPages` hears
 * how far into a long document the worker is.
 */
export async function readFile(
  file: SourceFile,
  env: IngestEnvironment,
  onPages?: (done: number, total: number) => void,
  preparer: FilePreparer = defaultPreparer()
): Promise<IngestResult> {
  const step = await preparer.prepare(file, onPages)
  // only without a worker (it reads documents itself): pdf.js never runs on the window's thread
  if (step.status === 'document')
    return {
      status: 'failed',
      name: file.name,
      reason: 'could not be read: PDF and Word files are read in a background worker, which could not start here'
    }
  if (step.status !== 'page') return step
  // only without a worker (it reads pages itself): read with the window's DOM, after the notice paints
  await nextFrame()
  return readPage(step, env)
}

/** Ingests the opened files and stores the good ones in `caseId` in one transaction. */
export async function importFiles(
  repo: Repository,
  caseId: string,
  files: readonly OpenedFile[],
  env: IngestEnvironment,
  onProgress?: ImportProgress,
  reimport?: Reimport,
  preparer: FilePreparer = defaultPreparer()
): Promise<ImportReport> {
  const results: IngestResult[] = []
  for (const [index, file] of files.entries()) {
    onProgress?.(index, files.length, file.name)
    await nextFrame()
    if (!file.ok) {
      results.push({ status: 'failed', name: file.name, reason: file.reason })
      continue
    }
    results.push(
      await readFile(
        { name: file.name, bytes: file.bytes },
        env,
        (done, total) => onProgress?.(index, files.length, file.name, `page ${done} of ${total}`),
        preparer
      )
    )
  }
  onProgress?.(files.length, files.length, '')
  return store(repo, caseId, results, reimport)
}

/** Ingests text pasted into the paste dialog and stores it in `caseId`. */
export async function importPastedText(
  repo: Repository,
  caseId: string,
  text: string,
  env: IngestEnvironment,
  name?: string
): Promise<ImportReport> {
  return store(repo, caseId, [ingestPastedText(text, env, name)])
}

async function store(
  repo: Repository,
  caseId: string,
  results: IngestResult[],
  reimport?: Reimport
): Promise<ImportReport> {
  const report: ImportReport = { imported: [], replaced: [], skipped: [], failed: [], warnings: [] }
  const good: { name: string; draft: ArticleDraft }[] = []
  for (const result of results) {
    if (result.status !== 'imported') {
      report.failed.push({ name: result.name, reason: result.reason })
      continue
    }
    for (const warning of result.warnings) report.warnings.push({ name: result.name, reason: warning })
    const previous = reimport && previousVersion(reimport.articles, result.article)
    if (previous) report.replaced.push({ article: previous, message: await reimport.replace(previous, result.article) })
    else good.push({ name: result.name, draft: result.article })
  }
  if (good.length === 0) return report
  const outcomes = await repo.importArticles(
    caseId,
    good.map((g) => g.draft)
  )
  outcomes.forEach((outcome, i) => {
    const name = good[i]!.name
    if (outcome.status === 'imported') report.imported.push(outcome.article)
    else report.skipped.push({ name, reason: outcome.reason })
  })
  return report
}

/** One sentence for the notice after an import: what came in, and where. */
export function describeImport(report: ImportReport, caseName: string): string {
  const parts: string[] = []
  const n = report.imported.length
  if (n > 0) parts.push(`Imported ${n === 1 ? `“${report.imported[0]!.title}”` : `${n} articles`} into ${caseName}.`)
  for (const r of report.replaced) parts.push(r.message)
  if (report.skipped.length > 0) parts.push(`${report.skipped.length} already in the case.`)
  if (report.failed.length > 0) parts.push(`${report.failed.length} could not be imported.`)
  return parts.join(' ') || 'Nothing to import.'
}
