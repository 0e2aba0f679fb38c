import { describe, expect, it } from 'vitest'
import { suggestClaims } from '@core/extract'

function dates(text: string, publishedAt?: string) {
  return suggestClaims({ text }, publishedAt ? { publishedAt } : undefined)
    .filter((c) => c.kind === 'date')
    .map((c) => ({
      exact: c.anchor.exact,
      iso: c.value.iso,
      granularity: c.value.granularity,
      calendar: c.value.calendar
    }))
}

const gregorian = (exact: string, iso: string, granularity: string) => ({
  exact,
  iso,
  granularity,
  calendar: 'gregorian'
})

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

/** What a journalist checks beside the value: the granularity and the extra fields, when given. */
function full(text: string, publishedAt?: string) {
  return suggestClaims({ text }, publishedAt ? { publishedAt } : undefined)
    .filter((c) => c.kind === 'date')
    .map((c) => {
      const v = c.value as Record<string, unknown>
      const out: Record<string, unknown> = { exact: c.anchor.exact, iso: v.iso, granularity: v.granularity }
      for (const k of ['mod', 'partOfDay', 'calendar'])
        if (v[k] !== undefined && !(k === 'calendar' && v[k] === 'gregorian')) out[k] = v[k]
      return out
    })
}

describe('days and times, resolved against the publication date (a Friday, 7 August 1998)', () => {
  const pub = '1998-08-07'
  it.each([
    [
      'Two bombs exploded outside the embassies Friday, killing dozens.',
      { exact: 'Friday', iso: '1998-08-07', granularity: 'day' }
    ],
    ['President Clinton Thursday condemned the attacks.', { exact: 'Thursday', iso: '1998-08-06', granularity: 'day' }],
    ['The envoy will fly to Nairobi on Monday.', { exact: 'Monday', iso: '1998-08-10', granularity: 'day' }],
    [
      'Missiles struck the base early Friday morning which appears to have caused damage.',
      { exact: 'Friday morning', iso: '1998-08-07', granularity: 'day', partOfDay: 'morning' }
    ],
    ['The bid was due to expire last Friday.', { exact: 'last Friday', iso: '1998-07-31', granularity: 'day' }],
    [
      'The blast went off Friday morning near the embassy.',
      { exact: 'Friday morning', iso: '1998-08-07', granularity: 'day', partOfDay: 'morning' }
    ],
    [
      'Relatives have until 9 a.m. Tuesday to answer.',
      { exact: '9 a.m. Tuesday', iso: '1998-08-11T09:00', granularity: 'time' }
    ],
    [
      'The ultimatum will run out at noon Saturday.',
      { exact: 'noon Saturday', iso: '1998-08-08T12:00', granularity: 'time' }
    ],
    ['The police said today that two men were held.', { exact: 'today', iso: '1998-08-07', granularity: 'day' }],
    ['The minister is expected to arrive tomorrow.', { exact: 'tomorrow', iso: '1998-08-08', granularity: 'day' }],
    [
      'Shots were heard last night in the capital.',
      { exact: 'last night', iso: '1998-08-06', granularity: 'day', partOfDay: 'night' }
    ],
    ['The victim was shot at 10 p.m. in her kitchen.', { exact: '10 p.m.', iso: 'T22:00', granularity: 'time' }],
    // British copy writes the minutes after a full stop
    ['Officers were called at 10.45pm to the house.', { exact: '10.45pm', iso: 'T22:45', granularity: 'time' }],
    [
      'The men entered the shop around 7:15 p.m., witnesses said.',
      { exact: 'around 7:15 p.m.', iso: 'T19:15', granularity: 'time', mod: 'approx' }
    ],
    [
      'The editorial ran on Monday, Oct. 26, a day late.',
      { exact: 'Monday, Oct. 26', iso: '1998-10-26', granularity: 'day' }
    ]
  ])('%s', (text, expected) => {
    expect(full(text, pub)).toContainEqual(expected)
  })

  it.each([
    ['a newspaper', 'He wrote for The Sunday Times for a decade.'],
    ['a newspaper named Today', 'She told USA Today nothing more.']
  ])('not a date: %s', (_why, text) => {
    expect(full(text, pub)).toEqual([])
  })
})

