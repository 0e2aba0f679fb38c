/**
 * Words that name members of Object.prototype ("constructor", "__proto__", "toString") are just
 * words in an article. Dictionaries looked up with them must find nothing (they once returned
 * Object's own functions and broke the comparison: "word.normalize is not a function").
 */
import { describe, expect, it } from 'vitest'
import { compareArticles, sameSource } from '@core/compare'
import { suggestClaims } from '@core/extract'
import { articleFromDraft, claimFromDraft, type Article } from '@core/model'
import { hashText, parseNumber, parseOrdinal } from '@core/text'

const WORDS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf']
const NOW = '2024-01-01T00:00:00.000Z'

function article(id: string, text: string): Article {
  const draft = {
    title: id,
    outlet: 'constructor',
    byline: '',
    url: '',
    lang: 'en',
    dir: 'ltr' as const,
    text,
    captions: [],
    sourceFormat: 'text' as const,
    sourceName: `${id}.txt`,
    contentHash: hashText(text)
  }
  return articleFromDraft(draft, { id, caseId: 'case' }, NOW)
}

describe('prototype member names in text', () => {
  it.each(WORDS)('%s is not a number, an ordinal or a known word', (word) => {
    expect(parseNumber(word)).toBeNull()
    expect(parseOrdinal(word)).toBeNull()
    expect(parseNumber(`${word} hundred`)).toBeNull()
  })

  it('compares two articles full of them without failing', () => {
    const text = (n: number) =>
      `The constructor said ${n} people were killed on Sunday, the __proto__ ministry told reporters.\n\n` +
      `A toString spokesman, quoted by valueOf, said constructor dozens were wounded and ${n} constructor trucks burned.`
    const a = article('a', text(12))
    const b = article('b', text(15))
    const claims = [a, b].flatMap((x, i) =>
      suggestClaims(x).map((d, j) => claimFromDraft(d, { id: `${x.id}-${i}-${j}`, articleId: x.id }, NOW))
    )
    expect(() => compareArticles({ articles: [a, b], claims })).not.toThrow()
    for (const w of WORDS) expect(() => sameSource(w, `the ${w} ministry`)).not.toThrow()
  })
})
