/**
 * The comparison client: inline where there is no Worker (jsdom), the worker's answer where there
 * is one, latest request wins, and a worker that fails to start falls back to inline.
 */
import { describe, expect, it } from 'vitest'
import { CompareClient, type WorkerFactory } from '../../src/renderer/src/compare/client'
import type { WorkerReply, WorkerRequest } from '../../src/renderer/src/compare/protocol'
import { runComparison, type CompareInput } from '../../src/renderer/src/compare/run'
import { cutInParts } from '../../src/renderer/src/platform/replyParts'
import { loadArticle } from '../core/compare-gold'

const diyaruna = loadArticle('al-qaim-diyaruna')
const wire = loadArticle('al-qaim-constructed-wire')
const input = (articles = [diyaruna, wire]): CompareInput => ({
  articles,
  claims: [],
  dismissed: [],
  now: '2024-05-01T00:00:00.000Z'
})

/** A worker in the same thread that answers on the next turn, as a real one would. */
function fakeWorker(options: { fail?: boolean; partSize?: number } = {}) {
  const sent: WorkerRequest[] = []
  const factory: WorkerFactory = () => {
    const worker = {
      onmessage: null as ((e: MessageEvent<WorkerReply>) => void) | null,
      onerror: null as ((e: ErrorEvent) => void) | null,
      terminate: () => {},
      postMessage(request: WorkerRequest) {
        sent.push(request)
        setTimeout(() => {
          if (options.fail) return worker.onerror?.({ preventDefault() {} } as ErrorEvent)
          const result = runComparison(request.input)
          // as the worker does: the suggestions in parts ahead of the result, which carries the last
          const parts = cutInParts(result.suggestions, options.partSize)
          const last = parts.pop()!
          for (const part of parts) worker.onmessage?.({ data: { id: request.id, part } } as MessageEvent<WorkerReply>)
          worker.onmessage?.({
            data: { id: request.id, ok: true, result: { ...result, suggestions: last }, ms: 1 }
          } as MessageEvent<WorkerReply>)
        }, 0)
      }
    }
    return worker
  }
  return { factory, sent }
}

describe('CompareClient', () => {
  it('runs inline where there is no Worker, with the suggestions compared under their stable ids', async () => {
    expect(typeof Worker).toBe('undefined')
    const outcome = await new CompareClient().compare(input())
    if (outcome.status !== 'done') throw new Error('expected a result')
    expect(outcome.where).toBe('inline')
    const conflicts = outcome.result.comparison.matches.filter((m) => m.verdict === 'conflict')
    expect(conflicts.map((m) => m.reason).sort()).toEqual(
      // each reason names both values and who gave them
      [
        '11 vs 12 August (AFP vs coalition)',
        '12 vs 15 killed (Joint Operations Command vs Defence Ministry)',
        '29 vs 28 July (Iraqi army vs Defence Ministry)'
      ]
    )
    for (const m of conflicts)
      for (const id of m.claimIds) expect(id).toMatch(/^s:al-qaim-(diyaruna|constructed-wire):(casualty|date):\d+:\d+$/)
  })

  it('skips suggestions the journalist dismissed or already tagged', async () => {
    const all = runComparison(input()).suggestions
    const july = all.find((s) => s.articleId === diyaruna.id && s.anchor.exact === 'July 29th')!
    const dismissed = [`${diyaruna.id}|date|July 29th|${july.anchor.start}`]
    const tagged = { ...july, id: 'claim-1', origin: 'manual' as const }
    expect(runComparison({ ...input(), dismissed }).suggestions.map((s) => s.id)).not.toContain(july.id)
    const withTag = runComparison({ ...input(), claims: [tagged] })
    expect(withTag.suggestions.map((s) => s.id)).not.toContain(july.id)
    expect(withTag.comparison.matches.some((m) => m.claimIds.includes('claim-1') && m.verdict === 'conflict')).toBe(
      true
    )
  })

  it('takes the worker’s answer; of requests made while it is busy only the newest is sent', async () => {
    const { factory, sent } = fakeWorker()
    const client = new CompareClient(factory)
    const first = client.compare(input())
    const second = client.compare(input([diyaruna]))
    const third = client.compare(input([wire, diyaruna]))
    const [a, b, c] = await Promise.all([first, second, third])
    expect(a.status).toBe('cancelled') // answered after newer requests came in: stale
    expect(b.status).toBe('cancelled') // never sent
    expect(c.status === 'done' && c.where).toBe('worker')
    expect(c.status === 'done' && c.result.comparison.articleIds).toEqual([wire.id, diyaruna.id])
    expect(sent.map((r) => r.input.articles.length)).toEqual([2, 2])
  })

  it('joins suggestions the worker sent in parts into one result, as the inline run gives it', async () => {
    const whole = runComparison(input())
    expect(whole.suggestions.length).toBeGreaterThan(6)
    const outcome = await new CompareClient(fakeWorker({ partSize: 3 }).factory).compare(input())
    expect(outcome.status === 'done' && outcome.where).toBe('worker')
    expect(outcome.status === 'done' && outcome.result).toEqual(whole)
  })

  it('falls back to inline when the worker cannot start', async () => {
    const client = new CompareClient(fakeWorker({ fail: true }).factory)
    const outcome = await client.compare(input())
    expect(outcome.status === 'done' && outcome.where).toBe('inline')
    const again = await client.compare(input([diyaruna]))
    expect(again.status === 'done' && again.where).toBe('inline')
  })
})
