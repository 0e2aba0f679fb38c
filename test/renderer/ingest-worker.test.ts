/**
 * The ingest worker's client: files are prepared in the worker; one that takes longer than the
 * time limit stops the worker and is refused with that reason (the next file gets a new worker);
 * without a worker, or when it cannot load, files are prepared on the window's thread.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { prepareFile } from '@core/ingest'
import { FilePreparer, type IngestWorkerFactory } from '../../src/renderer/src/app/importing'
import type { PrepareReply, PrepareRequest } from '../../src/renderer/src/app/ingestProtocol'
import type { PageReader } from '../../src/renderer/src/app/pageReader'
import { isPageReaderRequest } from '../../src/renderer/src/pageReader/protocol'

const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) })
const story = file(
  'story.txt',
  'Floods cut off the valley road\n\nThe river rose two metres overnight and twelve people were rescued, the fire service said.'
)

/** Workers in this thread: each answers as the real one would, on the next turn, unless told to hang or fail. */
function fakeWorkers(behaviour: (n: number) => 'answer' | 'hang' | 'fail' | 'pages') {
  const made: { terminated: boolean; sent: PrepareRequest[] }[] = []
  const factory: IngestWorkerFactory = () => {
    const record = { terminated: false, sent: [] as PrepareRequest[] }
    const n = made.push(record) - 1
    const worker = {
      onmessage: null as ((e: MessageEvent<PrepareReply>) => void) | null,
      onerror: null as ((e: ErrorEvent) => void) | null,
      terminate: () => void (record.terminated = true),
      postMessage(request: PrepareRequest) {
        record.sent.push(request)
        const what = behaviour(n)
        if (what === 'hang') return
        setTimeout(() => {
          if (what === 'fail') return worker.onerror?.({ preventDefault() {} } as ErrorEvent)
          // a long PDF: the real worker reports every tenth page before the outcome
          if (what === 'pages')
            for (const done of [10, 20])
              worker.onmessage?.({ data: { id: request.id, pages: { done, total: 20 } } } as MessageEvent<PrepareReply>)
          worker.onmessage?.({ data: { id: request.id, step: prepareFile(request) } } as MessageEvent<PrepareReply>)
        }, 0)
      }
    }
    return worker
  }
  return { factory, made }
}

afterEach(() => vi.useRealTimers())

describe('preparing files in the ingest worker', () => {
  it('hands back what the worker prepared', async () => {
    const { factory, made } = fakeWorkers(() => 'answer')
    const step = await new FilePreparer(factory).prepare(story)
    expect(step).toMatchObject({
      status: 'imported',
      name: 'story.txt',
      article: { title: 'Floods cut off the valley road' }
    })
    expect(made[0]!.sent.map((r) => r.name)).toEqual(['story.txt'])
  })

  it('passes on how many pages of a long document are read, then the outcome', async () => {
    const { factory } = fakeWorkers(() => 'pages')
    const heard: string[] = []
    const step = await new FilePreparer(factory).prepare(story, (done, total) => heard.push(`${done}/${total}`))
    expect(heard).toEqual(['10/20', '20/20'])
    expect(step.status).toBe('imported')
  })

  it('refuses a file the worker takes too long over, stops that worker, and prepares the next file in a new one', async () => {
    vi.useFakeTimers()
    const { factory, made } = fakeWorkers((n) => (n === 0 ? 'hang' : 'answer'))
    const preparer = new FilePreparer(factory, 30)
    const stuck = preparer.prepare(file('nested.html', '<div>'))
    await vi.advanceTimersByTimeAsync(30_000)
    expect(await stuck).toEqual({
      status: 'failed',
      name: 'nested.html',
      reason:
        'took longer than 30 seconds to read, so Parallax stopped; save the article alone (as text, or from the browser’s reader view) and import that'
    })
    expect(made[0]!.terminated).toBe(true)
    const next = preparer.prepare(story)
    await vi.advanceTimersByTimeAsync(1)
    expect((await next).status).toBe('imported')
    expect(made).toHaveLength(2)
  })

  it('prepares on this thread where there is no worker, or the worker cannot load', async () => {
    expect((await new FilePreparer(() => null).prepare(story)).status).toBe('imported')
    const { factory } = fakeWorkers(() => 'fail')
    expect((await new FilePreparer(factory).prepare(story)).status).toBe('imported')
  })
})

/** A page reader that prepares as the frame does (prepareFile; pages read with this thread's DOM are not needed here), or is not there. */
function fakeReader(there = true) {
  const read: string[] = []
  const reader: PageReader = {
    read: async (f) => {
      read.push(f.name)
      return there ? prepareFile(f) : null
    }
  }
  return { reader, read }
}

describe('which files the page reader frame reads', () => {
  const pdf = { name: 'statement.pdf', bytes: new TextEncoder().encode('%PDF-1.7\n1 0 obj\n') }

  it('reads web pages and text in the frame, and sends PDFs and Word files to the worker without asking it', async () => {
    const { factory, made } = fakeWorkers(() => 'answer')
    const { reader, read } = fakeReader()
    const preparer = new FilePreparer(factory, 30, reader)
    expect((await preparer.prepare(story)).status).toBe('imported')
    await preparer.prepare(pdf)
    await preparer.prepare({ name: 'notes.docx', bytes: new Uint8Array([0x50, 0x4b, 3, 4]) })
    expect(read).toEqual(['story.txt'])
    expect(made.flatMap((w) => w.sent.map((r) => r.name))).toEqual(['statement.pdf', 'notes.docx'])
  })

  it('hands a PDF saved under another name, which the frame finds is one, to the worker', async () => {
    const { factory, made } = fakeWorkers(() => 'answer')
    const reader: PageReader = {
      read: async (f) => ({ status: 'document', name: f.name, format: 'pdf', bytes: f.bytes, warnings: [] })
    }
    await new FilePreparer(factory, 30, reader).prepare(story)
    expect(made[0]!.sent.map((r) => r.name)).toEqual(['story.txt'])
  })

  it('uses the worker when the frame could not start', async () => {
    const { factory, made } = fakeWorkers(() => 'answer')
    const { reader, read } = fakeReader(false)
    expect((await new FilePreparer(factory, 30, reader).prepare(story)).status).toBe('imported')
    expect(read).toEqual(['story.txt'])
    expect(made[0]!.sent.map((r) => r.name)).toEqual(['story.txt'])
  })

  it('the frame takes only a file request: an id, a name and bytes', () => {
    const bytes = new Uint8Array([60, 112, 62])
    expect(isPageReaderRequest({ id: 1, name: 'a.html', bytes })).toBe(true)
    for (const bad of [
      null,
      'a.html',
      { id: '1', name: 'a.html', bytes },
      { id: 1.5, name: 'a.html', bytes },
      { id: 1, name: 42, bytes },
      { id: 1, name: 'x'.repeat(5000), bytes },
      { id: 1, name: 'a.html', bytes: '<p>' },
      { id: 1, name: 'a.html', bytes: [60, 112, 62] }
    ])
      expect(isPageReaderRequest(bad)).toBe(false)
  })
})
