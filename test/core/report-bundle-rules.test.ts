/**
 * report/bundle-rules: what each field of a bundle's records may hold beyond its shape. A
 * colleague's bundle with a date that does not exist, an id hiding a direction override or a
 * title the size of a book is refused field by field, with a sentence that names the field.
 */
import { describe, expect, it } from 'vitest'
import type { Claim } from '@core/model'
import { BUNDLE_LIMITS, brokenCharacter, checkFields, quote } from '@core/report/bundle-rules'
import { sampleInput } from '../fixtures/report/sample-input'

type Found = [field: string, problem: string][]
function problems<T extends keyof typeof checkFields>(table: T, record: Parameters<(typeof checkFields)[T]>[0]): Found {
  const found: Found = []
  ;(checkFields[table] as (r: typeof record, report: (f: string, p: string) => void) => void)(record, (f, p) =>
    found.push([f, p])
  )
  return found
}

const article = sampleInput.articles[0]!
const claim = sampleInput.claims[0]! as Extract<Claim, { kind: 'casualty' }>

describe('the records of a real case', () => {
  it('pass every field rule', () => {
    for (const c of sampleInput.cases) expect(problems('cases', c)).toEqual([])
    for (const a of sampleInput.articles) expect(problems('articles', a)).toEqual([])
    for (const c of sampleInput.claims) expect(problems('claims', c)).toEqual([])
    for (const l of sampleInput.links) expect(problems('links', l)).toEqual([])
  })
})

describe('fields a bundle may not hold', () => {
  it('a timestamp or publication date not on the calendar', () => {
    expect(problems('articles', { ...article, importedAt: '2024-02-30T08:00:00Z', publishedAt: '2023-02-29' })).toEqual(
      [
        ['publishedAt', '"2023-02-29" has no day 29 in month 2'],
        [
          'importedAt',
          '"2024-02-30T08:00:00Z" has no day 30 in month 2; a timestamp reads like 2024-05-01T08:00:00.000Z'
        ]
      ]
    )
    expect(problems('articles', { ...article, publishedAt: '2024-02-29' })).toEqual([])
  })

  it('an id with an invisible character, and a web address the app would not open', () => {
    expect(problems('links', { ...sampleInput.links[0]!, claimIds: [claim.id, 'claim\u202E1'] })).toEqual([
      ['claimIds[1]', 'holds an invisible or control character (U+202E) at offset 5']
    ])
    expect(problems('articles', { ...article, url: 'javascript:alert(1)' })).toEqual([
      ['url', '"javascript:alert(1)" cannot be kept: only http:// and https:// addresses are accepted']
    ])
  })

  it('a title too long to list and a casualty range upside down', () => {
    expect(problems('articles', { ...article, title: 'x'.repeat(BUNDLE_LIMITS.title + 1) })).toEqual([
      ['title', 'is 2,001 characters long; at most 2,000 are allowed']
    ])
    expect(problems('claims', { ...claim, value: { ...claim.value, min: 20, max: 12 } })).toEqual([
      ['value.min', '20 is more than max 12']
    ])
  })
})

describe('messages about what is wrong', () => {
  it('find half of an emoji, and accept a whole one', () => {
    expect(brokenCharacter('killed 12 😀')).toBeNull()
    expect(brokenCharacter('killed 12 \uD83D')).toBe(
      'holds half of a character (a lone surrogate, U+D83D) at offset 10'
    )
  })

  it('quote a value clipped and with its invisible characters shown', () => {
    expect(quote('photo\u202Egpj.exe')).toBe('"photo\\u202egpj.exe"')
    expect(quote('a'.repeat(50))).toBe(`"${'a'.repeat(39)}…"`)
  })
})
