/** `parallax extract`, run as a user would: suggested claims as a bundle and as a table, --published, refusals. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isSuggestionId, pendingOf, storedSuggestionId, suggestClaims } from '@core/extract'
import type { Bundle, Claim } from '@core/model'
import { parseBundle } from '@core/report'
import { main } from '../../src/cli/main'
import { runCli } from './run-cli'

// Each run starts node and tsx (about a second, more on a busy machine).
const slow = { timeout: 60_000 }
const diyaruna = join('test', 'fixtures', 'articles', 'al-qaim-diyaruna.txt')

function bundleOf(stdout: string): Bundle {
  const check = parseBundle(stdout)
  if (!check.ok) throw new Error(check.message)
  return check.bundle
}

let dir: string
let relative: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-extract-'))
  relative = join(dir, 'tuesday.txt')
  writeFileSync(relative, 'Officials said on Tuesday that 12 people were killed.\n')
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('parallax extract --json', slow, () => {
  let bundle: Bundle
  beforeAll(async () => {
    const run = await runCli(['extract', diyaruna, '--json', '--case', 'Al Qaim'])
    expect(run.code, run.stderr).toBe(0)
    bundle = bundleOf(run.stdout)
  }, slow.timeout)

  it('prints a valid bundle: one named case, the article and its suggested claims, no links', () => {
    expect(bundle.cases).toHaveLength(1)
    expect(bundle.cases[0]!.name).toBe('Al Qaim')
    expect(bundle.articles).toHaveLength(1)
    expect(bundle.claims.length).toBeGreaterThan(10)
    expect(bundle.links).toEqual([])
    for (const claim of bundle.claims)
      expect(claim).toMatchObject({ articleId: bundle.articles[0]!.id, origin: 'suggested', status: 'unreviewed' })
  })

  it('has the casualty "killed 12 senior ISIL leaders": 12 killed, anchored on the text', () => {
    const claim = bundle.claims.find((c) => c.anchor.exact === 'killed 12 senior ISIL leaders') as
      Extract<Claim, { kind: 'casualty' }> | undefined
    expect(claim).toBeDefined()
    expect(claim!.kind).toBe('casualty')
    expect(claim!.value).toMatchObject({ outcome: 'killed', min: 12, max: 12 })
    const { text } = bundle.articles[0]!
    expect(text.slice(claim!.anchor.start, claim!.anchor.end)).toBe(claim!.anchor.exact)
  })

  it('anchors every claim on the exact text it quotes', () => {
    const { text } = bundle.articles[0]!
    for (const { anchor } of bundle.claims) expect(text.slice(anchor.start, anchor.end)).toBe(anchor.exact)
  })
})

describe.concurrent('parallax extract', slow, () => {
  it('prints a table per file: heading, aligned rows with kind, quote, value and offsets, counts per kind', async () => {
    const run = await runCli(['extract', diyaruna])
    expect(run.code, run.stderr).toBe(0)
    const lines = run.stdout.split('\n')
    expect(lines[0]).toBe(diyaruna)
    expect(lines[1]).toBe('  Noose tightening around ISIL in al-Qaim')
    const header = lines.find((l) => /^ {2}kind\s+quote\s+value\s+at$/.test(l))
    expect(header).toBeDefined()
    const row = lines.find((l) => l.includes('“killed 12 senior ISIL leaders”'))
    expect(row).toMatch(
      /^ {2}casualty\s+“killed 12 senior ISIL leaders”\s+12 killed \(senior ISIL leaders\)\s+\d+–\d+$/
    )
    // aligned: every column starts where its header does
    const offsets = row!.match(/\d+–\d+$/)![0]
    expect(row!.indexOf('“')).toBe(header!.indexOf('quote'))
    expect(row!.indexOf('12 killed')).toBe(header!.indexOf('value'))
    expect(row!.lastIndexOf(offsets)).toBe(header!.lastIndexOf('at'))
    expect(run.stdout).toMatch(/^ {2}\d+ claims: \d+ casualties, \d+ dates, \d+ attributions, \d+ quantities\n$/m)
  })

  it('resolves a relative date against --published when the file gives no date', async () => {
    const run = await runCli(['extract', relative, '--published', '2016-08-14', '--json'])
    expect(run.code, run.stderr).toBe(0)
    const bundle = bundleOf(run.stdout)
    const date = bundle.claims.find((c) => c.kind === 'date')
    expect(date).toMatchObject({ kind: 'date', anchor: { exact: 'Tuesday' }, value: { iso: '2016-08-09' } })
    expect(bundle.articles[0]!.publishedAt).toBe('2016-08-14')
    expect(bundle.claims.find((c) => c.kind === 'casualty')?.value).toMatchObject({
      outcome: 'killed',
      min: 12,
      max: 12
    })
  })

  it('shows the resolved date in the table', async () => {
    const run = await runCli(['extract', relative, '--published', '2016-08-14'])
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toContain('(14 August 2016)')
    expect(run.stdout).toMatch(/^ {2}date\s+“Tuesday”\s+9 August 2016\s+18–25$/m)
  })

  it('names a missing file on stderr, prints the others and exits 1', async () => {
    const run = await runCli(['extract', 'no-such-article.txt', diyaruna, '--json'])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^parallax: no-such-article\.txt: /m)
    expect(bundleOf(run.stdout).articles).toHaveLength(1)
  })

  it('refuses --published 2016-13-40 as a usage error (exit 2)', async () => {
    const run = await runCli(['extract', relative, '--published', '2016-13-40'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('--published')
    expect(run.stderr).toContain("Try 'parallax help extract'.")
    expect(run.stdout).toBe('')
  })
})

describe('parallax extract (in-process)', () => {
  async function run(args: string[]) {
    let stdout = ''
    let stderr = ''
    const code = await main(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) })
    return { code, stdout, stderr }
  }

  it.each([
    [['extract'], /extract needs at least one file/],
    [['extract', 'a.txt', '--published', '14/08/2016'], /--published: '14\/08\/2016' is not a date written YYYY-MM-DD/],
    [['extract', 'a.txt', '--published', '2016-02-30'], /--published: 2016-02-30 is not a date of the calendar/],
    [['extract', 'a.txt', '--published'], /--published/],
    [['extract', 'a.txt', '--md'], /'--md'/],
    [['extract', 'a.txt', '--case', ' '], /--case: A case needs a name/]
  ])('exits 2 for %j', async (args, message) => {
    const result = await run(args)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(message)
    expect(result.stderr).toMatch(/Try 'parallax help extract'/)
    expect(result.stdout).toBe('')
  })

  it('accepts a leap day', async () => {
    const result = await run([
      'extract',
      join(__dirname, '..', 'fixtures', 'articles', 'al-qaim-diyaruna.txt'),
      '--published',
      '2016-02-29'
    ])
    expect(result.code, result.stderr).toBe(0)
  })

  it.each([[['help', 'extract']], [['extract', '--help']]])(
    '%j documents options, exit codes and examples',
    async (args) => {
      const result = await run(args)
      expect(result.code).toBe(0)
      for (const text of [
        'Usage: parallax extract <files...>',
        '--json',
        '--published YYYY-MM-DD',
        'own date always wins',
        '--case NAME',
        'Exit codes:',
        'Examples:'
      ]) {
        expect(result.stdout).toContain(text)
      }
    }
  )
})

describe('parallax extract of a bundle', slow, () => {
  it('suggests claims for a bundle article without any, and keeps the claims of one that has some', async () => {
    const imported = await runCli(['import', diyaruna, '--json'])
    expect(imported.code, imported.stderr).toBe(0)
    const bare = join(dir, 'bare.parallax.json')
    writeFileSync(bare, imported.stdout)
    const first = await runCli(['extract', bare, '--json'])
    expect(first.code, first.stderr).toBe(0)
    const once = bundleOf(first.stdout)
    expect(once.articles.map((a) => a.id)).toEqual(bundleOf(imported.stdout).articles.map((a) => a.id))
    expect(once.claims.some((c) => c.anchor.exact === 'killed 12 senior ISIL leaders')).toBe(true)

    const claimed = join(dir, 'claimed.parallax.json')
    writeFileSync(claimed, first.stdout)
    const second = await runCli(['extract', claimed])
    expect(second.code, second.stderr).toBe(0)
    expect(second.stdout.split('\n')[0]).toBe(claimed)
    expect(second.stdout).toContain(`  ${once.claims.length} claims: `)
    expect(second.stdout).toContain('“killed 12 senior ISIL leaders”')
  })
})

describe('a bundle of the command line, opened in the app', () => {
  const wire = join('test', 'fixtures', 'articles', 'al-qaim-constructed-wire.txt')

  it('holds its suggested claims under stored ids: never taken for suggestions to review, links joined', async () => {
    let stdout = ''
    const code = await main(['compare', diyaruna, wire, '--json'], {
      stdout: (t) => void (stdout += t),
      stderr: () => {}
    })
    expect(code).toBe(0)
    // as written, each claim has the id the app gives the same suggestion
    const written = JSON.parse(stdout) as Bundle
    expect(written.claims.every((c) => isSuggestionId(c.id))).toBe(true)
    // as read (the app's import and restore read through parseBundle), each is a stored claim
    const bundle = bundleOf(stdout)
    expect(bundle.claims.filter((c) => isSuggestionId(c.id))).toEqual([])
    expect(bundle.claims.map((c) => c.id)).toEqual(written.claims.map((c) => storedSuggestionId(c.id)))
    expect(bundleOf(stdout)).toEqual(bundle)
    const ids = new Set(bundle.claims.map((c) => c.id))
    expect(bundle.links.length).toBeGreaterThan(0)
    for (const link of bundle.links) for (const id of link.claimIds) expect(ids.has(id)).toBe(true)
    // once stored, the app offers none of them again as a suggestion: each sits on its stored claim
    for (const article of bundle.articles)
      expect(pendingOf(article, suggestClaims(article), bundle.claims, new Set())).toEqual([])
  })
})
