/**
 * The JSON bundle: deterministic bytes, a lossless round trip, and the door (parseBundle) that
 * refuses a bad bundle whole with a message saying what is wrong and where.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isSuggestionId, storedSuggestionId } from '@core/extract'
import { findJsonSyntaxError, parseBundle, renderBundle, type ReportInput } from '@core/report'
import { reportInputArb } from '../fixtures/report/arbitraries'
import { sampleInput } from '../fixtures/report/sample-input'

const sampleJson = renderBundle(sampleInput)

/** The sample bundle as plain data, changed by `edit`, back to text. */
function edited(edit: (b: any) => void): string {
  const data = JSON.parse(sampleJson)
  edit(data)
  return JSON.stringify(data)
}

function refusal(json: string): string {
  const check = parseBundle(json)
  if (check.ok) throw new Error('expected the bundle to be refused')
  return check.message
}

describe('renderBundle', () => {
  it('writes format first, then cases, articles, claims, links, and ends with a newline', () => {
    expect(Object.keys(JSON.parse(sampleJson))).toEqual(['format', 'cases', 'articles', 'claims', 'links'])
    expect(sampleJson.startsWith('{\n  "format": "parallax/1",')).toBe(true)
    expect(sampleJson.endsWith('}\n')).toBe(true)
  })

  it('does not depend on the order records or their keys come in', () => {
    const shuffled: ReportInput = {
      cases: [...sampleInput.cases].reverse(),
      articles: [...sampleInput.articles].reverse(),
      claims: [...sampleInput.claims].reverse().map((c) => Object.fromEntries(Object.entries(c).reverse()) as typeof c),
      links: [...sampleInput.links].reverse()
    }
    expect(renderBundle(shuffled)).toBe(sampleJson)
  })

  it('holds no export timestamp: only the records own dates', () => {
    expect(sampleJson).not.toMatch(/exported|generatedAt/i)
  })

  it('keeps every field of every record (lossless)', () => {
    const check = parseBundle(sampleJson)
    expect(check.ok).toBe(true)
    if (!check.ok) return
    const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : 1))
    expect(byId(check.bundle.articles)).toEqual(byId(sampleInput.articles))
    expect(byId(check.bundle.claims)).toEqual(byId(sampleInput.claims))
    expect(byId(check.bundle.links)).toEqual(byId(sampleInput.links))
    expect(check.bundle.cases).toEqual(sampleInput.cases)
  })

  it('export → import → export of random cases is byte-identical', () => {
    fc.assert(
      fc.property(reportInputArb, (input) => {
        const first = renderBundle(input)
        const check = parseBundle(first)
        if (!check.ok) throw new Error(check.message)
        expect(renderBundle(check.bundle)).toBe(first)
      }),
      { numRuns: 100 }
    )
  }, 30_000) // property runs: generous under a loaded CI machine
})

