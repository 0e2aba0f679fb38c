/**
 * `parallax review` and the ClaimReview side of `parallax report`, run as a user would: claims of
 * a bundle reviewed in batch (status, rating, published address), the bundle then published as
 * ClaimReview with a reviewer profile given as options; refusals that write nothing.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bundleSchema } from '@core/model'
import { runCli } from './run-cli'

const slow = { timeout: 60_000 }
const bundlePath = join('test', 'fixtures', 'report', 'sample.bundle.json')
const sample = JSON.parse(readFileSync(bundlePath, 'utf8'))
const unreviewed = sample.claims.find((c: any) => c.anchor.exact === 'injured dozens more')
const confirmed = sample.claims.find((c: any) => c.anchor.exact === 'killed 12 senior ISIL leaders')

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-review-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('parallax review', slow, () => {
  it('sets status, rating and address of claims; the review is dated now; report publishes them', async () => {
    const out = join(dir, 'reviewed.json')
    const before = new Date().toISOString()
    const run = await runCli([
      'review',
      bundlePath,
      '--claim',
      unreviewed.id,
      '--claim',
      confirmed.id,
      '--status',
      'disputed',
      '--rating',
      'Misleading',
      '--url',
      'https://check.example.org/al-qaim-wounded',
      '-o',
      out
    ])
    expect(run.code, run.stderr).toBe(0)
    const bundle = bundleSchema.parse(JSON.parse(readFileSync(out, 'utf8')))
    for (const id of [unreviewed.id, confirmed.id]) {
      const claim = bundle.claims.find((c) => c.id === id)!
      expect(claim.status).toBe('disputed')
      expect(claim.review).toMatchObject({ rating: 'Misleading', url: 'https://check.example.org/al-qaim-wounded' })
      expect(claim.review!.reviewedAt >= before).toBe(true)
      expect(claim.updatedAt).toBe(claim.review!.reviewedAt)
    }
    // the other claims are as they were
    expect(bundle.claims.filter((c) => c.id !== unreviewed.id && c.id !== confirmed.id)).toEqual(
      sample.claims.filter((c: any) => c.id !== unreviewed.id && c.id !== confirmed.id)
    )

    const report = await runCli([
      'report',
      out,
      '--format',
      'claimreview',
      '--org',
      'Desk Check',
      '--org-url',
      'https://check.example.org/',
      '--reviewer',
      'Rana Haddad',
      '--review-url',
      'https://check.example.org/checks/{claim}'
    ])
    expect(report.code, report.stderr).toBe(0)
    const graph: any[] = JSON.parse(report.stdout)['@graph']
    const wounded = graph.find(
      (r) => r.url === 'https://check.example.org/al-qaim-wounded' && r.claimReviewed.includes('dozens')
    )
    expect(wounded.reviewRating).toMatchObject({
      alternateName: 'Misleading',
      ratingValue: 2,
      bestRating: 4,
      worstRating: 1
    })
    expect(wounded.author).toEqual({ '@type': 'Organization', name: 'Desk Check', url: 'https://check.example.org/' })
    expect(wounded.datePublished).toBe(before.slice(0, 10))
    expect(graph.filter((r) => r.url.startsWith('https://check.example.org/checks/')).length).toBe(graph.length - 2)
    // the wire article has no web address: said on stderr, the file is still written
    expect(report.stderr).toContain('no web address where the claim appeared')
  })

  it('writes nothing when a claim is not in the bundle, or a rating is not on the scale', async () => {
    const out = join(dir, 'not-written.json')
    const missing = await runCli([
      'review',
      bundlePath,
      '--claim',
      unreviewed.id,
      '--claim',
      'no-such-claim',
      '--status',
      'confirmed',
      '-o',
      out
    ])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('claim no-such-claim is not in the bundle')
    expect(existsSync(out)).toBe(false)
    const rating = await runCli(['review', bundlePath, '--claim', confirmed.id, '--rating', 'Pants on fire', '-o', out])
    expect(rating.code).toBe(1)
    expect(rating.stderr).toContain("'Pants on fire' is not on the scale (False, Misleading, Mostly true, True)")
    const own = await runCli([
      'review',
      bundlePath,
      '--claim',
      confirmed.id,
      '--rating',
      'Pants on fire',
      '--scale',
      'Pants on fire=0, Half true=1, True=2'
    ])
    expect(own.code, own.stderr).toBe(0)
    const unrated = await runCli(['review', bundlePath, '--claim', unreviewed.id, '--rating', 'False', '-o', out])
    expect(unrated.code).toBe(1)
    expect(unrated.stderr).toContain('an unreviewed claim has no review')
    expect(existsSync(out)).toBe(false)
    const usage = await runCli(['review', bundlePath, '--claim', confirmed.id, '--status', 'sorta'])
    expect(usage.code).toBe(2)
  })
})

describe('parallax report --format claimreview', slow, () => {
  it('says so and exits 1 when nothing is reviewed', async () => {
    const run = await runCli(['report', 'resources/sample/al-qaim-diyaruna.txt', '--format', 'claimreview'])
    expect(run.code).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr).toContain('Nothing to publish as ClaimReview')
  })

  it('writes one file per reviewed claim with --per-claim', async () => {
    const folder = join(dir, 'checks')
    const run = await runCli([
      'report',
      bundlePath,
      '--format',
      'claimreview',
      '--per-claim',
      '-o',
      folder,
      '--org',
      'Desk Check'
    ])
    expect(run.code, run.stderr).toBe(0)
    const files = readdirSync(folder).sort()
    const reviewed = sample.claims.filter((c: any) => c.status !== 'unreviewed')
    expect(files).toEqual(reviewed.map((c: any) => `${c.id}.claimreview.jsonld`).sort())
    for (const f of files)
      expect(JSON.parse(readFileSync(join(folder, f), 'utf8'))).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'ClaimReview'
      })
    expect(run.stdout.trim().split('\n')).toHaveLength(files.length)
  })

  it('refuses a reviewer address that cannot be used, as a usage error naming the option', async () => {
    const run = await runCli(['report', bundlePath, '--format', 'claimreview', '--org-url', 'javascript:alert(1)'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('--org-url')
  })
})
