import { describe, expect, it } from 'vitest'
import { suggestClaims } from '@core/extract'

function casualties(text: string) {
  return suggestClaims({ text })
    .filter((c) => c.kind === 'casualty')
    .map((c) => ({ exact: c.anchor.exact, value: c.value }))
}

describe('casualty suggestions', () => {
  it.each([
    // verb before the count (wire "killing at least …")
    [
      'A car bomb exploded near a checkpoint, killing at least 7 people including two children.',
      'killing at least 7 people including two children',
      { outcome: 'killed', min: 7, who: 'people including two children' }
    ],
    [
      'Gunmen stormed the hotel and killed 23 guests.',
      'killed 23 guests',
      { outcome: 'killed', min: 23, max: 23, who: 'guests' }
    ],
    ['The strike wounded dozens more, medics said.', 'wounded dozens more', { outcome: 'wounded', vague: 'dozens' }],
    [
      'The raid killed or wounded at least 40 insurgents.',
      'killed or wounded at least 40 insurgents',
      { outcome: 'killed_or_wounded', min: 40, who: 'insurgents' }
    ],
    [
      'A rocket killed and injured five civilians in the old city.',
      'killed and injured five civilians',
      { outcome: 'killed_or_wounded', min: 5, max: 5, who: 'civilians' }
    ],
    [
      'At least 18 civilians including five children and two women were killed in the strike.',
      'At least 18 civilians including five children and two women were killed',
      { outcome: 'killed', min: 18, who: 'civilians including five children and two women' }
    ],
    [
      'Rebels captured 18 government soldiers near the dam.',
      'captured 18 government soldiers',
      { outcome: 'captured', min: 18, max: 18, who: 'government soldiers' }
    ],
    [
      'The storm has displaced more than 10,000 people.',
      'displaced more than 10,000 people',
      { outcome: 'displaced', min: 10000, who: 'people' }
    ],
    [
      'Drones killed a senior commander of the group.',
      'killed a senior commander',
      { outcome: 'killed', min: 1, max: 1, who: 'senior commander' }
    ],
    [
      'The shelling killed up to 12 soldiers.',
      'killed up to 12 soldiers',
      { outcome: 'killed', max: 12, who: 'soldiers' }
    ],
    [
      'The air raid killed dozens of the militia’s fighters.',
      'killed dozens of the militia’s fighters',
      { outcome: 'killed', vague: 'dozens', who: 'militia’s fighters' }
    ],
    // count before the outcome, active and passive
    ['13 were injured in the stampede.', '13 were injured', { outcome: 'wounded', min: 13, max: 13 }],
    [
      'Forty people were killed when the bridge collapsed.',
      'Forty people were killed',
      { outcome: 'killed', min: 40, max: 40, who: 'people' }
    ],
    [
      'At least 20 miners died in the flooded shaft.',
      'At least 20 miners died',
      { outcome: 'killed', min: 20, who: 'miners' }
    ],
    [
      'Between 20 and 30 fighters were killed or wounded.',
      'Between 20 and 30 fighters were killed or wounded',
      { outcome: 'killed_or_wounded', min: 20, max: 30, who: 'fighters' }
    ],
    ['Nearly 50 people died in the floods.', 'Nearly 50 people died', { outcome: 'killed', max: 50, who: 'people' }],
    [
      'Scores of protesters were injured.',
      'Scores of protesters were injured',
      { outcome: 'wounded', vague: 'scores', who: 'protesters' }
    ],
    [
      'Police said a dozen officers were hurt.',
      'a dozen officers were hurt',
      { outcome: 'wounded', min: 12, max: 12, who: 'officers' }
    ],
    [
      'At least three fishermen are missing after the boat capsized.',
      'At least three fishermen are missing',
      { outcome: 'missing', min: 3, who: 'fishermen' }
    ],
    [
      'Four policemen were among those killed.',
      'Four policemen were among those killed',
      { outcome: 'killed', min: 4, max: 4, who: 'policemen' }
    ],
    // a group among a toll told after it: the group is a claim, the toll another
    [
      'Three soldiers were among 15 people wounded in the blast.',
      'Three soldiers were among',
      { outcome: 'wounded', min: 3, max: 3, who: 'soldiers' }
    ],
    [
      'The landslide left 12 villagers dead.',
      '12 villagers dead',
      { outcome: 'killed', min: 12, max: 12, who: 'villagers' }
    ],
    ['There were 17 deaths and 40 injuries.', '17 deaths', { outcome: 'killed', min: 17, max: 17 }],
    [
      'A policeman was killed in the crossfire.',
      'A policeman was killed',
      { outcome: 'killed', min: 1, max: 1, who: 'policeman' }
    ],
    // tolls
    ['The death toll rose to 31 on Friday.', 'death toll rose to 31', { outcome: 'killed', min: 31, max: 31 }],
    [
      'The health ministry put the death toll at 45.',
      'put the death toll at 45',
      { outcome: 'killed', min: 45, max: 45 }
    ],
    [
      'The death toll from the quake has risen to at least 1,200.',
      'death toll from the quake has risen to at least 1,200',
      { outcome: 'killed', min: 1200 }
    ],
    // military copy's "eliminated", and the noun of killing
    [
      'Russian jets eliminated some 40 terrorists near the town.',
      'eliminated some 40 terrorists',
      { outcome: 'killed', min: 40, max: 40, who: 'terrorists' }
    ],
    [
      'The elimination of 34 militants and five vehicles has been confirmed.',
      'The elimination of 34 militants',
      { outcome: 'killed', min: 34, max: 34, who: 'militants' }
    ],
    [
      'A total of 70 terrorists were eliminated in the Mayadin area.',
      'A total of 70 terrorists were eliminated',
      { outcome: 'killed', min: 70, max: 70, who: 'terrorists' }
    ],
    [
      'Protesters condemned the killing of 12 civilians.',
      'the killing of 12 civilians',
      { outcome: 'killed', min: 12, max: 12, who: 'civilians' }
    ],
    // digits of other scripts
    [
      'Militants killed ١٢ soldiers in the ambush.',
      'killed ١٢ soldiers',
      { outcome: 'killed', min: 12, max: 12, who: 'soldiers' }
    ],
    [
      'Officials said ۱۵ people were wounded.',
      '۱۵ people were wounded',
      { outcome: 'wounded', min: 15, max: 15, who: 'people' }
    ],
    ['قتل ١٢ شخصا في انفجار سيارة مفخخة', 'قتل ١٢ شخصا', { outcome: 'killed', min: 12, max: 12, who: 'شخصا' }],
    // a group counted among a toll told before it
    [
      'Rami Abdel Rahman said 31 civilians were identified among those killed.',
      '31 civilians were identified among those killed',
      { outcome: 'killed', min: 31, max: 31, who: 'civilians' }
    ],
    // a toll whose subject runs long before its verb
    [
      'The death toll from a bomb blast on a crowded Syrian bus convoy outside Aleppo reached at least 112 people, the monitor said.',
      'death toll from a bomb blast on a crowded Syrian bus convoy outside Aleppo reached at least 112',
      { outcome: 'killed', min: 112 }
    ],
    // the dead counted as bodies
    [
      'Rescue workers said they had carted away at least 100 bodies from the site of the blast.',
      'carted away at least 100 bodies',
      { outcome: 'killed', min: 100 }
    ],
    [
      'Villagers found the bodies of 30 men in a mass grave.',
      'found the bodies of 30 men',
      { outcome: 'killed', min: 30, max: 30, who: 'men' }
    ],
    // "shot dead", "slain", one victim who "died"
    [
      'Three people were shot dead outside the mosque.',
      'Three people were shot dead',
      { outcome: 'killed', min: 3, max: 3, who: 'people' }
    ],
    [
      'At least 70 terrorists were slain in the raids.',
      'At least 70 terrorists were slain',
      { outcome: 'killed', min: 70, who: 'terrorists' }
    ],
    [
      'Last week a teenager died after being stabbed.',
      'a teenager died',
      { outcome: 'killed', min: 1, max: 1, who: 'teenager' }
    ],
    // the first of two counts with one verb, and an aside between dashes
    [
      'At least 16 civilians and three children have been killed in air raids on Idlib.',
      'At least 16 civilians',
      { outcome: 'killed', min: 16, who: 'civilians' }
    ],
    [
      'Sixteen civilians - including three children - were killed on Monday.',
      'Sixteen civilians - including three children - were killed',
      { outcome: 'killed', min: 16, max: 16, who: 'civilians including three children' }
    ]
  ])('%s', (text, exact, value) => {
    expect(casualties(text)).toContainEqual({ exact, value })
  })

  it('reads "and N wounded" after a killed count as its own claim', () => {
    const found = casualties('Three soldiers were killed and eight wounded in the fighting.')
    expect(found.map((c) => c.exact)).toEqual(['Three soldiers were killed', 'eight wounded'])
    expect(found[1]?.value).toEqual({ outcome: 'wounded', min: 8, max: 8 })
  })

  it.each([
    ['an age is not a count', 'A 45-year-old man and his 12-year-old son were detained at the border.'],
    ['a prison term is not a count', 'He was sentenced to 12 years in prison.'],
    ['a year is not a count', 'The 2003 invasion changed the country.'],
    ['a date’s day is not a count', 'Talks began on June 3 when delegates arrived.'],
    ['"One of the dead" repeats an earlier count', 'One of the dead was a local teacher.'],
    ['an active subject is not a passive victim count', '12 gunmen killed nobody, police said.'],
    ['percentages are shares, not people', 'Turnout fell to 30% after the attack.'],
    [
      'eliminated positions are not people',
      'The strikes eliminated 12 positions and the elimination of 3 checkpoints followed.'
    ]
  ])('does not suggest: %s', (_why, text) => {
    expect(casualties(text)).toEqual([])
  })
})

