/**
 * Comparison within the same event: two short reports of news, claims tagged as a journalist would,
 * and what compareArticles says of them. Each case is a rule about news, not about one article.
 */
import { describe, expect, it } from 'vitest'
import { compareArticles } from '@core/compare'
import { ingestPastedText } from '@core/ingest'
import { articleFromDraft, type Article, type Claim } from '@core/model'
import { claimAt, NOW } from './compare-gold'
import { env, imported } from './fixtures'

let n = 0
function article(text: string, publishedAt?: string): Article {
  const draft = imported(ingestPastedText(`Report on the strike\n\n${text}`, env)).article
  return articleFromDraft(
    { ...draft, ...(publishedAt ? { publishedAt } : {}) },
    { id: `art${++n}`, caseId: 'events' },
    NOW
  )
}
const killed = (a: Article, exact: string, v: Record<string, unknown>, occurrence = 0) =>
  claimAt(a, 'casualty', exact, { outcome: 'killed', ...v }, occurrence)
const conflicts = (a: Article, b: Article, claims: Claim[]) =>
  compareArticles({ articles: [a, b], claims })
    .matches.filter((m) => m.verdict === 'conflict')
    .map((m) => m.reason)

describe('comparison within the same event', () => {
  it('compares an article that revised its toll by its latest figure, and says so', () => {
    const a = article(
      'An air strike on the market in Kafr Nabl killed 20 people on Sunday, medics said. The death toll has risen to 70, the civil defence said later.'
    )
    const b = article('An air strike on the market in Kafr Nabl killed 20 people on Sunday, a monitor said.')
    const claims = [
      killed(a, 'killed 20 people', { min: 20, max: 20 }),
      killed(a, 'has risen to 70', { min: 70, max: 70 }),
      killed(b, 'killed 20 people', { min: 20, max: 20 })
    ]
    expect(conflicts(a, b, claims)).toEqual(['70 vs 20 killed (its latest figure; earlier 20)'])
  })

  it('does not set the whole war’s toll against one attack’s', () => {
    const a = article(
      'Air strikes on the town of Saraqeb killed 58 people on Tuesday. More than 320000 people have been killed in Syria since the conflict began in March 2011.'
    )
    const b = article(
      'Air strikes on the town of Saraqeb killed 58 people on Tuesday. The war has killed more than 300000 people since 2011.'
    )
    const claims = [
      killed(a, 'killed 58 people', { min: 58, max: 58 }),
      killed(a, 'More than 320000 people have been killed', { min: 320000 }),
      killed(b, 'killed 58 people', { min: 58, max: 58 }),
      killed(b, 'killed more than 300000 people', { min: 300000 })
    ]
    expect(conflicts(a, b, claims)).toEqual([])
  })

  it('does not set tolls of different days against each other', () => {
    const a = article(
      'Air strikes on rebel-held Idlib province on Tuesday killed 26 people and damaged a hospital, a monitor said.'
    )
    const b = article(
      'Air strikes on two hospitals in rebel-held Idlib province on Thursday left 19 people dead, a monitor said.'
    )
    const claims = [
      killed(a, 'killed 26 people', { min: 26, max: 26 }),
      claimAt(a, 'date', 'Tuesday', { iso: 'weekday:2', granularity: 'weekday' }),
      killed(b, 'left 19 people dead', { min: 19, max: 19 }),
      claimAt(b, 'date', 'Thursday', { iso: 'weekday:4', granularity: 'weekday' })
    ]
    expect(conflicts(a, b, claims)).toEqual([])
    // but the day a sentence opens with is its telling's ("On Sunday a monitor said"), not its toll's: one strike
    const c = article('Air strikes on the town of Atareb killed at least 25 civilians on Saturday, a monitor said.')
    const d = article(
      'Air strikes hit the town of Atareb. On Sunday a monitor said at least 40 civilians were killed in the strikes on Atareb.'
    )
    const told = [
      killed(c, 'killed at least 25 civilians', { min: 25 }),
      claimAt(c, 'date', 'Saturday', { iso: 'weekday:6', granularity: 'weekday' }),
      claimAt(d, 'date', 'Sunday', { iso: 'weekday:7', granularity: 'weekday' }),
      killed(d, 'at least 40 civilians were killed', { min: 40 })
    ]
    expect(conflicts(c, d, told)).toEqual(['at least 25 vs at least 40 killed: far apart'])
  })

  it('still finds two counts far apart for the same attack, lower bounds included', () => {
    const a = article(
      'A suicide car bomb at the police station in Khan Abad killed at least 75 people on Saturday, officials said.'
    )
    const b = article(
      'A suicide car bomb at the police station in Khan Abad killed at least 110 people on Saturday, the ministry said.'
    )
    const claims = [
      killed(a, 'killed at least 75 people', { min: 75 }),
      killed(b, 'killed at least 110 people', { min: 110 })
    ]
    expect(conflicts(a, b, claims)).toEqual(['at least 75 vs at least 110 killed: far apart'])
  })

  it('takes a subgroup for compatible with its group', () => {
    const a = article('The barrel bombs on the school in Haas killed 22 children on Wednesday, a monitor said.')
    const b = article('The barrel bombs on the school in Haas killed 26 civilians on Wednesday, a monitor said.')
    const claims = [
      killed(a, 'killed 22 children', { min: 22, max: 22, who: 'children' }),
      killed(b, 'killed 26 civilians', { min: 26, max: 26, who: 'civilians' })
    ]
    const c = compareArticles({ articles: [a, b], claims })
    expect(c.matches.map((m) => [m.verdict, m.reason])).toEqual([
      ['compatible', '22 killed (children) vs 26 killed (civilians): a subgroup of the victims']
    ])
  })

  it('never takes the dateline for an event’s date', () => {
    const a = article('Sun 01 Feb 2015 An explosion inside a bus killed six people in Damascus on Sunday.')
    const b = article(
      '6 killed in a bus bombing in Damascus. The bus bombing took place on Saturday 31 January 2015, the ministry said.'
    )
    const claims = [
      claimAt(a, 'date', 'Sun 01 Feb 2015', { iso: '2015-02-01', granularity: 'day' }),
      claimAt(b, 'date', 'Saturday 31 January 2015', { iso: '2015-01-31', granularity: 'day' })
    ]
    expect(conflicts(a, b, claims)).toEqual([])
  })

  it('links every mention of a toll its article repeats, headline and lead', () => {
    const a = article(
      'Strike kills 15 in Urum al-Joz. An air strike killed 15 civilians in Urum al-Joz on Saturday, the monitor said.'
    )
    const b = article('An air strike killed 18 civilians in Urum al-Joz on Saturday, the monitor said.')
    const claims = [
      killed(a, 'kills 15', { min: 15, max: 15 }),
      killed(a, 'killed 15 civilians', { min: 15, max: 15, who: 'civilians' }),
      killed(b, 'killed 18 civilians', { min: 18, max: 18, who: 'civilians' })
    ]
    expect(conflicts(a, b, claims).sort()).toEqual(['15 vs 18 killed', '15 vs 18 killed'])
  })

  it('reads Arabic reports of one bombing by their values', () => {
    const a = article('أسفر تفجير انتحاري بسيارة مفخخة في مدينة قندز مساء السبت عن مقتل 22 شخصا على الأقل.')
    const b = article('أسفر تفجير انتحاري بسيارة مفخخة في مدينة قندز مساء السبت عن مقتل 30 شخصا.')
    const claims = [
      killed(a, 'مقتل 22 شخصا على الأقل', { min: 22, who: 'شخصا' }),
      killed(b, 'مقتل 30 شخصا', { min: 30, max: 30, who: 'شخصا' })
    ]
    expect(conflicts(a, b, claims)).toEqual(['at least 22 vs 30 killed: far apart'])
  })

  it('reads a total its article breaks into parts as compatible with the other’s figure for one part', () => {
    const a = article(
      'At least six children were killed in two rocket attacks on the west of the city on Thursday, state media said. One rocket hit the national school, where three children were killed. A second rocket hit a house in the Hamdaniyeh district, killing three brothers.'
    )
    const b = article(
      'Three children were killed on Thursday when a rocket hit the national school in the west of the city, state media said.'
    )
    const claims = [
      killed(a, 'At least six children were killed', { min: 6 }),
      killed(a, 'three children were killed', { min: 3, max: 3 }),
      killed(a, 'killing three brothers', { min: 3, max: 3 }),
      killed(b, 'Three children were killed', { min: 3, max: 3 })
    ]
    expect(conflicts(a, b, claims)).toEqual([])
    const verdicts = compareArticles({ articles: [a, b], claims }).matches.map((m) => m.verdict)
    expect(verdicts).not.toContain('conflict')
  })

  it('still flags a revised toll whose parts are the earlier toll and those who died since', () => {
    const a = article(
      'An air strike on the village of Kafr Awid killed 18 people on Saturday, a monitor said. An earlier toll said 15 people were killed but three more died of their wounds.'
    )
    const b = article('An air strike on the village of Kafr Awid killed 15 people on Saturday, a monitor said.')
    const claims = [
      killed(a, 'killed 18 people', { min: 18, max: 18 }),
      killed(a, '15 people were killed', { min: 15, max: 15 }),
      killed(a, 'three more died', { min: 3, max: 3 }),
      killed(b, 'killed 15 people', { min: 15, max: 15 })
    ]
    expect(conflicts(a, b, claims)).toEqual([expect.stringMatching(/^18 vs 15 killed \(its latest figure; earlier 15/)])
  })

  it('does not set the toll of a suicide bombing against the toll of air strikes', () => {
    const a = article(
      'At least 29 people were killed on Thursday in a suicide bombing at the border crossing near Aleppo, a monitor said.'
    )
    const b = article(
      'Coalition warplanes killed at least 60 civilians on Thursday in the northeast of Aleppo province, local sources said.'
    )
    const claims = [
      killed(a, 'At least 29 people were killed', { min: 29 }),
      killed(b, 'killed at least 60 civilians', { min: 60 })
    ]
    expect(conflicts(a, b, claims)).toEqual([])
    // the same means, the same day: a conflict a journalist wants to see
    const c = article(
      'Coalition air strikes killed at least 29 people on Thursday in the northeast of Aleppo province, a monitor said.'
    )
    expect(conflicts(c, b, [killed(c, 'killed at least 29 people', { min: 29 }), claims[1]!])).toEqual([
      'at least 29 vs at least 60 killed: far apart'
    ])
  })

  it('takes “on Saturday and Sunday” as both days, not a rival of “Sunday”', () => {
    const a = article(
      'At least 22 people were killed in air strikes on the city on Saturday and Sunday, a monitor said.'
    )
    const b = article('Air strikes on the city on Sunday killed 22 people, activists said.')
    const claims = [
      killed(a, 'At least 22 people were killed', { min: 22 }),
      claimAt(a, 'date', 'Saturday', { iso: 'weekday:6', granularity: 'weekday' }),
      claimAt(a, 'date', 'Sunday', { iso: 'weekday:0', granularity: 'weekday' }),
      killed(b, 'killed 22 people', { min: 22, max: 22 }),
      claimAt(b, 'date', 'Sunday', { iso: 'weekday:0', granularity: 'weekday' })
    ]
    expect(conflicts(a, b, claims)).toEqual([])
  })

  it('does not set the day a monitor spoke against the day of the strike', () => {
    const a = article('Air strikes on the town of Atareb killed at least 25 civilians on Friday, a monitor said.')
    const b = article('Air strikes on the town of Atareb killed 25 civilians, the Observatory said Thursday.')
    const claims = [
      killed(a, 'killed at least 25 civilians', { min: 25 }),
      claimAt(a, 'date', 'Friday', { iso: 'weekday:5', granularity: 'weekday' }),
      killed(b, 'killed 25 civilians', { min: 25, max: 25 }),
      claimAt(b, 'date', 'Thursday', { iso: 'weekday:4', granularity: 'weekday' })
    ]
    expect(conflicts(a, b, claims)).toEqual([])
  })

  it('sets one civilian among the dead against six civilians among them', () => {
    const a = article(
      'Six civilians were among at least 22 people killed in air strikes on the city of Raqqa on Saturday, a monitor said.'
    )
    const b = article(
      'A page run by the group said one civilian was among those killed in the air strikes on the city of Raqqa on Saturday.'
    )
    const claims = [
      killed(a, 'Six civilians were among', { min: 6, max: 6, who: 'civilians' }),
      killed(b, 'one civilian was among those killed', { min: 1, max: 1, who: 'civilian' })
    ]
    expect(conflicts(a, b, claims)).toEqual(['6 vs 1 killed'])
  })

  it('sets each of two sources’ figures in one article against the other article’s toll', () => {
    const a = article(
      'Six civilians including a child were among at least 22 people killed in air strikes on the city of Raqqa on Saturday, a monitor said.'
    )
    const b = article(
      'A page run by the group said one civilian was among those killed in the air strikes on the city of Raqqa on Saturday. ' +
        'An activist network reported eight civilians were killed by the air strikes on the city of Raqqa, including a child.'
    )
    const claims = [
      killed(a, 'Six civilians including a child were among', { min: 6, max: 6, who: 'civilians including a child' }),
      killed(b, 'one civilian was among those killed', { min: 1, max: 1, who: 'civilian' }),
      killed(b, 'eight civilians were killed', { min: 8, max: 8, who: 'civilians' }),
      claimAt(a, 'attribution', 'a monitor said', { speaker: 'a monitor', verb: 'said' }),
      claimAt(b, 'attribution', 'A page run by the group said', { speaker: 'A page run by the group', verb: 'said' }),
      claimAt(b, 'attribution', 'An activist network reported', { speaker: 'An activist network', verb: 'reported' })
    ]
    expect(
      conflicts(a, b, claims)
        .map((r) => r.split(' (')[0])
        .sort()
    ).toEqual(['6 vs 1 killed', '6 vs 8 killed'])
  })

  it('does not set those in intensive care against all the wounded', () => {
    const a = article(
      'The bus crashed into a truck near the city. Nine people died and 13 injured were in intensive care on Friday, officials said.'
    )
    const b = article(
      'The bus crashed into a truck near the city. Nine people died and 27 injured were flown home on Friday, officials said.'
    )
    const claims = [
      killed(a, 'Nine people died', { min: 9, max: 9, who: 'people' }),
      claimAt(a, 'casualty', '13 injured', { outcome: 'wounded', min: 13, max: 13 }),
      killed(b, 'Nine people died', { min: 9, max: 9, who: 'people' }),
      claimAt(b, 'casualty', '27 injured', { outcome: 'wounded', min: 27, max: 27 })
    ]
    expect(conflicts(a, b, claims)).toEqual([])
  })

  it('does not set a day against the other sentence’s second day when that sentence names the first one too', () => {
    const a = article(
      'Officials said on Friday that the wounded pilgrims were flown home on Friday from the airport of the province.'
    )
    const b = article(
      'The wounded pilgrims were flown home on Friday from the airport of the province, after their bus crashed on Thursday.'
    )
    const claims = [
      claimAt(a, 'date', 'Friday', { iso: '2015-07-31', granularity: 'day' }),
      claimAt(a, 'date', 'Friday', { iso: '2015-07-31', granularity: 'day' }, 1),
      claimAt(b, 'date', 'Friday', { iso: '2015-07-31', granularity: 'day' }),
      claimAt(b, 'date', 'Thursday', { iso: '2015-07-30', granularity: 'day' })
    ]
    expect(conflicts(a, b, claims)).toEqual([])
  })

  it('does not set a series of attacks’ total against one attack’s toll, but sets two series’ totals against each other', () => {
    const a = article('A series of bombings in the capital on Friday killed a total of 49 people, officials said.')
    const b = article(
      'The suicide attack at the militia gathering on Friday killed 21 people. A series of attacks in the capital on Friday killed 51 people.'
    )
    const claims = [
      killed(a, 'killed a total of 49 people', { min: 49, max: 49 }),
      killed(b, 'killed 21 people', { min: 21, max: 21 }),
      killed(b, 'killed 51 people', { min: 51, max: 51 })
    ]
    expect(conflicts(a, b, claims)).toEqual(['49 vs 51 killed'])
  })

  it('sets two reports’ totals of one series of attacks against each other, however differently worded', () => {
    const a = article(
      'Three attacks hit the capital the day before yesterday. The wave of bombings in the capital killed a total of 49 people and wounded hundreds, the highest civilian toll in a single day since monitors began counting.',
      '2015-08-10'
    )
    const b = article(
      'The Taliban claimed the raid, which followed a series of attacks in the capital that killed 51 on Friday, the bloodiest day in years.',
      '2015-08-10'
    )
    const day = (x: Article, exact: string, iso: string) =>
      claimAt(x, 'date', exact, { iso, granularity: 'day', text: exact, relativeTo: '2015-08-10' })
    const claims = [
      // a print paper's web edition dated a day after the writing: "the day before yesterday" reads as 8 August
      day(a, 'the day before yesterday', '2015-08-08'),
      killed(a, 'killed a total of 49 people', { min: 49, max: 49 }),
      day(b, 'Friday', '2015-08-07'),
      killed(b, 'killed 51', { min: 51, max: 51 })
    ]
    expect(conflicts(a, b, claims)).toContain('49 vs 51 killed')
    // named days a day apart are two days' news, and so are their tolls
    const c = article('A series of attacks in the capital on Thursday killed a total of 49 people.', '2015-08-10')
    const named = [
      claimAt(c, 'date', 'Thursday', {
        iso: '2015-08-06',
        granularity: 'day',
        text: 'Thursday',
        relativeTo: '2015-08-10'
      }),
      killed(c, 'killed a total of 49 people', { min: 49, max: 49 }),
      day(b, 'Friday', '2015-08-07'),
      killed(b, 'killed 51', { min: 51, max: 51 })
    ]
    expect(conflicts(c, b, named)).toEqual([])
  })

  it('does not take the day a caption’s photo was taken for the day of the story’s events', () => {
    const a = article(
      'A suicide bomber hit a bus of rebel fighters near the Atmeh border crossing, killing at least 15 people. A civil defence member runs near an ambulance in Idlib province Syria August 6 2016 (TRT World and Agencies) The bus was carrying fighters to Turkey.',
      '2016-08-15'
    )
    const b = article(
      'The suicide blast on Sunday struck a bus of rebel fighters near the Atme border crossing, killing 32 people.',
      '2016-08-15'
    )
    const claims = [
      killed(a, 'killing at least 15 people', { min: 15 }),
      claimAt(a, 'date', 'August 6 2016', { iso: '2016-08-06', granularity: 'day', text: 'August 6 2016' }),
      claimAt(b, 'date', 'Sunday', { iso: '2016-08-14', granularity: 'day', text: 'Sunday', relativeTo: '2016-08-15' }),
      killed(b, 'killing 32 people', { min: 32, max: 32 })
    ]
    expect(conflicts(a, b, claims)).toEqual(['at least 15 vs 32 killed: far apart'])
    // the credit at the end of the caption's sentence: its date is the picture's too
    const c = article(
      'Rebels fought back in Aleppo. Syrians walk past an empty market in the rebel-held district of Aleppo on July 10 2016 after the regime closed the Castello road into the district. (TRT World and Agencies)',
      '2016-07-12'
    )
    const d = article(
      'Rebels advanced into a regime-held district of Aleppo on Monday, reopening the road.',
      '2016-07-12'
    )
    const dated = [
      claimAt(c, 'date', 'July 10 2016', { iso: '2016-07-10', granularity: 'day', text: 'July 10 2016' }),
      claimAt(d, 'date', 'Monday', { iso: '2016-07-11', granularity: 'day', text: 'Monday', relativeTo: '2016-07-12' })
    ]
    expect(conflicts(c, d, dated)).toEqual([])
  })

  it('takes a “Posted on” stamp for the page’s date, not an event’s day', () => {
    const a = article(
      'Posted on July 12 2016 by Paula Astih Rebels attack regime positions in the old city of Aleppo to relieve the north.',
      '2016-07-12'
    )
    const b = article(
      'Rebels attacked regime positions in the old city of Aleppo on Monday to relieve the north.',
      '2016-07-12'
    )
    const claims = [
      claimAt(a, 'date', 'July 12 2016', { iso: '2016-07-12', granularity: 'day', text: 'July 12 2016' }),
      claimAt(b, 'date', 'Monday', { iso: '2016-07-11', granularity: 'day', text: 'Monday', relativeTo: '2016-07-12' })
    ]
    expect(conflicts(a, b, claims)).toEqual([])
  })

  it('takes a “since” date for the start of a state of affairs, no rival of an event’s day', () => {
    const a = article(
      'Russian jets have waged an air war over the city of Deir ez-Zor since September 2015.',
      '2016-06-27'
    )
    const b = article(
      'Russian jets waged an air war over the city of Deir ez-Zor on Sunday 26 June 2016.',
      '2016-06-27'
    )
    const claims = [
      claimAt(a, 'date', 'September 2015', { iso: '2015-09', granularity: 'month', text: 'September 2015' }),
      claimAt(b, 'date', 'Sunday 26 June 2016', { iso: '2016-06-26', granularity: 'day', text: 'Sunday 26 June 2016' })
    ]
    expect(conflicts(a, b, claims)).toEqual([])
    // two starts of it are rivals
    const c = article(
      'Russian jets have waged an air war over the city of Deir ez-Zor since October 2015.',
      '2016-06-27'
    )
    const starts = [
      claimAt(a, 'date', 'September 2015', { iso: '2015-09', granularity: 'month', text: 'September 2015' }),
      claimAt(c, 'date', 'October 2015', { iso: '2015-10', granularity: 'month', text: 'October 2015' })
    ]
    expect(conflicts(a, c, starts)).toHaveLength(1)
  })

  it('does not take a headline’s total for a second source’s figure of a count told below it', () => {
    const a = article(
      '13 civilians killed in regime air raids on northern Syria. Thirteen civilians among them seven children were killed in air raids on Aleppo province on Wednesday, the Syrian Observatory said. A woman and her children were killed in Taduf. In the west eight civilians were killed when warplanes struck the village of Daret Izza, local activists said.'
    )
    const b = article(
      'Eight civilians including three children were killed when regime warplanes struck the village of Daret Izza on Wednesday, activists reported.'
    )
    const claims = [
      killed(a, '13 civilians killed', { min: 13, max: 13, who: 'civilians' }),
      killed(a, 'eight civilians were killed', { min: 8, max: 8, who: 'civilians' }),
      claimAt(a, 'attribution', 'the Syrian Observatory said', { speaker: 'the Syrian Observatory', verb: 'said' }),
      claimAt(a, 'attribution', 'local activists said', { speaker: 'local activists', verb: 'said' }),
      killed(b, 'Eight civilians including three children were killed', { min: 8, max: 8, who: 'civilians' }),
      claimAt(b, 'attribution', 'activists reported', { speaker: 'activists', verb: 'reported' })
    ]
    expect(conflicts(a, b, claims)).toEqual([])
  })

  it('leaves a whole free for the other whole once its part is matched', () => {
    const a = article(
      'At least 31 people have been killed by regime raids on the rebel-held east of Aleppo on Friday. Ten civilians were killed when regime airstrikes hit a bus in the east of Aleppo.'
    )
    const b = article(
      'Regime raids on the rebel-held east of Aleppo killed 31 civilians on Friday, including 10 when their bus was hit by regime airstrikes.'
    )
    const claims = [
      killed(a, 'At least 31 people have been killed', { min: 31, who: 'people' }),
      killed(a, 'Ten civilians were killed', { min: 10, max: 10, who: 'civilians' }),
      killed(b, 'killed 31 civilians on Friday, including 10', { min: 31, max: 31, who: 'civilians including 10' })
    ]
    const verdicts = compareArticles({ articles: [a, b], claims })
      .matches.map((m) => `${m.verdict}: ${m.reason.split(':')[0]}`)
      .sort()
    expect(verdicts).toEqual([
      'agree: at least 31 vs 31 killed',
      'compatible: 10 killed (civilians) vs 31 killed (civilians)'
    ])
  })

  it('sets medics against medical staff, late one night against early the next day', () => {
    const a = article(
      'Four medics were killed when an air strike hit a clinic in the village of Khan Tuman late Tuesday.',
      '2016-09-21'
    )
    const b = article(
      'Russian jets bombed a medical centre in the town of Khan Tuman early on Wednesday, killing 15 members of medical staff.',
      '2016-09-21'
    )
    const day = (x: Article, exact: string, iso: string) =>
      claimAt(x, 'date', exact, { iso, granularity: 'day', text: exact, relativeTo: '2016-09-21' })
    const claims = [
      killed(a, 'Four medics were killed', { min: 4, max: 4, who: 'medics' }),
      day(a, 'Tuesday', '2016-09-20'),
      day(b, 'Wednesday', '2016-09-21'),
      killed(b, 'killing 15 members of medical staff', { min: 15, max: 15, who: 'members of medical staff' })
    ]
    // the two days as written are still shown, with how close they are
    expect(conflicts(a, b, claims)).toEqual([
      '4 vs 15 killed',
      '20 vs 21 September 2016: late one day and early the next, around midnight'
    ])
  })

  it('does not set an undated toll against one of a story published weeks apart', () => {
    const text = 'Islamic State fighters attacked the gas field near the city, killing 30 guards, a monitor said.'
    const later =
      'Islamic State fighters stormed the gas field near the city on the day, killing 31 guards and workers, the governor said.'
    const [a, b] = [article(text, '2014-10-29'), article(later, '2014-10-01')]
    const claims = [
      killed(a, 'killing 30 guards', { min: 30, max: 30 }),
      killed(b, 'killing 31 guards', { min: 31, max: 31 })
    ]
    expect(conflicts(a, b, claims)).toEqual([])
    // the same two reports published the same week are one attack's
    const [c, d] = [article(text, '2014-10-29'), article(later, '2014-10-30')]
    expect(
      conflicts(c, d, [
        killed(c, 'killing 30 guards', { min: 30, max: 30 }),
        killed(d, 'killing 31 guards', { min: 31, max: 31 })
      ])
    ).toHaveLength(1)
  })

  it('reads a headline’s total as the sum of the figures its story tells anywhere below, of the same victims', () => {
    const filler = ' The ministry gave no further details of the operation on the ground, which continues.'.repeat(12)
    const a = article(
      `More than 100 terrorists killed in Deir Ezzor, the ministry says.${filler} Fifty terrorists were killed in the first strike. Jets then killed another 20 terrorists. The killing of 34 terrorists near the village was confirmed.`
    )
    const b = article('Jets killed 34 terrorists in Deir Ezzor, the ministry says.')
    const claims = [
      killed(a, 'More than 100 terrorists killed', { min: 100, who: 'terrorists' }),
      killed(a, 'Fifty terrorists were killed', { min: 50, max: 50, who: 'terrorists' }),
      killed(a, 'killed another 20 terrorists', { min: 20, max: 20, who: 'terrorists' }),
      killed(a, 'The killing of 34 terrorists', { min: 34, max: 34, who: 'terrorists' }),
      killed(b, 'killed 34 terrorists', { min: 34, max: 34, who: 'terrorists' })
    ]
    expect(conflicts(a, b, claims)).toEqual([])
  })

  it('does not set a figure larger than a toll both agree on against a part of that toll', () => {
    const a = article(
      'Air strikes and shelling killed 19 civilians in the suburb on Sunday, a witness said. In the east, air strikes on Sunday killed 34 civilians in a village, activists said.'
    )
    const b = article(
      'Air strikes and shelling killed 19 civilians in the suburb on Sunday, a monitor said. On Sunday air strikes on two areas killed 17 civilians while shelling killed another two civilians, the monitor said.'
    )
    const claims = [
      killed(a, 'killed 19 civilians', { min: 19, max: 19, who: 'civilians' }),
      killed(a, 'killed 34 civilians', { min: 34, max: 34, who: 'civilians' }),
      killed(b, 'killed 19 civilians', { min: 19, max: 19, who: 'civilians' }),
      killed(b, 'killed 17 civilians', { min: 17, max: 17, who: 'civilians' }),
      killed(b, 'killed another two civilians', { min: 2, max: 2, who: 'civilians' })
    ]
    expect(conflicts(a, b, claims)).toEqual([])
  })
})
