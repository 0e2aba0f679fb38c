/** compare/judge: the verdict on two claims of one fact, and the reason a journalist reads beside it. */
import { describe, expect, it } from 'vitest'
import { judge } from '@core/compare'
import { claimFromDraft, type Claim, type ClaimDraft } from '@core/model'

let n = 0
/** A claim whose text is `before` + [exact] + `after`, so qualifiers and referents around the anchor count. */
function claim(
  kind: Claim['kind'],
  exact: string,
  value: Record<string, unknown>,
  around: { before?: string; after?: string } = {}
): { claim: Claim; text: string } {
  const before = around.before ?? 'Officials said that '
  const after = around.after ?? ' in the town.'
  const text = before + exact + after
  const start = before.length
  const anchor = { start, end: start + exact.length, exact, prefix: before.slice(-32), suffix: after.slice(0, 32) }
  const v = kind === 'date' ? { calendar: 'gregorian', text: exact, ...value } : value
  const draft = {
    kind,
    anchor,
    value: v,
    origin: 'manual',
    status: 'confirmed',
    note: '',
    tags: []
  } as unknown as ClaimDraft
  return { claim: claimFromDraft(draft, { id: `c${++n}`, articleId: `a${n}` }, '2024-01-01T00:00:00Z'), text }
}

const killed = (exact: string, v: Record<string, unknown>, around?: { before?: string; after?: string }) =>
  claim('casualty', exact, { outcome: 'killed', ...v }, around)
const date = (exact: string, iso: string) =>
  claim('date', exact, { iso, granularity: iso.length > 7 ? 'day' : 'month' })
const km = (exact: string, amount: number, after: string) =>
  claim('quantity', exact, { amount, unit: 'km' }, { before: 'The town lies ', after })

