/**
 * Suggestions found once per text, off the UI thread: the suggestion client asks its worker about
 * each text once, drops texts replaced before their turn, puts a text asked for now first, runs
 * inline where there is no worker, and the comparison compares the suggestions it is handed.
 */
import { describe, expect, it } from 'vitest'
import { suggestClaims, suggestionKey } from '@core/extract'
import type { ClaimDraft } from '@core/model'
import {
  SuggestionClient,
  type SuggestText,
  type SuggestWorkerFactory
} from '../../src/renderer/src/claims/suggestClient'
import type { SuggestReply, SuggestRequest } from '../../src/renderer/src/claims/suggestProtocol'
import { articlesToRead } from '../../src/renderer/src/claims/useSuggestionDrafts'
import { runComparison } from '../../src/renderer/src/compare/run'
import { cutInParts } from '../../src/renderer/src/platform/replyParts'
import { loadArticle } from '../core/compare-gold'

const textOf = (text: string, publishedAt?: string): SuggestText => ({
  key: suggestionKey({ text, publishedAt }),
  text,
  publishedAt
})
const first = textOf('On 29 July officials said 12 people were killed.', '2016-07-30')
const second = textOf('Police said 40 people were wounded on Sunday.', '2016-07-30')
const third = textOf('The ministry said 15 people were killed on 28 July.', '2016-07-30')

/** A worker in this thread that answers when told to, as a real one would, a turn later. */
function heldWorker(options: { fail?: 'load' | 'text' } = {}) {
  const sent: SuggestRequest[] = []
  let worker: {
    onmessage: ((e: MessageEvent<SuggestReply>) => void) | null
    onerror: ((e: ErrorEvent) => void) | null
  } | null = null
  const factory: SuggestWorkerFactory = () => {
    const made = {
      onmessage: null as ((e: MessageEvent<SuggestReply>) => void) | null,
      onerror: null as ((e: ErrorEvent) => void) | null,
      terminate: () => {},
      postMessage: (request: SuggestRequest) => {
        sent.push(request)
        if (options.fail === 'load') setTimeout(() => made.onerror?.({ preventDefault() {} } as ErrorEvent), 0)
      }
    }
    worker = made
    return made
  }
  /** Answers the latest request sent (as the worker does: the drafts in parts of `partSize`, the last in the answer). */
  const answer = (partSize?: number) => {
    const request = sent[sent.length - 1]!
    if (options.fail === 'text') {
      const data: SuggestReply = { id: request.id, ok: false, message: 'out of memory' }
      return worker!.onmessage?.({ data } as MessageEvent<SuggestReply>)
    }
    const parts = cutInParts(suggestClaims(request), partSize)
    const last = parts.pop()!
    for (const part of parts) worker!.onmessage?.({ data: { id: request.id, part } } as MessageEvent<SuggestReply>)
    const data: SuggestReply = { id: request.id, ok: true, drafts: last, ms: 1 }
    worker!.onmessage?.({ data } as MessageEvent<SuggestReply>)
  }
  return { factory, sent, answer }
}

