/**
 * A 100-page PDF imported as the CLI imports it (pdf.js's legacy build, then core's layout), beside
 * poppler's `pdftotext` on the same file. The PDF is made in the run: generated article paragraphs
 * (the fixtures' words, bench/gen.ts) set in two columns and printed by Debian's Chromium, so it
 * has running headers, footers, hyphenation-free justified columns and about 100 pages.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { readDocument } from '@core/ingest'
import { nodeDocumentHost } from '../src/cli/documents'
import { summarise, type Stats } from './stats'

export interface DocumentResults {
  pdf: { stats: Stats; pages: number; chars: number; megabytes: number }
  pdftotext: Stats | null
}

const CHROMIUM = process.env.PARALLAX_CHROMIUM ?? '/usr/bin/chromium'

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** Prints `paragraphs` to a PDF of about 100 pages with Chromium; returns its path in `dir`. */
function printPdf(dir: string, paragraphs: readonly string[]): string {
  const body = paragraphs
    .map((p, i) => (i % 12 === 0 ? `<h2>Section ${i / 12 + 1}</h2>` : '') + `<p>${escapeHtml(p)}</p>`)
    .join('')
  const html = path.join(dir, 'report.html')
  writeFileSync(
    html,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench report</title><style>body{font:12pt/1.35 serif} .cols{column-count:2;text-align:justify}</style></head><body><h1>Bench report</h1><div class="cols">${body}</div></body></html>`
  )
  const pdf = path.join(dir, 'report.pdf')
  const run = spawnSync(
    CHROMIUM,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      `--print-to-pdf=${pdf}`,
      pathToFileURL(html).href
    ],
    { stdio: 'ignore', timeout: 120_000 }
  )
  if (run.status !== 0) throw new Error(`Chromium could not print the bench PDF (${run.status ?? run.signal})`)
  return pdf
}

/** `paragraphs`: enough generated text for about 100 pages (about 60,000 words). */
export async function runDocuments(paragraphs: readonly string[], log: (s: string) => void): Promise<DocumentResults> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'parallax-bench-pdf-'))
  try {
    log('printing a 100-page PDF with Chromium')
    const file = printPdf(dir, paragraphs)
    const bytes = new Uint8Array(readFileSync(file))
    const host = await nodeDocumentHost()
    const doc = { status: 'document' as const, name: 'report.pdf', format: 'pdf' as const, bytes, warnings: [] }
    log('importing it (pdf.js + core layout), 1 warm-up and 5 runs')
    const warm = await readDocument(doc, host)
    if (warm.status !== 'imported') throw new Error(`the bench PDF was not imported: ${warm.reason}`)
    const wall: number[] = []
    const cpu: number[] = []
    for (let k = 0; k < 5; k++) {
      const c0 = process.cpuUsage()
      const t0 = performance.now()
      await readDocument(doc, host)
      wall.push(performance.now() - t0)
      const c = process.cpuUsage(c0)
      cpu.push((c.user + c.system) / 1000)
    }
    log('pdftotext (poppler) on the same file, 5 runs')
    const peer: number[] = []
    for (let k = 0; k < 5; k++) {
      const t0 = performance.now()
      const run = spawnSync('pdftotext', [file, path.join(dir, 'out.txt')], { stdio: 'ignore' })
      if (run.status !== 0) break
      peer.push(performance.now() - t0)
    }
    return {
      pdf: {
        stats: summarise(wall, cpu),
        pages: warm.article.pages?.[warm.article.pages.length - 1]?.page ?? 0,
        chars: warm.article.text.length,
        megabytes: bytes.length / 1e6
      },
      pdftotext: peer.length === 5 ? summarise(peer) : null
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
