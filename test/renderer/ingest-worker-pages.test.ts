/**
 * The ingest worker reads web pages itself (a worker has no DOM: core's page tree in linkedom's
 * worker build), and imports each fixture page exactly as the CLI does; the window only gets the
 * outcome.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { prepareFile, readPage } from '@core/ingest'
import type { PrepareReply, PrepareRequest } from '../../src/renderer/src/app/ingestProtocol'
import { cliPageWindow } from '../../src/cli/pageDom'

const dir = join(__dirname, '..', 'fixtures', 'html')
const pages = readdirSync(dir).filter((f) => f.endsWith('.html'))

// the worker's global scope, played by this thread: what it posts is recorded
const scope = self as unknown as {
  onmessage: ((event: { data: PrepareRequest }) => void) | null
  postMessage: (reply: PrepareReply) => void
}
const posted: PrepareReply[] = []

beforeAll(async () => {
  scope.postMessage = (reply) => void posted.push(reply)
  await import('../../src/renderer/src/app/ingestWorker')
})

describe('the ingest worker reads web pages', () => {
  it.each(pages)('%s: read in the worker, as the CLI reads it', (name) => {
    const bytes = new Uint8Array(readFileSync(join(dir, name)))
    posted.length = 0
    scope.onmessage!({ data: { id: 7, name, bytes } })
    expect(posted).toHaveLength(1)
    const reply = posted[0]!
    expect('step' in reply && reply.step.status).not.toBe('page')
    const step = prepareFile({ name, bytes })
    const cli = step.status === 'page' ? readPage(step, { window: cliPageWindow() }) : step
    expect(reply).toEqual({ id: 7, step: cli })
  })
})
