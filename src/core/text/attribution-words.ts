/**
 * The vocabulary of attribution in Arabic news copy, once: the reporting verbs (قال، صرح، أعلن …)
 * with the forms they take, the "according to" phrases (بحسب، وفقا لـ، نقلا عن …), and the closed
 * classes a speaker's noun phrase is read with (ranks kept before a name, role and body nouns,
 * generic sources, outlets, statement nouns). The Arabic attribution reader looks words up here,
 * folded (see foldArabic) and with their clitics off (see cliticReadings); nothing else keeps a list.
 */
import { foldArabic } from './arabic'
import { ARABIC_CALENDAR } from './calendar-words'

/** A reporting verb: how the gold names it, and its stems. */
export interface ArabicReportingVerb {
  /** the verb as a journalist names it (past, third person masculine) */
  lemma: string
  /** past stems (3rd masculine singular); the endings ت وا ا تا are added */
  past: readonly string[]
  /** present stems without the person prefix ("قول" for يقول/تقول) */
  present?: readonly string[]
  /** takes an object pronoun ("ووصفه", "أعلنتها", "لما ذكره") */
  object?: boolean
  /** also an everyday word ("بين" between, "تابع" affiliated): read only at the head of a clause */
  ambiguous?: boolean
  /** needs one of these words after it to report ("تحدث عن", "أصدر بيانا", "نقلت عنه") */
  needs?: readonly string[]
  /** read for who acts but not suggested: claims of responsibility and condemnations, which the
   * gold leaves optional, name a body that later sentences call "التنظيم" or "الحركة" */
  silent?: boolean
}

export const ARABIC_REPORTING_VERBS: readonly ArabicReportingVerb[] = [
  { lemma: 'قال', past: ['قال'], present: ['قول'] },
  { lemma: 'صرح', past: ['صرح'], present: ['صرح'] },
  { lemma: 'أعلن', past: ['أعلن'], present: ['علن'], object: true },
  { lemma: 'أكد', past: ['أكد'], present: ['ؤكد'], object: true },
  { lemma: 'ذكر', past: ['ذكر'], present: ['ذكر'], object: true },
  { lemma: 'أفاد', past: ['أفاد'], present: ['فيد'] },
  { lemma: 'أوضح', past: ['أوضح'], present: ['وضح'] },
  { lemma: 'أشار', past: ['أشار'], present: ['شير'] },
  { lemma: 'بين', past: ['بين'], ambiguous: true },
  { lemma: 'أبان', past: ['أبان'] },
  { lemma: 'لفت', past: ['لفت'], ambiguous: true },
  { lemma: 'أضاف', past: ['أضاف'], present: ['ضيف'] },
  { lemma: 'تابع', past: ['تابع'], ambiguous: true },
  { lemma: 'كشف', past: ['كشف'], present: ['كشف'] },
  { lemma: 'نفى', past: ['نفى', 'نفت', 'نفوا', 'نفيا'], present: ['نفي'], object: true },
  { lemma: 'شدد', past: ['شدد'], present: ['شدد'] },
  { lemma: 'حذر', past: ['حذر'], present: ['حذر'] },
  { lemma: 'دعا', past: ['دعا', 'دعت', 'دعوا'], present: ['دعو'] },
  { lemma: 'ناشد', past: ['ناشد'], present: ['ناشد'] },
  { lemma: 'أهاب', past: ['أهاب'], present: ['هيب'] },
  { lemma: 'طالب', past: ['طالب'], present: ['طالب'], ambiguous: true },
  { lemma: 'اتهم', past: ['اتهم'], present: ['تهم'] },
  { lemma: 'اعتبر', past: ['اعتبر'], present: ['عتبر'] },
  { lemma: 'نسب', past: ['نسب'], ambiguous: true },
  { lemma: 'أقر', past: ['أقر'], present: ['قر'] },
  { lemma: 'أرجع', past: ['أرجع'], present: ['رجع'] },
  { lemma: 'زعم', past: ['زعم'], present: ['زعم'] },
  { lemma: 'أخبر', past: ['أخبر'], present: ['خبر'], object: true },
  { lemma: 'أبلغ', past: ['أبلغ'], present: ['بلغ'], object: true, ambiguous: true },
  { lemma: 'استبعد', past: ['استبعد'], present: ['ستبعد'] },
  { lemma: 'وصف', past: ['وصف'], present: ['صف'], object: true },
  { lemma: 'لمح', past: ['لمح'], ambiguous: true },
  { lemma: 'تحدث', past: ['تحدث'], present: ['تحدث'], needs: ['عن'] },
  { lemma: 'شكا', past: ['شكا', 'شكت', 'شكوا'], present: ['شكو'] },
  { lemma: 'أصدر', past: ['أصدر'], needs: ['بيانا', 'بيان', 'بيانًا', 'تصريحا'] },
  { lemma: 'وجه', past: ['وجه'], needs: ['نداء', 'نداءً', 'رسالة'] },
  // "نقلت عنه وكالة …", "نقل التلفزيون على لسان شخص قوله": a channel passing on a speaker
  { lemma: 'نقل', past: ['نقل'], present: ['نقل'], object: true, needs: ['عن', 'عنه', 'عنها', 'عنهم', 'لسان'] },
  { lemma: 'نشر', past: ['نشر'], needs: ['لسان'] },
  { lemma: 'تبنى', past: ['تبنى', 'تبنت', 'تبنوا', 'تبناه', 'تبنته', 'تبناها', 'تبناهما'], silent: true },
  { lemma: 'ندد', past: ['ندد'], silent: true },
  { lemma: 'أدان', past: ['أدان', 'أدانت', 'دان', 'دانت'], silent: true }
]