// Shapes met in FA-KES reports of the Syrian war (outlets Parallax had not been tuned on).
describe('casualties in war reports from other outlets', () => {
  it.each([
    [
      'The Britain-based Syrian Observatory for Human Rights said 38 members of government forces were killed in the blast on Thursday.',
      '38 members of government forces were killed',
      { outcome: 'killed', min: 38, max: 38, who: 'members of government forces' }
    ],
    [
      'Nearly 40 Syrian soldiers and pro-regime fighters were killed when rebels blew up a tunnel under a government position.',
      'Nearly 40 Syrian soldiers and pro-regime fighters were killed',
      { outcome: 'killed', max: 40, who: 'Syrian soldiers and pro-regime fighters' }
    ],
    [
      '175 Nusra Terrorists Killed Injured in Castello Road in Aleppo.',
      '175 Nusra Terrorists Killed Injured',
      { outcome: 'killed_or_wounded', min: 175, max: 175, who: 'Nusra Terrorists' }
    ],
    [
      'Thus according to the bulletin Jabhat al-Nusra terrorists executed 40 gunmen and members of their families for an attempt to surrender arms.',
      'executed 40 gunmen',
      { outcome: 'killed', min: 40, max: 40, who: 'gunmen' }
    ]
  ])('%s', (text, exact, value) => {
    expect(casualties(text)).toContainEqual({ exact, value: expect.objectContaining(value) })
  })

  it('reads the nouns of dying and of injury ("the death of eight and the injury of 89")', () => {
    const text =
      'The assault was accompanied by launching tenths of missiles on the western districts leading to the death of eight and the injury of 89 according to Syria TV.'
    expect(casualties(text)).toEqual([
      { exact: 'the death of eight', value: { outcome: 'killed', min: 8, max: 8 } },
      { exact: 'the injury of 89', value: { outcome: 'wounded', min: 89, max: 89 } }
    ])
  })

  it('takes "executed" as killing only when people are executed', () => {
    expect(casualties('The group executed two attacks on the base. Three plans were executed last year.')).toEqual([])
  })
})

