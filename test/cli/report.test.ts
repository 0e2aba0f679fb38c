/** `parallax report`, run as a user would: article files (with --suggest), bundles, formats, refusals. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bundleSchema } from '@core/model'
import { repoRoot, runCli } from './run-cli'

// Each run starts node and tsx (about a second, more on a busy machine).
const slow = { timeout: 60_000 }
const sample = ['resources/sample/al-qaim-diyaruna.txt', 'resources/sample/al-qaim-oman-observer.txt']
const bundlePath = join('test', 'fixtures', 'report', 'sample.bundle.json')
const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-report-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('parallax report', slow, () => {
  it('imports article files, suggests claims with --suggest and prints a Markdown report', async () => {
    const run = await runCli(['report', ...sample, '--suggest', '--format', 'md', '--case', 'Al-Qaim (sample)'])
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toMatch(/^# Claim report: Al-Qaim \(sample\)\n/)
    expect(run.stdout).toMatch(
      new RegExp(
        `Generated \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC by Parallax ${version.replace(/\./g, '\\.')}\\. 2 articles, \\d+ claims\\.`
      )
    )
    expect(run.stdout).toContain('Noose tightening around ISIL in al-Qaim')
    expect(run.stdout).toContain('Al Qaim last IS bastion')
    expect(run.stdout).toContain('“killed 12 senior ISIL leaders”')
  })

  it('without --suggest, reports the articles and no claims', async () => {
    const run = await runCli(['report', sample[0]!, '--format', 'json'])
    expect(run.code, run.stderr).toBe(0)
    const bundle = bundleSchema.parse(JSON.parse(run.stdout))
    expect(bundle.articles).toHaveLength(1)
    expect(bundle.claims).toEqual([])
    expect(bundle.cases[0]!.name).toMatch(/^Imported \d{4}-\d{2}-\d{2}$/)
  })

  it('reports a bundle given twice once, written to -o', async () => {
    const out = join(dir, 'claims.csv')
    const run = await runCli(['report', bundlePath, bundlePath, '--format', 'csv', '-o', out])
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toBe('')
    const expected = readFileSync(join(repoRoot, 'test', 'fixtures', 'report', 'sample.csv'), 'utf8')
    expect(readFileSync(out, 'utf8')).toBe(expected)
  })

  it('refuses an invalid bundle saying what and where, exit 1, and reports nothing from it', async () => {
    const bundle = JSON.parse(readFileSync(join(repoRoot, bundlePath), 'utf8'))
    bundle.claims[2].anchor.start = 99_000
    bundle.claims[2].anchor.end = 99_000 + bundle.claims[2].anchor.exact.length
    const bad = join(dir, 'bad.parallax.json')
    writeFileSync(bad, JSON.stringify(bundle))
    const run = await runCli(['report', bad, '--format', 'md'])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(
      new RegExp(
        `^parallax: ${bad.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: claims\\[2\\] \\(id [^)]+\\): anchor end 99\\d+ is past the end of article`
      )
    )
    expect(run.stderr).toContain('parallax: nothing to report')
    expect(run.stdout).toBe('')
  })

  it('makes the report of what could be used, exit 1 for a missing file', async () => {
    const run = await runCli(['report', bundlePath, 'missing.txt', '--format', 'claimreview'])
    expect(run.code).toBe(1)
    const [first, ...rest] = run.stderr.trimEnd().split('\n')
    expect(first).toBe('parallax: missing.txt: could not be found')
    // the rest says what a publisher would miss (no profile given here), one warning a line
    expect(rest.every((line) => line.startsWith('parallax: warning: '))).toBe(true)
    expect(JSON.parse(run.stdout)).toBeTruthy()
  })

  it('refuses an unknown format as a usage error', async () => {
    const run = await runCli(['report', bundlePath, '--format', 'pdf'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain("unknown format 'pdf'")
    expect(run.stderr).toContain("Try 'parallax help report'.")
  })
})