const turn = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('SuggestionClient', () => {
  it('joins drafts the worker sent in parts', async () => {
    const worker = heldWorker()
    const client = new SuggestionClient(worker.factory)
    const asked = client.request(third)
    worker.answer(1)
    const whole = suggestClaims(third)
    expect(whole.length).toBeGreaterThan(1)
    expect(await asked).toEqual(whole)
  })

  it('finds each text once, whoever asks and however often', async () => {
    const worker = heldWorker()
    const client = new SuggestionClient(worker.factory)
    client.want([first, first])
    client.want([first])
    expect(worker.sent.map((r) => r.text)).toEqual([first.text])
    const asked = client.request(first)
    worker.answer()
    expect(await asked).toEqual(suggestClaims(first))
    expect(client.drafts(first.key)).toEqual(suggestClaims(first))
    client.want([first])
    expect(await client.request(first)).toBe(client.drafts(first.key))
    expect(worker.sent).toHaveLength(1)
  })

  it('a text replaced before its turn is never sent; an answer for one no longer wanted is kept, not lost', async () => {
    const worker = heldWorker()
    const client = new SuggestionClient(worker.factory)
    const versions: number[] = []
    client.subscribe(() => versions.push(client.version))
    client.want([first, second])
    // the second article's text changed while the first was in the worker
    client.want([first, third])
    worker.answer()
    worker.answer()
    expect(worker.sent.map((r) => r.text)).toEqual([first.text, third.text])
    expect(client.drafts(second.key)).toBeUndefined()
    expect(client.drafts(third.key)).toEqual(suggestClaims(third))
    expect(versions).toEqual([1, 2])
    // the first text is no longer shown, but an undo may bring it back: no second computation
    client.want([third])
    client.want([first, third])
    expect(worker.sent).toHaveLength(2)
  })

  it('a text asked for now goes before those only wanted, and stays when the wanted list changes', async () => {
    const worker = heldWorker()
    const client = new SuggestionClient(worker.factory)
    client.want([first, second])
    const asked = client.request(third)
    // the second article is closed meanwhile: it is no longer wanted, the text asked for still is
    client.want([first])
    worker.answer()
    expect(worker.sent.map((r) => r.text)).toEqual([first.text, third.text])
    worker.answer()
    expect(await asked).toEqual(suggestClaims(third))
    expect(worker.sent).toHaveLength(2)
  })

  it('runs inline, a turn later, where there is no Worker or it cannot load', async () => {
    expect(typeof Worker).toBe('undefined')
    const inline = new SuggestionClient()
    const found = inline.request(first)
    expect(inline.drafts(first.key)).toBeUndefined()
    expect(await found).toEqual(suggestClaims(first))
    const broken = heldWorker({ fail: 'load' })
    const fallback = new SuggestionClient(broken.factory)
    expect(await fallback.request(second)).toEqual(suggestClaims(second))
  })

  it('a text the worker fails on has no suggestions, said once, and is not asked again', async () => {
    const worker = heldWorker({ fail: 'text' })
    const errors: string[] = []
    const client = new SuggestionClient(worker.factory, (message) => errors.push(message))
    const found = client.request(first)
    worker.answer()
    expect(await found).toEqual([])
    expect(errors).toEqual(['out of memory'])
    client.want([first])
    expect(worker.sent).toHaveLength(1)
  })

  it('a disposed client starts again where it stopped', async () => {
    const worker = heldWorker()
    const client = new SuggestionClient(worker.factory)
    client.want([first])
    client.dispose()
    client.want([first])
    expect(worker.sent.map((r) => r.text)).toEqual([first.text, first.text])
    worker.answer()
    await turn()
    expect(client.drafts(first.key)).toEqual(suggestClaims(first))
  })
})

describe('which articles are read', () => {
  const articles = [{ id: 'a' }, { id: 'b' }, { id: 'c' }]
  it('those asked for first, then every other one when there is something to compare', () => {
    expect(articlesToRead(articles, ['c']).map((a) => a.id)).toEqual(['c', 'a', 'b'])
    expect(articlesToRead([{ id: 'a' }], [])).toEqual([])
    expect(articlesToRead([{ id: 'a' }], ['a'])).toEqual([{ id: 'a' }])
  })
})

describe('the comparison takes the suggestions it is handed', () => {
  const diyaruna = loadArticle('al-qaim-diyaruna')
  const wire = loadArticle('al-qaim-constructed-wire')
  const base = { articles: [diyaruna, wire], claims: [], dismissed: [], now: '2024-05-01T00:00:00.000Z' }

  it('compares exactly the suggested claims given for each article, computing none of its own', () => {
    const none: Record<string, readonly ClaimDraft[]> = { [diyaruna.id]: [], [wire.id]: [] }
    expect(runComparison({ ...base, suggested: none }).suggestions).toEqual([])
    const found = { [diyaruna.id]: suggestClaims(diyaruna), [wire.id]: suggestClaims(wire) }
    expect(runComparison({ ...base, suggested: found })).toEqual(runComparison(base))
  })
})