describe('months, years, decades and periods', () => {
  it.each([
    // a month without a year is the nearest one unless the clause says which way
    ['The board meets again in January.', '1989-11-02', { exact: 'January', iso: '1990-01', granularity: 'month' }],
    ['The dam was finished in November.', '2016-08-14', { exact: 'November', iso: '2015-11', granularity: 'month' }],
    [
      'The dividend is payable Dec. 7 to holders of record.',
      '1989-11-02',
      { exact: 'Dec. 7', iso: '1989-12-07', granularity: 'day' }
    ],
    ['The offer was extended to Jan. 3.', '1989-12-20', { exact: 'Jan. 3', iso: '1990-01-03', granularity: 'day' }],
    [
      'An election is due this September.',
      '1998-02-05',
      { exact: 'this September', iso: '1998-09', granularity: 'month' }
    ],
    ['Prices peaked in mid-1996.', '1998-02-05', { exact: 'mid-1996', iso: '1996', granularity: 'year', mod: 'mid' }],
    [
      'NATO will admit the three countries in early March.',
      '1999-02-10',
      { exact: 'early March', iso: '1999-03', granularity: 'month', mod: 'start' }
    ],
    [
      'The city was invaded in nineteen seventy-nine.',
      '1998-01-21',
      { exact: 'nineteen seventy-nine', iso: '1979', granularity: 'year' }
    ],
    [
      'Oil fell to the level of January nineteen ninety-seven.',
      '1998-01-21',
      { exact: 'January nineteen ninety-seven', iso: '1997-01', granularity: 'month' }
    ],
    [
      'The feud goes back to the late 1970s.',
      '1998-01-21',
      { exact: 'the late 1970s', iso: '197', granularity: 'decade', mod: 'end' }
    ],
    ['She is a 20th century democrat.', '1998-01-21', { exact: '20th century', iso: '19', granularity: 'century' }],
    [
      'The treaty was signed a decade ago.',
      '1998-01-21',
      { exact: 'a decade ago', iso: '1988', granularity: 'year', mod: 'approx' }
    ],
    ['Talks resumed this week in Geneva.', '1990-08-16', { exact: 'this week', iso: '1990-W33', granularity: 'week' }],
    // a fortnight is two weeks
    [
      'A fortnight ago talks broke down.',
      '1990-08-16',
      { exact: 'A fortnight ago', iso: '1990-W31', granularity: 'week' }
    ],
    [
      'The sale should close by the end of the year.',
      '1989-11-02',
      { exact: 'the end of the year', iso: '1989', granularity: 'year', mod: 'end' }
    ],
    [
      'Profit rose in the third quarter.',
      '1989-11-02',
      { exact: 'the third quarter', iso: '1989-35', granularity: 'quarter' }
    ],
    [
      'Sales in fiscal 1989 were $155 million.',
      '1989-11-02',
      { exact: 'fiscal 1989', iso: '1989', granularity: 'year' }
    ],
    ['A doctor was shot last fall.', '1999-04-10', { exact: 'last fall', iso: '1998-23', granularity: 'season' }],
    [
      'Oil was cheaper in the winter of nineteen ninety-four.',
      '1998-02-23',
      { exact: 'the winter of nineteen ninety-four', iso: '1994-24', granularity: 'season' }
    ]
  ])('%s (published %s)', (text, publishedAt, expected) => {
    expect(full(text, publishedAt)).toContainEqual(expected)
  })

  it('takes "a year earlier" as the reporting period a year back', () => {
    const text = 'Net income in the third quarter rose to $5 million. The company earned $3 million a year earlier.'
    expect(full(text, '1989-11-02')).toContainEqual({ exact: 'a year earlier', iso: '1988-35', granularity: 'quarter' })
  })

  it('takes "a year earlier" as last year when no period was named', () => {
    expect(full('The dividend was 4 pence a year earlier.', '1989-11-02')).toContainEqual({
      exact: 'a year earlier',
      iso: '1988',
      granularity: 'year'
    })
  })

  it('resolves "the same day" against the day named before and suggests nothing when there is none', () => {
    expect(full('The man was arrested on 3 May 2015. His site was taken down that same day.')).toContainEqual({
      exact: 'that same day',
      iso: '2015-05-03',
      granularity: 'day'
    })
    expect(full('His site was taken down that same day.')).toEqual([])
  })

  it.each([
    ['a count after a preposition', 'Prices rose in 2000 shops across the country.'],
    ['the fall of a city', 'The fall of Mosul stunned the army.'],
    ['a half without its year', 'He scored in the second half of the match.']
  ])('not a date: %s', (_why, text) => {
    expect(full(text, '2016-08-14').filter((d) => d.granularity !== 'year' || !/2000/.test(String(d.exact)))).toEqual(
      []
    )
  })
})

