/**
 * The Node benchmarks of src/core: claim suggestion (English and Arabic), comparison, re-anchoring, HTML import on the
 * CLI path (jsdom), a 100-page PDF (bench/documents.ts) and the CSV export of a very large case, each beside its peer measured in the
 * same run.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import * as chrono from 'chrono-node'
import { JSDOM } from 'jsdom'
import Papa from 'papaparse'
import { anchorAt, reanchorAll } from '@core/anchor'
import { compareArticles } from '@core/compare'
import { suggestClaims } from '@core/extract'
import { ingestFile } from '@core/ingest'
import { cliPageWindow } from '../src/cli/pageDom'
import { claimFromDraft, type Anchor, type Article, type Claim, type Link } from '@core/model'
import { renderCsv } from '@core/report'
import { editedArticle } from '../test/fixtures/anchor/edited-article'
import {
  PUBLISHED,
  fixtureArabicParagraphs,
  fixtureParagraphs,
  fixtureTexts,
  generateHtmlPage,
  generateWords
} from './inputs'
import { runDocuments, type DocumentResults } from './documents'

export { PUBLISHED }
import { measureOnce, measureSync, type Stats } from './stats'

const NOW = '2024-05-01T00:00:00.000Z'
/** The jsdiff peer's time limit (it takes about 34 s on this machine when the machine is idle). */
export const DIFF_LIMIT_MS = 40_000

export interface CoreResults {
  suggest: { stats: Stats; cold: { wall: number; cpu: number }; claims: number; words: number }
  suggestArabic: { stats: Stats; claims: number; words: number }
  chrono: { stats: Stats; cold: { wall: number; cpu: number }; results: number }
  compare: { stats: Stats; claims: number; matches: number; aligned: number; partial: boolean }
  jsdiff: { wallMs: number; cpuMs: number | null; cut: boolean; parts: number | null }
  reanchor: { stats: Stats; right: number; kept: number; wrong: number; orphans: number }
  indexOf: { stats: Stats; right: number; kept: number }
  ingestJsdom: { stats: Stats; bytes: number; chars: number }
  /** the same page with the page DOM (core's parse5 tree in linkedom): the CLI's and the ingest worker's */
  ingestPageDom: { stats: Stats; chars: number }
  csv: { stats: Stats; peer: Stats; claims: number; links: number; megabytes: number }
  documents: DocumentResults
}

function article(id: string, text: string): Article {
  return {
    id,
    caseId: 'bench',
    title: id,
    outlet: '',
    byline: '',
    url: '',
    lang: 'en',
    dir: 'ltr',
    text,
    captions: [],
    sourceFormat: 'text',
    sourceName: `${id}.txt`,
    contentHash: id,
    importedAt: NOW,
    updatedAt: NOW,
    publishedAt: PUBLISHED
  } as Article
}

/** diffWords in a child process, stopped at `limitMs`: { cut: true } then, and the time is a lower bound. */
function diffWordsPeer(a: string, b: string, limitMs: number): Promise<CoreResults['jsdiff']> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now()
    const child = spawn(process.execPath, [path.join(__dirname, 'peers', 'diff-words.mjs')], {
      stdio: ['pipe', 'pipe', 'inherit']
    })
    let out = ''
    let cut = false
    const timer = setTimeout(() => {
      cut = true
      child.kill('SIGKILL')
    }, limitMs)
    child.stdout.on('data', (d) => (out += d))
    child.on('error', reject)
    child.on('exit', () => {
      clearTimeout(timer)
      if (cut) return resolve({ wallMs: limitMs, cpuMs: null, cut: true, parts: null })
      try {
        const r = JSON.parse(out) as { wallMs: number; cpuMs: number; parts: number }
        resolve({ wallMs: r.wallMs, cpuMs: r.cpuMs, cut: false, parts: r.parts })
      } catch {
        reject(new Error(`the diffWords peer failed after ${Math.round(performance.now() - t0)} ms`))
      }
    })
    child.stdin.end(JSON.stringify({ a, b }))
  })
}

