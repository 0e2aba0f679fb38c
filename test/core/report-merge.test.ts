/**
 * Importing a bundle (planMerge): new records are added, strictly newer ones update, the rest are
 * skipped; a case's article list becomes the union; applying the same bundle twice changes nothing.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { makeBundle, type Bundle } from '@core/model'
import { describeMerge, planMerge, type ReportInput } from '@core/report'
import { reportInputArb } from '../fixtures/report/arbitraries'
import { sampleInput } from '../fixtures/report/sample-input'

const TABLES = ['cases', 'articles', 'claims', 'links'] as const
const EMPTY: ReportInput = { cases: [], articles: [], claims: [], links: [] }

/** What the caller does with a plan: write `put` over the store, id by id. */
function apply(store: ReportInput, put: ReportInput): ReportInput {
  const out = { ...store }
  for (const t of TABLES) {
    const byId = new Map<string, unknown>(store[t].map((r) => [r.id, r]))
    for (const r of put[t]) byId.set(r.id, r)
    ;(out as Record<string, unknown[]>)[t] = [...byId.values()]
  }
  return out
}

const bundleOf = (input: ReportInput): Bundle => makeBundle(input)
const ids = (rows: { id: string }[]) => rows.map((r) => r.id)
const later = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString()

describe('planMerge', () => {
  it('adds everything into an empty store, then skips everything the second time', () => {
    const bundle = bundleOf(sampleInput)
    const first = planMerge(EMPTY, bundle)
    expect(first.summary.added).toEqual({ cases: 1, articles: 3, claims: 20, links: 7 })
    expect(describeMerge(first.summary)).toBe('Added 1 case, 3 articles, 20 claims and 7 links.')
    const second = planMerge(apply(EMPTY, first.put), bundle)
    expect(second.put).toEqual(EMPTY)
    expect(second.summary.skipped).toEqual({ cases: 1, articles: 3, claims: 20, links: 7 })
    expect(describeMerge(second.summary)).toBe('Skipped 1 case, 3 articles, 20 claims and 7 links (already up to date).')
  })

  it('updates a record only when the incoming one is newer', () => {
    const [older, newer] = [sampleInput.claims[0]!, sampleInput.claims[1]!]
    const store: ReportInput = {
      ...EMPTY,
      claims: [
        { ...older, note: 'stored, older', updatedAt: later(older.updatedAt, -1000) },
        { ...newer, note: 'stored, newer', updatedAt: later(newer.updatedAt, 1000) }
      ]
    }
    const plan = planMerge(store, bundleOf({ ...EMPTY, claims: [older, newer] }))
    expect(plan.put.claims).toEqual([older])
    expect(plan.summary.updated.claims).toBe(1)
    expect(plan.summary.skipped.claims).toBe(1)
  })

  it("makes a case's article list the union, newer case's order first", () => {
    const kase = sampleInput.cases[0]!
    const stored = { ...kase, articleIds: ['art-local', 'art-wire'], updatedAt: later(kase.updatedAt, 5000) }
    const plan = planMerge({ ...EMPTY, cases: [stored] }, bundleOf({ ...EMPTY, cases: [kase] }))
    expect(plan.put.cases).toEqual([{ ...stored, articleIds: ['art-local', 'art-wire', 'art-diyaruna', 'art-oman-observer'] }])
    expect(plan.summary.updated.cases).toBe(1)
    const again = planMerge(apply({ ...EMPTY, cases: [stored] }, plan.put), bundleOf({ ...EMPTY, cases: [kase] }))
    expect(again.put.cases).toEqual([])
  })

  it('merging a bundle into a store holding part of it yields the union, without duplicates, and is idempotent', () => {
    const scenario = reportInputArb.chain((input) =>
      fc.record({
        input: fc.constant(input),
        // per stored record: absent, older than the bundle's, or newer
        fate: fc.array(fc.constantFrom('absent', 'older', 'same', 'newer'), { minLength: 40, maxLength: 40 })
      })
    )
    fc.assert(
      fc.property(scenario, ({ input, fate }) => {
        const bundle = bundleOf(input)
        let k = 0
        const store = { ...EMPTY } as ReportInput
        const expectedPut = new Set<string>()
        for (const t of TABLES) {
          const rows: { id: string }[] = []
          for (const r of bundle[t] as ({ id: string } & Record<string, unknown>)[]) {
            const f = fate[k++ % fate.length]
            const stampKey = t === 'links' ? 'createdAt' : 'updatedAt'
            const stamp = r[stampKey] as string
            if (f === 'absent') expectedPut.add(`${t}:${r.id}`)
            else if (f === 'same') rows.push(r)
            else {
              if (f === 'older') expectedPut.add(`${t}:${r.id}`)
              rows.push({ ...r, [stampKey]: later(stamp, f === 'older' ? -60_000 : 60_000) })
            }
          }
          ;(store as unknown as Record<string, unknown[]>)[t] = rows
        }
        const plan = planMerge(store, bundle)
        for (const t of TABLES) {
          // cases may also be written because their article list grows; every other table is exact
          const put = new Set(ids(plan.put[t]).map((id) => `${t}:${id}`))
          expect(put.size).toBe(plan.put[t].length)
          if (t !== 'cases') expect(put).toEqual(new Set([...expectedPut].filter((x) => x.startsWith(`${t}:`))))
        }
        const merged = apply(store, plan.put)
        for (const t of TABLES) {
          const mergedIds = ids(merged[t])
          expect(new Set(mergedIds).size).toBe(mergedIds.length)
          expect(new Set(mergedIds)).toEqual(new Set([...ids(store[t]), ...ids(bundle[t])]))
        }
        for (const c of merged.cases) {
          const incoming = bundle.cases.find((x) => x.id === c.id)!
          expect(new Set(c.articleIds).size).toBe(c.articleIds.length)
          for (const id of incoming.articleIds) expect(c.articleIds).toContain(id)
        }
        const again = planMerge(merged, bundle)
        expect(again.put).toEqual(EMPTY)
        const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0)
        expect(total(again.summary.skipped as unknown as Record<string, number>)).toBe(TABLES.reduce((n, t) => n + bundle[t].length, 0))
      }),
      { numRuns: 100 }
    )
  }, 30_000) // property runs: generous under a loaded CI machine
})
