/**
 * The parts of `npm run eval -- --corpus DIR`: each reads its material, scores it, and returns
 * what to print (tables per split: dev, heldout, all), the figures for --json and its acceptance
 * lines. A part whose input is broken (missing folder, refused gold) throws an EvalInputError.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import path from 'node:path'
import {
  attributionGold,
  COUNTED_CUES,
  CUE_RULE_REASON,
  NOT_COUNTED_CUES,
  ourAttributions,
  scoreAttributions
} from './attributions'
import { scoreClaimsFile, type ScoredArticle } from './arabic'
import { parseBrat } from './brat'
import { EvalInputError, splitByRule, type Corpus, type Split } from './corpus'
import { chronoDates, ourDates, scoreDates, type ChronoMode } from './dates'
import { loadCorpusPair, loadSeedPair, poolPairs, runPair, type PairScore } from './pairs'
import {
  BAR_KINDS,
  fixedWidth,
  formatTable,
  pool,
  poolKind,
  poolStrict,
  rates,
  type KindScore,
  type StrictScore
} from './score'
import { parseTimeml } from './timeml'

export interface Acceptance {
  name: string
  pass: boolean
  figure: string
}

export interface SectionResult {
  lines: string[]
  figures: Record<string, unknown>
  acceptance: Acceptance[]
  /** gold files refused (file and reason); the rest was scored */
  refused?: string[]
}

/** Runs `load` on each file; a file it refuses is listed and left out, the others go on. */
function eachFile<T>(files: readonly string[], load: (file: string) => T, refused: string[]): T[] {
  const out: T[] = []
  for (const f of files) {
    try {
      out.push(load(f))
    } catch (e) {
      if (!(e instanceof EvalInputError)) throw e
      refused.push(e.message)
    }
  }
  return out
}

export const SPLITS = ['dev', 'heldout', 'all'] as const
export type SplitOrAll = (typeof SPLITS)[number]
const inSplit = (want: SplitOrAll, s: Split) => want === 'all' || want === s

const f2 = (x: number) => x.toFixed(2)
/** A value-accuracy bar: met only when some value was checked at all (no matched pair proves nothing). */
function valueBar(name: string, k: KindScore, bar = 0.85): Acceptance {
  const r = rates(k)
  if (k.valuePairs === 0) return { name, pass: false, figure: 'no matched pair to check' }
  return { name, pass: r.valueAccuracy >= bar, figure: `${f2(r.valueAccuracy)} (${k.valueCorrect}/${k.valuePairs})` }
}
const pct = (n: number, d: number) => (d === 0 ? '–' : `${((100 * n) / d).toFixed(0)} %`)

function figuresOf(k: KindScore, strict?: StrictScore) {
  const r = rates(k)
  const out: Record<string, number> = {
    gold: k.gold,
    suggested: k.suggested,
    tp: k.tp,
    fp: k.fp,
    precision: r.precision,
    recall: r.recall,
    f1: r.f1,
    valuePairs: k.valuePairs,
    valueCorrect: k.valueCorrect,
    valueAccuracy: r.valueAccuracy
  }
  if (strict) {
    const s = rates({ ...strict, valuePairs: 0, valueCorrect: 0 })
    Object.assign(out, { exactTp: strict.tp, exactPrecision: s.precision, exactRecall: s.recall, exactF1: s.f1 })
  }
  return out
}

// ---------------------------------------------------------------- dates on TimeML

interface DateRow {
  name: string
  split: Split
  ours: { k: KindScore; s: StrictScore }
  chrono: Record<ChronoMode, { k: KindScore; s: StrictScore }>
  detail: string[]
}

