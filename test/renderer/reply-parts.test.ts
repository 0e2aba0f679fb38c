/** A worker's long answer in parts: cut in order, joined back whole, only for the request it answers. */
import { describe, expect, it } from 'vitest'
import { cutInParts, isPart, PartsReceived } from '../../src/renderer/src/platform/replyParts'

const items = (n: number) => Array.from({ length: n }, (_, i) => i)

describe('cutInParts', () => {
  it.each([
    [0, [0]],
    [1, [1]],
    [3, [3]],
    [4, [3, 1]],
    [7, [3, 3, 1]]
  ])('%i items in parts of 3: %j', (n, sizes) => {
    const parts = cutInParts(items(n), 3)
    expect(parts.map((p) => p.length)).toEqual(sizes)
    expect(parts.flat()).toEqual(items(n))
  })
})

describe('PartsReceived', () => {
  it('joins the parts sent ahead with the answer’s own, in order', () => {
    const received = new PartsReceived<number>()
    const [a, b, last] = cutInParts(items(7), 3)
    received.add({ id: 4, part: a! })
    received.add({ id: 4, part: b! })
    expect(received.join(4, last!)).toEqual(items(7))
    // forgotten once joined
    expect(received.join(4, [9])).toEqual([9])
  })

  it('keeps the parts of the newest request only, and joins none into another request’s answer', () => {
    const received = new PartsReceived<number>()
    received.add({ id: 1, part: [1, 2] })
    received.add({ id: 2, part: [3] })
    expect(received.join(1, [0])).toEqual([0])
    received.add({ id: 3, part: [5] })
    expect(received.join(3, [6])).toEqual([5, 6])
  })

  it('tells a part from an answer', () => {
    expect(isPart({ id: 1, part: [] })).toBe(true)
    expect(isPart({ id: 1, ok: true, drafts: [] })).toBe(false)
  })
})