describe('Arabic dates, in the same grammar and tables', () => {
  it('reads an ordinal day before the month ("الأول من يوليو")', () => {
    // Asharq al-Awsat, 23 July 2015 (Sinai)
    expect(
      dates('وكان آخر هجوم للجماعة قد وقع في الأول من يوليو (تموز) الحالي، بالهجوم على الكمائن.', '2015-07-23')
    ).toEqual([gregorian('الأول من يوليو (تموز) الحالي', '2015-07-01', 'day')])
    expect(dates('وقع الهجوم في الحادي عشر من مايو 2014.')).toEqual([
      gregorian('الحادي عشر من مايو 2014', '2014-05-11', 'day')
    ])
  })

  it.each([
    [
      'قالت الوزارة في 12 يوليو (تموز) الماضي إن',
      '2015-07-23',
      { exact: '12 يوليو (تموز) الماضي', iso: '2015-07-12', granularity: 'day' }
    ],
    [
      'منذ حزيران (يونيو) 2014 والمدينة محاصرة',
      '2015-07-23',
      { exact: 'حزيران (يونيو) 2014', iso: '2014-06', granularity: 'month' }
    ],
    [
      'ففي أكتوبر/تشرين الأول الماضي وقع الهجوم',
      '2015-08-10',
      { exact: 'أكتوبر/تشرين الأول الماضي', iso: '2014-10', granularity: 'month' }
    ],
    [
      'وقع الانفجار أمس الثلاثاء في المدينة',
      '2015-07-22',
      { exact: 'أمس الثلاثاء', iso: '2015-07-21', granularity: 'day' }
    ],
    [
      'وقع الحادث مساء أول من أمس قرب الحدود',
      '2015-07-27',
      { exact: 'مساء أول من أمس', iso: '2015-07-25', granularity: 'day', partOfDay: 'evening' }
    ],
    [
      'أعلنت الشرطة الخميس الماضي القبض على',
      '2015-07-27',
      { exact: 'الخميس الماضي', iso: '2015-07-23', granularity: 'day' }
    ],
    ['وأصدرت الوزارة اليوم بيانا', '2015-07-18', { exact: 'اليوم', iso: '2015-07-18', granularity: 'day' }],
    ['بدأت الحملة الشهر الماضي', '2015-07-20', { exact: 'الشهر الماضي', iso: '2015-06', granularity: 'month' }],
    ['قتل الجندي عام 2009 في المدينة', '2015-08-10', { exact: 'عام 2009', iso: '2009', granularity: 'year' }],
    [
      'ارتفعت درجات الحرارة في الصيف الماضي',
      '2015-08-01',
      { exact: 'الصيف الماضي', iso: '2014-22', granularity: 'season' }
    ],
    [
      'وذلك يوم الخميس الموافق ٦ /٨ /١٤٣٦هـ في الرياض',
      '2015-05-25',
      { exact: 'يوم الخميس الموافق ٦ /٨ /١٤٣٦هـ', iso: '2015-05-24', granularity: 'day', calendar: 'hijri' }
    ],
    [
      'صدر الحكم بتاريخ 22/9/1404 في المحكمة',
      '2015-08-10',
      { exact: '22/9/1404', iso: '1984-06-22', granularity: 'day', calendar: 'hijri' }
    ],
    [
      'يبدأ الصرف غرة ذي القعدة 1436هـ',
      '2015-08-11',
      { exact: 'غرة ذي القعدة 1436هـ', iso: '2015-08-16', granularity: 'day', calendar: 'hijri' }
    ],
    ['المتوفى عام 1404هـ', '2015-08-10', { exact: 'عام 1404هـ', iso: '1983', granularity: 'year', calendar: 'hijri' }],
    ['يبدأ الصرف في 1 /9 /2015 م', '2015-08-11', { exact: '1 /9 /2015 م', iso: '2015-09-01', granularity: 'day' }],
    // each pattern is tried only on sentences holding its required word: one date word is enough
    [
      'ووقع الانفجار الليلة الماضية قرب السوق.',
      '2015-07-22',
      { exact: 'الليلة الماضية', iso: '2015-07-21', granularity: 'day', partOfDay: 'night' }
    ],
    [
      'وعقد المجلس اجتماعه الأسبوع الماضي في الرياض.',
      '2015-07-22',
      { exact: 'الأسبوع الماضي', iso: '2015-W29', granularity: 'week' }
    ],
    [
      'وتواصل القوات عملياتها في المنطقة منذ أسبوعين.',
      '2015-07-22',
      { exact: 'منذ أسبوعين', iso: '2015-W28', granularity: 'week' }
    ],
    [
      'ووصل الوفد يوم الخميس الماضي إلى جدة.',
      '2015-07-22',
      { exact: 'يوم الخميس الماضي', iso: '2015-07-16', granularity: 'day' }
    ]
  ])('%s', (text, publishedAt, expected) => {
    expect(full(text, publishedAt)).toContainEqual(expected)
  })

  it('reads a relative day in a statement the article dates yesterday against the statement’s day', () => {
    // al-Jazirah, Wednesday 22 July 2015, on a Tuesday report of Iraqi sources (shortened)
    const text =
      'أفادت مصادر أمنية عراقية أمس الثلاثاء بمقتل 24 مدنيا في مدينة بعقوبة. وقالت المصادر إن عبوة ناسفة انفجرت امس في حي اليرموك. ' +
      'وأشارت إلى مقتل 18 مدنيا جراء سقوط أكثر من 10 قذائف هاون الليلة الماضية على منازل في ناحية هبهب.'
    const found = full(text, '2015-07-22')
    // the sources' last night is Monday night, before their Tuesday statement
    expect(found).toContainEqual({ exact: 'الليلة الماضية', iso: '2015-07-20', granularity: 'day', partOfDay: 'night' })
    // the paper's own "yesterday" is the statement's day, kept
    expect(found).toContainEqual({ exact: 'امس', iso: '2015-07-21', granularity: 'day' })
    expect(found).toContainEqual({ exact: 'أمس الثلاثاء', iso: '2015-07-21', granularity: 'day' })
    // with no dated statement, last night is the night before the paper's day
    expect(full('وأشارت المصادر إلى سقوط قذائف الليلة الماضية على منازل.', '2015-07-22')).toContainEqual({
      exact: 'الليلة الماضية',
      iso: '2015-07-21',
      granularity: 'day',
      partOfDay: 'night'
    })
  })

  it.each([
    ['the day after, not today', 'وفي اليوم التالي عاد الوفد'],
    ['the verb مارس', 'مارس الضغط على الحكومة']
  ])('not a date: %s', (_why, text) => {
    expect(full(text, '2015-08-10')).toEqual([])
  })
})

describe('weekdays in copy without commas', () => {
  it('reads "On Sunday" before a capitalised subject as the day', () => {
    expect(
      dates('On Sunday Daesh fighters recaptured the town of Al Qaryatain in Homs province.', '2017-10-02')
    ).toContainEqual(gregorian('Sunday', '2017-10-01', 'day'))
  })

  it('still leaves a weekday inside a name alone', () => {
    expect(dates('The match was shown on Monday Night Football.', '2017-10-02')).toEqual([])
  })
})
