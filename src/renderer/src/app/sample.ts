/**
 * The sample case Parallax opens on first start: two real reports on al-Qaim (Diyaruna, 2016;
 * AFP via the Oman Observer, 2017), shipped under resources/sample and imported through the same
 * ingest as any saved page, page chrome and all.
 */
import { ingestFile, type IngestEnvironment } from '@core/ingest'
import type { ArticleDraft } from '@core/model'
import diyaruna from '../../../../resources/sample/al-qaim-diyaruna.txt?raw'
import omanObserver from '../../../../resources/sample/al-qaim-oman-observer.txt?raw'

export const SAMPLE_CASE_NAME = 'Al-Qaim (sample)'

const samples = [
  { name: 'al-qaim-diyaruna.txt', text: diyaruna, outlet: 'Diyaruna' },
  { name: 'al-qaim-oman-observer.txt', text: omanObserver, outlet: 'Oman Observer' }
]

export function sampleDrafts(env: IngestEnvironment): ArticleDraft[] {
  const encoder = new TextEncoder()
  return samples.map((sample) => {
    const result = ingestFile({ name: sample.name, bytes: encoder.encode(sample.text) }, env)
    // The samples ship with the app; failing to read them is a bug, not bad input.
    if (result.status !== 'imported') throw new Error(`Sample ${sample.name} failed to import: ${result.reason}`)
    return { ...result.article, outlet: result.article.outlet || sample.outlet }
  })
}