type Row = [string, ReturnType<typeof claim>, ReturnType<typeof claim>, string, string]
const rows: Row[] = [
  // agree
  [
    '"at least 20 killed" vs "At least 20 militants died"',
    killed('at least 20 killed', { min: 20 }),
    killed('At least 20 militants died', { min: 20 }),
    'agree',
    'at least 20 vs at least 20 killed'
  ],
  [
    '"20" vs "at least 20"',
    killed('killed 20 fighters', { min: 20, max: 20 }),
    killed('at least 20 fighters were killed', { min: 20 }),
    'agree',
    '20 vs at least 20 killed'
  ],
  [
    '"12" vs "twelve"',
    killed('killed 12 soldiers', { min: 12, max: 12 }),
    killed('twelve soldiers were killed', {}),
    'agree',
    '12 vs 12 killed'
  ],
  ['3 June vs "June 3rd"', date('3 June', '--06-03'), date('June 3rd', '2016-06-03'), 'agree', '3 June vs 3 June 2016'],
  // compatible
  [
    '"killed or wounded at least 20" vs "killing 25"',
    claim('casualty', 'killed or wounded at least 20', { outcome: 'killed_or_wounded', min: 20 }),
    killed('killing 25', { min: 25, max: 25 }),
    'compatible',
    'at least 20 killed or wounded vs 25 killed: different outcome sets'
  ],
  [
    '"more than 300 km" vs "about 400 km" from the same city',
    km('more than 300 kilometres', 300, ' from the nearest large city.'),
    km('about 400 kilometres', 400, ' from the nearest large city held by the army.'),
    'compatible',
    'more than 300 vs about 400 km'
  ],
  [
    '"about 40" vs "38"',
    killed('about 40 killed', { min: 40, max: 40 }),
    killed('38 killed', { min: 38, max: 38 }),
    'compatible',
    'about 40 vs 38 killed'
  ],
  [
    '"at least 20" vs "25" (same outcome)',
    killed('at least 20 killed', { min: 20 }),
    killed('25 killed', { min: 25, max: 25 }),
    'compatible',
    'at least 20 vs 25 killed'
  ],
  [
    'a month vs a day in it',
    date('June', '--06'),
    date('June 3', '--06-03'),
    'compatible',
    'June vs 3 June: one is less precise'
  ],
  // conflict
  [
    '"killed 12" vs "killed 15"',
    killed('killed 12', { min: 12, max: 12 }),
    killed('killed 15', { min: 15, max: 15 }),
    'conflict',
    '12 vs 15 killed'
  ],
  [
    '29 July vs 28 July',
    date('July 29th', '--07-29'),
    date('July 28', '2016-07-28'),
    'conflict',
    '29 July vs 28 July 2016'
  ],
  ['11 vs 12 August', date('August 11th', '--08-11'), date('August 12', '--08-12'), 'conflict', '11 vs 12 August'],
  ['29 vs 28 July, no year', date('July 29th', '--07-29'), date('July 28', '--07-28'), 'conflict', '29 vs 28 July'],
  [
    'two lower bounds far apart',
    killed('at least 150 dead', { min: 150 }),
    killed('at least 900 dead', { min: 900 }),
    'conflict',
    'at least 150 vs at least 900 killed: far apart'
  ],
  [
    'more killed than killed-or-wounded',
    killed('killed 30', { min: 30, max: 30 }),
    claim('casualty', '20 killed or wounded', { outcome: 'killed_or_wounded', min: 20, max: 20 }),
    'conflict',
    '30 killed vs 20 killed or wounded: more killed than killed or wounded'
  ],
  ['different years', date('June 2014', '2014-06'), date('June 2015', '2015-06'), 'conflict', 'June 2014 vs June 2015'],
  // different-source
  [
    'Joint Operations Command vs Defence Ministry',
    claim('attribution', 'the Joint Operations Command said', { speaker: 'Joint Operations Command' }),
    claim('attribution', 'the Defence Ministry said', { speaker: 'the Defence Ministry' }),
    'different-source',
    'Joint Operations Command vs the Defence Ministry'
  ],
  [
    'Ministry of Defence vs the Defense Ministry (one source)',
    claim('attribution', 'the Ministry of Defence said', { speaker: 'Ministry of Defence' }),
    claim('attribution', 'the Defense Ministry said', { speaker: 'the Defense Ministry' }),
    'agree',
    'Ministry of Defence vs the Defense Ministry: same source'
  ],
  // related, never conflict
  [
    '300 km from the nearest city vs 500 km from Baghdad',
    km('more than 300 kilometres', 300, ' from the nearest large city under the control of the army.'),
    km('some 500 km', 500, ' northwest of Baghdad where tribal law rules.'),
    'related',
    'more than 300 km (from the nearest large city under the control of the army) vs some 500 km (northwest of Baghdad): different referents'
  ],
  [
    'civilians vs militants',
    killed('killed 12 civilians', { min: 12, max: 12 }),
    killed('killed 15 militants', { min: 15, max: 15 }),
    'related',
    '12 killed (civilians) vs 15 killed (fighters): different victims'
  ],
  [
    'killed vs wounded',
    killed('killed 12', { min: 12, max: 12 }),
    claim('casualty', 'wounded 15', { outcome: 'wounded', min: 15, max: 15 }),
    'related',
    '12 killed vs 15 wounded: different outcomes'
  ],
  [
    'km vs vehicles',
    km('300 kilometres', 300, '.'),
    claim('quantity', 'six vehicles', { amount: 6, unit: 'vehicles' }),
    'related',
    '300 km vs 6 vehicles: different units'
  ],
  // the same event's tolls only: scope, victims, dates of other happenings
  [
    "the war's toll vs one attack's",
    killed(
      'More than 320000 people have been killed',
      { min: 320000 },
      { before: '', after: ' in Syria since the conflict began in March 2011.' }
    ),
    killed('put the death toll at 58', { min: 58, max: 58 }),
    'related',
    "more than 320,000 killed, cumulative vs 58 killed: a total over time and one incident's toll"
  ],
  [
    'two totals over different periods',
    killed(
      'more than 200 civilians have been killed',
      { min: 200 },
      { before: 'In the past two weeks ', after: ' in Aleppo.' }
    ),
    killed('More than 300 civilians have been killed', { min: 300 }, { before: '', after: ' in Aleppo since April.' }),
    'related',
    'more than 200 vs more than 300 killed: far apart: totals over periods that may differ'
  ],
  [
    'children among civilians',
    killed('22 children were killed', { min: 22, max: 22, who: 'children' }),
    killed('26 civilians were killed', { min: 26, max: 26, who: 'civilians' }),
    'compatible',
    '22 killed (children) vs 26 killed (civilians): a subgroup of the victims'
  ],
  [
    'the subgroup another toll names',
    killed('Ten civilians were killed', { min: 10, max: 10, who: 'civilians' }),
    killed(
      'killed 31 civilians Friday including 10',
      { min: 31, max: 31, who: 'civilians' },
      { before: 'Air strikes ', after: ' children.' }
    ),
    'compatible',
    "10 killed (civilians) vs 31 killed (civilians): the subgroup named in the other's toll"
  ],
  [
    'one civilian is no subgroup "including a child" names',
    killed('one civilian was among those killed', { min: 1, max: 1, who: 'civilian' }),
    killed('Six civilians including a child were among', { min: 6, max: 6, who: 'civilians including a child' }),
    'conflict',
    '1 vs 6 killed'
  ],
  [
    'soldiers who may be among the people',
    killed('Four people were killed', { min: 4, max: 4, who: 'people' }),
    killed('two soldiers were killed', { min: 2, max: 2, who: 'soldiers' }),
    'compatible',
    '4 killed vs 2 killed (security forces): may be among them'
  ],
  [
    'a vague word vs a figure',
    killed('killing several people', { vague: 'several', who: 'people' }),
    killed('At least 123 civilians have been killed', { min: 123 }),
    'related',
    'several vs at least 123 killed: a vague word against a figure'
  ],
  [
    'Arabic: 22 vs 21 killed',
    killed('مقتل 22 شخصا', { min: 22, max: 22, who: 'شخصا' }, { before: 'أسفر الانفجار عن ', after: ' في قندوز.' }),
    killed('مقتل 21 شخصا', { min: 21, max: 21, who: 'شخصا' }, { before: 'أسفر الانفجار عن ', after: ' في قندوز.' }),
    'conflict',
    '22 vs 21 killed'
  ],
  [
    'Arabic: civilians vs gunmen',
    killed('استشهاد 21 مدنيا', { min: 21, max: 21, who: 'مدنيا' }),
    killed('مقتل 22 مسلحا', { min: 22, max: 22, who: 'مسلحا' }),
    'related',
    '21 killed (civilians) vs 22 killed (fighters): different victims'
  ],
  [
    'dates weeks apart',
    date('June 10', '--06-10'),
    date('May 25', '--05-25'),
    'related',
    '10 June vs 25 May: 16 days apart, different events'
  ],
  [
    'a year and a day years apart',
    date('1881', '1881'),
    date('7 July 2015', '2015-07-07'),
    'related',
    '1881 vs 7 July 2015: years apart, different events'
  ],
  [
    'a night and the day after it',
    claim('date', 'overnight', { iso: '2016-10-12', granularity: 'day', partOfDay: 'night' }),
    date('Thursday', '2016-10-13'),
    'compatible',
    '12 vs 13 October 2016: a night and the day after it'
  ],
  [
    'Hijri vs Gregorian',
    claim('date', 'Shawwal 16', { iso: '--10-16', granularity: 'day', calendar: 'hijri' }),
    date('16 October', '--10-16'),
    'related',
    'Shawwal 16 vs 16 October: different calendars'
  ]
]