/** Endings of the past (she, they, the two) and of the present (they, the two). */
const PAST_ENDINGS = ['', 'ت', 'وا', 'ا', 'تا']
const PRESENT_ENDINGS = ['', 'ون', 'ان']
const OBJECT_ENDINGS = ['ه', 'ها', 'هم', 'هما']

/** One spelled form of a reporting verb. */
export interface ReportingForm {
  verb: ArabicReportingVerb
  present: boolean
  /** the subject is feminine or a plural of things ("قالت", "تقول") */
  feminine: boolean
  /** the dual "أكدا", spelled like an accusative participle ("طالبا") */
  dual: boolean
  /** an object pronoun is written on it ("ووصفه") */
  object: boolean
}

/** Every folded form of every reporting verb. */
export const REPORTING_FORMS: ReadonlyMap<string, ReportingForm> = (() => {
  const forms = new Map<string, ReportingForm>()
  const add = (form: string, f: Omit<ReportingForm, 'verb'>, verb: ArabicReportingVerb) => {
    const key = foldArabic(form)
    if (!forms.has(key)) forms.set(key, { verb, ...f })
  }
  for (const verb of ARABIC_REPORTING_VERBS) {
    // a verb given several past stems spells its forms out (weak verbs: "نفى نفت نفوا")
    const spelled = verb.past.length > 1
    for (const stem of verb.past) {
      for (const e of spelled ? [''] : PAST_ENDINGS) {
        const form = stem + e
        const feminine = /^ت/.test(e) || (spelled && /ت$/.test(stem))
        add(form, { present: false, feminine, dual: e === 'ا' || e === 'تا', object: false }, verb)
        if (verb.object)
          for (const o of OBJECT_ENDINGS)
            add(
              (e === 'وا' ? form.slice(0, -1) : form.replace(/ى$/, 'ا')) + o,
              { present: false, feminine, dual: false, object: true },
              verb
            )
      }
    }
    for (const stem of verb.present ?? []) {
      for (const p of ['ي', 'ت'])
        for (const e of PRESENT_ENDINGS)
          add(p + stem + e, { present: true, feminine: p === 'ت', dual: e === 'ان', object: false }, verb)
    }
  }
  return forms
})()

/** Words that open a source phrase: "بحسب X", "وفقا لـX", "نقلا عن X", with the verb the gold names. */
export const ARABIC_ACCORDING: Readonly<Record<string, string>> = {
  بحسب: 'بحسب',
  حسب: 'بحسب',
  حسبما: 'بحسب',
  وفقا: 'وفقا ل',
  وفقاً: 'وفقا ل',
  وفق: 'وفقا ل',
  طبقا: 'طبقا ل',
  طبقاً: 'طبقا ل',
  نقلا: 'نقلا عن',
  نقلاً: 'نقلا عن'
}

const set = (words: readonly string[]) => new Set(words.map(foldArabic))

/** Ranks and honorifics a journalist keeps before a name ("اللواء منصور التركي"), without ال. */
export const ARABIC_RANKS = set([
  'لواء',
  'عقيد',
  'مقدم',
  'رائد',
  'نقيب',
  'عميد',
  'فريق',
  'ملازم',
  'عريف',
  'رقيب',
  'جنرال',
  'دكتور',
  'د',
  'قاضي',
  'شيخ',
  'أمير',
  'مهندس',
  'أستاذ',
  'سمو',
  'معالي',
  'ركن'
])

