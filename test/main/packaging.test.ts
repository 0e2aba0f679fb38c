/**
 * What the packaged app is made of, as electron-builder.yml and package.json say (electron-builder
 * cannot run here: it downloads Electron). The fuses close the ways to run other code inside the
 * signed binary, SECURITY.md describes the same settings, and the app carries no node_modules.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(__dirname, '..', '..')
const read = (file: string) => readFileSync(join(root, file), 'utf8')

/** The `electronFuses:` block of electron-builder.yml as name → boolean (one `name: value` per line). */
function fusesIn(yml: string): Record<string, boolean> {
  const block = /^electronFuses:\n((?:[ \t]+.*\n)+)/m.exec(yml)?.[1] ?? ''
  return Object.fromEntries([...block.matchAll(/^\s+(\w+):\s*(true|false)\b/gm)].map((m) => [m[1]!, m[2] === 'true']))
}

/** SECURITY.md's fuse table rows: | `name` | on/off | why | */
function fusesInSecurityPage(md: string): Record<string, boolean> {
  return Object.fromEntries([...md.matchAll(/^\| `(\w+)` \| (on|off) \|/gm)].map((m) => [m[1]!, m[2] === 'on']))
}

describe('packaging', () => {
  const fuses = fusesIn(read('electron-builder.yml'))

  it('flips the fuses that would let another program run code as Parallax', () => {
    expect(fuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true
    })
    expect(read('electron-builder.yml')).toMatch(/^asar: true$/m)
  })

  it('is described by SECURITY.md exactly as electron-builder.yml sets it', () => {
    expect(fusesInSecurityPage(read('SECURITY.md'))).toEqual(fuses)
  })

  it('ships no node_modules: package.json has no runtime dependencies, main and preload import only Electron and Node', () => {
    const pkg = JSON.parse(read('package.json')) as { dependencies?: Record<string, string> }
    expect(pkg.dependencies ?? {}).toEqual({})
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]))
    for (const file of [...files(join(root, 'src/main')), ...files(join(root, 'src/preload'))]) {
      for (const m of readFileSync(file, 'utf8').matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)) {
        expect(m[1], file).toMatch(/^(electron|node:[a-z/]+|@core\/[a-z]+|\.{1,2}\/.*)$/)
      }
    }
  })
})