describe('judge', () => {
  it.each(rows)('%s', (_name, a, b, verdict, reason) => {
    // the verdict and its reason, as the journalist reads them (a subgroup's `whole` is matching's business)
    const j = judge(a.claim, b.claim, { textA: a.text, textB: b.text })
    expect({ verdict: j.verdict, reason: j.reason }).toEqual({ verdict, reason })
  })

  it('reads "at least" from the anchor prefix when no text is given', () => {
    const a = killed('20 fighters', { min: 20, max: 20 }, { before: 'Strikes killed at least ' })
    const b = killed('killed 20 fighters', { min: 20, max: 20 })
    expect(judge(a.claim, b.claim).reason).toBe('at least 20 vs 20 killed')
  })

  it('never calls two different kinds a conflict', () => {
    expect(judge(killed('killed 12', { min: 12, max: 12 }).claim, date('July 29th', '--07-29').claim).verdict).toBe(
      'related'
    )
  })

  it('is symmetric in its verdict', () => {
    for (const [, a, b, verdict] of rows)
      expect(judge(b.claim, a.claim, { textA: b.text, textB: a.text }).verdict).toBe(verdict)
  })
})

describe('a season or a quarter against a month', () => {
  it('does not read "summer 2016" as a rival month of July 2016', () => {
    const summer = claim('date', 'summer 2016', { iso: '2016-22', granularity: 'season' })
    const july = date('July 2016', '2016-07')
    expect(judge(summer.claim, july.claim).verdict).not.toBe('conflict')
    expect(judge(july.claim, summer.claim).verdict).not.toBe('conflict')
  })

  it('still sets a season of one year against the same season of another', () => {
    const a = claim('date', 'summer 2015', { iso: '2015-22', granularity: 'season' })
    const b = claim('date', 'summer 2016', { iso: '2016-22', granularity: 'season' })
    expect(judge(a.claim, b.claim).verdict).toBe('conflict')
  })
})
