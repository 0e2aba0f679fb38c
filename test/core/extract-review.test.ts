import { describe, expect, it } from 'vitest'
import {
  dismissalKey,
  isSuggestionId,
  pendingSuggestions,
  publicationDay,
  storedSuggestionId,
  suggestClaims,
  suggestionKey,
  untakenSuggestions
} from '@core/extract'
import { claimFromDraft, type Article, type Claim } from '@core/model'
import { suggestFor } from '../../src/cli/claims'
import { pendingSuggestions as appPending } from '../../src/renderer/src/claims/suggestions'

const TEXT =
  'Gunmen attacked a checkpoint on Tuesday, killing at least 7 people including two children, police said.\n\n' +
  'The death toll rose to 12 by evening, the health ministry said. The convoy had come some 40 km from the border.'

const article = { id: 'a-1', text: TEXT, publishedAt: '2016-08-14T22:30:00-04:00' } as Article
const none = new Set<string>()

function storedOn(exact: string, kind: Claim['kind']): Claim {
  const draft = suggestClaims(article).find((d) => d.anchor.exact === exact && d.kind === kind)!
  return claimFromDraft({ ...draft, origin: 'manual' }, { id: 'c-1', articleId: article.id }, '')
}

describe('a suggestion has one id wherever it is made', () => {
  it('the CLI and the app give the same suggestion the same id', () => {
    const cli = suggestFor(article, '2020-01-01T00:00:00Z').map((c) => c.id)
    const app = appPending(article, [], none).map((s) => s.id)
    expect(cli).toHaveLength(6)
    expect(cli).toEqual(app)
    expect(cli.every(isSuggestionId)).toBe(true)
    expect(new Set(cli).size).toBe(cli.length)
  })

  it('is the same when the suggestions are recomputed', () => {
    const again = pendingSuggestions({ ...article }, [], none).map((s) => s.id)
    expect(again).toEqual(pendingSuggestions(article, [], none).map((s) => s.id))
  })
})

describe('the key a text is read under', () => {
  it('is the same for the same text and publication day, wherever it is found, and new for a new version', () => {
    expect(suggestionKey({ text: TEXT, publishedAt: '2016-08-14T22:30:00-04:00' })).toBe(
      suggestionKey({ text: TEXT, publishedAt: '2016-08-14' })
    )
    expect(suggestionKey({ text: TEXT, publishedAt: '2016-08-15' })).not.toBe(suggestionKey(article))
    expect(suggestionKey({ text: `${TEXT} More.`, publishedAt: article.publishedAt })).not.toBe(suggestionKey(article))
  })
})

describe('a suggestion stored without review', () => {
  it('keeps one id of its own, never taken for a suggestion to review', () => {
    const [first] = pendingSuggestions(article, [], none)
    const stored = storedSuggestionId(first!.id)
    expect(isSuggestionId(stored)).toBe(false)
    expect(storedSuggestionId(first!.id)).toBe(stored)
    expect(storedSuggestionId('c-1')).toBe('c-1')
  })
})

describe('a rejected suggestion stays away', () => {
  it('its dismissal key hides exactly that suggestion', () => {
    const all = pendingSuggestions(article, [], none)
    const police = all.find((s) => s.draft.anchor.exact === 'police said')!
    const key = dismissalKey(article.id, 'attribution', 'police said', police.draft.anchor.start)
    const left = pendingSuggestions(article, [], new Set([key]))
    expect(left.map((s) => s.id)).toEqual(all.filter((s) => s.id !== police.id).map((s) => s.id))
  })

  it('a key for another article, kind or place hides nothing', () => {
    const police = pendingSuggestions(article, [], none).find((s) => s.draft.anchor.exact === 'police said')!
    const start = police.draft.anchor.start
    const keys = new Set([
      dismissalKey('a-2', 'attribution', 'police said', start),
      dismissalKey(article.id, 'quantity', 'police said', start),
      dismissalKey(article.id, 'attribution', 'police said', start + 1)
    ])
    expect(pendingSuggestions(article, [], keys)).toHaveLength(6)
  })
})

describe('a suggestion that sits on a stored claim is not offered', () => {
  it('a stored claim of the same kind over it takes it', () => {
    const stored = storedOn('police said', 'attribution')
    const left = pendingSuggestions(article, [stored], none).map((s) => s.draft.anchor.exact)
    expect(left).not.toContain('police said')
    expect(left).toHaveLength(5)
  })

  it('a claim of another kind, another article or an orphan takes nothing', () => {
    const stored = storedOn('police said', 'attribution')
    const others = [
      { ...stored, kind: 'other', value: { text: 'x' } } as Claim,
      { ...stored, articleId: 'a-2' },
      { ...stored, orphan: true }
    ]
    expect(pendingSuggestions(article, others, none)).toHaveLength(6)
  })

  it('touching is not overlapping: a claim ending where a suggestion starts leaves it', () => {
    const s = { articleId: 'a', kind: 'date' as const, anchor: { start: 10, end: 20 } }
    expect(untakenSuggestions([s], [{ ...s, anchor: { start: 0, end: 10 } }])).toEqual([s])
    expect(untakenSuggestions([s], [{ ...s, anchor: { start: 0, end: 11 } }])).toEqual([])
    expect(untakenSuggestions([s], [{ ...s, anchor: { start: 19, end: 40 } }])).toEqual([])
  })
})

describe('the publication day', () => {
  it('is the day of a date-time; the time of day does not move relative dates', () => {
    expect(publicationDay('2016-08-14T22:30:00-04:00')).toBe('2016-08-14')
    expect(publicationDay(undefined)).toBeUndefined()
    const timed = suggestClaims({ text: TEXT, publishedAt: '2016-08-14T22:30:00-04:00' })
    const day = suggestClaims({ text: TEXT, publishedAt: '2016-08-14' })
    expect(timed.find((d) => d.kind === 'date')!.value).toEqual(day.find((d) => d.kind === 'date')!.value)
    expect(day.find((d) => d.kind === 'date')!.value).toMatchObject({ iso: '2016-08-09', relativeTo: '2016-08-14' })
  })
})
