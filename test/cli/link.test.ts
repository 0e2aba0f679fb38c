/**
 * `npm link` gives a `parallax` command that works from any folder: linked into a global prefix of
 * the test's own (nothing is installed on the machine), then run by name from an unrelated folder.
 */
import { execFile, execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { repoRoot } from './run-cli'

let dir: string
let env: NodeJS.ProcessEnv

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-link-'))
  const prefix = join(dir, 'prefix')
  env = {
    ...process.env,
    npm_config_prefix: prefix,
    npm_config_cache: join(dir, 'cache'),
    npm_config_update_notifier: 'false'
  }
  execFileSync('npm', ['link', '--offline', '--ignore-scripts', '--no-audit', '--no-fund'], {
    cwd: repoRoot,
    env,
    stdio: 'pipe'
  })
  env.PATH = `${join(prefix, 'bin')}${delimiter}${process.env.PATH ?? ''}`
}, 60_000)

afterAll(() => rmSync(dir, { recursive: true, force: true }))

function parallax(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('parallax', args, { cwd, env, timeout: 30_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr })
    )
  })
}

describe.skipIf(process.platform === 'win32')('npm link', () => {
  it('gives a parallax command that reads a story from another folder', { timeout: 30_000 }, async () => {
    const elsewhere = join(dir, 'stories')
    mkdirSync(elsewhere)
    copyFileSync(
      join(repoRoot, 'test', 'fixtures', 'articles', 'al-qaim-diyaruna.txt'),
      join(elsewhere, 'diyaruna.txt')
    )
    const help = await parallax(['--help'], elsewhere)
    expect(help.code, help.stderr).toBe(0)
    expect(help.stdout).toContain('Usage:')
    const run = await parallax(['extract', 'diyaruna.txt', '--published', '2016-08-14'], elsewhere)
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toContain('diyaruna.txt')
    expect(run.stdout).toMatch(/casualt/i)
  })
})

describe('a checkout whose CLI is not built', () => {
  it('says so and how to build it, instead of a stack trace', { timeout: 30_000 }, () => {
    const bare = join(dir, 'bare')
    mkdirSync(join(bare, 'bin'), { recursive: true })
    copyFileSync(join(repoRoot, 'bin', 'parallax.mjs'), join(bare, 'bin', 'parallax.mjs'))
    let stderr = ''
    let code = 0
    try {
      execFileSync(process.execPath, [join(bare, 'bin', 'parallax.mjs'), '--help'], { stdio: 'pipe', encoding: 'utf8' })
    } catch (error) {
      const failed = error as { status: number; stderr: string }
      code = failed.status
      stderr = failed.stderr
    }
    expect(code).toBe(1)
    expect(stderr).toContain('not built yet')
    expect(stderr).toContain('npm run build:cli')
    expect(stderr).not.toMatch(/^\s+at /m)
  })
})
