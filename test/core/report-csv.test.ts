/**
 * The CSV table read back by a real CSV parser (papaparse) gives the same fields: quotes, commas,
 * line breaks and Arabic survive; the file starts with a BOM and ends every row with CRLF. Read by
 * a spreadsheet set to split on semicolons (or tabs, bars), no cell starts a formula.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { csvHeaders, escapeCsv, formatValue, renderCsv, type ReportInput } from '@core/report'
import { reportInputArb } from '../fixtures/report/arbitraries'
import { sampleInput } from '../fixtures/report/sample-input'

const formulaCells: string[] = JSON.parse(
  readFileSync(join(__dirname, '../fixtures/hostile/csv/formula-cells.json'), 'utf8')
).strings

function readBack(csv: string): Record<string, string>[] {
  expect(csv.charCodeAt(0)).toBe(0xfeff)
  expect(csv.endsWith('\r\n')).toBe(true)
  // RFC 4180 allows the last row's line break; papaparse would read an empty row after it
  const parsed = Papa.parse<Record<string, string>>(csv.slice(1, -2), {
    header: true,
    newline: '\r\n',
    skipEmptyLines: false
  })
  expect(parsed.errors).toEqual([])
  return parsed.data
}

/** The only change escaping makes to text is apostrophes before formula starters: without them, the text is the same. */
const unguarded = (s: string) => s.replace(/'/g, '')

const FORMULA_START = /^[=+\-@\t\r]/

/**
 * The cells a spreadsheet program finds when it splits on `separator` — as Excel and LibreOffice
 * do in locales whose list separator is not a comma — naively, as a reader that ignores quotes
 * would, and honouring quotes (papaparse); spaces and quotes at a cell's start removed (some
 * programs trim, and a quote there may only open a quoted cell).
 */
function cellsSplitOn(csv: string, separator: string): string[] {
  const body = csv.replace(/^\uFEFF/, '')
  const naive = body.split(/\r\n|\n|\r/).flatMap((line) => line.split(separator))
  const quoteAware = Papa.parse<string[]>(body, { delimiter: separator, newline: '\r\n' }).data.flat()
  return [...naive, ...quoteAware].map((c) => c.replace(/^[\s"]+/, ''))
}

describe('renderCsv', () => {
  const csv = renderCsv(sampleInput)

  it('starts with a BOM, ends every row with CRLF and has no bare line feed outside quotes', () => {
    expect(csv.startsWith('\uFEFF"claim id","article","outlet",')).toBe(true)
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
      expect(JSON.parse(row.tags!)).toEqual(claim.tags)
      expect(Number(row['start (code points)'])).toBe([...article.text.slice(0, claim.anchor.start)].length)
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
    expect([maan.speaker, maan.role, maan.via, maan.verb]).toEqual([
      'Saad Maan',
      'Interior Ministry spokesman',
      'Diyaruna',
      'told'
    ])
    const date = rows.find((r) => r.quote === 'June 2014')!
    expect([date.date, date.granularity, date.calendar, date['as written']]).toEqual([
      '2014-06',
      'month',
      'gregorian',
      'June 2014'
    ])
    expect(Object.keys(rows[0]!)).toEqual([...csvHeaders])
  })

  it('quotes every field and defuses text a spreadsheet would run as a formula, and only that', () => {
    expect(escapeCsv('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`)
    expect(escapeCsv('@SUM(A1)')).toBe(`"'@SUM(A1)"`)
    expect(escapeCsv('--07-29')).toBe(`"'--07-29"`)
    expect(escapeCsv('  +1')).toBe(`"  '+1"`)
    expect(escapeCsv(-5, 'number')).toBe('"-5"')
    expect(escapeCsv('a, "b"')).toBe('"a, ""b"""')
    expect(escapeCsv('plain')).toBe('"plain"')
    expect(escapeCsv(undefined)).toBe('""')
    // a formula after another locale's list separator, or after a line break
    expect(escapeCsv('Weekly;=1+1;')).toBe(`"Weekly;'=1+1;"`)
    expect(escapeCsv('a|@cmd\tb\t-2+3,+x\n=y')).toBe(`"a|'@cmd\tb\t'-2+3,'+x\n'=y"`)
    expect(escapeCsv('2016-08-14; well-known; 12-15 killed')).toBe('"2016-08-14; well-known; 12-15 killed"')
  })

  it('gives no cell that starts a formula to a reader splitting on semicolons, tabs or bars', () => {
    const hostile = formulaCells
    const input: ReportInput = {
      ...sampleInput,
      claims: sampleInput.claims.map((c, i) => ({
        ...c,
        note: hostile[i % hostile.length]!,
        tags: [hostile[(i + 1) % hostile.length]!]
      }))
    }
    const csv = renderCsv(input)
    for (const separator of [';', '\t', '|', ',']) {
      const starting = cellsSplitOn(csv, separator).filter((c) => FORMULA_START.test(c))
      expect(starting, `split on ${JSON.stringify(separator)}`).toEqual([])
    }
    // the comma reader still gets each note back, apostrophes aside
    for (const row of readBack(csv)) expect(hostile.map(unguarded)).toContain(unguarded(row.note!))
  })

  it('reads back random claims field for field', () => {
    fc.assert(
      fc.property(reportInputArb, (input: ReportInput) => {
        const rows = readBack(renderCsv(input))
        expect(rows).toHaveLength(input.claims.length)
        for (const row of rows) {
          const claim = input.claims.find((c) => unguarded(c.id) === unguarded(row['claim id']!))!
          expect(claim).toBeDefined()
          expect(unguarded(row.quote!)).toBe(unguarded(claim.anchor.exact))
          expect(unguarded(row.note!)).toBe(unguarded(claim.note))
          expect(unguarded(row.value!)).toBe(unguarded(formatValue(claim)))
          for (const field of [row.quote!, row.note!, row.value!]) {
            for (const separator of [';', '\t', '|'])
              expect(field.split(separator).some((c) => FORMULA_START.test(c.trimStart()))).toBe(false)
          }
        }
      }),
      { numRuns: 100 }
    )
  }, 30_000) // property runs: generous under a loaded CI machine
})
