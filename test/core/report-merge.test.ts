/**
 * Importing a bundle (planMerge, resolveMerge): new records are added, identical ones skipped, a
 * stored record with other content is a conflict that keeps the stored version unless the
 * journalist takes the incoming one, whatever the timestamps say; claims follow the text their
 * article will have; a record under another parent refuses the bundle; the same import twice
 * writes nothing the second time.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { anchorAt } from '@core/anchor'
import { makeBundle, type Article, type Bundle, type Claim } from '@core/model'
import {
  describeMerge,
  describeReanchored,
  parseBundle,
  planMerge,
  renderBundle,
  resolveMerge,
  type MergeChoice,
  type MergePlan,
  type ReportInput
} from '@core/report'
import { reportInputArb } from '../fixtures/report/arbitraries'
import { sampleInput } from '../fixtures/report/sample-input'

const TABLES = ['cases', 'articles', 'claims', 'links'] as const
const EMPTY: ReportInput = { cases: [], articles: [], claims: [], links: [] }
const NONE: MergeChoice = new Set<string>()

/** What the app does with a write: put its records over the store, id by id. */
function apply(store: ReportInput, put: ReportInput): ReportInput {
  const out = { ...store }
  for (const t of TABLES) {
    const byId = new Map<string, unknown>(store[t].map((r) => [r.id, r]))
    for (const r of put[t]) byId.set(r.id, r)
    ;(out as Record<string, unknown[]>)[t] = [...byId.values()]
  }
  return out
}

const bundleOf = (input: ReportInput): Bundle => makeBundle(input)
const later = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString()

function planned(store: ReportInput, bundle: Bundle): MergePlan {
  const planning = planMerge(store, bundle)
  if (!planning.ok) throw new Error(planning.message)
  return planning.plan
}

/** The store after importing `bundle` with `choice`. */
function imported(store: ReportInput, bundle: Bundle, choice: MergeChoice = NONE): ReportInput {
  return apply(store, resolveMerge(planned(store, bundle), choice).put)
}

const stored = imported(EMPTY, bundleOf(sampleInput))
/** "killed 12 senior ISIL leaders": confirmed, with a note. */
const claim0 = sampleInput.claims[0]!
const diyaruna = sampleInput.articles.find((a) => a.id === 'art-diyaruna')!

/** The sample bundle with one record changed by `edit`. */
function withClaim(edit: (c: Claim) => Claim, id = claim0.id): Bundle {
  return bundleOf({ ...sampleInput, claims: sampleInput.claims.map((c) => (c.id === id ? edit(c) : c)) })
}
function withArticle(edit: (a: Article) => Article, id = diyaruna.id): Bundle {
  return bundleOf({ ...sampleInput, articles: sampleInput.articles.map((a) => (a.id === id ? edit(a) : a)) })
}

