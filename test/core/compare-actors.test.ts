/** Who did the killing (compare/actors.ts): the perpetrators a toll's sentence names, never its victims. */
import { describe, expect, it } from 'vitest'
import { differentPerpetrators, perpetratorsOf } from '@core/compare/actors'
import type { Claim } from '@core/model'

function toll(text: string, exact: string): [Claim, string] {
  const start = text.indexOf(exact)
  const claim = {
    kind: 'casualty',
    anchor: { start, end: start + exact.length, exact, prefix: '', suffix: '' },
    value: { outcome: 'killed' }
  } as unknown as Claim
  return [claim, text]
}
const of = (text: string, exact: string) => [...perpetratorsOf(...toll(text, exact), 0)].sort()

describe('perpetratorsOf', () => {
  it('reads the subject of an active toll and the agent of a passive one', () => {
    expect(
      of('Activists say the Daesh terrorist group has killed 33 young men near the town.', 'killed 33 young men')
    ).toEqual(['jihadist'])
    expect(of('Syrian Army Kills 48 ISIL Terrorists in Deir Ezzor', 'Kills 48 ISIL Terrorists')).toEqual(['government'])
    expect(
      of(
        'Army units shelled the hideouts on the outskirts of the city, killing 48 terrorists.',
        'killing 48 terrorists'
      )
    ).toEqual(['government'])
    expect(
      of('Eight civilians were killed by the coalition air strikes on the city.', 'Eight civilians were killed')
    ).toEqual(['coalition'])
  })

  it('names no perpetrator where the sentence names none, and never the victims', () => {
    expect(
      of('At least 29 people were killed on Thursday at the border crossing.', 'At least 29 people were killed')
    ).toEqual([])
    expect(of('The attack killed 32 IS fighters near the border.', 'killed 32 IS fighters')).toEqual([])
  })

  it('takes the government and its allies for one side', () => {
    const regime = perpetratorsOf(
      ...toll('Regime air strikes on the suburb killed 17 civilians.', 'killed 17 civilians'),
      0
    )
    const russia = perpetratorsOf(
      ...toll('Russian air strikes on the suburb killed 20 civilians.', 'killed 20 civilians'),
      0
    )
    const daesh = perpetratorsOf(...toll('Daesh fighters killed 20 civilians in the suburb.', 'killed 20 civilians'), 0)
    expect(differentPerpetrators(regime, russia)).toBe(false)
    expect(differentPerpetrators(regime, daesh)).toBe(true)
  })
})
