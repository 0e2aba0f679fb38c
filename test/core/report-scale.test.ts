/**
 * Reports stay linear in the size of a case: every format reads each claim and each link a bounded
 * number of times, however many there are. (CSV export once looked up each claim's links by
 * scanning all of them: 200,000 claims did not finish in 100 s.) Measured by counting property
 * reads on the records themselves, so the test is exact and independent of the machine's speed:
 * doubling the case must not more than double the reads.
 */
import { describe, expect, it } from 'vitest'
import type { Claim, Link } from '@core/model'
import { reportFormats, renderReport, type ReportInput } from '@core/report'
import { sampleContext, sampleInput } from '../fixtures/report/sample-input'

/** The sample case with every claim and link repeated `copies` times (fresh ids, same articles). */
function scaled(copies: number, counter: { reads: number }): ReportInput {
  const counted = <T extends object>(record: T): T =>
    new Proxy(record, {
      get(target, key, receiver) {
        counter.reads += 1
        return Reflect.get(target, key, receiver)
      }
    })
  const claims: Claim[] = []
  const links: Link[] = []
  for (let k = 0; k < copies; k++) {
    const id = (old: string) => `${old}-${k}`
    for (const c of sampleInput.claims) claims.push(counted({ ...c, id: id(c.id) }))
    for (const l of sampleInput.links)
      links.push(counted({ ...l, id: id(l.id), claimIds: [id(l.claimIds[0]), id(l.claimIds[1])] as [string, string] }))
  }
  return { ...sampleInput, claims, links }
}

function readsPerRecord(format: (typeof reportFormats)[number], copies: number): number {
  const counter = { reads: 0 }
  const input = scaled(copies, counter)
  renderReport(format, input, sampleContext)
  return counter.reads / (input.claims.length + input.links.length)
}

describe('reports of a large case', () => {
  for (const format of reportFormats) {
    it(`${format}: reads each claim and link a bounded number of times`, () => {
      const small = readsPerRecord(format, 100)
      const large = readsPerRecord(format, 400)
      expect(small).toBeGreaterThan(0)
      // sorting adds a logarithmic factor at most; a scan of all links per claim would multiply by 4
      expect(large).toBeLessThan(small * 1.5)
    })
  }
})
