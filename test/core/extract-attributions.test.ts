import { describe, expect, it } from 'vitest'
import { suggestClaims } from '@core/extract'

function attributions(text: string) {
  return suggestClaims({ text })
    .filter((c) => c.kind === 'attribution')
    .map((c) => ({ exact: c.anchor.exact, ...c.value }))
}

describe('attribution suggestions', () => {
  it.each([
    ['The blast was caused by a car bomb, police said.', { exact: 'police said', speaker: 'police', verb: 'said' }],
    ['Police said the blast was caused by a car bomb.', { exact: 'Police said', speaker: 'Police', verb: 'said' }],
    ['Reuters reported that the talks had stalled.', { exact: 'Reuters reported', speaker: 'Reuters', verb: 'reported' }],
    ['The army announced on Monday that the town had fallen.', { exact: 'The army announced', speaker: 'army', verb: 'announced' }],
    ['The United Nations estimated that 3,000 families had fled.', { exact: 'The United Nations estimated', speaker: 'United Nations', verb: 'estimated' }],
    ['Amnesty International accused the government of torture.', { exact: 'Amnesty International accused', speaker: 'Amnesty International', verb: 'accused' }],
    ['The prime minister called the attack “cowardly”.', { exact: 'The prime minister called', speaker: 'prime minister', verb: 'called' }],
    ['The bombing killed 12 people, according to the health ministry.', { exact: 'according to the health ministry', speaker: 'health ministry', verb: 'according to' }],
    ['The health ministry put the death toll at 45.', { exact: 'The health ministry put the death toll at', speaker: 'health ministry', verb: 'put' }],
    ['Officials told the Associated Press that five soldiers were wounded.', { exact: 'Officials told the Associated Press', speaker: 'Officials', verb: 'told', via: 'Associated Press' }],
    [
      '“We will not retreat,” Colonel Ahmed Hassan told reporters in Mosul.',
      { exact: 'Colonel Ahmed Hassan told reporters', speaker: 'Ahmed Hassan', role: 'Colonel', verb: 'told', via: 'reporters', quote: 'We will not retreat' }
    ],
    [
      'The convoy was hit near the border, Interior Ministry spokesman Brig. Gen. Karim Nouri told state television.',
      { exact: 'Brig. Gen. Karim Nouri told state television', speaker: 'Karim Nouri', role: 'Interior Ministry spokesman Brig. Gen.', verb: 'told', via: 'state television' }
    ],
    [
      'A spokesman for the Interior Ministry, Saad Maan, said the attackers had been arrested.',
      { exact: 'A spokesman for the Interior Ministry, Saad Maan, said', speaker: 'Saad Maan', role: 'spokesman for the Interior Ministry', verb: 'said' }
    ],
    [
      'Ali Hussein, a shopkeeper in the old city, told AFP that shells hit his house.',
      { exact: 'Ali Hussein, a shopkeeper in the old city, told AFP', speaker: 'Ali Hussein', role: 'a shopkeeper in the old city', verb: 'told', via: 'AFP' }
    ],
    [
      '“It is over,” said Maj. Gen. John Hale, a retired army officer.',
      { exact: 'said Maj. Gen. John Hale', speaker: 'John Hale', role: 'Maj. Gen., a retired army officer', verb: 'said', quote: 'It is over' }
    ],
    ['The district, which Ankara accused of sheltering rebels, was shelled.', { exact: 'Ankara accused', speaker: 'Ankara', verb: 'accused' }]
  ])('%s', (text, expected) => {
    expect(attributions(text)).toContainEqual(expected)
  })

  it('resolves "he said" to the most recent named speaker', () => {
    const found = attributions('Interior Minister Qasim Araji said the road was open. The army had cleared it, he said.')
    expect(found.map((a) => [a.exact, a.speaker])).toEqual([
      ['Interior Minister Qasim Araji said', 'Qasim Araji'],
      ['he said', 'Qasim Araji']
    ])
  })

  it('resolves a surname and "the ministry" to the speaker named earlier', () => {
    const found = attributions(
      'Prime Minister Haider al-Abadi said victory was near. The Defence Ministry said troops had advanced. Abadi said it would come soon. The town was surrounded, the ministry said.'
    )
    expect(found.map((a) => a.speaker)).toEqual(['Haider al-Abadi', 'Defence Ministry', 'Haider al-Abadi', 'Defence Ministry'])
  })

  it('resolves "the statement said" to the organisation that spoke last', () => {
    const found = attributions('The Joint Command said the raid succeeded. “The enemy fled,” the command’s statement said. No troops were hurt, the statement said.')
    expect(found.map((a) => a.speaker)).toEqual(['Joint Command', 'Joint Command', 'Joint Command'])
  })

  it.each([
    ['a passive "was told"', 'He was told to leave the city.'],
    ['"it is said"', 'It is said that the town fell quickly.'],
    ['"so-called"', 'The so-called caliphate collapsed in 2019.'],
    ['a noun "estimates"', 'A drought cut estimates of the harvest.'],
    ['"called" without a quotation', 'A town called Rawa lies upstream.'],
    ['"they said" without a name to resolve', 'They said nothing more.'],
    ['"he said" with nobody named before', 'He said the road was closed.']
  ])('does not suggest %s', (_why, text) => {
    expect(attributions(text)).toEqual([])
  })
})
