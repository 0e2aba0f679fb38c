import { describe, expect, it } from 'vitest'
import { suggestClaims } from '@core/extract'

function quantities(text: string) {
  return suggestClaims({ text })
    .filter((c) => c.kind === 'quantity')
    .map((c) => ({ exact: c.anchor.exact, value: c.value }))
}

describe('quantity suggestions', () => {
  it.each([
    ['The town lies some 500 km northwest of the capital.', 'some 500 km', { amount: 500, unit: 'km' }],
    ['The front is more than 300 kilometres long.', 'more than 300 kilometres', { amount: 300, min: 300, unit: 'km' }],
    [
      'An estimated 1,200 fighters remain in the city.',
      'An estimated 1,200 fighters',
      { amount: 1200, unit: 'fighters' }
    ],
    [
      'There are over 2,500 IS fighters left in the valley.',
      'over 2,500 IS fighters',
      { amount: 2500, min: 2500, unit: 'fighters', what: 'IS fighters' }
    ],
    [
      'A convoy of six armoured vehicles was hit.',
      'six armoured vehicles',
      { amount: 6, unit: 'vehicles', what: 'armoured vehicles' }
    ],
    [
      'Jets destroyed hundreds of rebel vehicles.',
      'hundreds of rebel vehicles',
      { unit: 'vehicles', vague: 'hundreds', what: 'rebel vehicles' }
    ],
    ['The coalition carried out 23 air strikes overnight.', '23 air strikes', { amount: 23, unit: 'air strikes' }],
    ['The fund was worth $2.5 billion.', '$2.5 billion', { amount: 2_500_000_000, unit: 'USD' }],
    ['Prices rose 12% in a month.', '12%', { amount: 12, unit: '%' }],
    ['The river peaked at ٤ metres.', '٤ metres', { amount: 4, unit: 'm' }]
  ])('%s', (text, exact, value) => {
    expect(quantities(text)).toContainEqual({ exact, value })
  })

  it.each([
    ['a bare number', 'The committee met 14 times and published 3 reports.'],
    ['ages', 'A 45-year-old man and his 12-year-old son were detained.'],
    ['a phone number and a time', 'Call +964 770 123 4567 at 10:30 for details.'],
    ['page chrome', 'Page 2. 1500 / 1500 characters. 26°C / 26°C'],
    ['a vague "several"', 'The convoy stretched several kilometres.'],
    ['a count of sources', 'Two army officers said the crossing had fallen.'],
    ['a casualty count, already its own claim', 'The strike killed 15 senior commanders.']
  ])('does not suggest %s', (_why, text) => {
    expect(quantities(text)).toEqual([])
  })
})
