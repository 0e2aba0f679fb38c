/**
 * The CSV table read back by a real CSV parser (papaparse) gives the same fields: quotes, commas,
 * line breaks and Arabic survive; the file starts with a BOM and ends every row with CRLF.
 */
import fc from 'fast-check'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { csvHeaders, escapeCsv, formatValue, renderCsv, type ReportInput } from '@core/report'
import { reportInputArb } from '../fixtures/report/arbitraries'
import { sampleInput } from '../fixtures/report/sample-input'

function readBack(csv: string): Record<string, string>[] {
  expect(csv.charCodeAt(0)).toBe(0xfeff)
  expect(csv.endsWith('\r\n')).toBe(true)
  // RFC 4180 allows the last row's line break; papaparse would read an empty row after it
  const parsed = Papa.parse<Record<string, string>>(csv.slice(1, -2), { header: true, newline: '\r\n', skipEmptyLines: false })
  expect(parsed.errors).toEqual([])
  return parsed.data
}

/** The apostrophe that keeps a spreadsheet from running a cell as a formula. */
const guarded = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s)

describe('renderCsv', () => {
  const csv = renderCsv(sampleInput)

  it('starts with a BOM, ends every row with CRLF and has no bare line feed outside quotes', () => {
    expect(csv.startsWith('\uFEFFclaim id,article,outlet,')).toBe(true)
    expect(csv.endsWith('\r\n')).toBe(true)
    const outsideQuotes = csv.replace(/"(?:[^"]|"")*"/g, '""')
    expect(outsideQuotes).not.toMatch(/[^\r]\n/)
    expect(outsideQuotes.split('\r\n')).toHaveLength(sampleInput.claims.length + 2)
  })

  it('reads back field for field: quotes, commas, line breaks and Arabic', () => {
    const rows = readBack(csv)
    expect(rows).toHaveLength(sampleInput.claims.length)
    for (const row of rows) {
      const claim = sampleInput.claims.find((c) => c.id === row['claim id'])!
      const article = sampleInput.articles.find((a) => a.id === claim.articleId)!
      expect(row.quote).toBe(claim.anchor.exact)
      expect(row.note).toBe(claim.note)
      expect(row.outlet).toBe(article.outlet)
      expect(row.article).toBe(article.title)
      expect(row.kind).toBe(claim.kind)
      expect(row.status).toBe(claim.status)
      expect(row.value).toBe(formatValue(claim))
      expect(row.tags).toBe(claim.tags.join(', '))
      expect(Number(row.start)).toBe(claim.anchor.start)
    }
    const noted = rows.find((r) => r.note!.includes('\n'))!
    expect(noted.note).toContain('"at least 20", counts')
    expect(noted.note).toContain('العميد سعد معن')
    expect(rows.find((r) => r.quote === 'killed 12 senior ISIL leaders')!.verdicts).toBe(
      'conflict with Constructed Wire: “killed 15 senior Islamic State commanders” (Same strike on the leadership meeting: 12 vs 15 killed.)'
    )
  })

  it('keeps every value field in its own column', () => {
    const rows = readBack(csv)
    const maan = rows.find((r) => r.quote === 'Brig. Gen. Saad Maan told Diyaruna')!
    expect([maan.speaker, maan.role, maan.via, maan.verb]).toEqual(['Saad Maan', 'Interior Ministry spokesman', 'Diyaruna', 'told'])
    const date = rows.find((r) => r.quote === 'June 2014')!
    expect([date.date, date.granularity, date.calendar, date['as written']]).toEqual(['2014-06', 'month', 'gregorian', 'June 2014'])
    expect(Object.keys(rows[0]!)).toEqual([...csvHeaders])
  })

  it('defuses cells a spreadsheet would run as formulas, and only those', () => {
    expect(escapeCsv('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`)
    expect(escapeCsv('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(escapeCsv('--07-29')).toBe("'--07-29")
    expect(escapeCsv(-5, 'number')).toBe('-5')
    expect(escapeCsv('a, "b"')).toBe('"a, ""b"""')
    expect(escapeCsv('plain')).toBe('plain')
  })

  it('reads back random claims field for field', () => {
    fc.assert(
      fc.property(reportInputArb, (input: ReportInput) => {
        const rows = readBack(renderCsv(input))
        expect(rows).toHaveLength(input.claims.length)
        for (const row of rows) {
          const claim = input.claims.find((c) => guarded(c.id) === row['claim id'])!
          expect(claim).toBeDefined()
          expect(row.quote).toBe(guarded(claim.anchor.exact))
          expect(row.note).toBe(guarded(claim.note))
          expect(row.value).toBe(guarded(formatValue(claim)))
        }
      }),
      { numRuns: 100 }
    )
  }, 30_000) // property runs: generous under a loaded CI machine
})
