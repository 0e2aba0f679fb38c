/**
 * `npm run eval`: scores claim suggestions on the seed articles against their gold and prints a
 * table per article and overall (kind, gold, suggested, TP, FP, P, R, F1, value accuracy).
 * Exits non-zero when the bar is not met (see BAR in score.ts; the rules are documented there).
 *
 * `npm run eval -- --corpus ../shared/corpus` also scores the development corpus: dates on TimeML
 * (beside chrono-node), attributions on PolNeAR dev, the Arabic articles and the article pairs of
 * test/eval/corpus, each table for dev, heldout and all, then the acceptance lines; exit code 1
 * when a bar fails or gold is refused.
 *   --only seeds|dates|attributions|arabic|audit|pairs   one part (audit: the English FA-KES audit)
 *   --verbose                                      false positives, misses, wrong values; the cue rule
 *   --json FILE                                    every figure, for the record
 *   --gold DIR                                     gold other than test/eval/corpus (arabic/, pairs/en, pairs/ar)
 *   --readability DIR                              only web-page import beside Readability (readability.ts)
 */
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { Corpus, EvalInputError } from './corpus'
import { barFailures, formatTable, pool } from './score'
import {
  runArabic,
  runAttributions,
  runAudit,
  runDates,
  runPairs,
  type Acceptance,
  type SectionResult
} from './sections'
import { pairCoverage, scoreSeeds } from './seeds'
import { runReadabilityEval } from './readability'

const PARTS = ['seeds', 'dates', 'attributions', 'arabic', 'audit', 'pairs'] as const
type Part = (typeof PARTS)[number]

function argValue(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name)
  if (i < 0) return undefined
  const v = args[i + 1]
  if (v === undefined || v.startsWith('--')) {
    console.error(`${name} needs a value`)
    process.exit(2)
  }
  return v
}

const args = process.argv.slice(2)
const verbose = args.includes('--verbose')
const corpusPath = argValue(args, '--corpus')
const only = argValue(args, '--only')
const jsonFile = argValue(args, '--json')
const goldDir = argValue(args, '--gold')
const readabilityDir = argValue(args, '--readability')
if (readabilityDir) process.exit(runReadabilityEval(readabilityDir, { verbose, json: jsonFile }))
if (only !== undefined && !(PARTS as readonly string[]).includes(only)) {
  console.error(`--only ${only}: not a part (${PARTS.join(', ')})`)
  process.exit(2)
}
const parts: Part[] = only ? [only as Part] : corpusPath ? [...PARTS] : ['seeds']
if (!corpusPath && parts.some((p) => p !== 'seeds')) {
  console.error(`--only ${only} needs --corpus DIR (the development corpus, ../shared/corpus)`)
  process.exit(2)
}

const started = performance.now()
const figures: Record<string, unknown> = {}
const acceptance: Acceptance[] = []
const refused: string[] = []
let seedBarFailed = false

function runSeeds(): void {
  const articles = scoreSeeds()
  for (const a of articles) {
    console.log(formatTable(`\n${a.article}`, a.kinds))
    for (const m of a.missingFromText) console.log(`  note: not in the ingested text, scored as optional: ${m}`)
    if (verbose) {
      for (const fp of a.falsePositives) console.log(`  FP   ${fp.kind}: ${JSON.stringify(fp.exact)}`)
      for (const m of a.misses) console.log(`  miss ${m.kind}: ${JSON.stringify(m.exact)}`)
      for (const w of a.wrongValues)
        console.log(
          `  value ${w.kind}: ${JSON.stringify(w.exact)} got ${JSON.stringify(w.got)} want ${JSON.stringify(w.want)}`
        )
    }
  }
  console.log(formatTable('\noverall', pool(articles)))
  const pairs = pairCoverage()
  const covered = pairs.filter((p) => p.covered).length
  console.log(`\npair gold spans covered by a suggestion of their kind: ${covered}/${pairs.length}`)
  for (const p of pairs.filter((x) => !x.covered))
    console.log(`  not covered: ${p.kind} in ${p.article}: ${JSON.stringify(p.exact)}`)
  const failures = barFailures(articles)
  figures.seeds = { overall: pool(articles), pairSpansCovered: covered, pairSpans: pairs.length, barFailures: failures }
  if (failures.length > 0) {
    console.log('\nBAR NOT MET:')
    for (const f of failures) console.log(`  ${f}`)
    seedBarFailed = true
  } else
    console.log(
      '\nbar met: F1 ≥ 0.90 and value accuracy ≥ 0.90 for casualty, date and attribution; no negative suggested'
    )
}

let corpus: Corpus | null = null
if (corpusPath) {
  try {
    corpus = new Corpus(path.resolve(corpusPath))
  } catch (e) {
    console.error((e as Error).message)
    process.exit(2)
  }
}
const GOLD = goldDir ? path.resolve(goldDir) : path.join(__dirname, 'corpus')
const FIXTURES = path.join(__dirname, '..', 'fixtures')

for (const part of parts) {
  const t0 = performance.now()
  if (part === 'seeds') {
    console.log(corpus ? '\n=== seeds' : '')
    runSeeds()
    Object.assign(figures.seeds as object, { seconds: (performance.now() - t0) / 1000 })
    continue
  }
  console.log(`\n=== ${part}`)
  let result: SectionResult
  try {
    const c = corpus as Corpus
    if (part === 'dates') result = runDates(c, verbose)
    else if (part === 'attributions') result = runAttributions(c, verbose)
    else if (part === 'arabic') result = runArabic(c, GOLD, verbose)
    else if (part === 'audit') result = runAudit(c, GOLD, verbose)
    else result = runPairs(c, GOLD, path.join(FIXTURES, 'gold'), path.join(FIXTURES, 'articles'), verbose)
  } catch (e) {
    if (!(e instanceof EvalInputError)) throw e
    console.log(`  REFUSED: ${e.message}`)
    refused.push(`${part}: ${e.message}`)
    continue
  }
  for (const l of result.lines) console.log(l)
  for (const r of result.refused ?? []) {
    console.log(`  REFUSED: ${r}`)
    refused.push(`${part}: ${r}`)
  }
  const seconds = (performance.now() - t0) / 1000
  console.log(`  (${seconds.toFixed(1)} s)`)
  figures[part] = { ...result.figures, seconds }
  acceptance.push(...result.acceptance)
}

if (corpus) {
  console.log('\n=== acceptance')
  for (const a of acceptance) console.log(`${a.pass ? 'PASS' : 'FAIL'}  ${a.name}: ${a.figure}`)
  for (const r of refused) console.log(`FAIL  refused: ${r}`)
  if (parts.includes('seeds'))
    console.log(`${seedBarFailed ? 'FAIL' : 'PASS'}  seed articles bar (F1 and value accuracy ≥ 0.90)`)
}
const seconds = (performance.now() - started) / 1000
if (corpus) console.log(`\ntook ${seconds.toFixed(1)} s`)
if (jsonFile) {
  writeFileSync(
    jsonFile,
    `${JSON.stringify({ corpus: corpusPath ?? null, parts, seconds, acceptance, refused, figures }, null, 2)}\n`
  )
  console.log(`figures written to ${jsonFile}`)
}
if (seedBarFailed || refused.length > 0 || acceptance.some((a) => !a.pass)) process.exitCode = 1