describe('planMerge sorts what a bundle holds', () => {
  it('adds everything into an empty store, then finds everything identical the second time', () => {
    const first = planned(EMPTY, bundleOf(sampleInput))
    expect(first.added).toEqual({ cases: 1, articles: 3, claims: 20, links: 7 })
    const write = resolveMerge(first, NONE)
    expect(describeMerge(write.summary)).toBe('Added 1 case, 3 articles, 20 claims and 7 links.')
    expect(write.replaced).toEqual(EMPTY)

    const second = planned(stored, bundleOf(sampleInput))
    expect(second.identical).toEqual({ cases: 1, articles: 3, claims: 20, links: 7 })
    expect(second.conflicts).toEqual([])
    expect(resolveMerge(second, 'all').put).toEqual(EMPTY)
    expect(describeMerge(resolveMerge(second, NONE).summary)).toBe(
      'Skipped 1 case, 3 articles, 20 claims and 7 links (already up to date).'
    )
  })

  it.each([
    ['a claim’s status', withClaim((c) => ({ ...c, status: 'rejected' })), 'status', 'Confirmed', 'Rejected'],
    [
      'a claim’s note',
      withClaim((c) => ({ ...c, note: 'the ministry denies it' })),
      'note',
      'Matches the Joint Operations Command statement.',
      'the ministry denies it'
    ],
    [
      'a claim’s value',
      withClaim((c) => ({ ...c, value: { outcome: 'killed', min: 40, max: 40 } }) as Claim),
      'value',
      '12 killed (senior ISIL leaders)',
      '40 killed'
    ],
    ['a claim’s tags', withClaim((c) => ({ ...c, tags: ['checked'] })), 'tags', '(none)', 'checked'],
    [
      'an article’s title',
      withArticle((a) => ({ ...a, title: 'Twelve leaders killed' })),
      'title',
      diyaruna.title,
      'Twelve leaders killed'
    ],
    [
      'an article’s web address',
      withArticle((a) => ({ ...a, url: 'https://evil.example/' })),
      'web address',
      diyaruna.url,
      'https://evil.example/'
    ],
    [
      'a case’s name',
      bundleOf({ ...sampleInput, cases: [{ ...sampleInput.cases[0]!, name: 'Renamed' }] }),
      'name',
      sampleInput.cases[0]!.name,
      'Renamed'
    ],
    [
      'a link’s verdict',
      bundleOf({ ...sampleInput, links: sampleInput.links.map((l, i) => (i === 0 ? { ...l, relation: 'agree' } : l)) }),
      'verdict',
      'conflict',
      'agree'
    ]
  ])(
    'lists a change of %s as a conflict, keeps the stored version by default and writes the incoming one only when taken',
    (_, bundle, field, was, becomes) => {
      const plan = planned(stored, bundle)
      expect(plan.conflicts).toHaveLength(1)
      const [conflict] = plan.conflicts
      expect(conflict!.changes).toContainEqual({ field, stored: was, incoming: becomes })

      const kept = resolveMerge(plan, NONE)
      expect(kept.put).toEqual(EMPTY)
      expect(kept.summary.kept[conflict!.table]).toBe(1)
      expect(describeMerge(kept.summary)).toMatch(
        new RegExp(`^Kept your version of 1 ${conflict!.table.slice(0, -1)}; skipped `)
      )

      const taken = resolveMerge(plan, new Set([conflict!.key]))
      const incoming = (bundle[conflict!.table] as { id: string }[]).find((r) => r.id === conflict!.id)
      expect(taken.put[conflict!.table]).toContainEqual(expect.objectContaining(incoming))
      expect(taken.replaced[conflict!.table]).toContainEqual(
        (stored[conflict!.table] as { id: string }[]).find((r) => r.id === conflict!.id)
      )
      expect(taken.summary.updated[conflict!.table]).toBe(1)
    }
  )

  it('never lets the sender’s updatedAt decide: a newer stamp with other content is a conflict kept by default, a newer stamp alone changes nothing', () => {
    const newer = withClaim((c) => ({
      ...c,
      status: 'rejected',
      note: 'overwritten?',
      updatedAt: later(c.updatedAt, 86_400_000 * 365)
    }))
    const plan = planned(stored, newer)
    expect(plan.conflicts.map((c) => c.changes.map((x) => x.field))).toEqual([['status', 'note']])
    expect(resolveMerge(plan, NONE).put).toEqual(EMPTY)

    const touched = withClaim((c) => ({
      ...c,
      updatedAt: later(c.updatedAt, 1000),
      createdAt: later(c.createdAt, 1000)
    }))
    const same = planned(stored, touched)
    expect(same.conflicts).toEqual([])
    expect(resolveMerge(same, 'all').put).toEqual(EMPTY)

    // An older stamp is no reason either way: the journalist may still take it.
    const older = withClaim((c) => ({ ...c, note: 'from an older export', updatedAt: later(c.updatedAt, -1000) }))
    expect(resolveMerge(planned(stored, older), 'all').put.claims).toEqual([
      expect.objectContaining({ note: 'from an older export' })
    ])
  })

  it('takes every conflict with "all", and only the chosen ones otherwise', () => {
    const bundle = bundleOf({
      ...sampleInput,
      claims: sampleInput.claims.map((c, i) => (i < 3 ? { ...c, note: `changed ${i}` } : c)),
      articles: sampleInput.articles.map((a) => ({ ...a, byline: 'Someone else' }))
    })
    const plan = planned(stored, bundle)
    expect(plan.conflicts.map((c) => c.table)).toEqual([
      'articles',
      'articles',
      'articles',
      'claims',
      'claims',
      'claims'
    ])
    expect(resolveMerge(plan, 'all').summary.updated).toEqual({ cases: 0, articles: 3, claims: 3, links: 0 })
    const one = resolveMerge(plan, new Set([plan.conflicts[4]!.key]))
    expect(one.put.claims.map((c) => c.note)).toEqual(['changed 1'])
    expect(one.put.articles).toEqual([])
  })

  it.each([
    [
      'an article in another case',
      withArticle((a) => ({ ...a, caseId: 'case-other' })),
      /^articles\[0\] \(id art-diyaruna\) is stored here under another parent \(here it is in case case-1, in the bundle in case case-other\)/
    ],
    [
      'a claim on another article',
      withClaim((c) => ({ ...c, articleId: 'art-wire' })),
      /^claims\[\d+\] \(id [^)]+\) is stored here under another parent \(here it is on article art-\w+, in the bundle on article art-wire\)/
    ],
    [
      'a link between other claims',
      bundleOf({
        ...sampleInput,
        links: sampleInput.links.map((l, i) =>
          i === 0 ? { ...l, claimIds: [l.claimIds[0], sampleInput.claims[19]!.id] as [string, string] } : l
        )
      }),
      /^links\[0\] \(id link-1\) is stored here under another parent/
    ]
  ])('refuses a bundle holding %s under a stored id: records never move', (_, bundle, message) => {
    const planning = planMerge(stored, bundle)
    expect(planning.ok).toBe(false)
    expect(planning.ok ? '' : planning.message).toMatch(message)
    expect(planning.ok ? '' : planning.message).toMatch(/nothing was imported\.$/)
  })

  it('puts new articles into the stored case they belong to, keeping its name and order', () => {
    const kase = { ...sampleInput.cases[0]!, name: 'Our own name', articleIds: ['art-oman-observer', 'art-diyaruna'] }
    const mine: ReportInput = {
      ...stored,
      cases: [kase],
      articles: stored.articles.filter((a) => a.id !== 'art-wire'),
      claims: stored.claims.filter((c) => c.articleId !== 'art-wire'),
      links: []
    }
    const plan = planned(mine, bundleOf(sampleInput))
    expect(plan.joining).toEqual([{ caseId: 'case-1', name: 'Our own name', articles: 1 }])
    const write = resolveMerge(plan, NONE)
    expect(write.put.cases).toEqual([{ ...kase, articleIds: ['art-oman-observer', 'art-diyaruna', 'art-wire'] }])
    expect(write.replaced.cases).toEqual([kase])
    expect(imported(mine, bundleOf(sampleInput)).cases[0]!.articleIds).toEqual([
      'art-oman-observer',
      'art-diyaruna',
      'art-wire'
    ])
  })
})

