/**
 * The CLI against hostile pages, as a user runs it: a page that would make the import run for
 * minutes is refused on stderr in bounded time, with the other files still imported; no control
 * character of a page, a bundle or a file name reaches the terminal.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { slowUnderJsdom } from '../fixtures/hostile/ingest/large'
import { repoRoot, runCli } from './run-cli'

// Each test starts node and tsx, and some a jsdom thread (seconds on a busy machine).
const slow = { timeout: 60_000 }
const hostile = (name: string) => join(repoRoot, 'test', 'fixtures', 'hostile', 'ingest', name)
const good = join(repoRoot, 'test', 'fixtures', 'html', 'news-page.html')
/** What a terminal acts on: C0 controls but tab and line feed, DEL, C1; a CR not followed by LF. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-hostile-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('pages beyond the limits', () => {
  it(
    'refuses the deeply nested page with the reason on stderr, exit code 1, and still imports the other file',
    slow,
    async () => {
      const run = await runCli(['import', hostile('nested-divs.html'), good])
      expect(run.code).toBe(1)
      expect(run.stderr).toContain(
        `parallax: ${hostile('nested-divs.html')}: nests its elements more than 128 levels deep, more than Parallax reads (128)`
      )
      expect(run.stdout).toContain('news-page.html')
      expect(run.stdout).not.toContain('nested-divs.html')
    }
  )

  it('refuses the misnested, SVG and reopened-formatting pages the same way', slow, async () => {
    const files = ['misnested-bold.html', 'deep-svg.html', 'reopened-formatting.html', 'many-attributes.html'].map(
      hostile
    )
    const run = await runCli(['extract', ...files])
    expect(run.code).toBe(1)
    const lines = run.stderr.trim().split('\n')
    expect(lines).toHaveLength(files.length)
    lines.forEach((line, i) =>
      expect(line).toMatch(new RegExp(`^parallax: ${files[i]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: (nests|has)`))
    )
  })

  it(
    'stops reading a page that takes longer than the time limit, refuses it with that reason, and goes on',
    slow,
    async () => {
      const page = join(dir, 'twenty-thousand-divs.html')
      writeFileSync(page, slowUnderJsdom())
      // the page DOM reads these 20,000 divs in 0.7–1.4 s on a quiet machine (minutes under jsdom):
      // a limit well below that
      const run = await runCli(['import', page, good], { env: { PARALLAX_READ_TIMEOUT: '0.25' } })
      expect(run.code).toBe(1)
      expect(run.stderr).toContain(`parallax: ${page}: took longer than 0.25 seconds to read, so Parallax stopped`)
      expect(run.stdout).toContain('news-page.html')
    }
  )
})

describe('no control character reaches the terminal', () => {
  it('prints the title, outlet and byline of a page full of escape sequences without them', slow, async () => {
    const run = await runCli(['import', hostile('terminal-escapes.html')])
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).not.toMatch(CONTROL)
    expect(run.stdout).toContain('title       Floods [31mcut off[0m the valley road')
  })

  it(
    "escapes the control characters of a bundle's titles, quotes and names in tables, summaries and reports, and keeps --json valid",
    slow,
    async () => {
      const made = await runCli([
        'import',
        good,
        join(repoRoot, 'test', 'fixtures', 'html', 'wire-agency.html'),
        '--json'
      ])
      expect(made.code, made.stderr).toBe(0)
      const bundle = JSON.parse(made.stdout)
      // a bundle anyone can write: its fields never passed through ingest
      bundle.articles[0].title = 'Floods\u001b]0;owned\u0007\u001b[2J\u001b[H all bundles verified OK\r'
      bundle.articles[0].outlet = 'Valley\u009b2J Post'
      bundle.articles[1].byline = 'Jane\u001b[8m Roe'
      bundle.cases[0].name = 'Case\u001b[1A\u001b[2K'
      bundle.articles[1].title = 'Verified: \u202eKO deifirev\u202c all'
      const file = join(dir, 'escapes.parallax.json')
      writeFileSync(file, JSON.stringify(bundle))
      for (const args of [
        ['extract', file],
        ['compare', file],
        ['report', file, '--format', 'md'],
        ['report', file, '--format', 'csv'],
        ['extract', file, '--json']
      ]) {
        const run = await runCli(args)
        expect(run.stdout + run.stderr, args.join(' ')).not.toMatch(CONTROL)
        if (args.includes('--json')) expect(JSON.parse(run.stdout).articles[0].title).toBe(bundle.articles[0].title)
      }
      const table = await runCli(['extract', file])
      expect(table.stdout).toContain(
        'Floods\\u001B]0;owned\\u0007\\u001B[2J\\u001B[H all bundles verified OK (Valley\\u009B2J Post'
      )
    }
  )

  it('escapes a file name echoed back in a refusal', slow, async () => {
    const name = join(dir, 'report\u001b[2J\u0007.txt')
    writeFileSync(name, '')
    const run = await runCli(['import', name])
    expect(run.code).toBe(1)
    expect(run.stderr).not.toMatch(CONTROL)
    expect(run.stderr).toContain('report\\u001B[2J\\u0007.txt: is empty')
  })
})
