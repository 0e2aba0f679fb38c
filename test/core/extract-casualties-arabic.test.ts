/** Arabic casualty suggestions: the shapes of Arabic news copy, on sentences written for this test. */
import { describe, expect, it } from 'vitest'
import { suggestClaims } from '@core/extract'

function casualties(text: string) {
  return suggestClaims({ text })
    .filter((c) => c.kind === 'casualty')
    .map((c) => ({ exact: c.anchor.exact, value: c.value }))
}

describe('Arabic casualty suggestions', () => {
  it.each([
    // event noun or verb, then count and victims (clitics و ف ب ل on the trigger)
    [
      'أعلنت الوزارة استشهاد 9 من منسوبي حرس الحدود في الهجوم.',
      'استشهاد 9 من منسوبي حرس الحدود',
      { outcome: 'killed', min: 9, max: 9, who: 'منسوبي حرس الحدود' }
    ],
    [
      'أسفر الانفجار عن مقتل 14 مدنيا وإصابة 31 آخرين.',
      'مقتل 14 مدنيا',
      { outcome: 'killed', min: 14, max: 14, who: 'مدنيا' }
    ],
    ['أسفر الانفجار عن مقتل 14 مدنيا وإصابة 31 آخرين.', 'وإصابة 31 آخرين', { outcome: 'wounded', min: 31, max: 31 }],
    [
      'وقال الشرطة إن الهجوم أدى بمقتل ٢٣ شخصا في السوق.',
      'بمقتل ٢٣ شخصا',
      { outcome: 'killed', min: 23, max: 23, who: 'شخصا' }
    ],
    ['قتل أكثر من 40 شخصا في القصف.', 'قتل أكثر من 40 شخصا', { outcome: 'killed', min: 40, who: 'شخصا' }],
    ['وأدى التفجير إلى مقتل 11 شخصا على الأقل.', 'مقتل 11 شخصا على الأقل', { outcome: 'killed', min: 11, who: 'شخصا' }],
    ['وأصيب نحو 60 في الانفجار.', 'وأصيب نحو 60', { outcome: 'wounded', min: 60, max: 60 }],
    [
      'أسفر الحادث عن مقتل ما لا يقل عن سبعة عمال.',
      'مقتل ما لا يقل عن سبعة عمال',
      { outcome: 'killed', min: 7, who: 'عمال' }
    ],
    [
      'لقي 5 أشخاص من عائلة واحدة مصرعهم في الحريق.',
      'لقي 5 أشخاص من عائلة واحدة مصرعهم',
      { outcome: 'killed', min: 5, max: 5, who: 'أشخاص' }
    ],
    [
      'وأعلن الجيش مقتل وإصابة 16 جنديا.',
      'مقتل وإصابة 16 جنديا',
      { outcome: 'killed_or_wounded', min: 16, max: 16, who: 'جنديا' }
    ],
    [
      'وأفادت المصادر بمقتل العشرات من المسلحين.',
      'بمقتل العشرات من المسلحين',
      { outcome: 'killed', vague: 'dozens', who: 'المسلحين' }
    ],
    [
      'أدى الزلزال إلى نزوح الآلاف من السكان.',
      'نزوح الآلاف من السكان',
      { outcome: 'displaced', vague: 'thousands', who: 'السكان' }
    ],
    [
      'وتم اختطاف ثلاثة مهندسين أجانب.',
      'اختطاف ثلاثة مهندسين أجانب',
      { outcome: 'captured', min: 3, max: 3, who: 'مهندسين أجانب' }
    ],
    // no count: singular 1, dual 2, nouns joined by و add up, a pronoun names one already met
    ['وأكدت الشرطة مقتل ضابط في الاشتباك.', 'مقتل ضابط', { outcome: 'killed', min: 1, max: 1, who: 'ضابط' }],
    ['وأعلنت أنقرة مقتل جنديين في الهجوم.', 'مقتل جنديين', { outcome: 'killed', min: 2, max: 2, who: 'جنديين' }],
    [
      'وأسفر القصف عن إصابة امرأة وثلاثة أطفال.',
      'إصابة امرأة وثلاثة أطفال',
      { outcome: 'wounded', min: 4, max: 4, who: 'امرأة وثلاثة أطفال' }
    ],
    ['ما أدى إلى وفاته في المستشفى.', 'وفاته', { outcome: 'killed', min: 1, max: 1 }],
    ['لقي رجلان حتفهما في الحادث.', 'لقي رجلان حتفهما', { outcome: 'killed', min: 2, max: 2, who: 'رجلان' }],
    // a count, then an outcome noun; number words; digits before the noun
    ['سقط ١٨ قتيلا في المواجهات.', '١٨ قتيلا', { outcome: 'killed', min: 18, max: 18 }],
    ['وخلف الهجوم خمسة وعشرين قتيلا و40 جريحا.', 'خمسة وعشرين قتيلا', { outcome: 'killed', min: 25, max: 25 }],
    ['وخلف الهجوم خمسة وعشرين قتيلا و40 جريحا.', 'و40 جريحا', { outcome: 'wounded', min: 40, max: 40 }],
    ['وسجلت الوزارة 12 حالة وفاة بسبب الحر.', '12 حالة وفاة', { outcome: 'killed', min: 12, max: 12 }],
    [
      'وبلغ عدد الضحايا ثلاثة عشر قتيلا على الأقل.',
      'عدد الضحايا ثلاثة عشر قتيلا على الأقل',
      { outcome: 'killed', min: 13 }
    ],
    ['وأحصى المسعفون 27 جثة.', '27 جثة', { outcome: 'killed', min: 27, max: 27 }],
    // the victims, then the verb
    ['وقالت الشرطة إن 9 أشخاص قتلوا في الهجوم.', '9 أشخاص قتلوا', { outcome: 'killed', min: 9, max: 9, who: 'أشخاص' }],
    [
      'وأفاد مسعفون بأن 250 عراقيا لقوا مصرعهم خلال الشهر.',
      '250 عراقيا لقوا مصرعهم',
      { outcome: 'killed', min: 250, max: 250, who: 'عراقيا' }
    ],
    [
      'وكان ثلاثة من القادة من بين القتلى.',
      'ثلاثة من القادة من بين القتلى',
      { outcome: 'killed', min: 3, max: 3, who: 'القادة' }
    ],
    // tolls
    ['وقال المسؤول إن عدد القتلى بلغ 412 شخصا.', 'عدد القتلى بلغ 412 شخصا', { outcome: 'killed', min: 412, max: 412 }],
    ['وذكرت الوزارة أن عدد المصابين يتجاوز 70.', 'عدد المصابين يتجاوز 70', { outcome: 'wounded', min: 70 }]
  ])('%s → %s', (text, exact, value) => {
    expect(casualties(text)).toContainEqual({ exact, value })
  })

  it('reads a subgroup after بينهم with the outcome of its group', () => {
    const found = casualties('ارتفعت الحصيلة إلى 40 قتيلا بينهم 15 طفلا.')
    expect(found).toContainEqual({
      exact: 'بينهم 15 طفلا',
      value: { outcome: 'killed', min: 15, max: 15, who: 'طفلا' }
    })
  })

  it('takes the count of the group, not of its subgroup, before a verb', () => {
    expect(casualties('وقال إن 30 مسلحا، بينهم خمسة قادة، قتلوا.')[0]?.value).toMatchObject({
      outcome: 'killed',
      min: 30,
      max: 30
    })
  })

  it.each([
    ['ولم يصب أحد بأذى ولا توجد أي إصابات.', 'negated'],
    ['ونفى الجيش مقتل أي مدنيين في الغارة.', 'denied'],
    ['ويعاقب التنظيم بالقتل كل من يخالفه.', 'the punishment, no toll'],
    ['ووجهت إليه 12 تهمة قتل عمد.', 'counts of a charge'],
    ['وسقط أكثر من 20 صاروخا على المدينة.', 'rockets fell, no victims'],
    ['وكانت السيارة تقل أربعة أشخاص.', 'occupants of a car'],
    ['وأصدرت المحكمة شهادة وفاة رسمية.', 'a death certificate'],
    ['وقال شاهد إن مسلحين اثنين وقتلا الحارس.', 'the killers, with و on the verb']
  ])('suggests no casualty in %s (%s)', (text) => {
    expect(casualties(text)).toEqual([])
  })

  it('reads "subjected to wounding", whose only casualty word is للإصابة', () => {
    expect(casualties('وتعرض مواطن للإصابة بعد سقوط مقذوف على منزله.')).toEqual([
      { exact: 'وتعرض مواطن للإصابة', value: { outcome: 'wounded', min: 1, max: 1, who: 'مواطن' } }
    ])
  })

  it('reads a toll whose bound starts with its own first word', () => {
    expect(casualties('وصل عدد المصابين إلى ما يزيد على 50 مصابا.')).toEqual([
      { exact: 'عدد المصابين إلى ما يزيد على 50 مصابا', value: { outcome: 'wounded', min: 50 } }
    ])
  })

  it('suggests no casualty in a report of counts with no casualty word', () => {
    expect(
      casualties('وقال المتحدث إن 12 محطة توقفت عن العمل، وإن أكثر من 300 عامل يعملون على إصلاحها منذ ثلاثة أيام.')
    ).toEqual([])
  })

  it('reads a count after ب as the instrument: one man wounded by three bullets', () => {
    expect(casualties('أصيب الرجل بثلاث رصاصات في صدره.')).toEqual([
      { exact: 'أصيب الرجل', value: { outcome: 'wounded', min: 1, max: 1, who: 'الرجل' } }
    ])
  })

  it('reads "قتل" before a bare indefinite noun as the killer, not one victim', () => {
    expect(casualties('قتل مسلح في المدينة أمس.')).toEqual([])
    expect(casualties('قُتل الطالب في المدينة أمس.')[0]?.value).toMatchObject({ outcome: 'killed', min: 1, max: 1 })
  })

  it('reads the victims after the killer and a place phrase: "قتل مسلح في لافاييت (ولاية لويزيانا) شخصين"', () => {
    // Asharq al-Awsat, 25 July 2015
    const text = 'قتل مسلح في لافاييت (ولاية لويزيانا) شخصين وجرح 9 في حادث مماثل، ثم قتل نفسه داخل دار السينما.'
    expect(casualties(text)).toEqual([
      {
        exact: 'قتل مسلح في لافاييت (ولاية لويزيانا) شخصين',
        value: { outcome: 'killed', min: 2, max: 2, who: 'شخصين' }
      },
      { exact: 'وجرح 9', value: { outcome: 'wounded', min: 9, max: 9 } }
    ])
    // a place name is no victim, nor is a definite noun after the place
    expect(casualties('قتل مسلح في فلسطين.')).toEqual([])
    expect(casualties('قتل مسلح في اشتباك مع الشرطة.')).toEqual([])
  })

  it('reads a fall of people as a toll, and not a fall of shells', () => {
    // al-Weeam, 1 August 2015, UNAMI's July toll by province (shortened)
    expect(casualties('ثم نينوى ب 101 قتيل وجرح 28 وكركوك بسقوط 26 شخصا واصابة 11 آخرين.')).toContainEqual({
      exact: 'بسقوط 26 شخصا',
      value: { outcome: 'killed', min: 26, max: 26, who: 'شخصا' }
    })
    expect(casualties('أسفر القصف عن سقوط 26 شخصا بين قتيل وجريح.')).toEqual([
      { exact: 'سقوط 26 شخصا بين قتيل وجريح', value: { outcome: 'killed_or_wounded', min: 26, max: 26, who: 'شخصا' } }
    ])
    expect(casualties('جراء سقوط أكثر من 10 قذائف هاون على منازل.')).toEqual([])
  })

  it('reads a conjoined count with an outcome noun of its own as the next toll, not more victims', () => {
    expect(casualties('وأسفر الانفجار عن مقتل 12 شخصا وأكثر من 30 جريحا في السوق.')).toEqual([
      { exact: 'مقتل 12 شخصا', value: { outcome: 'killed', min: 12, max: 12, who: 'شخصا' } },
      { exact: 'وأكثر من 30 جريحا', value: { outcome: 'wounded', min: 30 } }
    ])
    // victims of one outcome still add up
    expect(casualties('وقتل جندي دولي وثمانية مقاتلين أفغان في الهجوم.')[0]?.value).toMatchObject({
      outcome: 'killed',
      min: 9,
      max: 9
    })
  })

  describe('on reports of papers and topics the rules were not written on (the audit set)', () => {
    it('sums cases graded by a medical statement, and keeps a grade set off by a comma apart', () => {
      // Sabq, 25 July 2015 (the Red Crescent's figures for a crash on the Muzahmiyah road)
      expect(casualties('كالاتي: "4 حالات وفاة، و3 حالات حرجة (أطفال)، وحالة متوسطة؛ حيث جرى نقلهم')).toEqual([
        { exact: '4 حالات وفاة', value: { outcome: 'killed', min: 4, max: 4 } },
        { exact: 'و3 حالات حرجة', value: { outcome: 'wounded', min: 3, max: 3 } },
        { exact: 'وحالة متوسطة', value: { outcome: 'wounded', min: 1, max: 1 } }
      ])
      // Okaz, 22 July 2015
      expect(casualties('ونتج عن الحادث وفاة شخص وحالة حرجة وحالتين متوسطتين.')).toContainEqual({
        exact: 'وحالة حرجة وحالتين متوسطتين',
        value: { outcome: 'wounded', min: 3, max: 3 }
      })
      expect(casualties('ونقل المصاب إلى المستشفى وهو في حالة حرجة.')).toEqual([])
    })

    it('reads a count in brackets, and not the recovered nor the discharged as a toll', () => {
      // Aleqtisadiya, 25 July 2015 (the health ministry's weekly MERS figures)
      expect(casualties('ويذكر أنه تم تسجيل (6) حالات إيجابية مؤكدة بفيروس كورونا في كل من الرياض والدمام.')).toEqual([
        { exact: '(6) حالات إيجابية', value: { outcome: 'wounded', min: 6, max: 6 } }
      ])
      expect(casualties('كما أكدت الوزارة شفاء (578) حالة مصابة بفيروس كورونا.')).toEqual([])
      // Aleqtisadiya, 10 August 2015
      expect(casualties('وأشارت الوزارة إلى أن 29 مصاباً خرجوا من المستشفيات لتحسن حالتهم.')).toEqual([])
      // some of them discharged: the four are still the toll (al-Riyadh, 27 July 2015)
      expect(casualties('وأوضح أن الحادث خلف اربعة مصابين خرج ثلاثة منهم من المستشفيات.')).toEqual([
        { exact: 'اربعة مصابين', value: { outcome: 'wounded', min: 4, max: 4 } }
      ])
    })

    it('reads a dual outcome noun and a count of cases after its outcome noun', () => {
      // Okaz, 25 July 2015 (a fire in a Riyadh block of flats)
      const text = 'حيث سجلت إصابات اختناق مختلفة لعدد ١٥ حالة وكذلك بإصابتين حروق بسيطة وقد تم نقلها جميعا للمستشفى.'
      expect(casualties(text)).toEqual([
        { exact: 'إصابات اختناق مختلفة لعدد ١٥ حالة', value: { outcome: 'wounded', min: 15, max: 15 } },
        { exact: 'بإصابتين', value: { outcome: 'wounded', min: 2, max: 2 } }
      ])
    })

    it('reads "وافت المنية" and a toll of cases whose figure comes after a year', () => {
      // al-Weeam, 3 August 2015
      const text =
        'وبذلك يصل عدد حالات الإصابة المسجلة منذ شهر يونيو 2012 إلى 1059 حالة تماثلة للشفاء منها 583 حالة، فيما وافت المنية 467 حالة.'
      expect(casualties(text)).toEqual([
        {
          exact: 'عدد حالات الإصابة المسجلة منذ شهر يونيو 2012 إلى 1059 حالة',
          value: { outcome: 'wounded', min: 1059, max: 1059 }
        },
        { exact: 'وافت المنية 467 حالة', value: { outcome: 'killed', min: 467, max: 467, who: 'حالة' } }
      ])
    })

    it('reads more victims of the same outcome after a place or a subgroup as claims of their own', () => {
      // al-Riyadh, 25 July 2015 (floods in Pakistan)
      const text =
        'وأضافت الهيئة أن الفيضانات أودت بحياة سبعة أشخاص في اقليم بالوشيستان بجنوب غرب البلاد وثلاثة أشخاص بإقليم البنجاب شرقا وشخصين في اقليم جيلجيت بالتيستان شمالا.'
      expect(casualties(text).map((c) => [c.exact, c.value.min])).toEqual([
        ['أودت بحياة سبعة أشخاص', 7],
        ['وثلاثة أشخاص', 3],
        ['وشخصين', 2]
      ])
      // Asharq al-Awsat, 23 July 2015 (Sinai)
      const sinai = 'مما أسفر عن مقتل 17 فردا من القوات المسلحة بينهم 4 ضباط، وأكثر من مائة فرد من العناصر الإرهابية.'
      expect(casualties(sinai)).toContainEqual({
        exact: 'وأكثر من مائة فرد',
        value: { outcome: 'killed', min: 100, who: 'فرد' }
      })
      // victims a verb follows belong to that verb
      expect(casualties('مقتل 3 أشخاص في السوق و5 أشخاص أصيبوا بجروح.').map((c) => c.value.outcome)).toEqual([
        'killed',
        'wounded'
      ])
    })

    it('reads "fell dead", the missing searched for, a killing set off by a slash, and the dead counted as victims', () => {
      // al-Watan, 22 July 2015 (Sabha)
      expect(casualties('قال مسؤولون أمس إن العشرات سقطوا قتلى في اشتباكات بين قبيلتين.')).toEqual([
        { exact: 'العشرات سقطوا قتلى', value: { outcome: 'killed', vague: 'dozens' } }
      ])
      // al-Riyadh, 23 July 2015 (a boat on the Nile)
      expect(casualties('وأوضحت المصادر أنه تم إنقاذ خمسة أشخاص والبحث جار عن ستة آخرين على الأقل.')).toEqual([
        { exact: 'والبحث جار عن ستة آخرين على الأقل', value: { outcome: 'missing', min: 6 } }
      ])
      // Aleqtisadiya, 3 August 2015 (the interior ministry's statement of an execution)
      expect(
        casualties('أقدم / مقرب بن سعد - سعودي الجنسية - على قتل / طلال بن أحمد بن محمد الحمود')[0]?.value
      ).toMatchObject({
        outcome: 'killed',
        min: 1,
        max: 1
      })
      // al-Riyadh, 25 July 2015: "victims" after deaths are the dead
      expect(
        casualties(
          'أعلنت السلطات الباكستانية الجمعة وفاة 12 شخصا بسبب الأمطار لترتفع بذلك حصيلة الضحايا إلى 26 شخصا.'
        )[1]
      ).toEqual({ exact: 'حصيلة الضحايا إلى 26 شخصا', value: { outcome: 'killed', min: 26, max: 26 } })
    })

    it('reads ranges with "ما بين" and "من … إلى", and "one family" as no more victims', () => {
      expect(casualties('أسفر الهجوم عن مقتل ما بين 10 و15 شخصا.')[0]?.value).toMatchObject({ min: 10, max: 15 })
      expect(casualties('قتل من 10 إلى 15 شخصا في الغارة.')[0]?.value).toMatchObject({ min: 10, max: 15 })
      // "واحدة" begins with و but is the adjective "one"
      expect(casualties('وتوفي ثلاثة من أفراد أسرة واحدة في الحادث.')[0]?.value).toMatchObject({ min: 3, max: 3 })
    })

    it('reads no toll in colloquial speech', () => {
      // al-Weeam, 11 August 2015, a brother quoted in Syrian Arabic ("armed men who kill people on the roads")
      expect(casualties('من هالشرذمات والمظاهر المسلحة اللي بتقتل الناس عالطرقات رح كون سعيد')).toEqual([])
    })
  })
})
