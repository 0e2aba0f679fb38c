/**
 * The sample cases Parallax creates on first start, shipped under resources/sample (its README
 * says where each comes from) and imported through the same ingest as any file:
 * - Aleppo shelling, 12 November 2016: SANA and Al-Alam on the same attack, from FA-KES (CC BY 4.0),
 *   3 vs 2 killed and 12 vs 10 injured: verdicts, a conflict and the facts at first sight. Opened
 *   first, as the case that shows most.
 * - Al-Qaim: two real reports on al-Qaim (Diyaruna, 2016; AFP via the Oman Observer, 2017), page
 *   chrome and all, 14 months apart: what stripping a saved page and "only in one" look like.
 * FA-KES gives each report's date (its texts carry no byline or page date to read one from), so the
 * samples carry it as the journalist would type it in the metadata.
 */
import { ingestFile, type IngestEnvironment } from '@core/ingest'
import type { ArticleDraft } from '@core/model'
import alalam from '../../../../resources/sample/aleppo-alalam.txt?raw'
import sana from '../../../../resources/sample/aleppo-sana.txt?raw'
import diyaruna from '../../../../resources/sample/al-qaim-diyaruna.txt?raw'
import omanObserver from '../../../../resources/sample/al-qaim-oman-observer.txt?raw'
import { SAMPLE_CASE_NAME } from '../db'

export const FIRST_SAMPLE_CASE_NAME = 'Aleppo shelling (sample)'

interface SampleFile {
  name: string
  text: string
  outlet: string
  publishedAt?: string
}

/** In the order they are created; the first is the one opened on first start. */
const SAMPLE_CASES: readonly { name: string; files: readonly SampleFile[] }[] = [
  {
    name: FIRST_SAMPLE_CASE_NAME,
    files: [
      { name: 'aleppo-sana.txt', text: sana, outlet: 'SANA', publishedAt: '2016-11-12' },
      { name: 'aleppo-alalam.txt', text: alalam, outlet: 'Al-Alam', publishedAt: '2016-11-12' }
    ]
  },
  {
    name: SAMPLE_CASE_NAME,
    files: [
      { name: 'al-qaim-diyaruna.txt', text: diyaruna, outlet: 'Diyaruna' },
      { name: 'al-qaim-oman-observer.txt', text: omanObserver, outlet: 'Oman Observer' }
    ]
  }
]

function draftsOf(files: readonly SampleFile[], env: IngestEnvironment): ArticleDraft[] {
  const encoder = new TextEncoder()
  return files.map((sample) => {
    const result = ingestFile({ name: sample.name, bytes: encoder.encode(sample.text) }, env)
    // The samples ship with the app; failing to read them is a bug, not bad input.
    if (result.status !== 'imported') throw new Error(`Sample ${sample.name} failed to import: ${result.reason}`)
    const article = { ...result.article, outlet: result.article.outlet || sample.outlet }
    if (!article.publishedAt && sample.publishedAt) article.publishedAt = sample.publishedAt
    return article
  })
}

/** The sample cases with their articles, the one to open first first. */
export function sampleCases(env: IngestEnvironment): { name: string; drafts: ArticleDraft[] }[] {
  return SAMPLE_CASES.map((c) => ({ name: c.name, drafts: draftsOf(c.files, env) }))
}
