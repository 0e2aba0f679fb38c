/** `parallax import` and `parallax extract` on PDF and Word files, as a user runs them (the built CLI). */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { bundleSchema } from '@core/model'
import { runCli } from './run-cli'

const slow = { timeout: 60_000 }
const docs = join('test', 'fixtures', 'documents')

describe('parallax import on documents', slow, () => {
  it('imports a PDF with its pages and a Word file with its notes into one case, and refuses a scan by name', async () => {
    const run = await runCli([
      'import',
      join(docs, 'two-column-article.pdf'),
      join(docs, 'arabic-report.docx'),
      join(docs, 'scanned-page.pdf'),
      '--json'
    ])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(
      `parallax: ${join(docs, 'scanned-page.pdf')}: has no text layer: it looks like a scanned image`
    )
    const bundle = bundleSchema.parse(JSON.parse(run.stdout))
    const pdf = bundle.articles.find((a) => a.sourceFormat === 'pdf')!
    const docx = bundle.articles.find((a) => a.sourceFormat === 'docx')!
    expect(pdf).toMatchObject({
      title: 'Noose tightening around ISIL in al-Qaim',
      sourceName: 'two-column-article.pdf',
      dir: 'ltr'
    })
    expect(pdf.pages?.map((p) => p.page)).toEqual([1, 2, 3])
    expect(docx).toMatchObject({ dir: 'rtl', byline: 'مراسل الرافدين', notes: ['[1] بحسب مديرية كهرباء الجنوب.'] })
  })

  it('refuses the image bomb by name and reason, and imports nothing', async () => {
    const run = await runCli(['import', join(docs, 'bomb_giant.pdf'), '--json'])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(
      `parallax: ${join(docs, 'bomb_giant.pdf')}: declares an image of 100,000 × 100,000 pixels`
    )
    expect(run.stdout).not.toContain('GIANT JBIG2 BOMB')
  })

  it('shows the page of each claim of a PDF', async () => {
    const run = await runCli(['extract', join(docs, 'two-column-article.pdf')])
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toMatch(/“killed 12 senior ISIL leaders”|12 senior ISIL leaders/)
    expect(run.stdout).toMatch(/\d+–\d+ p\. 1\n/)
    expect(run.stdout).toMatch(/\d+–\d+ p\. 3\n/)
  })
})
