/** Arabic attribution suggestions: who says so in Arabic news copy, on sentences written for this test. */
import { describe, expect, it } from 'vitest'
import { suggestClaims } from '@core/extract'

function attributions(text: string) {
  return suggestClaims({ text })
    .filter((c) => c.kind === 'attribution')
    .map((c) => ({ exact: c.anchor.exact, value: c.value }))
}

describe('Arabic attribution suggestions', () => {
  it.each([
    // the verb first, its subject after it, up to the complement
    [
      'وصرح المتحدث الأمني لوزارة الداخلية بأنه تم القبض على المطلوب.',
      'وصرح المتحدث الأمني لوزارة الداخلية',
      { speaker: 'المتحدث الأمني لوزارة الداخلية', verb: 'صرح' }
    ],
    ['قال مصدر أمني إن الانفجار وقع قرب السوق.', 'قال مصدر أمني', { speaker: 'مصدر أمني', verb: 'قال' }],
    [
      'أعلنت وزارة الداخلية أن قوات الأمن أحبطت الهجوم.',
      'أعلنت وزارة الداخلية',
      { speaker: 'وزارة الداخلية', verb: 'أعلن' }
    ],
    [
      'وأفادت مصادر أمنية عراقية أمس بمقتل جنديين.',
      'وأفادت مصادر أمنية عراقية',
      { speaker: 'مصادر أمنية عراقية', verb: 'أفاد' }
    ],
    ['وقال شهود عيان إنهم سمعوا دوي انفجارين.', 'وقال شهود عيان', { speaker: 'شهود عيان', verb: 'قال' }],
    // a title, then the name: the name with its rank is the speaker
    [
      'أكد المتحدث الأمني لوزارة الداخلية اللواء منصور التركي أن الخلية ضبطت.',
      'أكد المتحدث الأمني لوزارة الداخلية اللواء منصور التركي',
      { speaker: 'اللواء منصور التركي', verb: 'أكد' }
    ],
    [
      'وقال المتحدث باسم البيت الأبيض جوش إيرنست إن الرئيس أُبلغ بالحادث.',
      'وقال المتحدث باسم البيت الأبيض جوش إيرنست',
      { speaker: 'جوش إيرنست', verb: 'قال' }
    ],
    [
      'وقال قائد شرطة كابل عبد الرحمن رحيمي إن خمسة أشخاص قتلوا.',
      'وقال قائد شرطة كابل عبد الرحمن رحيمي',
      { speaker: 'عبد الرحمن رحيمي', verb: 'قال' }
    ],
    [
      'صرح المتحدث باسم الداخلية التونسية، محمد علي العروي، أن الحادث ليس إرهابيا.',
      'صرح المتحدث باسم الداخلية التونسية، محمد علي العروي',
      { speaker: 'محمد علي العروي', verb: 'صرح' }
    ],
    // the name, then the title
    [
      'وقال جيم كرافت قائد شرطة لافاييت إن المسلح قتل نفسه.',
      'وقال جيم كرافت قائد شرطة لافاييت',
      { speaker: 'جيم كرافت', verb: 'قال' }
    ],
    // the channel after لـ is `via`
    [
      'وقال مسؤولان تركيان كبيران لرويترز إن الدلائل تشير إلى هجوم انتحاري.',
      'وقال مسؤولان تركيان كبيران لرويترز',
      { speaker: 'مسؤولان تركيان كبيران', verb: 'قال', via: 'رويترز' }
    ],
    [
      'وقالت المصادر لوكالة الأنباء الألمانية إن عبوة ناسفة انفجرت.',
      'وقالت المصادر لوكالة الأنباء الألمانية',
      { speaker: 'المصادر', verb: 'قال', via: 'وكالة الأنباء الألمانية' }
    ],
    [
      'وقال الناطق الإعلامي في شرطة المنطقة الشرقية العقيد زياد الرقيطي لـ"الوطن" إن الحادث وقع فجرا.',
      'وقال الناطق الإعلامي في شرطة المنطقة الشرقية العقيد زياد الرقيطي لـ"الوطن"',
      { speaker: 'العقيد زياد الرقيطي', verb: 'قال', via: 'الوطن' }
    ],
    // the subject before the verb
    [
      'وكان مصدر أمني تونسي رفيع قد أفاد بقيام جندي بإطلاق النار.',
      'مصدر أمني تونسي رفيع قد أفاد',
      { speaker: 'مصدر أمني تونسي رفيع', verb: 'أفاد' }
    ],
    [
      'لكن البيت الأبيض أكد في وقت لاحق أن جنديا أميركيا قتل.',
      'البيت الأبيض أكد',
      { speaker: 'البيت الأبيض', verb: 'أكد' }
    ],
    // according to
    [
      'قتل 19 شخصا على الأقل، بحسب مصدر في وزارة الداخلية.',
      'بحسب مصدر في وزارة الداخلية',
      { speaker: 'مصدر في وزارة الداخلية', verb: 'بحسب' }
    ],
    [
      'سقط صاروخ على حي سكني، بحسب ما ذكر المرصد السوري لحقوق الإنسان.',
      'بحسب ما ذكر المرصد السوري لحقوق الإنسان',
      { speaker: 'المرصد السوري لحقوق الإنسان', verb: 'ذكر' }
    ],
    [
      'وقتل أكثر من 750 شخصا بحسب تعداد لوكالة الصحافة الفرنسية.',
      'بحسب تعداد لوكالة الصحافة الفرنسية',
      { speaker: 'وكالة الصحافة الفرنسية', verb: 'بحسب' }
    ],
    ['وقتل خمسة جنود وفقا لمصادر عسكرية.', 'وفقا لمصادر عسكرية', { speaker: 'مصادر عسكرية', verb: 'وفقا ل' }],
    // "وفق" governs its noun without لـ
    [
      'وأسفر القصف عن سقوط 8 قتلى، وفق المرصد السوري لحقوق الإنسان.',
      'وفق المرصد السوري لحقوق الإنسان',
      { speaker: 'المرصد السوري لحقوق الإنسان', verb: 'وفقا ل' }
    ]
  ])('%s → %s', (text, exact, value) => {
    expect(attributions(text)).toContainEqual({ exact, value })
  })

  it('gives "he said" and a later mention the speaker named first', () => {
    const found = attributions(
      'وقال المتحدث الرسمي للهلال الأحمر بمنطقة تبوك خالد بن مرضي العنزي إن الحادث وقع ليلا. وأضاف أن الفرق باشرت الموقع. وأوضح العنزي أن المصاب نقل إلى المستشفى.'
    )
    expect(found.map((f) => f.value.speaker)).toEqual([
      'خالد بن مرضي العنزي',
      'خالد بن مرضي العنزي',
      'خالد بن مرضي العنزي'
    ])
  })

  it('resolves the body, the sources and the statement to the name given first', () => {
    const found = attributions(
      'قالت وزارة الداخلية التركية في بيان إن الانفجار وقع ظهرا. وأضاف البيان أن هناك مخاوف من ارتفاع العدد. وأفادت مصادر محلية بمقتل شخصين. وأوضحت المصادر أن التنظيم احتجز عائلات.'
    )
    expect(found.map((f) => f.value.speaker)).toEqual([
      'وزارة الداخلية التركية',
      'وزارة الداخلية التركية',
      'مصادر محلية',
      'مصادر محلية'
    ])
  })

  it('takes an alias given in brackets for the body it names', () => {
    const found = attributions(
      'قالت بعثة الأمم المتحدة لمساعدة العراق (يونامي) إن 1332 عراقيا قتلوا. وأوضحت (يونامي) في بيان أن الحصيلة تشمل المدنيين.'
    )
    expect(found.map((f) => f.value.speaker)).toEqual([
      'بعثة الأمم المتحدة لمساعدة العراق',
      'بعثة الأمم المتحدة لمساعدة العراق'
    ])
  })

  it('gives a feminine verb the last speaker it agrees with', () => {
    const found = attributions(
      'وقالت وزارة الصحة إن 21 شخصا توفوا. وقال مدير المستشفى أحمد سالم إن الحالات مستقرة. وأضافت أن المصابين يتلقون العلاج.'
    )
    expect(found.map((f) => f.value.speaker)).toEqual(['وزارة الصحة', 'أحمد سالم', 'وزارة الصحة'])
  })

  it('gives a title alone the person who held it', () => {
    const found = attributions('وقال مكتب الرئيس بول بيا إن 11 شخصا قتلوا. ودعا الرئيس المواطنين إلى اليقظة.')
    expect(found.map((f) => f.value.speaker)).toEqual(['مكتب الرئيس بول بيا', 'بول بيا'])
  })

  it('keeps a run of ranks before the name and ends the name before its object', () => {
    expect(
      attributions('قال اللواء الركن جعفر محمد سعد، مستشار الشؤون العسكرية، إن الاشتباكات عنيفة.')[0]?.value.speaker
    ).toBe('اللواء الركن جعفر محمد سعد')
    expect(attributions('وأقر الرئيس الكيني اوهورو كينياتا بوجود تهديد إرهابي.')[0]?.value.speaker).toBe(
      'اوهورو كينياتا'
    )
  })

  it('puts "another" witness on the channel of the one before', () => {
    const found = attributions(
      'نقل تلفزيون «سي إن إن» أمس على لسان شخص كان داخل السينما قوله: «كنت محظوظا». وقال آخر: «لا أصدق».'
    )
    expect(found.map((f) => f.value.via)).toEqual(['سي إن إن', 'سي إن إن'])
  })

  it('merges "according to" an agency with the speaker it quotes', () => {
    expect(attributions('ووفقا لوكالة الأنباء الفرنسية، قال رامي عبدالرحمن مدير المرصد إن الصاروخ سقط.')).toEqual([
      {
        exact: 'ووفقا لوكالة الأنباء الفرنسية، قال رامي عبدالرحمن مدير المرصد',
        value: { speaker: 'رامي عبدالرحمن', verb: 'قال', via: 'وكالة الأنباء الفرنسية' }
      }
    ])
  })

  it.each([
    ["the paper's aside", 'يذكر أن المنطقة شهدت هجمات سابقة.'],
    ['the passive "it is noted"', 'يشار إلى أن الهجوم هو الثاني هذا الشهر.'],
    ['a verse', 'قال الله تعالى: "ولكم في القصاص حياة".'],
    ['a negated verb', 'ولم تكشف الشرطة عن هوية المهاجم.'],
    ['a declaration', 'وأعلنت الحكومة الحداد ثلاثة أيام.'],
    ['a declared state', 'أعلنت حالة الطوارئ في المستشفيات.'],
    ['findings that "indicate"', 'وهذا التراجع يشير إلى تحسن الأوضاع.'],
    ['a present verb with no named speaker', 'كما تشير إلى أن قائد المجموعة فر.'],
    ['"according to the rules"', 'وتم التعامل مع الحالة وفقاً للنظام.'],
    ['transport, not speech', 'فيما نقلت الجثث إلى المستشفى.'],
    ['a participle', 'وأصيب ثلاثة، طالبا عدم ذكر اسمه.'],
    ['"between"', 'واندلعت اشتباكات بين القوات الكردية والجماعات المسلحة.'],
    ['findings in the present', 'وتشير المعلومات إلى تدمير جزء كبير من المعسكر.'],
    ['"she said" with no one named before', 'وقالت له إنها لن تعود.']
  ])('suggests nothing for %s', (_why, text) => {
    expect(attributions(text)).toEqual([])
  })

  describe('on reports of papers and topics the rules were not written on (the audit set)', () => {
    it("reads the interior ministry's closing statement: the body before إذ, and its present verbs after", () => {
      // Aleqtisadiya, 3 August 2015 (the ministry's statement of an execution)
      const text =
        'وتم التنفيذ بمحافظة الأحساء. ووزارة الداخلية إذ تعلن عن ذلك لتؤكد للجميع حرص حكومة خادم الحرمين الشريفين على استتباب الأمن وتحذر في الوقت ذاته كل من تسول له نفسه الإقدام على مثل ذلك.'
      expect(attributions(text)).toEqual([
        { exact: 'ووزارة الداخلية إذ تعلن', value: { speaker: 'وزارة الداخلية', verb: 'أعلن' } },
        { exact: 'وتحذر', value: { speaker: 'وزارة الداخلية', verb: 'حذر' } }
      ])
    })

    it("keeps a speaker's genitive and affiliation, and leaves the occasion out", () => {
      // al-Weeam, 11 August 2015
      expect(attributions('هذا، وقالت أرملة العقيد ، أنها تلقت وعودا من الاسد.')[0]?.value.speaker).toBe('أرملة العقيد')
      // al-Watan, 22 July 2015 (Sabha)
      expect(attributions('وقال مسؤول من قبيلة تبو إن الاشتباكات بدأت بعد مقتل أحد أفراد القبيلة.')[0]).toEqual({
        exact: 'وقال مسؤول من قبيلة تبو',
        value: { speaker: 'مسؤول من قبيلة تبو', verb: 'قال' }
      })
      // Okaz, 10 August 2015: "the agency", in information that cannot be checked, is the one named before
      const okaz =
        'أفادت وكالة أنباء الاناضول الحكومية التركية امس ان نحو 390 مقاتلا قتلوا. وقالت الوكالة في معلومات لا يمكن التأكد منها، ان اربعة من قادة الحزب قتلوا.'
      expect(attributions(okaz)[1]).toEqual({
        exact: 'وقالت الوكالة',
        value: { speaker: 'وكالة أنباء الاناضول الحكومية التركية', verb: 'قال' }
      })
    })

    it("reads a region's health directorate after a title as a body, not as a name", () => {
      expect(attributions('وصرح المتحدث الرسمي لصحة جدة بأن الحالة مستقرة.')[0]?.value.speaker).toBe(
        'المتحدث الرسمي لصحة جدة'
      )
      expect(attributions('وصرح المتحدث الرسمي لصحة جدة سعيد الغامدي بأن الحالة مستقرة.')[0]?.value.speaker).toBe(
        'سعيد الغامدي'
      )
    })

    it('reads "نقلت X عن Y" with Y the speaker and X the channel, and a channel written before the subject', () => {
      expect(attributions('ونقلت وكالة رويترز عن مصادر أمنية قولها إن الهجوم وقع ليلا.')).toEqual([
        {
          exact: 'ونقلت وكالة رويترز عن مصادر أمنية',
          value: { speaker: 'مصادر أمنية', verb: 'نقل', via: 'وكالة رويترز' }
        }
      ])
      expect(attributions('أكد لـ"الرياض" مدير عام الدفاع المدني اللواء سليمان العمرو أن الفرق باشرت.')).toEqual([
        {
          exact: 'أكد لـ"الرياض" مدير عام الدفاع المدني اللواء سليمان العمرو',
          value: { speaker: 'اللواء سليمان العمرو', verb: 'أكد', via: 'الرياض' }
        }
      ])
      // with no subject after the channel the speaker is still the last one
      expect(attributions('قال مصدر أمني إن الهجوم وقع. وقال لرويترز إن المهاجمين فروا.')[1]?.value).toEqual({
        speaker: 'مصدر أمني',
        verb: 'قال',
        via: 'رويترز'
      })
    })
  })
})
