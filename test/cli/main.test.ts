/** The CLI in-process: dispatch, usage errors, help, and file reading, without spawning node. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main'

const fixture = join(__dirname, '..', 'fixtures', 'articles', 'al-qaim-diyaruna.txt')

async function run(args: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await main(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) })
  return { code, stdout, stderr }
}

describe('parallax (in-process)', () => {
  it.each([
    [[], /no command given/, /Try 'parallax --help'/],
    [['import'], /import needs at least one file/, /Try 'parallax help import'/],
    [['frobnicate'], /unknown command 'frobnicate'/, /Try 'parallax --help'/],
    [['--frobnicate'], /unknown option '--frobnicate'/, /Try 'parallax --help'/],
    [['help', 'frobnicate'], /unknown command 'frobnicate'/, /Try 'parallax --help'/],
    [['import', 'a.txt', '--frobnicate'], /'--frobnicate'/, /Try 'parallax help import'/],
    [['import', 'a.txt', '--case'], /--case/, /Try 'parallax help import'/],
    [['import', 'a.txt', '--case', '   '], /--case: A case needs a name/, /Try 'parallax help import'/]
  ])('exits 2 for %j', async (args, message, hint) => {
    const result = await run(args)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(message)
    expect(result.stderr).toMatch(hint)
    expect(result.stdout).toBe('')
  })

  it.each([[['--help']], [['-h']], [['help']]])('%j prints the main help', async (args) => {
    const result = await run(args)
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^Usage:/m)
    expect(result.stdout).toMatch(/^\s+import\s+Read article files/m)
    expect(result.stdout).toMatch(/Exit codes:\n\s+0\s.*\n\s+1\s.*\n\s+2\s/)
  })

  it.each([[['help', 'import']], [['import', '--help']], [['import', '-h']]])(
    '%j prints the import help',
    async (args) => {
      const result = await run(args)
      expect(result.code).toBe(0)
      for (const text of ['Usage: parallax import <files...>', '--json', '--case NAME', 'Exit codes:', 'Examples:']) {
        expect(result.stdout).toContain(text)
      }
    }
  )

  it('prints the version of package.json', async () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'))
    expect(await run(['--version'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' })
    expect((await run(['-v'])).stdout).toBe(`${pkg.version}\n`)
  })

  it('prints a summary per file, title and fields aligned', async () => {
    const result = await run(['import', fixture])
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout.split('\n')[0]).toBe(fixture)
    expect(result.stdout).toMatch(/^ {2}title {7}Noose tightening around ISIL in al-Qaim$/m)
    expect(result.stdout).toMatch(/^ {2}outlet {6}—$/m)
  })

  it('imports an HTML page through a DOM it creates on demand', { timeout: 20_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-html-'))
    try {
      const page = join(dir, 'floods.html')
      const body =
        'Heavy rain caused floods across the delta on Tuesday, officials said, and rivers burst their banks in several districts.'
      writeFileSync(
        page,
        `<!doctype html><html><head><title>Floods</title></head><body><article><h1>Floods</h1><p>${body}</p><p>${body}</p><p>${body}</p></article></body></html>`
      )
      const result = await run(['import', page, '--json'])
      expect(result.code, result.stderr).toBe(0)
      expect(JSON.parse(result.stdout).articles[0]).toMatchObject({ sourceFormat: 'html', sourceName: 'floods.html' })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('accepts a file name after --', async () => {
    const result = await run(['import', '--json', '--', fixture])
    expect(result.code, result.stderr).toBe(0)
    expect(JSON.parse(result.stdout).articles).toHaveLength(1)
  })
})
