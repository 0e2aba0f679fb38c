import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bundleSchema, type Bundle } from '@core/model'
import { repoRoot, runCli } from './run-cli'

// Each test starts node and the built CLI (a fraction of a second, more on a busy machine).
const slow = { timeout: 30_000 }

const articles = join(repoRoot, 'test', 'fixtures', 'articles')
const gold = join(repoRoot, 'test', 'fixtures', 'gold')

interface ImportGold {
  title: string
  byline: string | null
  body_starts_with: string
  body_ends_with: string
  noise: string[]
}

function importGold(name: string): ImportGold {
  return JSON.parse(readFileSync(join(gold, `${name}.claims.json`), 'utf8')).import
}

function parseBundle(stdout: string): Bundle {
  const parsed = bundleSchema.safeParse(JSON.parse(stdout))
  expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true)
  return parsed.data as Bundle
}

describe.each(['al-qaim-diyaruna', 'al-qaim-oman-observer'])('parallax import %s.txt --json', slow, (name) => {
  const expected = importGold(name)
  let bundle: Bundle
  let stderr: string

  beforeAll(async () => {
    const run = await runCli(['import', join('test', 'fixtures', 'articles', `${name}.txt`), '--json'])
    stderr = run.stderr
    expect(run.code, run.stderr).toBe(0)
    bundle = parseBundle(run.stdout)
  }, slow.timeout)

  it('prints a parallax/1 bundle with one case holding the article', () => {
    expect(bundle.format).toBe('parallax/1')
    expect(bundle.cases).toHaveLength(1)
    expect(bundle.articles).toHaveLength(1)
    const [kase] = bundle.cases
    const [article] = bundle.articles
    expect(kase!.name).toMatch(/^Imported \d{4}-\d{2}-\d{2}$/)
    expect(kase!.articleIds).toEqual([article!.id])
    expect(article!.caseId).toBe(kase!.id)
    expect(article!.sourceName).toBe(`${name}.txt`)
    expect(article!.importedAt).toBe(kase!.createdAt)
    expect(bundle.claims).toEqual([])
    expect(bundle.links).toEqual([])
  })

  it('has the title and byline of the gold file', () => {
    const [article] = bundle.articles
    expect(article!.title).toBe(expected.title)
    expect(article!.byline).toBe(expected.byline ?? '')
  })

  it('has the body text from its first to its last sentence, without page chrome', () => {
    const { text } = bundle.articles[0]!
    expect(text.startsWith(expected.body_starts_with), text.slice(0, 120)).toBe(true)
    expect(text.endsWith(expected.body_ends_with), text.slice(-120)).toBe(true)
    const lines = new Set(text.split('\n').map((line) => line.trim()))
    for (const noise of expected.noise) expect(lines.has(noise), `noise line "${noise}"`).toBe(false)
  })

  it('reports nothing on stderr but warnings', () => {
    for (const line of stderr.split('\n').filter(Boolean)) expect(line).toMatch(/: warning: /)
  })
})

describe.concurrent('parallax import', slow, () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'parallax-cli-'))
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('imports several files into one named case, from any directory', async () => {
    const run = await runCli(
      [
        'import',
        join(articles, 'al-qaim-diyaruna.txt'),
        join(articles, 'al-qaim-oman-observer.txt'),
        '--json',
        '--case',
        'Al Qaim'
      ],
      { cwd: dir }
    )
    expect(run.code, run.stderr).toBe(0)
    const bundle = parseBundle(run.stdout)
    expect(bundle.cases[0]!.name).toBe('Al Qaim')
    expect(bundle.articles).toHaveLength(2)
    // The case keeps the order of the command line; the bundle sorts articles by id.
    const titles = bundle.cases[0]!.articleIds.map((id) => bundle.articles.find((a) => a.id === id)!.title)
    expect(titles).toEqual([importGold('al-qaim-diyaruna').title, importGold('al-qaim-oman-observer').title])
  })

  it('names a missing file on stderr, still imports the others and exits 1', async () => {
    const run = await runCli(['import', 'no-such-article.txt', join(articles, 'al-qaim-diyaruna.txt'), '--json'])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^parallax: no-such-article\.txt: /m)
    expect(parseBundle(run.stdout).articles).toHaveLength(1)
  })

  it('refuses an empty file, naming it, with exit code 1', async () => {
    const empty = join(dir, 'empty.txt')
    writeFileSync(empty, '')
    const run = await runCli(['import', empty, '--json'])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(`parallax: ${empty}: `)
    expect(run.stderr.toLowerCase()).toContain('empty')
    expect(run.stdout).toBe('')
  })
})

describe.concurrent('parallax usage', slow, () => {
  it('--help documents the commands and exits 0', async () => {
    const run = await runCli(['--help'])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/Usage:/)
    expect(run.stdout).toMatch(/^\s+import\s/m)
    expect(run.stdout).toMatch(/Exit codes:/)
  })

  it('--version works from another directory', async () => {
    const run = await runCli(['--version'], { cwd: tmpdir() })
    expect(run.code).toBe(0)
    expect(run.stdout.trim()).toBe(JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version)
  })

  it('exits 2 with a hint to --help when called without arguments', async () => {
    const run = await runCli([])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/Try 'parallax --help'/)
    expect(run.stdout).toBe('')
  })
})