/** Roles: a person's title before or after the name ("المتحدث باسم الشرطة", "قائد شرطة كابل"). */
export const ARABIC_ROLES = set([
  'متحدث',
  'ناطق',
  'مدير',
  'رئيس',
  'قائد',
  'حاكم',
  'وزير',
  'مساعد',
  'مستشار',
  'ممثل',
  'قنصل',
  'سفير',
  'نائب',
  'أمين',
  'محافظ',
  'عمدة',
  'مبعوث',
  'مدعي',
  'ملحق',
  'منسق',
  'مفوض',
  'زعيم',
  'رئيسة',
  'نائبة',
  'مديرة',
  'مستشارة',
  'متحدثة',
  'ناطقة',
  'وزيرة',
  'سكرتير',
  'أمينة',
  'عضو',
  'مراسل',
  'مندوب',
  'مؤسس',
  'مشرف',
  'نقيب',
  'عميد',
  'وكيل',
  'مسؤولة',
  'رئيسا'
])

/** Generic sources: a speaker not named ("مصدر أمني", "شهود عيان", "أحد المسعفين"). */
export const ARABIC_SOURCES = set([
  'مصدر',
  'مصادر',
  'مسؤول',
  'مسؤولون',
  'مسؤولين',
  'مسؤولان',
  'مسئول',
  'مسئولون',
  'شاهد',
  'شهود',
  'سكان',
  'ساكن',
  'ناشط',
  'ناشطون',
  'ناشطين',
  'مراقب',
  'مراقبون',
  'مراقبين',
  'أحد',
  'إحدى',
  'خبير',
  'خبراء',
  'محلل',
  'محللون',
  'شخص',
  'آخر',
  'ثالث',
  'أعضاء',
  'طبيب',
  'أطباء',
  'مسعف',
  'مسعفون',
  'مسعفين',
  'صاحب',
  'موظف',
  'والد',
  'والدة',
  'ابن',
  'ابنة',
  'شقيق',
  'شقيقة',
  'أرملة',
  'زوجة',
  'أخت',
  'نجل',
  'نجلة',
  'أقارب',
  'ذوو',
  'ذوي',
  'مواطن',
  'مواطنون',
  'مقيم',
  'سكان',
  'عمال',
  'جيران',
  'ناجون',
  'ناجين',
  'شهود',
  'قيادي',
  'قياديون',
  'متحدثون',
  'ضابط',
  'ضباط',
  'جنود',
  'عناصر',
  'محققون',
  'مسؤولو',
  'متمردون',
  'متمردو',
  'مقاتلون',
  'مقاتلو',
  'ناشطو',
  'مسلحون',
  'مسلحو',
  'نشطاء'
])

/** Bodies: the head of an organisation's name ("وزارة الداخلية", "حركة طالبان", "الشرطة"). */
export const ARABIC_BODIES = set([
  'وزارة',
  'هيئة',
  'مديرية',
  // a region's health directorate, as Saudi papers name it: "صحة جدة", "المتحدث الرسمي لصحة المدينة"
  'صحة',
  'إدارة',
  'شرطة',
  'قوات',
  'مكتب',
  'بعثة',
  'منظمة',
  'مجلس',
  'حركة',
  'تنظيم',
  'جماعة',
  'حزب',
  'قيادة',
  'مركز',
  'مؤسسة',
  'جهاز',
  'أجهزة',
  'مستشفى',
  'محكمة',
  'رئاسة',
  'مجموعة',
  'لجنة',
  'جمعية',
  'سفارة',
  'قنصلية',
  'أمم',
  'بيت',
  'مرصد',
  'سلطات',
  'حكومة',
  'جيش',
  'داخلية',
  'خارجية',
  'ناتو',
  'تحالف',
  'دفاع',
  'هلال',
  'الناتو',
  'صليب',
  'شؤون',
  'جهات',
  'جهة',
  'مقاومة',
  'ثوار',
  'وسائل',
  'دائرة',
  'اتحاد',
  'نقابة',
  'برلمان',
  'بلدية',
  'أمانة',
  'رابطة',
  'ائتلاف',
  'كتائب',
  'فصائل',
  'الرئاسة',
  'ديوان',
  'المعارضة',
  'معارضة',
  'قيادات',
  'إمارة',
  'شركة',
  'بنك',
  'مصرف',
  'جامعة',
  'محافظة',
  'سلطة',
  'مفوضية'
])