export function runDates(corpus: Corpus, verbose: boolean): SectionResult {
  const base = corpus.folder('dates/timeml', 'TimeML')
  const files: Array<{ name: string; file: string }> = []
  for (const sub of ['timebank', 'aquaint']) {
    const dir = path.join(base, sub)
    if (!existsSync(dir)) throw new EvalInputError(`${dir}: missing (TimeML articles are read from there)`)
    for (const f of readdirSync(dir))
      if (f.endsWith('.tml')) files.push({ name: `${sub}/${f}`, file: path.join(dir, f) })
  }
  // the corpus README's rule: sorted by path (aquaint/…, then timebank/…), every fifth held out;
  // the TimeML pairs of test/eval/corpus/pairs take their held-out files by the same order
  files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  const rows: DateRow[] = files.map(({ name, file }, i) => {
    const doc = parseTimeml(name, readFileSync(file, 'utf8'))
    const ours = scoreDates(doc, ourDates(doc))
    const casual = scoreDates(doc, chronoDates(doc, 'casual'))
    const strict = scoreDates(doc, chronoDates(doc, 'strict'))
    const detail: string[] = []
    if (verbose) {
      for (const s of ours.falsePositives) detail.push(`  FP    ${JSON.stringify(s.text)} → ${s.iso}`)
      for (const g of ours.misses) detail.push(`  miss  ${g.label}`)
      for (const w of ours.wrongValues)
        detail.push(`  value ${JSON.stringify(w.suggestion.text)} got ${w.suggestion.iso} want ${w.gold.value}`)
    }
    return {
      name,
      split: splitByRule(i),
      ours: { k: ours.score, s: ours.strict },
      chrono: { casual: { k: casual.score, s: casual.strict }, strict: { k: strict.score, s: strict.strict } },
      detail
    }
  })
  const pooled = (want: SplitOrAll, pick: (r: DateRow) => { k: KindScore; s: StrictScore }) => {
    const chosen = rows.filter((r) => inSplit(want, r.split)).map(pick)
    return {
      k: poolKind(
        'date',
        chosen.map((x) => x.k)
      ),
      s: poolStrict(chosen.map((x) => x.s)),
      docs: chosen.length
    }
  }
  const devF1 = (mode: ChronoMode) => rates(pooled('dev', (r) => r.chrono[mode]).k).f1
  const mode: ChronoMode = devF1('strict') > devF1('casual') ? 'strict' : 'casual'
  const lines: string[] = [
    `Dates on TimeML (${files.length} articles; chrono-node ${mode} shown, it scores higher on dev span F1: casual ${f2(devF1('casual'))}, strict ${f2(devF1('strict'))})`
  ]
  const figures: Record<string, unknown> = {
    chronoMode: mode,
    chronoDevF1: { casual: devF1('casual'), strict: devF1('strict') }
  }
  const head = [
    'system',
    'docs',
    'gold',
    'sugg',
    'TP',
    'FP',
    'P',
    'R',
    'F1',
    'exact P',
    'exact R',
    'exact F1',
    'ISO value'
  ]
  for (const split of SPLITS) {
    const table: string[][] = []
    const fig: Record<string, unknown> = {}
    for (const [label, pick] of [
      ['parallax', (r: DateRow) => r.ours],
      [`chrono ${mode}`, (r: DateRow) => r.chrono[mode]],
      [
        `chrono ${mode === 'casual' ? 'strict' : 'casual'}`,
        (r: DateRow) => r.chrono[mode === 'casual' ? 'strict' : 'casual']
      ]
    ] as const) {
      const { k, s, docs } = pooled(split, pick)
      const r = rates(k)
      const e = rates({ ...s, valuePairs: 0, valueCorrect: 0 })
      table.push([
        label,
        String(docs),
        String(k.gold),
        String(k.suggested),
        String(k.tp),
        String(k.fp),
        f2(r.precision),
        f2(r.recall),
        f2(r.f1),
        f2(e.precision),
        f2(e.recall),
        f2(e.f1),
        `${f2(r.valueAccuracy)} (${k.valueCorrect}/${k.valuePairs})`
      ])
      fig[label.replace(' ', '-')] = { docs, ...figuresOf(k, s) }
    }
    lines.push(fixedWidth(`\n  ${split}`, head, table))
    figures[split] = fig
  }
  if (verbose) {
    lines.push('\n  parallax on each dev article (FP, misses, wrong values):')
    for (const r of rows.filter((x) => x.split === 'dev' && x.detail.length > 0)) lines.push(`  ${r.name}`, ...r.detail)
  }
  const devK = pooled('dev', (r) => r.ours).k
  const dev = rates(devK)
  const devChrono = rates(pooled('dev', (r) => r.chrono[mode]).k)
  const acceptance: Acceptance[] = [
    { name: 'TimeML dev span F1 ≥ 0.92', pass: dev.f1 >= 0.92, figure: f2(dev.f1) },
    valueBar('TimeML dev ISO value accuracy ≥ 0.85', devK),
    {
      name: `TimeML dev span F1 above chrono-node ${mode}`,
      pass: dev.f1 > devChrono.f1,
      figure: `${f2(dev.f1)} vs ${f2(devChrono.f1)}`
    },
    {
      name: `TimeML dev ISO value accuracy above chrono-node ${mode}`,
      pass: dev.valueAccuracy > devChrono.valueAccuracy,
      figure: `${f2(dev.valueAccuracy)} vs ${f2(devChrono.valueAccuracy)}`
    }
  ]
  return { lines, figures, acceptance }
}

