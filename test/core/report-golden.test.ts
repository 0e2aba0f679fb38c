/**
 * Golden files: every report format of the sample case (test/fixtures/report/sample-input.ts),
 * compared byte for byte with test/fixtures/report/sample.*. After an intended change to a report,
 * rewrite them with
 *   UPDATE_GOLDEN=1 npx vitest run --project core test/core/report-golden
 * and read the diff as an editor would before committing it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderReport, reportFormats, type ReportFormat } from '@core/report'
import { sampleContext, sampleInput } from '../fixtures/report/sample-input'

const DIR = path.join(__dirname, '..', 'fixtures', 'report')
const UPDATE = process.env.UPDATE_GOLDEN === '1'

const goldenName: Record<ReportFormat, string> = {
  md: 'sample.md',
  html: 'sample.html',
  csv: 'sample.csv',
  json: 'sample.bundle.json',
  webannotation: 'sample.webannotation.jsonld',
  claimreview: 'sample.claimreview.jsonld'
}

describe.each(reportFormats)('the %s report of the sample case', (format) => {
  it('matches its golden file byte for byte', () => {
    const file = path.join(DIR, goldenName[format])
    const actual = renderReport(format, sampleInput, sampleContext)
    if (UPDATE || !existsSync(file)) writeFileSync(file, actual, 'utf8')
    expect(actual).toBe(readFileSync(file, 'utf8'))
  })

  it('is the same on a second render (no hidden state, no clock)', () => {
    expect(renderReport(format, sampleInput, sampleContext)).toBe(renderReport(format, sampleInput, sampleContext))
  })
})
