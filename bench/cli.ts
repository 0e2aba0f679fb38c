/**
 * The command line as a user runs it: whole processes, started and waited for, beside `node -e 0`
 * (what starting Node alone costs on this machine). Issue 14: `parallax --help` ≤ 150 ms and
 * `parallax extract` of a seed article ≤ 400 ms wall; the 1 MB saved page read by `parallax
 * import` ≤ 1 s (its peer: the same import with jsdom alone). Runs the built CLI (out/cli), built
 * first as `npm install` builds it.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { generateHtmlPage } from './gen'
import { fixtureParagraphs } from './inputs'
import { summarise, type Stats } from './stats'

const root = path.join(__dirname, '..')
const bin = path.join(root, 'bin', 'parallax.mjs')
/** A seed article of the eval (test/fixtures/articles, the seed pairs' articles). */
export const SEED_ARTICLE = path.join('test', 'fixtures', 'articles', 'al-qaim-diyaruna.txt')

export interface CliResults {
  node: Stats
  help: Stats
  extract: Stats
  importPage: Stats
  /** the same import with jsdom alone (PARALLAX_PAGE_DOM=jsdom), the page DOM before issue 14 */
  importPageJsdom: Stats
  pageBytes: number
}

/** Wall time of whole runs of `node args`, after `warmup` untimed ones; each must exit 0. */
function timeRuns(args: string[], warmup: number, runs: number, env: NodeJS.ProcessEnv = process.env): Stats {
  const wall: number[] = []
  for (let k = 0; k < warmup + runs; k++) {
    const t0 = performance.now()
    const run = spawnSync(process.execPath, args, {
      cwd: root,
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8'
    })
    const ms = performance.now() - t0
    if (run.status !== 0) throw new Error(`node ${args.join(' ')} exited with ${run.status}: ${run.stderr}`)
    if (k >= warmup) wall.push(ms)
  }
  return summarise(wall)
}

export function runCli(seed: number, log: (s: string) => void): CliResults {
  log('building the command line (scripts/build-cli.mjs)')
  const built = spawnSync(process.execPath, [path.join(root, 'scripts', 'build-cli.mjs'), '--quiet'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit']
  })
  if (built.status !== 0) throw new Error('the command line did not build')
  const dir = mkdtempSync(path.join(os.tmpdir(), 'parallax-bench-cli-'))
  try {
    const page = path.join(dir, 'saved-page.html')
    const html = generateHtmlPage(fixtureParagraphs(), seed, 1 << 20)
    writeFileSync(page, html)
    log('node -e 0, parallax --help, parallax extract (seed article): 2 warm-up, 15 runs each')
    const node = timeRuns(['-e', '0'], 2, 15)
    const help = timeRuns([bin, '--help'], 2, 15)
    const extract = timeRuns([bin, 'extract', SEED_ARTICLE, '--published', '2016-08-14'], 2, 15)
    log('parallax import of a 1 MB saved page, page DOM and jsdom alone: 1 warm-up, 3 runs each')
    const importPage = timeRuns([bin, 'import', page], 1, 3)
    const importPageJsdom = timeRuns([bin, 'import', page], 1, 3, { ...process.env, PARALLAX_PAGE_DOM: 'jsdom' })
    return { node, help, extract, importPage, importPageJsdom, pageBytes: Buffer.byteLength(html) }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
