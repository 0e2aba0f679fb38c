/**
 * Batch work: a folder given to a command stands for the article files in it, and a person at a
 * terminal sees which file the command is on; a pipe, a log or --quiet gets no progress at all.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bundleSchema } from '@core/model'
import { main } from '../../src/cli/main'
import { repoRoot, runCli } from './run-cli'

const slow = { timeout: 30_000 }
const articles = join(repoRoot, 'test', 'fixtures', 'articles')

let dir: string
let folder: string

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-batch-'))
  // a journalist's folder: two reports, one more in a subfolder, and things that are not articles
  folder = join(dir, 'al-qaim')
  mkdirSync(join(folder, 'wires'), { recursive: true })
  mkdirSync(join(folder, '.git'))
  copyFileSync(join(articles, 'al-qaim-oman-observer.txt'), join(folder, 'b-oman-observer.txt'))
  copyFileSync(join(articles, 'al-qaim-diyaruna.txt'), join(folder, 'a-diyaruna.txt'))
  copyFileSync(join(articles, 'al-qaim-constructed-wire.txt'), join(folder, 'wires', 'wire.txt'))
  writeFileSync(join(folder, 'photo.jpg'), 'not an article')
  writeFileSync(join(folder, '.DS_Store'), 'not an article')
  writeFileSync(join(folder, '.git', 'HEAD'), 'ref: refs/heads/main')
  mkdirSync(join(dir, 'empty'))
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

function capture() {
  const out = { stdout: '', stderr: '' }
  return { out, io: { stdout: (t: string) => void (out.stdout += t), stderr: (t: string) => void (out.stderr += t) } }
}

describe('a folder on the command line', () => {
  it('imports the article files of a folder and its subfolders, in name order, and nothing else', slow, async () => {
    const run = await runCli(['import', folder, '--json'])
    expect(run.code, run.stderr).toBe(0)
    const bundle = bundleSchema.parse(JSON.parse(run.stdout))
    // the case lists its articles in reading order (the bundle's article table has its own order)
    const names = bundle.cases[0]!.articleIds.map((id) => bundle.articles.find((a) => a.id === id)?.sourceName)
    expect(names).toEqual(['a-diyaruna.txt', 'b-oman-observer.txt', 'wire.txt'])
  })

  it('says a folder holds no article file and exits 1', slow, async () => {
    const run = await runCli(['import', join(dir, 'empty')])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('the folder holds no article file')
  })

  it('compares the two reports of a folder as two files', slow, async () => {
    const two = join(dir, 'two')
    mkdirSync(two)
    copyFileSync(join(articles, 'al-qaim-diyaruna.txt'), join(two, 'diyaruna.txt'))
    copyFileSync(join(articles, 'al-qaim-oman-observer.txt'), join(two, 'oman-observer.txt'))
    const run = await runCli(['compare', two, '--json'])
    expect(run.code, run.stderr).toBe(0)
    expect(bundleSchema.parse(JSON.parse(run.stdout)).articles).toHaveLength(2)
  })
})

describe('progress', () => {
  it('shows "file n of N" and the name on a terminal, and clears the line when done', async () => {
    const { out, io } = capture()
    const code = await main(['import', folder], io, { stderrIsTerminal: true })
    expect(code, out.stderr).toBe(0)
    for (const n of [1, 2, 3]) expect(out.stderr).toContain(`file ${n} of 3: `)
    expect(out.stderr).toContain('wire.txt')
    // the last thing on stderr erases the progress line
    expect(out.stderr.endsWith('\r\u001b[K')).toBe(true)
  })

  it('prints no progress with --quiet, even on a terminal', async () => {
    const { out, io } = capture()
    expect(await main(['import', folder, '--quiet'], io, { stderrIsTerminal: true })).toBe(0)
    expect(out.stderr).toBe('')
  })

  it('prints no progress into a pipe', slow, async () => {
    const run = await runCli(['import', folder])
    expect(run.code).toBe(0)
    expect(run.stderr).toBe('')
    expect(run.stdout).toContain('a-diyaruna.txt')
  })

  it('still reports a failed file on its own line, not glued to the progress line', async () => {
    const { out, io } = capture()
    const code = await main(['import', join(folder, 'a-diyaruna.txt'), join(dir, 'missing.txt')], io, {
      stderrIsTerminal: true
    })
    expect(code).toBe(1)
    expect(out.stderr).toMatch(/\r\u001b\[Kparallax: [^\n]*missing\.txt: /)
  })
})
