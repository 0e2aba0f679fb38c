/**
 * Bundles through the command line, as a user gives them to `parallax report`: every file of the
 * hostile bundle corpus is refused on stderr with its name and the reason (the same words as the
 * app's), exit 1, nothing of it reported; the accepted ones are reported as plain data; of two
 * bundles holding two versions of a record, the first one's is used and stderr says so; a record
 * that moved refuses the later bundle.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseBundle } from '@core/report'
import { repoRoot, runCli } from './run-cli'

// Each run starts node and tsx (about a second, more on a busy machine).
const slow = { timeout: 60_000 }
const corpus = join('test', 'fixtures', 'hostile', 'bundles')
const refusals = JSON.parse(readFileSync(join(repoRoot, corpus, 'refusals.json'), 'utf8')) as Record<string, string>
const sample = join('test', 'fixtures', 'report', 'sample.bundle.json')

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-bundles-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('parallax report with hostile bundles', slow, () => {
  it('refuses every file of the corpus by name and reason, exit 1, and reports nothing', async () => {
    const files = Object.keys(refusals).map((name) => join(corpus, name))
    const run = await runCli(['report', ...files, '--format', 'json'])
    expect(run.code).toBe(1)
    expect(run.stdout).toBe('')
    const lines = run.stderr.trimEnd().split('\n')
    expect(lines).toEqual([
      ...Object.entries(refusals).map(([name, message]) => `parallax: ${join(corpus, name)}: ${message}`),
      'parallax: nothing to report: no input could be used'
    ])
  })

  it('reports the accepted ones (prototype words as ids, one id in every table, an orphan) as plain data', async () => {
    const names = [
      'accepted-prototype-ids.json',
      'accepted-ids-shared-across-tables.json',
      'accepted-orphan-claim.json'
    ]
    const run = await runCli(['report', ...names.map((name) => join(corpus, name)), '--format', 'json'])
    expect(run.code, run.stderr).toBe(0)
    const check = parseBundle(run.stdout)
    if (!check.ok) throw new Error(check.message)
    expect(check.bundle.cases.map((c) => c.id).sort()).toEqual(['__proto__', 'c-1', 'x'])
    expect(check.bundle.claims.find((c) => c.id === 'k-1')?.orphan).toBe(true)
    const md = await runCli(['report', join(corpus, 'accepted-prototype-ids.json'), '--format', 'md'])
    expect(md.stdout).toContain('# Claim report: Border strike')
    expect(md.stdout).toContain('12 killed (people)')
  })
})

describe('parallax report with two versions of a record', slow, () => {
  const bundle = () => JSON.parse(readFileSync(join(repoRoot, sample), 'utf8'))

  it('uses the first file’s version and says which records differed, whatever their timestamps', async () => {
    const later = bundle()
    later.claims[0].status = 'rejected'
    later.claims[0].note = 'changed by someone else'
    later.claims[0].updatedAt = '2030-01-01T00:00:00.000Z'
    const path = join(dir, 'later.parallax.json')
    writeFileSync(path, JSON.stringify(later))
    const run = await runCli(['report', sample, path, '--format', 'json'])
    expect(run.code, run.stderr).toBe(0)
    expect(run.stderr).toBe(
      `parallax: ${path}: 1 record differs from an earlier bundle's; the earlier version is used: claim ${later.claims[0].id} (status, note)\n`
    )
    const out = parseBundle(run.stdout)
    expect(out.ok && out.bundle.claims.find((c) => c.id === later.claims[0].id)).toMatchObject({
      status: bundle().claims[0].status,
      note: bundle().claims[0].note
    })
  })

  it('refuses a later bundle whose record sits under another parent, and reports the first', async () => {
    const moved = bundle()
    moved.cases.push({ ...moved.cases[0], id: 'case-2', name: 'Elsewhere', articleIds: ['art-wire'] })
    moved.cases[0].articleIds = moved.cases[0].articleIds.filter((id: string) => id !== 'art-wire')
    moved.articles.find((a: { id: string }) => a.id === 'art-wire').caseId = 'case-2'
    moved.links = moved.links.filter(
      (l: { claimIds: string[] }) =>
        !l.claimIds.some(
          (id) => moved.claims.find((c: { id: string; articleId: string }) => c.id === id).articleId === 'art-wire'
        )
    )
    const path = join(dir, 'moved.parallax.json')
    writeFileSync(path, JSON.stringify(moved))
    const run = await runCli(['report', sample, path, '--format', 'csv'])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(
      new RegExp(
        `^parallax: ${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: articles\\[\\d\\] \\(id art-wire\\) is stored here under another parent \\(here it is in case case-1, in the bundle in case case-2\\)\\. Records never move`
      )
    )
    expect(run.stdout).toBe(readFileSync(join(repoRoot, 'test', 'fixtures', 'report', 'sample.csv'), 'utf8'))
  })
})