describe('parseBundle refuses a bad bundle whole, saying what and where', () => {
  it.each([
    ['an empty file', '', /empty/],
    [
      'broken JSON, with its line and column',
      '{\n  "format": "parallax/1",\n  "cases": [}',
      /not valid JSON at line 3, column \d+/
    ],
    ['a JSON array', '[]', /not a Parallax bundle: the file holds an array/],
    ['no format', '{"cases": []}', /has no "format" \(expected "parallax\/1"\)/],
    [
      'a newer version',
      '{"format": "parallax/2"}',
      /^This is a parallax\/2 bundle; this version of Parallax reads parallax\/1\.$/
    ],
    ['another format', '{"format": "zotero"}', /not a Parallax bundle: its format is "zotero"/]
  ])('%s', (_, json, expected) => {
    expect(refusal(json)).toMatch(expected)
  })

  it('points at the exact place JSON breaks, as line and column', () => {
    expect(refusal('{\n  "format": "parallax/1",\n  "cases": [}')).toBe(
      'The file is not valid JSON at line 3, column 13: expected a value, found "}".'
    )
    expect(refusal('{"format": "parallax/1", }')).toMatch(
      /line 1, column 26: expected a property name in double quotes/
    )
    expect(refusal('{"format": "parallax/1"')).toMatch(
      /line 1, column 24: expected "," or "}" after a property, found the end of the file/
    )
  })

  it('finds a syntax error exactly when JSON.parse does', () => {
    const jsonish = fc.string({
      unit: fc.constantFrom(
        '{',
        '}',
        '[',
        ']',
        '"',
        ':',
        ',',
        '1',
        '-',
        '.',
        'e',
        'a',
        't',
        'true',
        'null',
        ' ',
        '\\',
        '\n'
      ),
      maxLength: 24
    })
    fc.assert(
      fc.property(jsonish, (text) => {
        let parses = true
        try {
          JSON.parse(text)
        } catch {
          parses = false
        }
        expect(findJsonSyntaxError(text) === null).toBe(parses)
      }),
      { numRuns: 2000 }
    )
  })

  it('names the record and field a schema error is in', () => {
    const message = refusal(edited((b) => (b.claims[3].status = 'maybe')))
    expect(message).toMatch(/^claims\[3\] \(id [0-9a-f-]+\) status: /)
  })

  it('refuses an anchor past the end of its article text, with the lengths', () => {
    const message = refusal(
      edited((b) => {
        const c = b.claims[3]
        const text: string = b.articles.find((a: any) => a.id === c.articleId).text
        c.anchor.start = text.length + 10
        c.anchor.end = c.anchor.start + c.anchor.exact.length
      })
    )
    expect(message).toMatch(
      /^claims\[3\] \(id [0-9a-f-]+\): anchor end \d+ is past the end of article art-[a-z-]+'s text \(\d+ characters\)$/
    )
  })

  it('refuses an anchor whose exact text is not the text at its offsets', () => {
    const message = refusal(edited((b) => ((b.claims[0].anchor.start += 1), (b.claims[0].anchor.end += 1))))
    expect(message).toMatch(
      /^claims\[0\] \(id [^)]+\): the anchor's exact text "[^"]+" does not match article art-[a-z-]+'s text at \d+–\d+/
    )
  })

  it.each([
    [
      'a claim of a missing article',
      (b: any) => (b.claims[1].articleId = 'art-gone'),
      /^claims\[1\] \(id [^)]+\): its article art-gone is not in the bundle$/
    ],
    [
      'a link to a missing claim',
      (b: any) => (b.links[2].claimIds[1] = 'c-gone'),
      /^links\[2\] \(id link-3\): its claim c-gone is not in the bundle$/
    ],
    [
      'an article of a missing case',
      (b: any) => (b.articles[0].caseId = 'case-gone'),
      /^articles\[0\] \(id art-diyaruna\): its case case-gone is not in the bundle$/
    ],
    [
      'a duplicate id',
      (b: any) => b.links.push({ ...b.links[0] }),
      /^links\[7\] \(id link-1\): the id is used twice \(also links\[0\]\)$/
    ]
  ])('refuses %s', (_, edit, expected) => {
    expect(refusal(edited(edit))).toMatch(expected)
  })

  it('lists at most three problems and counts the rest', () => {
    const message = refusal(edited((b) => b.claims.forEach((c: any) => (c.articleId = 'nowhere'))))
    expect(message.split('; ')).toHaveLength(3)
    expect(message).toMatch(/\(and 17 more problems\)$/)
  })

  it('accepts a bundle written with a byte-order mark', () => {
    expect(parseBundle('\uFEFF' + sampleJson).ok).toBe(true)
  })
})

describe('parseBundle gives suggestions stored ids', () => {
  /** The sample with its first claim under the id of a suggestion, as the CLI writes them. */
  const asSuggestion = (b: any) => {
    const old = b.claims[0].id
    const id = `s:${b.claims[0].articleId}:${b.claims[0].kind}:${b.claims[0].anchor.start}:${b.claims[0].anchor.end}`
    b.claims[0].id = id
    for (const link of b.links) link.claimIds = link.claimIds.map((c: string) => (c === old ? id : c))
    return id
  }

  it('a claim under a suggestion id (s:…) is read under the id it keeps once stored, in its links too', () => {
    let id = ''
    const check = parseBundle(edited((b) => void (id = asSuggestion(b))))
    if (!check.ok) throw new Error(check.message)
    const stored = storedSuggestionId(id)
    expect(stored).not.toMatch(/^s:/)
    expect(check.bundle.claims.map((c) => c.id)).toContain(stored)
    expect(check.bundle.claims.filter((c) => isSuggestionId(c.id))).toEqual([])
    expect(check.bundle.links.flatMap((l) => l.claimIds).filter((c) => isSuggestionId(c))).toEqual([])
    // read again (a second import of the same file), the same ids: the records are found stored
    expect(parseBundle(renderBundle(check.bundle))).toEqual(check)
  })

  it('refuses a bundle holding a suggestion and a claim under the id it would take', () => {
    const message = refusal(
      edited((b) => {
        const id = asSuggestion(b)
        b.claims.push({ ...b.claims[0], id: storedSuggestionId(id) })
      })
    )
    expect(message).toMatch(/the id is used twice/)
  })
})
