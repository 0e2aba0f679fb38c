/**
 * The hostile bundle corpus (test/fixtures/hostile/bundles) at the door: every refused file says
 * what is wrong and where, word for word as refusals.json holds it; the accepted ones (hostile in
 * form, harmless once checked) come through as plain data. Generated inputs cover what is too big
 * to keep as a file: a 30 MB title, a million `[`, millions of empty arrays, more records than
 * Parallax reads, fifty thousand broken records. Nothing here may throw.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BUNDLE_LIMITS, findNestingProblem, findJsonSyntaxError, parseBundle, renderBundle } from '@core/report'

const dir = join(__dirname, '..', 'fixtures', 'hostile', 'bundles')
const refusals = JSON.parse(readFileSync(join(dir, 'refusals.json'), 'utf8')) as Record<string, string>
const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'refusals.json')
const read = (name: string) => readFileSync(join(dir, name), 'utf8')
const base = JSON.parse(read('accepted-orphan-claim.json'))

function refusal(json: string): string {
  const check = parseBundle(json)
  if (check.ok) throw new Error('expected the bundle to be refused')
  return check.message
}

describe('the hostile bundle corpus', () => {
  it('lists every refused file, and every file is either listed or accepted', () => {
    const accepted = files.filter((f) => f.startsWith('accepted-'))
    expect(accepted.length).toBeGreaterThan(0)
    expect(files.filter((f) => !f.startsWith('accepted-')).sort()).toEqual(Object.keys(refusals).sort())
  })

  it.each(Object.entries(refusals))('refuses %s, saying what and where', (name, message) => {
    expect(refusal(read(name))).toBe(message)
  })

  it.each(files.filter((f) => f.startsWith('accepted-')))('accepts %s as plain data, and it round-trips', (name) => {
    const check = parseBundle(read(name))
    if (!check.ok) throw new Error(check.message)
    const again = parseBundle(renderBundle(check.bundle))
    expect(again.ok && renderBundle(again.bundle)).toBe(renderBundle(check.bundle))
  })

  it('keeps prototype words as ids and drops a "__proto__" key without touching any prototype', () => {
    const check = parseBundle(read('accepted-prototype-ids.json'))
    if (!check.ok) throw new Error(check.message)
    expect(check.bundle.cases.map((c) => c.id)).toEqual(['__proto__'])
    expect(check.bundle.articles.map((a) => a.id).sort()).toEqual(['constructor', 'toString'])
    expect(Object.getPrototypeOf(check.bundle.cases[0])).toBe(Object.prototype)
    expect(Object.keys(check.bundle.cases[0]!)).not.toContain('__proto__')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

describe('inputs too big to keep as files', () => {
  it('refuses a 30 MB title by its length, not by running out of memory', () => {
    const b = structuredClone(base)
    b.articles[0].title = 'x'.repeat(30 * 1024 * 1024)
    expect(refusal(JSON.stringify(b))).toBe(
      'articles[0] (id a-1) title: is 31,457,280 characters long; at most 2,000 are allowed'
    )
  }, 30_000)

  it('refuses a million nested arrays before building them, and finds the syntax error in them without recursion', () => {
    const deep = '{"format": "parallax/1", "cases": ' + '['.repeat(1_000_000)
    expect(refusal(deep)).toBe(
      `The file nests arrays or objects more than ${BUNDLE_LIMITS.depth} levels deep (at line 1, column 66); a Parallax bundle is never that deep.`
    )
    expect(findJsonSyntaxError('['.repeat(1_000_000))).toEqual({
      offset: 1_000_000,
      expected: 'more data (the file ends too soon)'
    })
    expect(findJsonSyntaxError('['.repeat(200_000) + ']'.repeat(200_000))).toBeNull()
  })

  it('refuses millions of empty arrays before building them', () => {
    const json =
      '{"format": "parallax/1", "cases": [], "articles": [], "claims": [], "links": [' +
      '[],'.repeat(BUNDLE_LIMITS.containers) +
      '[]]}'
    expect(refusal(json)).toMatch(
      /^The file holds more than 5,000,000 arrays and objects \(the one past them at line 1, column \d+\); a bundle of the most records Parallax reads holds fewer\.$/
    )
  })

  it('does not count brackets inside strings, escaped quotes included, as nesting', () => {
    const b = structuredClone(base)
    b.claims[1].note = '"[[[' + '[{'.repeat(500) + '\\"' + '\\\\'
    const json = JSON.stringify(b)
    expect(findNestingProblem(json, 4)).toBeNull()
    expect(parseBundle(json).ok).toBe(true)
  })

  it('finds nesting too deep exactly when it is, on random JSON', () => {
    const depth = (v: unknown): number =>
      v !== null && typeof v === 'object' ? 1 + Math.max(0, ...Object.values(v).map(depth)) : 0
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), fc.nat({ max: 8 }), (value, max) => {
        const text = JSON.stringify(value)
        expect(findNestingProblem(text, max) === null).toBe(depth(value) <= max)
      }),
      { numRuns: 500 }
    )
  })

  it.each(['cases', 'articles', 'claims', 'links'] as const)(
    'refuses more %s than Parallax reads by the count alone',
    (table) => {
      const max = BUNDLE_LIMITS.records[table]
      const tables = { cases: '[]', articles: '[]', claims: '[]', links: '[]', [table]: `[${'0,'.repeat(max)}0]` }
      const json = `{"format": "parallax/1", ${Object.entries(tables)
        .map(([k, v]) => `"${k}": ${v}`)
        .join(', ')}}`
      expect(refusal(json)).toBe(
        `${table}: the bundle holds ${(max + 1).toLocaleString('en')} ${table}; Parallax reads at most ${max.toLocaleString('en')} in one bundle.`
      )
    }
  )

  it('refuses fifty thousand broken records with three sentences and a count', () => {
    const b = structuredClone(base)
    const claim = b.claims[1]
    b.claims = Array.from({ length: 50_000 }, (_, i) => ({ ...claim, id: `k-${i}`, articleId: 'a-9' }))
    b.links = []
    const message = refusal(JSON.stringify(b))
    expect(message.split('; ')).toHaveLength(3)
    expect(message).toMatch(
      /^claims\[0\] \(id k-0\): its article a-9 is not in the bundle; .* \(and 49,997 more problems\)$/
    )
  }, 60_000) // linear, but a large input: generous under a loaded CI machine

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc
            .jsonValue()
            .map((v) => JSON.stringify({ format: 'parallax/1', cases: v, articles: [v], claims: v, links: [] }))
        ),
        (text) => {
          const check = parseBundle(text)
          if (!check.ok) expect(check.message).toMatch(/\S/)
        }
      ),
      { numRuns: 1000 }
    )
  })
})
