/** `parallax compare`, run as a user would: verdicts as text, Markdown and a bundle; bundles as input; refusals. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Bundle } from '@core/model'
import { parseBundle } from '@core/report'
import { main } from '../../src/cli/main'
import { runCli } from './run-cli'

// Each run starts node and tsx (about a second, more on a busy machine).
const slow = { timeout: 60_000 }
const articles = join('test', 'fixtures', 'articles')
const diyaruna = join(articles, 'al-qaim-diyaruna.txt')
const wire = join(articles, 'al-qaim-constructed-wire.txt')
const oman = join(articles, 'al-qaim-oman-observer.txt')

function bundleOf(stdout: string): Bundle {
  const check = parseBundle(stdout)
  if (!check.ok) throw new Error(check.message)
  return check.bundle
}

/** The lines of one section of the summary, from its heading to the next blank line. */
function section(stdout: string, heading: RegExp): string[] {
  const lines = stdout.split('\n')
  const start = lines.findIndex((l) => heading.test(l))
  if (start < 0) return []
  const end = lines.indexOf('', start)
  return lines.slice(start, end < 0 ? undefined : end)
}

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-compare-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('parallax compare diyaruna constructed-wire', slow, () => {
  let stdout: string
  beforeAll(async () => {
    const run = await runCli(['compare', diyaruna, wire])
    expect(run.code, run.stderr).toBe(0)
    stdout = run.stdout
  }, slow.timeout)

  it('counts the verdicts, conflicts first', () => {
    expect(stdout).toMatch(
      /^Compared 2 articles:\n {2}1\. Noose tightening around ISIL in al-Qaim: \d+ claims\n {2}2\. Air strikes squeeze/
    )
    expect(stdout).toMatch(
      /^Verdicts: 3 conflicts, \d+ different sources?, \d+ compatible, \d+ agreements?, \d+ related; \d+ only in one article\.$/m
    )
    const headings = stdout.split('\n').filter((l) => /^[A-Z][a-z ]+ \(\d+\)$/.test(l))
    expect(headings[0]).toBe('Conflicts (3)')
    const order = ['Conflicts', 'Different sources', 'Compatible', 'Agreements', 'Related']
    const seen = headings.map((h) => order.indexOf(h.replace(/ \(\d+\)$/, '')))
    expect(seen).toEqual([...seen].sort((a, b) => a - b))
  })

  it('prints the three conflicts, each with its reason and both quotes', () => {
    const conflicts = section(stdout, /^Conflicts \(3\)$/).join('\n')
    for (const reason of ['12 vs 15 killed', '29 vs 28 July', '11 vs 12 August'])
      expect(conflicts).toMatch(new RegExp(`^ {2}\\d\\. ${reason} \\(.+ vs .+\\)$`, 'm'))
    // each side by the article's short display name (no outlet in these files: the file's name)
    expect(conflicts).toMatch(/^ +al qaim diyaruna +“killed 12 senior ISIL leaders”$/m)
    expect(conflicts).toMatch(/^ +al qaim constructed wire +“killed 15 senior Islamic State commanders”$/m)
  })

  it('ends with the claims only one article has, per article', () => {
    const only = section(stdout, /^Only in one article$/)
    expect(only).toHaveLength(3)
    expect(only[1]).toMatch(/^ {2}Noose tightening around ISIL in al-Qaim: +\d+ claims? \(.+\)$/)
    expect(only[2]).toMatch(/^ {2}Air strikes squeeze Islamic State's last Anbar foothold: +(\d+ claims? \(.+\)|none)$/)
  })
})

describe.concurrent('parallax compare', slow, () => {
  it('finds no conflict between the two real accounts (diyaruna, oman-observer)', async () => {
    const run = await runCli(['compare', diyaruna, oman])
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toMatch(/^Verdicts: 0 conflicts, /m)
    expect(run.stdout).not.toMatch(/^Conflicts \(/m)
  })

  it('--json prints a bundle that parseBundle accepts, with the claims and the conflict links', async () => {
    const run = await runCli(['compare', diyaruna, wire, '--json', '--case', 'Al Qaim'])
    expect(run.code, run.stderr).toBe(0)
    const bundle = bundleOf(run.stdout)
    expect(bundle.cases).toHaveLength(1)
    expect(bundle.cases[0]!.name).toBe('Al Qaim')
    expect(bundle.articles).toHaveLength(2)
    const conflicts = bundle.links.filter((l) => l.relation === 'conflict')
    expect(conflicts).toHaveLength(3)
    expect(conflicts.map((l) => l.reason).sort()).toEqual(
      // each reason names both values and who gave them
      [
        '11 vs 12 August (AFP vs coalition)',
        '12 vs 15 killed (Joint Operations Command vs Defence Ministry)',
        '29 vs 28 July (Iraqi army vs Defence Ministry)'
      ]
    )
    const claims = new Map(bundle.claims.map((c) => [c.id, c]))
    for (const link of bundle.links) {
      expect(link.origin).toBe('auto')
      const [a, b] = link.claimIds.map((id) => claims.get(id)!)
      expect(a!.articleId).not.toBe(b!.articleId)
    }
  })

  it('compares a bundle that holds claims on those claims, with an article file', async () => {
    const extracted = await runCli(['extract', diyaruna, '--json'])
    expect(extracted.code, extracted.stderr).toBe(0)
    const given = bundleOf(extracted.stdout)
    const path = join(dir, 'diyaruna.parallax.json')
    writeFileSync(path, extracted.stdout)
    const run = await runCli(['compare', path, wire, '--json'])
    expect(run.code, run.stderr).toBe(0)
    const bundle = bundleOf(run.stdout)
    // the file joins the bundle's case: a link joins claims of one case
    expect(bundle.cases).toHaveLength(1)
    expect(bundle.cases[0]!.id).toBe(given.cases[0]!.id)
    expect(bundle.cases[0]!.articleIds).toHaveLength(2)
    const diyarunaId = given.articles[0]!.id
    // the bundle's claims are used as they are, not suggested again
    expect(
      bundle.claims
        .filter((c) => c.articleId === diyarunaId)
        .map((c) => c.id)
        .sort()
    ).toEqual(given.claims.map((c) => c.id).sort())
    expect(bundle.links.filter((l) => l.relation === 'conflict')).toHaveLength(3)
  })

  it('--md prints the Markdown report with the conflicts first', async () => {
    const run = await runCli(['compare', diyaruna, wire, '--md', '--case', 'Al Qaim'])
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toMatch(/^# Claim report: Al Qaim\n/)
    expect(run.stdout).toMatch(/## Comparison\n\n3 in conflict, /)
    expect(run.stdout.indexOf('### Conflicts (3)')).toBeLessThan(
      run.stdout.search(/### (Different sources|Compatible|Agreements?|Related) /)
    )
    expect(run.stdout).toContain('*Why:* 12 vs 15 killed')
  })

  it('refuses a single file with exit 2', async () => {
    const run = await runCli(['compare', diyaruna])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('compare needs at least two articles')
    expect(run.stderr).toContain("Try 'parallax help compare'.")
    expect(run.stdout).toBe('')
  })

  it('compares what it could read and exits 1 for a missing file', async () => {
    const run = await runCli(['compare', diyaruna, 'no-such-article.txt', wire])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^parallax: no-such-article\.txt: /m)
    expect(run.stdout).toMatch(/^Conflicts \(3\)$/m)
  })
})

describe('parallax compare (in-process)', () => {
  async function run(args: string[]) {
    let stdout = ''
    let stderr = ''
    const code = await main(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) })
    return { code, stdout, stderr }
  }

  it.each([
    [['compare'], /compare needs at least two articles \(none given\)/],
    [['compare', 'a.txt'], /compare needs at least two articles \(one file given\)/],
    [['compare', 'a.txt', 'b.txt', '--json', '--md'], /--json and --md cannot be used together/],
    [
      ['compare', 'a.txt', 'b.txt', '--published', '2016-13-40'],
      /--published: 2016-13-40 is not a date of the calendar/
    ],
    [['compare', 'a.txt', 'b.txt', '--format', 'md'], /'--format'/]
  ])('exits 2 for %j', async (args, message) => {
    const result = await run(args)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(message)
    expect(result.stderr).toMatch(/Try 'parallax help compare'/)
    expect(result.stdout).toBe('')
  })

  it('exits 2 for a bundle holding one article, and 1 when too few inputs could be read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-compare-one-'))
    try {
      const fixture = join(__dirname, '..', 'fixtures', 'articles', 'al-qaim-diyaruna.txt')
      const exported = await run(['import', fixture, '--json'])
      const one = join(dir, 'one.parallax.json')
      writeFileSync(one, exported.stdout)
      const single = await run(['compare', one])
      expect(single.code).toBe(2)
      expect(single.stderr).toContain('compare needs at least two articles (the input holds 1 article)')
      const missing = await run(['compare', one, 'no-such-article.txt'])
      expect(missing.code).toBe(1)
      expect(missing.stderr).toContain('parallax: no-such-article.txt: ')
      expect(missing.stderr).toContain('parallax: nothing to compare: 1 article could be read')
      expect(missing.stdout).toBe('')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it.each([[['help', 'compare']], [['compare', '-h']]])(
    '%j documents options, exit codes and examples',
    async (args) => {
      const result = await run(args)
      expect(result.code).toBe(0)
      for (const text of [
        'Usage: parallax compare <fileA> <fileB> [more...]',
        '--json',
        '--md',
        '--published YYYY-MM-DD',
        'Exit codes:',
        'Examples:'
      ]) {
        expect(result.stdout).toContain(text)
      }
    }
  )

  it('lists extract and compare in the main help, with examples', async () => {
    const result = await run(['--help'])
    expect(result.stdout).toMatch(/^\s+extract\s+Suggest the claims/m)
    expect(result.stdout).toMatch(/^\s+compare\s+Compare articles/m)
    expect(result.stdout).toMatch(/^\s+parallax compare \S+/m)
    expect(result.stdout).toMatch(/^\s+parallax extract \S+/m)
  })
})
