#!/usr/bin/env node
/**
 * Runs Doyensec's electronegativity over src/ for the Electron version in package.json, and fails
 * (exit 1) on any HIGH or MEDIUM finding that electronegativity.json does not accept with a
 * reason. The tool itself has no "accepted findings" file and exits 0 whatever it finds, so this
 * wrapper is what turns it into a CI gate. LOW and informational findings are printed, not fatal.
 *
 * Usage: node scripts/electronegativity.mjs   (npm run security:electron)
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const Papa = require('papaparse')

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
const config = JSON.parse(readFileSync(join(root, 'electronegativity.json'), 'utf8'))
// Without -e the tool cannot read the version from a source tree and assumes Electron 0.1.0,
// whose insecure defaults would turn every omitted option into a finding.
const electronVersion = String(pkg.devDependencies?.electron ?? '').replace(/^[^\d]*/, '')

const out = mkdtempSync(join(tmpdir(), 'electronegativity-'))
const csv = join(out, 'findings.csv')
const args = ['-i', join(root, 'src'), '-r', '-v', 'false', '-o', csv]
if (electronVersion) args.push('-e', electronVersion)
// The CLI names checks by class (AvailableSecurityFixesGlobalCheck); its reports, by id (AVAILABLE_…).
const className = (id) =>
  id
    .toLowerCase()
    .split('_')
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('')
const excluded = Object.keys(config.excludeChecks ?? {}).map(className)
if (excluded.length) args.push('-x', excluded.join(','))

const bin = require.resolve('@doyensec/electronegativity/dist/index.js')
const run = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', timeout: 300_000 })
let text
try {
  text = readFileSync(csv, 'utf8')
} catch {
  console.error(run.stdout, run.stderr)
  console.error('electronegativity produced no report: see its output above.')
  process.exit(2)
} finally {
  rmSync(out, { recursive: true, force: true })
}

const rows = Papa.parse(text.trim(), { header: true, skipEmptyLines: true, transformHeader: (h) => h.trim() }).data
const findings = rows.map((r) => ({
  check: String(r.issue ?? '').trim(),
  severity: String(r.severity ?? '').trim(),
  confidence: String(r.confidence ?? '').trim(),
  file: String(r.filename ?? '').trim(),
  location: String(r.location ?? '').trim(),
  description: String(r.description ?? '').trim()
}))

const accepted = config.accepted ?? []
const isAccepted = (f) => accepted.some((a) => a.check === f.check && a.file === f.file)
const serious = (f) => f.severity === 'HIGH' || f.severity === 'MEDIUM'

const line = (f) =>
  `${f.severity.padEnd(13)} ${f.check.padEnd(40)} ${`${f.file}:${f.location}`.padEnd(24)} ${f.description}`
console.log(`electronegativity over src/ (Electron ${electronVersion || 'unknown'}): ${findings.length} finding(s)`)
for (const f of findings)
  console.log(`  ${isAccepted(f) ? 'accepted' : serious(f) ? 'FAIL    ' : 'note    '} ${line(f)}`)

for (const a of accepted) {
  if (!findings.some((f) => f.check === a.check && f.file === a.file)) {
    console.warn(
      `  stale: electronegativity.json accepts ${a.check} in ${a.file}, which is no longer found; remove the entry.`
    )
  }
}

const failing = findings.filter((f) => serious(f) && !isAccepted(f))
if (failing.length) {
  console.error(`\n${failing.length} HIGH/MEDIUM finding(s) are neither fixed nor explained in electronegativity.json.`)
  process.exit(1)
}
console.log('No unexplained HIGH or MEDIUM findings.')
