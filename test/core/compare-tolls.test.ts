import { describe, expect, it } from 'vitest'
import {
  attacksCounted,
  groupRelation,
  hasIncrementCue,
  inCriticalCondition,
  isCumulative,
  namedVictims,
  revisionOf,
  subgroupsOf,
  victimGroup
} from '../../src/core/compare/tolls'

describe('victimGroup: whom a toll counts', () => {
  it.each([
    ['Sixteen civilians including three children', 'civilian'],
    ['three children were killed', 'child'],
    ['two women were killed', 'woman'],
    ['39 rebel fighters had been killed', 'militant'],
    ['two soldiers were killed', 'security'],
    ['killed 12 senior ISIL leaders', 'leader'],
    ['35 people including 22 children', null],
    ['kills 15 including 4 children', null],
    ['استشهاد 21 مدنيا', 'civilian'],
    ['22 مسلحا، بينهم أربعة قادة', 'militant'],
    ['مقتل 14 شخصاً', null],
    ['مقتل 25 من الطلبة', 'civilian']
  ])('%s → %s', (phrase, group) => {
    expect(victimGroup(phrase)).toBe(group)
  })

  it('takes children and women for part of the civilians, and civilians and fighters for different victims', () => {
    expect(groupRelation('child', 'civilian')).toBe('part')
    expect(groupRelation('civilian', 'woman')).toBe('part')
    expect(groupRelation('civilian', 'militant')).toBe('different')
    expect(groupRelation('child', 'child')).toBe('same')
    expect(groupRelation(null, 'militant')).toBe('unknown')
  })
})

describe('subgroupsOf: the subgroup a toll names inside itself', () => {
  it.each([
    ['killed 31 civilians Friday including 10', [{ n: 10, group: null }]],
    ['Sixteen civilians including three children were killed', [{ n: 3, group: 'child' }]],
    ['34 civilians among them 15 children', [{ n: 15, group: 'child' }]],
    ['22 مسلحا، بينهم أربعة قادة، قتلوا', [{ n: 4, group: 'leader' }]],
    ['killed 12 people in the town', []]
  ])('%s', (phrase, subgroups) => {
    expect(subgroupsOf(phrase)).toEqual(subgroups)
  })
})

describe('isCumulative: a war’s or a period’s toll, not one incident’s', () => {
  it.each([
    'More than 320000 people have been killed in Syria since the conflict began in March 2011',
    'The conflict in Syria has killed more than 280000 people',
    'In the past two weeks more than 200 civilians have been killed in Aleppo',
    'More than 300 civilians have been killed in Aleppo since April',
    'More than 100 Takfiri terrorists have been killed in two days',
    'Some 400 people have been killed in recent weeks',
    'These facilities reported 294 wounded and 33 dead in seven mass influxes for the first six months of 2016',
    'More than 290000 people have been killed since Syria’s conflict erupted in March 2011',
    'مقتل 1332 عراقياً خلال شهر يوليو الماضي',
    'قتل أكثر من 230 ألف شخص منذ بداية النزاع'
  ])('cumulative: %s', (near) => {
    expect(isCumulative(near)).toBe(true)
  })

  it.each([
    'Air strikes killed 13 people on Thursday when warplanes hit several districts',
    'Six people were killed since the blast hit the market',
    'a series of attacks in the capital that killed 51 on Friday, the bloodiest day in years',
    'أسفر الانفجار عن مقتل 22 شخصا على الأقل'
  ])('one incident: %s', (near) => {
    expect(isCumulative(near)).toBe(false)
  })
})

describe('revisionOf: a figure its own article superseded, or the latest', () => {
  it.each([
    ['the Observatory said updating an earlier toll on Sunday evening of 15', 'superseded'],
    ['The SANA news agency reported earlier that least one person was killed', 'superseded'],
    ['The death toll has risen to 86', 'latest'],
    ['The previous death toll was 20', 'superseded'],
    ['ارتفعت حصيلة القتلى إلى 30', 'latest'],
    ['The attack killed 32 rebels', null],
    // a past perfect of announcing gives the figure an article had before its newer one
    ['The interior ministry had said 15', 'superseded'],
    ['وكانت وزارة الداخلية أعلنت في بيان في وقت متأخر من مساء الأربعاء أن 15', 'superseded'],
    ['وكان الحادث قد وقع قرب القاهرة وقتل فيه 15', null]
  ])('%s → %s', (before, revision) => {
    expect(revisionOf(before)).toBe(revision)
  })
})

describe('hasIncrementCue: a toll written as an addition', () => {
  it.each([
    ['artillery fire on the town of Douma killed', 'another two civilians', true],
    ['', 'A further nine people including five children were killed', true],
    ['', 'three more people had died', true],
    ['', 'Fifteen others were killed', true],
    ['', 'more than 10 people were injured', false],
    ['', 'killed 26 people', false]
  ])('%s [%s] → %s', (lead, exact, yes) => {
    expect(hasIncrementCue(lead, exact)).toBe(yes)
  })
})

describe('namedVictims: particular people a toll names', () => {
  it.each([
    ['امرأة وطفلا', 'child+woman'],
    ['امرأة وطفل', 'child+woman'],
    ['a woman and a child', 'child+woman'],
    ['مدنيين', null],
    ['two civilians', null],
    ['أشخاص', null],
    [undefined, null]
  ])('%s → %s', (who, key) => {
    expect(namedVictims(who)).toBe(key)
  })
})

describe('inCriticalCondition: a wounded count that is some of the wounded', () => {
  it.each([
    ['13 injured in intensive care', true],
    ['five critically wounded', true],
    ['three were seriously injured', true],
    ['13 مصابا في العناية المركزة', true],
    ['إصابة أربعة بجروح خطيرة', true],
    ['injuring 9 others, some critically', false],
    ['سبعة أشخاص أصيبوا في الهجوم ثلاثة منهم حالتهم خطرة', false],
    ['27 people wounded', false]
  ])('%s → %s', (own, critical) => {
    expect(inCriticalCondition(own)).toBe(critical)
  })
})

describe('attacksCounted: a series of attacks or one attack, by the cue nearest the toll', () => {
  it.each([
    ['a wave of bombings killed a total of 49 people', 'several'],
    ['in three suicide-bomber attacks that killed nine people', null],
    ['49 people were killed in a series of attacks in the capital', 'several'],
    ['the twin blasts killed 30', null],
    ['the attack killed 21 civilians', 'one'],
    ['a suicide bombing killed 12 people', 'one'],
    ['killed 22 people in the latest attack in a series of attacks', 'one'],
    ['وأسفرت تفجيرات كابل الثلاثة عن مقتل ما مجموعه 49 شخصا', 'several'],
    ['بعد سلسلة هجمات في كابول أوقعت 51 قتيلا', 'several'],
    ['الهجوم الانتحاري أسفر عن استشهاد 21 مدنيا', 'one'],
    ['غارات على المدينة أسفرت عن مقتل 12 شخصا', null],
    ['Air strikes killed 12 people', null]
  ])('%s → %s', (near, n) => {
    const at = near.search(/\d/)
    expect(attacksCounted(near, at)).toBe(n)
  })
})