/** Outlets: after لـ they are the channel ("لرويترز", "لوكالة الأنباء الألمانية"); a paper's name follows its noun. */
export const ARABIC_OUTLETS = set([
  'وكالة',
  'رويترز',
  'صحيفة',
  'تلفزيون',
  'التلفزيون',
  'قناة',
  'موقع',
  'إذاعة',
  'فرانس',
  'أسوشيتد',
  'سي',
  'بي',
  'وكالات',
  'شبكة',
  'مجلة',
  'تلفزيونية',
  'فيسبوك',
  'تويتر',
  'يوتيوب',
  'سبأ',
  'واس',
  'أنباء',
  'الأنباء'
])

/** Outlet nouns whose name follows them and is the speaker ("صحيفة حريت" → حريت, "موقع «أخبار مصر»"). */
export const ARABIC_OUTLET_NOUNS = set(['صحيفة', 'موقع', 'قناة', 'تلفزيون', 'مجلة', 'شبكة', 'إذاعة'])

/** A statement, report or broadcast that speaks for the body that made it ("وأضاف البيان"). */
export const ARABIC_STATEMENTS = set([
  'بيان',
  'تقرير',
  'إحصائية',
  'إحصائيات',
  'بيانات',
  'تعداد',
  'حصيلة',
  'تصريح',
  'تصريحات',
  'دعوى',
  'حديث',
  'زعم',
  'رواية',
  'أرقام',
  'معلومات'
])

/** Channels named after "على": "على موقع فيسبوك", "على تويتر". */
export const ARABIC_CHANNELS = set(['فيسبوك', 'فيس بوك', 'تويتر', 'يوتيوب', 'إنستغرام', 'تلغرام'])

/** After "في" these name the occasion of speaking, not the speaker ("في بيان", "في مؤتمر صحفي"). */
export const ARABIC_OCCASIONS = set([
  'معلومات',
  'بيان',
  'بيانه',
  'بيانها',
  'تصريح',
  'تصريحات',
  'مؤتمر',
  'بريد',
  'اتصال',
  'اتصالين',
  'مقابلة',
  'حديث',
  'لقاء',
  'تغريدة',
  'رسالة',
  'وقت',
  'كلمة',
  'خطاب',
  'موقع',
  'مكان',
  'صفحته',
  'صفحتها',
  'تسجيل',
  'شريط',
  'حين',
  'تصريحات',
  'ندوة',
  'اجتماع',
  'جلسة',
  'ختام',
  'أثناء',
  'معرض',
  'سياق',
  'الوقت',
  'المكان',
  'موقعها',
  'موقعه',
  // the scene or the span of time, not the speaker's body ("مصادر محلية في مناطق …", "لمدة خمسة أيام")
  'مناطق',
  'أنحاء',
  'مدة',
  'فترة',
  'ظل'
])

/** Words that end a speaker's phrase: complements, prepositions of the report, relatives, particles. */
export const ARABIC_SPEAKER_STOPS = set([
  'أن',
  'إن',
  'أنه',
  'إنه',
  'أنها',
  'إنها',
  'أنهم',
  'إنهم',
  'بأن',
  'بأنه',
  'بأنها',
  'بأنهم',
  'إلى',
  'على',
  'عن',
  'خلال',
  'عبر',
  'أمام',
  'منذ',
  'بعد',
  'قبل',
  'حول',
  'قرب',
  'الذي',
  'التي',
  'الذين',
  'اللذين',
  'اللتين',
  'وهو',
  'وهي',
  'وهم',
  'قد',
  'أيضا',
  'أيضاً',
  'كذلك',
  'حيث',
  'إذ',
  'فيما',
  'بينما',
  'لكن',
  'ثم',
  'كما',
  'قوله',
  'بالقول',
  'قائلا',
  'قائلة',
  'طالبا',
  'رافضا',
  'مضيفا',
  'مشيرا',
  'إثر',
  'عند',
  'عقب',
  'لدى',
  'هناك',
  'يوم',
  'أي',
  'أية',
  'أيا',
  'يجب',
  'يمكن',
  'ينبغي',
  'تم',
  'يتم',
  'ليس',
  'لابد',
  'مسؤوليته',
  'مسؤوليتها',
  'مسؤوليتهم',
  'المسؤولية',
  'ذلك',
  'هذا',
  'هذه',
  'تلك',
  'مؤخرا',
  'لاحقا',
  'سابقا',
  'ولم',
  'لم',
  // days and parts of the day ("اليوم", "مساء", "الخميس"): the calendar's own words
  ...ARABIC_CALENDAR.weekdays.flat(),
  ...Object.keys(ARABIC_CALENDAR.days),
  ...Object.keys(ARABIC_CALENDAR.dayParts)
])

