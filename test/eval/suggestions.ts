/**
 * `npm run eval`: scores claim suggestions on the seed articles against their gold and prints a
 * table per article and overall (kind, gold, suggested, TP, FP, P, R, F1, value accuracy).
 * Exits non-zero when the bar is not met (see BAR in score.ts; the rules are documented there).
 * `--verbose` also lists false positives, misses and wrong values.
 */
import { barFailures, formatTable, pool } from './score'
import { pairCoverage, scoreSeeds } from './seeds'

const verbose = process.argv.includes('--verbose')
const articles = scoreSeeds()
for (const a of articles) {
  console.log(formatTable(`\n${a.article}`, a.kinds))
  for (const m of a.missingFromText) console.log(`  note: not in the ingested text, scored as optional: ${m}`)
  if (verbose) {
    for (const fp of a.falsePositives) console.log(`  FP   ${fp.kind}: ${JSON.stringify(fp.exact)}`)
    for (const m of a.misses) console.log(`  miss ${m.kind}: ${JSON.stringify(m.exact)}`)
    for (const w of a.wrongValues) console.log(`  value ${w.kind}: ${JSON.stringify(w.exact)} got ${JSON.stringify(w.got)} want ${JSON.stringify(w.want)}`)
  }
}
console.log(formatTable('\noverall', pool(articles)))

const pairs = pairCoverage()
const covered = pairs.filter((p) => p.covered).length
console.log(`\npair gold spans covered by a suggestion of their kind: ${covered}/${pairs.length}`)
for (const p of pairs.filter((x) => !x.covered)) console.log(`  not covered: ${p.kind} in ${p.article}: ${JSON.stringify(p.exact)}`)

const failures = barFailures(articles)
if (failures.length > 0) {
  console.log('\nBAR NOT MET:')
  for (const f of failures) console.log(`  ${f}`)
  process.exitCode = 1
} else console.log('\nbar met: F1 ≥ 0.90 and value accuracy ≥ 0.90 for casualty, date and attribution; no negative suggested')