/** YYYY-MM-DD `n` days after `day`. */
function shiftDay(day: string, n: number): string {
  return new Date(Date.parse(`${day}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10)
}

export async function runCore(seed: number, log: (s: string) => void): Promise<CoreResults> {
  const pool = fixtureParagraphs()
  const text = generateWords(pool, seed, 10_000)
  const ref = new Date(`${PUBLISHED}T12:00:00Z`)

  // 1. suggestions; the cold call first, while the process has never run the rules
  log('suggestClaims on 10,000 words')
  // suggestClaims keeps its answer per text and publication day (core/extract): each timed call
  // asks for another day, so each one finds the claims rather than reading them back
  let day = 0
  const another = () => shiftDay(PUBLISHED, day++)
  const suggestCold = measureOnce(() => suggestClaims({ text, publishedAt: another() }))
  const suggest = measureSync(() => suggestClaims({ text, publishedAt: another() }))
  const chronoCold = measureOnce(() => chrono.parse(text, ref))
  const chronoWarm = measureSync(() => chrono.parse(text, ref))

  // 1b. the same on 10,000 Arabic words (the Arabic fixtures, generated the same way)
  log('suggestClaims on 10,000 Arabic words')
  const arabic = generateWords(fixtureArabicParagraphs(), seed, 10_000)
  const suggestArabic = measureSync(() => suggestClaims({ text: arabic, publishedAt: another() }))

  // 2. comparison of two 10,000-word articles with the suggested claims of both
  log('compareArticles on two 10,000-word articles')
  const A = article('a', generateWords(pool, seed + 1, 10_000))
  const B = article('b', generateWords(pool, seed + 2, 10_000))
  let k = 0
  const claims: Claim[] = [A, B].flatMap((x) =>
    suggestClaims(x).map((d) => claimFromDraft(d, { id: `${x.id}#${++k}`, articleId: x.id }, NOW))
  )
  const compare = measureSync(() => compareArticles({ articles: [A, B], claims }))

  // 3. re-anchoring 1,000 claims after 10 % of words edited (the generator of the anchor tests)
  log('reanchorAll: 1,000 claims, 10 % of 10,000 words edited')
  const source = fixtureTexts().join('\n')
  const edited = editedArticle(source, { seed, words: 10_000, claims: 1_000, editRate: 0.1 })
  const anchors: Anchor[] = edited.claims.map((c) => anchorAt(edited.oldText, c.start, c.end))
  const reanchor = measureSync(() => reanchorAll(edited.newText, anchors))
  const tally = { right: 0, wrong: 0, orphans: 0, kept: 0 }
  edited.claims.forEach((c, i) => {
    if (c.newStart === null) return
    tally.kept++
    const r = reanchor.result.results[i]
    if (!r) tally.orphans++
    else if (r.anchor.start === c.newStart && r.anchor.end === c.newEnd) tally.right++
    else tally.wrong++
  })
  const indexOf = measureSync(() => anchors.map((a) => edited.newText.indexOf(a.exact)))
  const indexOfRight = edited.claims.filter((c, i) => c.newStart !== null && indexOf.result[i] === c.newStart).length

  // 4. a 1 MB saved page on the CLI path: jsdom's DOM (slow; few runs)
  log('ingestFile: a 1 MB saved page under jsdom (CLI path)')
  const html = generateHtmlPage(pool, seed, 1 << 20)
  const bytes = new TextEncoder().encode(html)
  const env = { window: new JSDOM('').window as never }
  const ingest = measureSync(() => ingestFile({ name: 'saved-page.html', bytes }, env), { warmup: 1, runs: 3 })
  if (ingest.result.status !== 'imported') throw new Error(`the 1 MB page was not imported: ${ingest.result.reason}`)
  log('ingestFile: the same page with the page DOM (parse5 + linkedom)')
  const pageEnv = { window: cliPageWindow({}) }
  const ingestPage = measureSync(() => ingestFile({ name: 'saved-page.html', bytes }, pageEnv), { warmup: 1, runs: 5 })
  if (ingestPage.result.status !== 'imported') throw new Error('the 1 MB page was not imported with the page DOM')

  // 5. the CSV of a case of 200,000 claims and 100,000 links (issue 12: it was quadratic); the
  // peer, papaparse's unparse, writes the very cells of our file (read back from it), so it
  // measures what any CSV writer must do, without reading claims, verdicts and values
  log('renderCsv: 200,000 claims, 100,000 links')
  const large = largeCase(A, B, 100_000)
  const csv = measureSync(() => renderCsv(large), { warmup: 1, runs: 3 })
  const cells = Papa.parse<string[]>(csv.result.slice(1), { newline: '\r\n' }).data
  const unparse = measureSync(() => Papa.unparse(cells, { quotes: true, newline: '\r\n' }), { warmup: 1, runs: 3 })

  // 5b. a 100-page PDF (printed by Chromium in the run) beside pdftotext
  const documents = await runDocuments(generateWords(pool, seed + 3, 60_000).split(/\n+/), log)

  // 6. the jsdiff peer last, alone, in a child process with a time limit
  log(`jsdiff diffWords on the same pair (stopped at ${DIFF_LIMIT_MS / 1000} s)`)
  const jsdiff = await diffWordsPeer(A.text, B.text, DIFF_LIMIT_MS)

  const cmp = compare.result
  return {
    suggest: {
      stats: suggest.stats,
      cold: { wall: suggestCold.wall, cpu: suggestCold.cpu },
      claims: suggest.result.length,
      words: 10_000
    },
    suggestArabic: { stats: suggestArabic.stats, claims: suggestArabic.result.length, words: 10_000 },
    chrono: {
      stats: chronoWarm.stats,
      cold: { wall: chronoCold.wall, cpu: chronoCold.cpu },
      results: chronoWarm.result.length
    },
    compare: {
      stats: compare.stats,
      claims: claims.length,
      matches: cmp.matches.length,
      aligned: cmp.pairs[0]?.passages.length ?? 0,
      partial: cmp.partial
    },
    jsdiff,
    reanchor: { stats: reanchor.stats, ...tally },
    indexOf: { stats: indexOf.stats, right: indexOfRight, kept: tally.kept },
    ingestJsdom: { stats: ingest.stats, bytes: bytes.length, chars: ingest.result.article.text.length },
    ingestPageDom: { stats: ingestPage.stats, chars: ingestPage.result.article.text.length },
    csv: {
      stats: csv.stats,
      peer: unparse.stats,
      claims: large.claims.length,
      links: large.links.length,
      megabytes: csv.result.length / 1e6
    },
    documents
  }
}

/** Two articles with `pairs` casualty claims each, every pair linked as a conflict. */
function largeCase(
  A: Article,
  B: Article,
  pairs: number
): { cases: []; articles: Article[]; claims: Claim[]; links: Link[] } {
  const claims: Claim[] = []
  const links: Link[] = []
  for (let k = 0; k < pairs; k++) {
    const draft = (x: Article, n: number): Claim =>
      claimFromDraft(
        {
          kind: 'casualty',
          anchor: anchorAt(x.text, (k * 7) % 5000, ((k * 7) % 5000) + 20),
          value: { outcome: 'killed', min: n, max: n, who: 'civilians' },
          origin: 'suggested',
          status: 'unreviewed',
          note: k % 10 === 0 ? 'checked with the ministry; see "note"' : '',
          tags: k % 3 === 0 ? ['toll'] : []
        },
        { id: `${x.id}#${k}`, articleId: x.id },
        NOW
      )
    const a = draft(A, 12)
    const b = draft(B, 15)
    claims.push(a, b)
    links.push({
      id: `l${k}`,
      claimIds: [a.id, b.id],
      relation: 'conflict',
      origin: 'auto',
      reason: '12 vs 15 killed',
      createdAt: NOW
    } as Link)
  }
  return { cases: [], articles: [A, B], claims, links }
}