// ---------------------------------------------------------------- attributions on PolNeAR

export function runAttributions(corpus: Corpus, verbose: boolean): SectionResult {
  // only the dev folder: PolNeAR's test folder is kept for measurement (corpus README)
  const base = corpus.folder('attributions/polnear/dev', 'PolNeAR dev')
  const textDir = path.join(base, 'text')
  const annDir = path.join(base, 'attributions')
  if (!existsSync(textDir) || !existsSync(annDir))
    throw new EvalInputError(`${base}: expected text/ and attributions/ in it`)
  const anns = readdirSync(annDir)
    .filter((f) => f.endsWith('.ann'))
    .sort()
  const texts = readdirSync(textDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
  const notCounted = new Map<string, number>()
  const detail: string[] = []
  const chosenAnnotators: string[] = []
  const rows = texts.map((name, i) => {
    const stem = name.slice(0, -4)
    // two annotators' files for some texts: the first by file name (annotator code), for a fixed choice
    const own = anns.filter(
      (f) => f === `${stem}.ann` || (f.startsWith(`${stem}_`) && /^_[0-9a-f]+\.ann$/.test(f.slice(stem.length)))
    )
    const annFile = own[0]
    if (!annFile) throw new EvalInputError(`${path.join(textDir, name)}: no annotation file for it in ${annDir}`)
    if (own.length > 1) chosenAnnotators.push(`${stem}: ${annFile} (of ${own.join(', ')})`)
    const text = readFileSync(path.join(textDir, name), 'utf8')
    let doc
    try {
      doc = parseBrat(path.join(annDir, annFile), readFileSync(path.join(annDir, annFile), 'utf8'), text)
    } catch (e) {
      throw new EvalInputError((e as Error).message)
    }
    for (const { cue, why } of attributionGold(doc).notCounted) {
      const k = why === 'no source' ? `(no source) ${cue}` : cue
      const key = k.toLowerCase().replace(/\s+/g, ' ').trim()
      notCounted.set(key, (notCounted.get(key) ?? 0) + 1)
    }
    const published = /_(\d{4}-\d{2}-\d{2})_/.exec(name)?.[1]
    const result = scoreAttributions(doc, ourAttributions(text, published))
    const split = splitByRule(i)
    if (verbose && split === 'dev') {
      const lines = [
        ...result.falsePositives.map(
          (s) => `  FP      ${JSON.stringify(s.text)} (speaker ${JSON.stringify(s.speaker)})`
        ),
        ...result.misses.map((g) => `  miss    ${g.label}`),
        ...result.wrongValues.map(
          (w) =>
            `  speaker ${JSON.stringify(w.suggestion.speaker)} for ${JSON.stringify(w.gold.value?.source)}${w.gold.value?.antecedent ? ` (= ${w.gold.value.antecedent})` : ''}`
        )
      ]
      if (lines.length > 0) detail.push(`  ${name}`, ...lines)
    }
    return { name, split, k: result.score }
  })
  const lines: string[] = [`Attributions on PolNeAR dev (${texts.length} articles; speaker right is the value column)`]
  const figures: Record<string, unknown> = {
    annotatorChoice: 'first .ann file by name when a text has two',
    twoAnnotators: chosenAnnotators.length
  }
  const table = SPLITS.map((split) => {
    const chosen = rows.filter((r) => inSplit(split, r.split))
    const k = poolKind(
      'attribution',
      chosen.map((r) => r.k)
    )
    figures[split] = { docs: chosen.length, ...figuresOf(k) }
    return { label: `${split} (${chosen.length})`, score: k }
  })
  lines.push(formatRowsWith('split', table))
  if (verbose) {
    lines.push(`\n  counted cues (lemmas): ${COUNTED_CUES.join(', ')}`)
    lines.push(`  not counted, e.g.: ${NOT_COUNTED_CUES.join(', ')}`)
    lines.push(`  why: ${CUE_RULE_REASON}`)
    lines.push(
      `  texts with two annotators (${chosenAnnotators.length}), the file taken:`,
      ...chosenAnnotators.map((c) => `    ${c}`)
    )
    const tally = [...notCounted.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    lines.push(
      `  gold attributions not counted, by cue (${tally.reduce((n, [, c]) => n + c, 0)}): ${tally.map(([c, n]) => `${JSON.stringify(c)} ${n}`).join(', ')}`
    )
    lines.push('\n  dev articles (FP, misses, wrong speakers):', ...detail)
  }
  const devK = poolKind(
    'attribution',
    rows.filter((r) => r.split === 'dev').map((r) => r.k)
  )
  const dev = rates(devK)
  return {
    lines,
    figures,
    acceptance: [
      { name: 'PolNeAR dev attribution F1 ≥ 0.85', pass: dev.f1 >= 0.85, figure: f2(dev.f1) },
      valueBar('PolNeAR dev speaker right ≥ 85 %', devK)
    ]
  }
}

function formatRowsWith(first: string, rows: ReadonlyArray<{ label: string; score: KindScore }>): string {
  const head = [first, 'gold', 'sugg', 'TP', 'FP', 'P', 'R', 'F1', 'value']
  return fixedWidth(
    '',
    head,
    rows.map(({ label, score: k }) => {
      const r = rates(k)
      return [
        label,
        String(k.gold),
        String(k.suggested),
        String(k.tp),
        String(k.fp),
        f2(r.precision),
        f2(r.recall),
        f2(r.f1),
        k.valuePairs === 0 ? '–' : `${f2(r.valueAccuracy)} (${k.valueCorrect}/${k.valuePairs})`
      ]
    })
  )
}

// ---------------------------------------------------------------- Arabic articles

function goldFiles(dir: string, suffix: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((f) => f.endsWith(suffix))
    .sort()
    .map((f) => path.join(dir, f))
}

/**
 * The Arabic articles of GOLD/arabic (the acceptance bars), then the audit set of GOLD/arabic-audit:
 * SaudiNewsNet articles picked for an audit of text the rules were not written on (other papers,
 * other topics), printed apart with its own dev and held-out halves and no bar of its own.
 */
export function runArabic(corpus: Corpus, goldDir: string, verbose: boolean): SectionResult {
  const result = runArticleSet(corpus, path.join(goldDir, 'arabic'), 'Arabic', verbose, true)
  const auditDir = path.join(goldDir, 'arabic-audit')
  if (goldFiles(auditDir, '.claims.json').length === 0) return result
  const audit = runArticleSet(corpus, auditDir, 'Arabic audit, reported apart:', verbose, false)
  return {
    ...result,
    lines: [...result.lines, '', ...audit.lines],
    figures: { ...result.figures, audit: audit.figures },
    refused: [...(result.refused ?? []), ...(audit.refused ?? [])]
  }
}

/**
 * The English audit (issue 13): FA-KES articles that no pair of pairs/en uses, tagged by hand
 * (test/eval/corpus/audit). Reported apart, with no acceptance bar of its own: it says how the
 * English rules do on reports they were not written from, and half of it is held out.
 */
export function runAudit(corpus: Corpus, goldDir: string, verbose: boolean): SectionResult {
  return runArticleSet(corpus, path.join(goldDir, 'audit'), 'English audit', verbose, false)
}

/** Scores a folder of *.claims.json gold, per split; verbose lists the dev files' misses only. */
function runArticleSet(corpus: Corpus, dir: string, name: string, verbose: boolean, bar: boolean): SectionResult {
  const files = goldFiles(dir, '.claims.json')
  const lines: string[] = [`${name} articles (${files.length} gold files in ${dir})`]
  if (files.length === 0) {
    lines.push('  no gold yet')
    return {
      lines,
      figures: { articles: 0 },
      acceptance: [{ name: `${name} dev gold present`, pass: false, figure: 'no *.claims.json files' }]
    }
  }
  const refused: string[] = []
  const scored: ScoredArticle[] = eachFile(files, (f) => scoreClaimsFile(f, corpus), refused)
  const figures: Record<string, unknown> = {}
  for (const split of SPLITS) {
    const chosen = scored.filter((s) => inSplit(split, s.split))
    const kinds = pool(chosen.map((s) => s.score))
    lines.push(formatTable(`\n  ${split} (${chosen.length} articles)`, kinds))
    figures[split] = Object.fromEntries(kinds.map((k) => [k.kind, figuresOf(k)]))
  }
  for (const s of scored)
    for (const m of s.score.missingFromText)
      lines.push(`  note: ${s.id}: not in the imported text, scored as optional: ${m}`)
  if (verbose) {
    for (const s of scored.filter((x) => x.split === 'dev')) {
      const a = s.score
      const d = [
        ...a.falsePositives.map((x) => `  FP    ${x.kind}: ${JSON.stringify(x.exact)}`),
        ...a.misses.map((x) => `  miss  ${x.kind}: ${JSON.stringify(x.exact)}`),
        ...a.wrongValues.map(
          (w) =>
            `  value ${w.kind}: ${JSON.stringify(w.exact)} got ${JSON.stringify(w.got)} want ${JSON.stringify(w.want)}`
        ),
        ...a.negativeHits.map((n) => `  negative suggested: ${n}`)
      ]
      if (d.length > 0) lines.push(`  ${s.id}`, ...d)
    }
  }
  const acceptance: Acceptance[] = []
  if (bar) {
    const dev = pool(scored.filter((s) => s.split === 'dev').map((s) => s.score))
    for (const kind of BAR_KINDS) {
      const k = dev.find((x) => x.kind === kind)!
      const r = rates(k)
      acceptance.push({ name: `${name} dev ${kind} F1 ≥ 0.85`, pass: r.f1 >= 0.85, figure: f2(r.f1) })
      acceptance.push(valueBar(`${name} dev ${kind} value accuracy ≥ 0.85`, k))
    }
  }
  return { lines, figures, acceptance, refused }
}

// ---------------------------------------------------------------- pairs

function pairRow(label: string, p: ReturnType<typeof poolPairs>): string[] {
  const t = p.traps
  return [
    label,
    String(p.pairs),
    String(p.goldConflicts),
    String(p.findable),
    `${p.foundBoth} (${pct(p.foundBoth, p.goldConflicts)})`,
    String(p.foundSubstance),
    String(p.reportedConflicts),
    String(p.falseConflicts),
    p.pairs === 0 ? '–' : ((10 * p.falseConflicts) / p.pairs).toFixed(1),
    `${p.agreementsFound}/${p.goldAgreements}`,
    `${t.compatible_not_conflicts.reported}/${t.compatible_not_conflicts.gold}`,
    `${t.different_sources.reported}/${t.different_sources.gold}`,
    `${t.not_conflicts.reported}/${t.not_conflicts.gold}`
  ]
}

export function runPairs(
  corpus: Corpus,
  goldDir: string,
  seedGoldDir: string,
  seedArticlesDir: string,
  verbose: boolean
): SectionResult {
  const files = [
    ...goldFiles(path.join(goldDir, 'pairs', 'en'), '.pair.json'),
    ...goldFiles(path.join(goldDir, 'pairs', 'ar'), '.pair.json')
  ]
  const seedFiles = goldFiles(seedGoldDir, '.pair.json')
  const scores: Array<PairScore & { group: string }> = []
  const refused: string[] = []
  for (const f of seedFiles) {
    const p = loadSeedPair(f, seedArticlesDir)
    scores.push({ ...runPair(p.meta, p.gold, p.a, p.b), group: 'seed' })
  }
  for (const p of eachFile(files, (f) => loadCorpusPair(f, corpus), refused))
    scores.push({ ...runPair(p.meta, p.gold, p.a, p.b), group: p.meta.lang })
  const lines: string[] = [
    `Pairs (${files.length} corpus pairs, ${seedFiles.length} seed pairs; claims suggested, then compared)`
  ]
  const head = [
    'pairs',
    'n',
    'gold conflicts',
    'findable',
    'found both sides',
    'in substance',
    'reported',
    'false',
    'false/10',
    'agreements',
    'compatible→conflict',
    'diff. source→conflict',
    'not_conflicts→conflict'
  ]
  const figures: Record<string, unknown> = {}
  const groups = ['en', 'ar', 'seed'] as const
  for (const split of SPLITS) {
    const inS = scores.filter((s) => inSplit(split, s.split))
    const rows = groups.map((g) =>
      pairRow(
        g,
        poolPairs(
          g,
          inS.filter((s) => s.group === g)
        )
      )
    )
    rows.push(pairRow('all', poolPairs('all', inS)))
    lines.push(fixedWidth(`\n  ${split}`, head, rows))
    figures[split] = Object.fromEntries(
      [...groups, 'all'].map((g) => [g, poolPairs(g, g === 'all' ? inS : inS.filter((s) => s.group === g))])
    )
  }
  for (const s of scores)
    for (const n of s.notInText) lines.push(`  note: ${s.id}: not in the imported text (not findable): ${n}`)
  if (verbose) {
    for (const s of scores.filter((x) => x.split === 'dev')) {
      const d = [
        ...s.missed.map((m) => `  missed   ${m}`),
        ...s.falseList.map((m) => `  false    ${m}`),
        ...s.trapsReported.map((m) => `  trap     ${m}`),
        ...s.agreementsMissed.map((m) => `  unagreed ${m}`)
      ]
      if (d.length > 0) lines.push(`  ${s.id} (${s.group})`, ...d)
    }
  }
  const acceptance: Acceptance[] = []
  for (const lang of ['en', 'ar'] as const) {
    const dev = poolPairs(
      lang,
      scores.filter((s) => s.group === lang && s.split === 'dev')
    )
    if (dev.pairs === 0) {
      acceptance.push({ name: `dev ${lang} pairs gold present`, pass: false, figure: 'no *.pair.json files' })
      continue
    }
    const share = dev.goldConflicts === 0 ? 1 : dev.foundBoth / dev.goldConflicts
    acceptance.push({
      name: `dev ${lang} pairs: gold conflicts found with both sides ≥ 90 %`,
      pass: share >= 0.9,
      figure: `${dev.foundBoth}/${dev.goldConflicts} (${pct(dev.foundBoth, dev.goldConflicts)})`
    })
    const per10 = (10 * dev.falseConflicts) / dev.pairs
    acceptance.push({
      name: `dev ${lang} pairs: ≤ 1 false conflict per 10 pairs`,
      pass: per10 <= 1,
      figure: `${per10.toFixed(1)} (${dev.falseConflicts} in ${dev.pairs})`
    })
  }
  const seed = scores.find((s) => s.id === 'al-qaim')
  const constructed = scores.find((s) => s.id === 'al-qaim-constructed')
  acceptance.push({
    name: 'seed pair (al-qaim): 0 conflicts',
    pass: seed?.reportedConflicts === 0,
    figure: seed ? String(seed.reportedConflicts) : 'missing'
  })
  acceptance.push({
    name: 'constructed pair: 3 of 3 conflicts found with both sides',
    pass: constructed?.foundBoth === 3 && constructed.goldConflicts === 3,
    figure: constructed ? `${constructed.foundBoth}/${constructed.goldConflicts}` : 'missing'
  })
  figures.pairs = scores.map(({ missed: _m, falseList: _f, trapsReported: _t, agreementsMissed: _u, ...rest }) => rest)
  return { lines, figures, acceptance, refused }
}
