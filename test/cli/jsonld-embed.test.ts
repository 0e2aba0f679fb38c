/**
 * The JSON-LD exports pasted into a publisher's page, as they are meant to be used: a hostile page
 * is imported with the CLI, its claims reviewed, the ClaimReview and Web Annotation files exported,
 * and each embedded in `<script type="application/ld+json">`. An HTML parser (jsdom's, parse5, as
 * browsers parse) must find that one script and nothing else, and the script's JSON must still say
 * exactly what was stored.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { JSDOM } from 'jsdom'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Bundle, Claim } from '@core/model'
import { repoRoot, runCli } from './run-cli'

const slow = { timeout: 120_000 }
const breakers: string[] = JSON.parse(
  readFileSync(join(repoRoot, 'test/fixtures/hostile/jsonld/script-breakers.json'), 'utf8')
).strings
const T = '2024-05-01T08:00:00.000Z'

/** The page a publisher builds: the export in its script element, then the page's own content. */
function embed(jsonld: string): Document {
  const page = `<!doctype html><html><head><title>Fact check</title><script type="application/ld+json">${jsonld}</script></head><body><p id="after">Our verdict</p></body></html>`
  return new JSDOM(page).window.document
}

let dir: string
let bundlePath: string
let stored: Bundle

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-jsonld-'))
  const title = `Strike on the market ${breakers[0]}`
  // the strings are the page's text (escaped in its HTML), as a hostile outlet would publish them
  const text = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;')
  const paragraphs = breakers
    .map((b, i) => `<p>Officials said ${i + 2} people were killed ${text(b)} in the market on Tuesday.</p>`)
    .join('\n')
  const page = join(dir, 'hostile.html')
  writeFileSync(
    page,
    `<!doctype html><html><head><title>${text(title)}</title></head><body><article><h1>${text(title)}</h1>${paragraphs}</article></body></html>`
  )
  const run = await runCli(['import', page, '--json', '--case', breakers[1]!])
  expect(run.code, run.stderr).toBe(0)
  const bundle = JSON.parse(run.stdout) as Bundle
  const article = bundle.articles[0]!
  // the journalist reviews one claim per hostile sentence, with the payload in the note too
  const claims: Claim[] = breakers.map((b, i) => {
    const exact = `${i + 2} people were killed`
    const start = article.text.indexOf(exact)
    expect(start, `sentence ${i} imported`).toBeGreaterThanOrEqual(0)
    return {
      id: `claim-${i}`,
      articleId: article.id,
      kind: 'casualty',
      value: { outcome: 'killed', min: i + 2, max: i + 2, who: b },
      anchor: { start, end: start + exact.length, exact, prefix: '', suffix: '' },
      origin: 'manual',
      status: i % 3 === 0 ? 'confirmed' : i % 3 === 1 ? 'disputed' : 'rejected',
      note: b,
      tags: [b],
      createdAt: T,
      updatedAt: T
    }
  })
  stored = { ...bundle, articles: [{ ...article, outlet: breakers[4]!, url: 'https://news.example/a' }], claims }
  bundlePath = join(dir, 'reviewed.parallax.json')
  writeFileSync(bundlePath, JSON.stringify(stored))
}, 120_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('JSON-LD exports embedded in a page', slow, () => {
  it.each(['claimreview', 'webannotation'])(
    '%s: the embed holds one script and no other element, and its JSON is what was stored',
    async (format) => {
      const run = await runCli(['report', bundlePath, '--format', format])
      expect(run.code, run.stderr).toBe(0)
      const doc = embed(run.stdout)
      const elements = [...doc.querySelectorAll('*')].map((e) => e.localName)
      expect(elements).toEqual(['html', 'head', 'title', 'script', 'body', 'p'])
      expect(doc.getElementById('after')?.textContent).toBe('Our verdict')
      const script = doc.querySelector('script')!
      const parsed = JSON.parse(script.textContent!)
      expect(parsed).toEqual(JSON.parse(run.stdout))
      // the data survives whole: every hostile string is still in the parsed JSON, character for character
      const text = JSON.stringify(parsed)
      for (const b of breakers) expect(text).toContain(JSON.stringify(b).slice(1, -1))
      // and the raw file holds none of the characters that could end or disguise the element
      expect(run.stdout).not.toMatch(/[<>&\u2028\u2029\u202a-\u202e\u2066-\u2069]/)
    }
  )
})
