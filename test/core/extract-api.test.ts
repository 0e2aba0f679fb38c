import { describe, expect, it } from 'vitest'
import { parseClaimValue, suggestClaims } from '@core/extract'
import { claimFromDraft, claimSchema } from '@core/model'

const TEXT =
  'Gunmen attacked a checkpoint on Tuesday, killing at least 7 people including two children, police said.\n\n' +
  'The death toll rose to 12 by evening, the health ministry said. The convoy had come some 40 km from the border.'

describe('suggestClaims', () => {
  const claims = suggestClaims({ text: TEXT, publishedAt: '2016-08-14' })

  it('returns drafts in text order with origin, status, note and tags set', () => {
    const starts = claims.map((c) => c.anchor.start)
    expect(starts).toEqual([...starts].sort((a, b) => a - b))
    for (const c of claims) {
      expect(c).toMatchObject({ origin: 'suggested', status: 'unreviewed', note: '', tags: [] })
    }
    expect(claims.map((c) => [c.kind, c.anchor.exact])).toEqual([
      ['date', 'Tuesday'],
      ['casualty', 'killing at least 7 people including two children'],
      ['attribution', 'police said'],
      ['casualty', 'death toll rose to 12'],
      ['attribution', 'the health ministry said'],
      ['quantity', 'some 40 km']
    ])
  })

  it('anchors with UTF-16 offsets and 32 characters of context either side', () => {
    for (const c of claims) {
      const { start, end, exact, prefix, suffix } = c.anchor
      expect(TEXT.slice(start, end)).toBe(exact)
      expect(prefix).toBe(TEXT.slice(Math.max(0, start - 32), start))
      expect(suffix).toBe(TEXT.slice(end, end + 32))
    }
    expect(claims[0]?.anchor.prefix.length).toBe(32)
    expect(claims[claims.length - 1]?.anchor.suffix).toBe(' from the border.')
  })

  it('makes drafts that validate as claims', () => {
    for (const draft of claims) {
      const claim = claimFromDraft(draft, { id: 'c1', articleId: 'a1' }, '2016-08-14T00:00:00Z')
      expect(claimSchema.safeParse(claim).success).toBe(true)
    }
  })

  it('resolves relative dates against the article’s own publication date unless the options give one', () => {
    const own = suggestClaims({ text: 'They met on Tuesday.', publishedAt: '2016-08-14' })
    const given = suggestClaims(
      { text: 'They met on Tuesday.', publishedAt: '2016-08-14' },
      { publishedAt: '2016-08-20' }
    )
    expect(own[0]?.value).toMatchObject({ iso: '2016-08-09' })
    expect(given[0]?.value).toMatchObject({ iso: '2016-08-16' })
  })

  it('keeps offsets right in text with Arabic-Indic digits and astral characters', () => {
    const text = '😀 Officials said ١٢ soldiers were wounded.'
    const [attribution, casualty] = suggestClaims({ text })
    expect(attribution?.anchor.exact).toBe('Officials said')
    expect(casualty?.anchor.exact).toBe('١٢ soldiers were wounded')
    expect(casualty?.value).toMatchObject({ outcome: 'wounded', min: 12, max: 12 })
  })

  it('suggests nothing from page-chrome-like lines', () => {
    const chrome =
      'Do you like this article?\n\n0 Comment(s)\n\nComment Policy * Denotes Required Field 1500 / 1500\n\nPage 2\n\nSHARE ARTICLE'
    expect(suggestClaims({ text: chrome })).toEqual([])
  })

  it('returns nothing for empty text', () => {
    expect(suggestClaims({ text: '' })).toEqual([])
  })
})

describe('parseClaimValue', () => {
  it.each([
    ['casualty', 'killed at least 20 fighters', { outcome: 'killed', min: 20, who: 'fighters' }],
    ['date', 'June 3rd', { iso: '--06-03', granularity: 'day', calendar: 'gregorian', text: 'June 3rd' }],
    ['attribution', 'the Interior Ministry said', { speaker: 'Interior Ministry', verb: 'said' }],
    ['quantity', 'about 400 kilometres', { amount: 400, unit: 'km' }],
    ['quantity', '12 fighters were killed', { amount: 12, unit: 'fighters' }],
    ['quantity', '12 people were killed', { amount: 12, what: 'people' }],
    ['other', ' anything ', { text: 'anything' }]
  ] as const)('%s: %s', (kind, text, value) => {
    expect(parseClaimValue(kind, text)).toEqual(value)
  })

  it('resolves a selected relative date with the publication date', () => {
    expect(parseClaimValue('date', 'yesterday', { publishedAt: '2016-08-14' })).toMatchObject({
      iso: '2016-08-13',
      granularity: 'day'
    })
  })

  it('returns null when nothing can be read', () => {
    expect(parseClaimValue('casualty', 'the weather was fine')).toBeNull()
    expect(parseClaimValue('date', 'no date here')).toBeNull()
    expect(parseClaimValue('other', '   ')).toBeNull()
  })
})