describe('claims follow the text their article will have', () => {
  const lead = 'An update was added at the top of this story. '
  const newText = (a: Article) => lead + a.text.replace('July 29th', 'late July')
  const edited = withArticle((a) => ({ ...a, text: newText(a), contentHash: 'sha256:edited' }))
  const ofDiyaruna = stored.claims.filter((c) => c.articleId === diyaruna.id)

  it('keeps the stored text by default; taking the incoming text places the stored claims in it, orphaning the one whose quote is gone', () => {
    const plan = planned(stored, edited)
    expect(plan.conflicts.map((c) => c.changes.map((x) => x.field))).toEqual([['text', 'source file']])
    expect(plan.conflicts[0]!.changes[0]).toMatchObject({
      stored: expect.stringMatching(/^5,208 characters: /),
      incoming: expect.stringMatching(/^5,254 characters: An update was added/)
    })
    expect(resolveMerge(plan, NONE).put).toEqual(EMPTY)

    const write = resolveMerge(plan, 'all')
    expect(write.put.articles).toEqual([expect.objectContaining({ text: newText(diyaruna) })])
    expect(write.reanchored).toEqual([
      { articleId: diyaruna.id, title: diyaruna.title, kept: 0, moved: ofDiyaruna.length - 1, orphaned: 1 }
    ])
    expect(describeReanchored(write.reanchored)).toEqual([
      `${ofDiyaruna.length} claims of “${diyaruna.title}” placed again in the text it will have; 1 not found there, kept as orphaned.`
    ])
    expect(write.replaced.claims).toHaveLength(ofDiyaruna.length)
    const after = apply(stored, write.put)
    for (const c of after.claims.filter((x) => x.articleId === diyaruna.id && !x.orphan))
      expect(newText(diyaruna).slice(c.anchor.start, c.anchor.end)).toBe(c.anchor.exact)
    expect(after.claims.find((c) => c.anchor.exact === 'July 29th')?.orphan).toBe(true)
    // and the result passes the door again
    expect(parseBundle(renderBundle(after)).ok).toBe(true)
  })

  it('places a new incoming claim in the stored text when that text is kept, and does not call it a conflict next time', () => {
    const quote = 'senior ISIL leaders'
    const text = newText(diyaruna)
    const start = text.indexOf(quote)
    const fresh: Claim = {
      ...claim0,
      id: 'claim-new',
      articleId: diyaruna.id,
      kind: 'other',
      value: {},
      anchor: anchorAt(text, start, start + quote.length)
    }
    const bundle = bundleOf({ ...sampleInput, articles: edited.articles, claims: [...sampleInput.claims, fresh] })
    const write = resolveMerge(planned(stored, bundle), NONE)
    expect(write.put.articles).toEqual([])
    const placed = write.put.claims.find((c) => c.id === 'claim-new')!
    expect(placed.orphan).toBeUndefined()
    expect(diyaruna.text.slice(placed.anchor.start, placed.anchor.end)).toBe(quote)
    expect(placed.anchor.start).toBe(diyaruna.text.indexOf(quote))

    const again = planned(apply(stored, write.put), bundle)
    expect(again.conflicts.map((c) => c.table)).toEqual(['articles'])
    expect(resolveMerge(again, NONE).put).toEqual(EMPTY)
  })
})