describe('casualties in title-case headlines', () => {
  it('reads "Three Killed In Airstrike": a capitalised preposition is no object', () => {
    expect(casualties('Three Killed In Airstrike On Aleppo Hospital')).toEqual([
      { exact: 'Three Killed', value: { outcome: 'killed', min: 3, max: 3 } }
    ])
  })
})

describe('numbers that name rather than count', () => {
  it('reads "Brigade 93 fighters" as a unit, not 93 dead', () => {
    expect(casualties('Brigade 93 fighters were killed in the clashes near the base.')).toEqual([])
  })

  it('counts "all 298 people" after the verb', () => {
    expect(casualties('Flight 17 was shot down killing all 298 people on board.')).toEqual([
      { exact: 'killing all 298 people', value: { outcome: 'killed', min: 298, max: 298, who: 'people' } }
    ])
  })
})

describe('"many" as a vague count', () => {
  it.each([
    ['At least five civilians were killed and many more wounded in the attack.', 'many more wounded', 'wounded'],
    ['Many Civilians Martyred as Terrorists Shell Aleppo.', 'Many Civilians Martyred', 'killed']
  ])('%s', (text, exact, outcome) => {
    expect(casualties(text)).toContainEqual({ exact, value: expect.objectContaining({ outcome, vague: 'many' }) })
  })

  it('is no casualty without an outcome', () => {
    expect(casualties('Many countries condemned the attack.')).toEqual([])
  })
})
