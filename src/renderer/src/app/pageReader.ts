/**
 * The window's side of the page reader (pageReader/frame.ts): a hidden sandboxed frame, in a
 * process of its own, that reads web pages with the browser's DOM. Started when the window is
 * idle, so the first import finds it ready; when it cannot start (no frame support, the file not
 * built, a policy refusal) or a file is a PDF or Word document, files go to the ingest worker as
 * before. A file that takes longer than the time limit removes the frame (a new one starts for the
 * next file) and is refused with that reason, as the worker does.
 */
import { PAGE_READER_FILE } from '@core/bridge'
import { tooSlowReason, type IngestStep, type SourceFile } from '@core/ingest'
import { z } from 'zod'
import { PAGE_READER_HELLO, type PageReaderRequest } from '../pageReader/protocol'

/** Seconds the frame may take to load and say it is ready; past them files go to the worker. */
export const READY_SECONDS = 5

/** Reads a file in the frame: its outcome, or null when the frame is not there (use the worker). */
export interface PageReader {
  read(file: SourceFile, seconds: number): Promise<IngestStep | null>
}

// The frame's answers, checked before they are believed (drafts are checked again when stored).
const stepSchema = z.looseObject({ status: z.enum(['imported', 'failed', 'document']), name: z.string() })
const replySchema = z.union([
  z.object({ ready: z.literal(true) }),
  z.object({ id: z.number().int(), step: stepSchema })
])

export class PageReaderFrame implements PageReader {
  private frame: HTMLIFrameElement | null = null
  private port: MessagePort | null = null
  private ready: Promise<boolean> | null = null
  /** it could not start once: it will not here (files go to the worker without waiting again) */
  private unavailable = false
  private nextId = 1
  private readonly waiting = new Map<number, (step: IngestStep) => void>()

  constructor(
    private readonly doc: Document = document,
    private readonly readySeconds = READY_SECONDS,
    /** where the frame's page is (beside index.html; the bench page lives elsewhere on the origin) */
    private readonly src = PAGE_READER_FILE
  ) {}

  /** Makes the frame, if there is none; true once it says it is ready, false when it cannot start. */
  start(): Promise<boolean> {
    if (this.unavailable) return Promise.resolve(false)
    this.ready ??= new Promise<boolean>((resolve) => {
      const frame = this.doc.createElement('iframe')
      // scripts, and nothing else: an opaque origin, no forms, popups, navigation of the window
      frame.setAttribute('sandbox', 'allow-scripts')
      frame.setAttribute('aria-hidden', 'true')
      frame.tabIndex = -1
      frame.hidden = true
      const channel = new MessageChannel()
      let settled = false
      const settle = (ok: boolean) => {
        if (settled) return
        settled = true
        clearTimeout(timer)
        if (!ok) {
          this.unavailable = true
          this.stop()
        }
        resolve(ok)
      }
      const timer = setTimeout(() => settle(false), this.readySeconds * 1000)
      channel.port1.onmessage = (event: MessageEvent<unknown>) => {
        const reply = replySchema.safeParse(event.data)
        if (!reply.success) return
        if ('ready' in reply.data) settle(true)
        else this.waiting.get(reply.data.id)?.(reply.data.step as IngestStep)
      }
      // the frame's origin is opaque, so no origin can be named: what is sent is only the port
      frame.addEventListener(
        'load',
        () => frame.contentWindow?.postMessage({ hello: PAGE_READER_HELLO }, '*', [channel.port2]),
        {
          once: true
        }
      )
      frame.src = this.src
      this.frame = frame
      this.port = channel.port1
      this.doc.body.append(frame)
    })
    return this.ready
  }

  async read(file: SourceFile, seconds: number): Promise<IngestStep | null> {
    if (!(await this.start())) return null
    const port = this.port!
    const id = this.nextId++
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiting.delete(id)
        this.stop()
        resolve({ status: 'failed', name: file.name, reason: tooSlowReason(seconds) })
      }, seconds * 1000)
      this.waiting.set(id, (step) => {
        clearTimeout(timer)
        this.waiting.delete(id)
        resolve(step)
      })
      port.postMessage({ id, name: file.name, bytes: file.bytes } satisfies PageReaderRequest)
    })
  }

  /** Removes the frame (its process goes with it); the next read starts a new one. */
  stop(): void {
    this.port?.close()
    this.frame?.remove()
    this.port = null
    this.frame = null
    this.ready = null
  }
}

/** The window's page reader, or null where it cannot be (no DOM, or the dev server, which does not build the frame). */
export function defaultPageReader(): PageReaderFrame | null {
  if (import.meta.env.DEV || typeof document === 'undefined' || typeof MessageChannel === 'undefined') return null
  return new PageReaderFrame()
}
