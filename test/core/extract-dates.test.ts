import { describe, expect, it } from 'vitest'
import { suggestClaims } from '@core/extract'

function dates(text: string, publishedAt?: string) {
  return suggestClaims({ text }, publishedAt ? { publishedAt } : undefined)
    .filter((c) => c.kind === 'date')
    .map((c) => ({ exact: c.anchor.exact, iso: c.value.iso, granularity: c.value.granularity, calendar: c.value.calendar }))
}

const gregorian = (exact: string, iso: string, granularity: string) => ({ exact, iso, granularity, calendar: 'gregorian' })

describe('absolute and partial dates', () => {
  it.each([
    ['The ceasefire began on 12 March 2019.', gregorian('12 March 2019', '2019-03-12', 'day')],
    ['Voting ended on November 3, 2020, officials said.', gregorian('November 3, 2020', '2020-11-03', 'day')],
    ['The vote was held on Sunday, May 5, 2019.', gregorian('Sunday, May 5, 2019', '2019-05-05', 'day')],
    ['Fighting resumed on September 14th.', gregorian('September 14th', '--09-14', 'day')],
    ['The convoy left on 3rd of October.', gregorian('3rd of October', '--10-03', 'day')],
    ['BAGHDAD, Aug 14 (Reuters) - Troops advanced.', gregorian('Aug 14', '--08-14', 'day')],
    ['The militia was founded in January 2014.', gregorian('January 2014', '2014-01', 'month')],
    ['The border was sealed in 1991.', gregorian('1991', '1991', 'year')],
    ['It was a 2003 invasion that began the insurgency.', gregorian('2003', '2003', 'year')],
    ['The ISO form 2014-06 is a month.', gregorian('2014-06', '2014-06', 'month')],
    ['The report is dated 2016-08-14.', gregorian('2016-08-14', '2016-08-14', 'day')],
    ['Talks stalled in the summer of 2015.', gregorian('the summer of 2015', '2015-22', 'season')]
  ])('%s', (text, expected) => {
    expect(dates(text)).toContainEqual(expected)
  })

  it('keeps a month and day without a year partial when the publication date is unknown', () => {
    expect(dates('Fighting resumed on September 14th.')).toEqual([gregorian('September 14th', '--09-14', 'day')])
  })
})

describe('relative dates', () => {
  it.each([
    ['Officials met on Tuesday.', '2016-08-14', gregorian('Tuesday', '2016-08-09', 'day')],
    ['The minister will visit Cairo on Tuesday.', '2016-08-14', gregorian('Tuesday', '2016-08-16', 'day')],
    ['The bodies were found on Sunday.', '2016-08-14', gregorian('Sunday', '2016-08-14', 'day')],
    ['Police said the blast happened yesterday.', '2016-08-14', gregorian('yesterday', '2016-08-13', 'day')],
    ['Aid deliveries stopped last week.', '2016-08-14', gregorian('last week', '2016-W31', 'week')],
    ['The talks collapsed last month.', '2016-01-10', gregorian('last month', '2015-12', 'month')],
    ['The rebels withdrew three days ago.', '2016-08-14', gregorian('three days ago', '2016-08-11', 'day')],
    ['Fighting intensified at the end of June.', '2016-08-14', gregorian('the end of June', '2016-06', 'month')],
    ['The dam was finished in November.', '2016-08-14', gregorian('November', '2015-11', 'month')],
    ['Strikes have continued this summer.', '2016-08-14', gregorian('this summer', '2016-22', 'season')]
  ])('%s (published %s)', (text, publishedAt, expected) => {
    expect(dates(text, publishedAt)).toContainEqual(expected)
  })

  it.each([
    ['Officials met on Thursday.', gregorian('Thursday', 'weekday:4', 'weekday')],
    ['Police said the blast happened yesterday.', gregorian('yesterday', 'relative:-P1D', 'relative')],
    ['Aid deliveries stopped last week.', gregorian('last week', 'relative:-P1W', 'relative')],
    ['Fighting intensified at the end of June.', gregorian('the end of June', '--06', 'month')],
    ['The offensive began in mid-June.', gregorian('mid-June', '--06', 'month')]
  ])('without a publication date stays partial: %s', (text, expected) => {
    expect(dates(text)).toContainEqual(expected)
  })
})

describe('Hijri dates', () => {
  it.each([
    ['The decree is dated Shawwal 16, 1445 H.', 'Shawwal 16, 1445 H', '2024-04-25'],
    ['It was signed on 1 Ramadan 1445 AH.', '1 Ramadan 1445 AH', '2024-03-11'],
    ['صدر القرار بتاريخ ١٠/١٠/١٤٣٦هـ في الرياض', '١٠/١٠/١٤٣٦هـ', '2015-07-26'],
    ['وذلك يوم ١٦ شوال ١٤٤٥ هـ', '١٦ شوال ١٤٤٥ هـ', '2024-04-25']
  ])('%s', (text, exact, iso) => {
    expect(dates(text)).toContainEqual({ exact, iso, granularity: 'day', calendar: 'hijri' })
  })
})

describe('what is not a date', () => {
  it.each([
    ['a duration', 'The six-year war has exhausted the country.'],
    ['a span of time', 'He served for two years before fleeing.'],
    ['a phone number and a time', 'Call 0800 123 4567 before 10:30.'],
    ['a page counter', 'Page 2 of 12. 1500 / 1500 characters left.'],
    ['a count that looks like a year', 'Around 2000 people attended the funeral.'],
    ['a UN resolution number', 'Resolution 2254 was adopted unanimously.'],
    ['the modal verb may', 'They may return, as they did before.'],
    ['a weekday in a name', 'The Sunday Times printed the letter.']
  ])('%s', (_why, text) => {
    expect(dates(text)).toEqual([])
  })
})