describe('any import, any choice', () => {
  /** A store holding part of a bundle, some records with other content than the bundle's. */
  const scenario = reportInputArb.chain((input) =>
    fc.record({
      input: fc.constant(input),
      fate: fc.array(fc.constantFrom('absent', 'same', 'edited'), { minLength: 40, maxLength: 40 }),
      take: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 })
    })
  )

  const OURS = 'Our own first line. '

  function storeFor(bundle: Bundle, fate: string[]): ReportInput {
    let k = 0
    const store = { ...EMPTY } as ReportInput
    for (const t of TABLES) {
      const rows: unknown[] = []
      for (const r of bundle[t] as ({ id: string } & Record<string, unknown>)[]) {
        const f = fate[k++ % fate.length]
        if (f === 'same') rows.push(r)
        else if (f === 'edited') {
          // an edited article has our own first line: its stored claims sit further on
          const change: Record<string, unknown> = {
            cases: { name: `${r.name} (ours)` },
            articles: { title: `${r.title} (ours)`, text: OURS + r.text },
            claims: { note: `${r.note} (ours)` },
            links: { reason: `${r.reason} (ours)` }
          }[t]
          rows.push({ ...r, ...change })
        }
      }
      ;(store as unknown as Record<string, unknown[]>)[t] = rows
    }
    // A stored article needs its case, a stored claim its article, a link its claims, as in the app's store.
    const cases = new Set(store.cases.map((c) => c.id))
    store.articles = store.articles.filter((a) => cases.has(a.caseId))
    const articles = new Set(store.articles.map((a) => a.id))
    store.claims = store.claims.filter((c) => articles.has(c.articleId))
    const claims = new Set(store.claims.map((c) => c.id))
    store.links = store.links.filter((l) => l.claimIds.every((id) => claims.has(id)))
    const texts = new Map(store.articles.map((a) => [a.id, a.text]))
    store.claims = store.claims.map((c) => {
      const text = texts.get(c.articleId)!
      if (!text.startsWith(OURS) || text.slice(c.anchor.start, c.anchor.end) === c.anchor.exact) return c
      return { ...c, anchor: anchorAt(text, c.anchor.start + OURS.length, c.anchor.end + OURS.length) }
    })
    store.cases = store.cases.map((c) => ({
      ...c,
      articleIds: c.articleIds.filter((id) => store.articles.some((a) => a.id === id))
    }))
    return store
  }

  it('leaves a store the door accepts, holds every id once, and writes nothing when the same import is chosen again', () => {
    fc.assert(
      fc.property(scenario, ({ input, fate, take }) => {
        const bundle = bundleOf(input)
        const store = storeFor(bundle, fate)
        const plan = planned(store, bundle)
        const choice = new Set(plan.conflicts.filter((_, i) => take[i % take.length]).map((c) => c.key))
        const write = resolveMerge(plan, choice)
        const after = apply(store, write.put)
        const check = parseBundle(renderBundle(after))
        if (!check.ok) throw new Error(check.message)
        for (const t of TABLES)
          expect(new Set(after[t].map((r) => r.id))).toEqual(new Set([...store[t], ...bundle[t]].map((r) => r.id)))
        // every kept conflict is still the stored version (a claim perhaps placed again, if its article's text was taken)
        const content = (r: unknown) => ({
          ...(r as object),
          anchor: undefined,
          orphan: undefined,
          articleIds: undefined
        })
        for (const c of plan.conflicts.filter((x) => !choice.has(x.key))) {
          const table = after[c.table] as { id: string }[]
          expect(content(table.find((r) => r.id === c.id))).toEqual(
            content((store[c.table] as { id: string }[]).find((r) => r.id === c.id))
          )
        }
        // every claim placed in the text is in it
        const texts = new Map(after.articles.map((a) => [a.id, a.text]))
        for (const c of after.claims.filter((x) => !x.orphan))
          expect(texts.get(c.articleId)!.slice(c.anchor.start, c.anchor.end)).toBe(c.anchor.exact)
        // the same import again, with the same choice: nothing to write
        const again = planned(after, bundle)
        expect(
          resolveMerge(again, new Set(again.conflicts.filter((c) => choice.has(c.key)).map((c) => c.key))).put
        ).toEqual(EMPTY)
      }),
      { numRuns: 100 }
    )
  }, 60_000) // property runs: generous under a loaded CI machine
})
