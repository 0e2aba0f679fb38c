/**
 * The ingest worker's client: files are prepared in the worker; one that takes longer than the
 * time limit stops the worker and is refused with that reason (the next file gets a new worker);
 * without a worker, or when it cannot load, files are prepared on the window's thread.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { prepareFile } from '@core/ingest'
import { FilePreparer, type IngestWorkerFactory } from '../../src/renderer/src/app/importing'
import type { PrepareReply, PrepareRequest } from '../../src/renderer/src/app/ingestProtocol'

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