/** First words of an object, not a speaker: "أعلن الحداد", "أكدت مقتل", "نفى مقتل". */
export const ARABIC_OBJECTS = set([
  'مقتل',
  'مصرع',
  'وفاة',
  'إصابة',
  'سقوط',
  'استشهاد',
  'حالة',
  'الحداد',
  'حداد',
  'ولاءها',
  'ولاءه',
  'ولاء',
  'الحرب',
  'حظر',
  'النفير',
  'التعبئة',
  'الطوارئ',
  'عودة',
  'بدء',
  'انتهاء',
  'وقف',
  'رفع',
  'حصيلة',
  'عدد',
  'ارتفاع',
  'انخفاض',
  'اعتقال',
  'القبض',
  'تحرير',
  'نجاح',
  'فشل',
  'رفضه',
  'رفضها',
  'تأييده',
  'استعداد',
  'الحاجة',
  'أهمية',
  'ضرورة',
  'دعم',
  'التزام',
  'قيام',
  'تمكن',
  'مسؤوليته',
  'مسؤوليتها',
  'المسؤولية'
])

/** What "أعلن" declares rather than reports: "أعلن الحداد", "أعلنت حالة الطوارئ", "أعلنت ولاءها". */
export const ARABIC_DECLARATIONS = set([
  'حداد',
  'حالة',
  'حالات',
  'ولاء',
  'ولاءها',
  'ولاءه',
  'ولاءهم',
  'حرب',
  'حظر',
  'نفير',
  'تعبئة',
  'طوارئ',
  'هدنة',
  'وقف',
  'استنفار',
  'إغلاق',
  'افتتاح',
  'تأسيس',
  'انطلاق',
  'بدء',
  'موعد',
  'أسماء',
  'نتائج',
  'فوز',
  'ترشح',
  'استقالة'
])

/** Nouns of time that, with "الماضي" or "المقبل", may stand between a verb and its subject ("أعلنت الأسبوع الماضي"). */
export const ARABIC_TIME_NOUNS = set(['أسبوع', 'شهر', 'عام', 'سنة', 'يوم', 'ساعة', 'ساعات', 'أيام', 'الأسبوع', 'الشهر'])
export const ARABIC_TIME_ADJECTIVES = set([
  'الماضي',
  'الماضية',
  'المقبل',
  'المقبلة',
  'الجاري',
  'الحالي',
  'الفائت',
  'المنصرم'
])

/** Speakers that are not sources to check: a verse's "قال الله تعالى". */
export const ARABIC_NOT_SPEAKERS = set(['الله', 'تعالى', 'سبحانه', 'رسول', 'النبي'])

/** Adjectives that are not nisba (-ي) forms yet follow a body's name ("البيت الأبيض", "الأمم المتحدة"). */
export const ARABIC_NAME_ADJECTIVES = set([
  'أبيض',
  'أحمر',
  'متحدة',
  'منورة',
  'مكرمة',
  'عامة',
  'عام',
  'خاص',
  'خاصة',
  'أعلى',
  'كبير',
  'كبيرة',
  'كبيران',
  'رفيع',
  'رفيعة',
  'مسؤول',
  'مسئول',
  'مقرب',
  'مطلع',
  'مطلعة',
  'معنية',
  'مختصة',
  'مستقل',
  'عيان',
  'متحدة',
  'مدني',
  'محليون',
  'رسمي',
  'أول',
  'ثاني',
  'مؤقت',
  'مستقلة',
  'منشق',
  'وطني',
  'ثوري',
  'متمردة',
  'انفصالية',
  'أممي',
  'أممية',
  'عسكرية',
  'أوسط',
  'أدنى',
  'أقصى',
  'أعلى'
])

/** Name particles that join a person's names ("بن", "آل", "عبد", "أبو", "الله" in "عبد الله"). */
export const ARABIC_NAME_PARTICLES = set([
  'بن',
  'بنت',
  'آل',
  'عبد',
  'أبو',
  'أبي',
  'الله',
  'الدين',
  'الرحمن',
  'ابن',
  'أم'
])

/** Place nouns whose name follows them ("منطقة جازان", "ولاية قندوز"): part of a body's or role's phrase. */
export const ARABIC_PLACES = set([
  'منطقة',
  'محافظة',
  'ولاية',
  'مدينة',
  'إقليم',
  'مقاطعة',
  'قضاء',
  'بلدة',
  'ناحية',
  'حي',
  'مخيم',
  'قرية',
  'مركز',
  'دولة',
  'عاصمة'
])
