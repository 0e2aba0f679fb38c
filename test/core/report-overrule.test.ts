/**
 * A verdict the journalist overruled is reported once, as they set it: the automatic conflict
 * compare stored stays in the case (the reader can hand the pair back to compare), but no report
 * states it beside the journalist's word.
 */
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import type { Link } from '@core/model'
import { renderCsv, renderMarkdown, summarizeComparisons, type ReportInput } from '@core/report'
import { sampleContext, sampleInput } from '../fixtures/report/sample-input'

const tollConflict = sampleInput.links.find((l) => l.id === 'link-1')!
const [killed12, wire15] = tollConflict.claimIds
const agree: Link = {
  id: 'manual-agree',
  claimIds: [wire15, killed12],
  relation: 'agree',
  origin: 'manual',
  reason: 'Set by hand: agree (compare said: 12 vs 15 killed)',
  createdAt: '2024-05-02T10:00:00.000Z'
}
const overruled: ReportInput = { ...sampleInput, links: [...sampleInput.links, agree] }

function csvRows(csv: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(csv.slice(1, -2), { header: true, newline: '\r\n' }).data
}

describe('an overruled automatic conflict', () => {
  it('is reported once, as the journalist set it, in the Markdown report', () => {
    const md = renderMarkdown(overruled, sampleContext)
    const groups = md.split('\n').filter((l) => l.startsWith('### ') && !/^### \d/.test(l))
    expect(groups).toEqual([
      '### Conflict (1)',
      '### Different source (1)',
      '### Compatible (2)',
      '### Agreements (2)',
      '### Related (1)'
    ])
    expect(md).toContain('1 in conflict, 1 credited to different sources, 2 compatible, 2 in agreement, 1 related')
    expect(md).not.toContain('Same strike on the leadership meeting: 12 vs 15 killed.')
    expect(md).toContain('Set by hand: agree (compare said: 12 vs 15 killed)')
  })

  it('is reported once, as the journalist set it, in the CSV table', () => {
    const rows = csvRows(renderCsv(overruled))
    const ids = sampleInput.claims.filter((c) => c.id === killed12 || c.id === wire15).map((c) => c.anchor.exact)
    const verdicts = rows.filter((r) => ids.includes(r.quote ?? '')).map((r) => r.verdicts)
    expect(verdicts).toHaveLength(2)
    for (const cell of verdicts) {
      expect(cell).not.toMatch(/^conflict with/m)
      expect(cell).toMatch(/^agree with .*compare said: 12 vs 15 killed/m)
    }
  })

  it('stands whatever order the links are stored in, and the newest word of the journalist wins', () => {
    const earlier: Link = {
      ...agree,
      id: 'manual-compatible',
      relation: 'compatible',
      reason: 'Set by hand: compatible',
      createdAt: '2024-05-01T09:00:00.000Z'
    }
    for (const links of [
      [agree, ...sampleInput.links, earlier],
      [earlier, ...sampleInput.links, agree]
    ]) {
      const pair = summarizeComparisons({ ...sampleInput, links })
        .flatMap((g) => g.entries)
        .filter((e) => e.link.claimIds.includes(killed12) && e.link.claimIds.includes(wire15))
      expect(pair.map((e) => e.link.id)).toEqual(['manual-agree'])
    }
  })

  it('still counts the verdicts the journalist left alone', () => {
    const md = renderMarkdown(overruled, sampleContext)
    expect(md).toContain('Same strike, dated 29 vs 28 July.')
  })
})
