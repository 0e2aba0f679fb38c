/**
 * Claim kinds are one registry the compiler checks: a copy of the sources gets a stand-in kind (in
 * `claimKinds` and the claim schema, as adding a kind would start), and the type-checker must then
 * fail at every place that has to handle a kind — reading its value, comparing, judging, labelling,
 * reporting, checking bundles, editing and tagging it — rather than letting the kind fall through
 * to "quantity" or "other" in silence.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const ROOT = path.resolve(__dirname, '../..')

/** Every place that must say what to do with a new kind. */
const MUST_HANDLE = [
  'src/core/model/claim.ts', // the schema's kinds are claimKinds
  'src/core/extract/index.ts', // parseClaimValue: reading a selection as the kind's value
  'src/core/compare/match.ts', // comparable: which claims of the kind can be one fact
  'src/core/compare/judge.ts', // judge: the verdict on two claims of the kind
  'src/core/compare/facts.ts', // valueLabel: the value in the facts matrix
  'src/core/report/format-value.ts', // formatValue and the kind's name in reports
  'src/core/report/bundle-rules.ts', // what a bundle's value of the kind must hold
  'src/renderer/src/claims/values.ts', // the value editor's fields and empty value
  'src/renderer/src/claims/kinds.ts', // the tag key and label
  'src/renderer/src/claims/filter.ts' // the order of kinds in the claims list
]

let dir: string | undefined
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
})

/** Files with type errors when `tsconfig` checks the copy, relative to the copy. */
function errorsIn(copy: string, tsconfig: string): Set<string> {
  try {
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', tsconfig, '--noEmit'], {
      cwd: copy,
      encoding: 'utf8',
      stdio: 'pipe'
    })
    return new Set()
  } catch (e) {
    const out = String((e as { stdout?: string }).stdout ?? '')
    return new Set([...out.matchAll(/^(src\/[^(]+)\(\d+,\d+\): error/gm)].map((m) => m[1]!))
  }
}

describe('claim kinds', () => {
  it('fail to compile at every place that must handle a new kind', { timeout: 300_000 }, () => {
    dir = mkdtempSync(path.join(tmpdir(), 'parallax-kinds-'))
    cpSync(path.join(ROOT, 'src'), path.join(dir, 'src'), { recursive: true })
    for (const f of ['tsconfig.base.json', 'tsconfig.core.json', 'tsconfig.web.json', 'tsconfig.node.json'])
      cpSync(path.join(ROOT, f), path.join(dir, f))
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir')

    const claimFile = path.join(dir, 'src/core/model/claim.ts')
    const source = readFileSync(claimFile, 'utf8')
    const kinds = "export const claimKinds = ['casualty', 'date', 'attribution', 'quantity', 'other'] as const"
    const lastMember = "  z.object({ ...claimBase, kind: z.literal('other'), value: otherValueSchema })\n"
    expect(source).toContain(kinds)
    expect(source).toContain(lastMember)
    writeFileSync(
      claimFile,
      source
        .replace(
          kinds,
          "export const claimKinds = ['casualty', 'date', 'attribution', 'quantity', 'other', 'stand-in'] as const"
        )
        .replace(
          lastMember,
          `${lastMember.trimEnd()},\n  z.object({ ...claimBase, kind: z.literal('stand-in'), value: otherValueSchema })\n`
        )
    )

    const failing = new Set([...errorsIn(dir, 'tsconfig.core.json'), ...errorsIn(dir, 'tsconfig.web.json')])
    const missed = MUST_HANDLE.filter((f) => !failing.has(f))
    expect(missed).toEqual([])
  })
})
