/**
 * The calendar vocabulary of each language Parallax reads, once: month names (Gregorian, and the
 * Hijri months), weekdays, relative day words, parts of the day, seasons. Date suggestion
 * (extract), page-date reading (ingest) and reports read these tables; none keeps its own list.
 *
 * Arabic words are written with their hamza and ta marbuta; `arabicLoose` turns a word into a
 * pattern that also matches the spellings news copy uses without them (ابريل for أبريل, امس for
 * أمس, الاثنين for الإثنين, ذي for ذو), so the table holds each word once.
 */
import { arabicLoose, foldArabic } from './arabic'

/** One language's calendar words. Index 0 of `months` is January (or Muharram), of `weekdays` Monday (ISO 1). */
export interface CalendarWords {
  /** Gregorian months: every spelling of each month, full names first */
  months: ReadonlyArray<readonly string[]>
  /** Hijri months as the language writes them (Arabic names, or Latin transliterations as patterns) */
  hijriMonths: ReadonlyArray<readonly string[]>
  /** weekdays from Monday: every spelling */
  weekdays: ReadonlyArray<readonly string[]>
  /** words naming a day relative to the day of writing, with the shift in days */
  days: Readonly<Record<string, number>>
  /** parts of the day (morning … night) */
  dayParts: Readonly<Record<string, DayPart>>
  /** seasons, with their EDTF code (ISO 8601-2: spring 21, summer 22, autumn 23, winter 24) */
  seasons: Readonly<Record<string, number>>
}

export type DayPart = 'morning' | 'afternoon' | 'evening' | 'night'

export const ENGLISH_CALENDAR: CalendarWords = {
  months: [
    ['January', 'Jan'],
    ['February', 'Feb'],
    ['March', 'Mar'],
    ['April', 'Apr'],
    ['May'],
    ['June', 'Jun'],
    ['July', 'Jul'],
    ['August', 'Aug'],
    ['September', 'Sept', 'Sep'],
    ['October', 'Oct'],
    ['November', 'Nov'],
    ['December', 'Dec']
  ],
  // transliterations vary by outlet ("Rabi al-Awwal", "Rabi' I", "Dhul Hijjah", "Zul-Qadah"): patterns
  hijriMonths: [
    ['Muharr?[ae]m'],
    ['Safar'],
    ["Rabi[‘'’`]?[ -]?(?:(?:al|ul|el)[ -]?(?:Awwal|Awal|Oula|Ula)|I)"],
    ["Rabi[‘'’`]?[ -]?(?:(?:al|ul|el|us)[ -]?(?:Th?ani|Akh[ie]r|Sani)|II)"],
    ['Jumad[ae][ -]?(?:(?:al|ul|el)[ -]?(?:Ula|Oula|Ulaa|Awwal|Awal)|I)'],
    ['Jumad[ae][ -]?(?:(?:al|ul|el|us)[ -]?(?:Akh[ie]rah?|Th?ani(?:yah?)?|Sani)|II)'],
    ['Rajab'],
    ["Sha[‘'’`]?ban"],
    ['Ramadh?an'],
    ['Shaw+al'],
    ["(?:Dhu|Zu|Zul|Dhul)[‘'’`]?[ -]?(?:al[ -]?|l[ -]?)?Q[ai][‘'’`]?d[ae]h?"],
    ["(?:Dhu|Zu|Zul|Dhul)[‘'’`]?[ -]?(?:al[ -]?|l[ -]?)?Hij+ah?"]
  ],
  weekdays: [
    ['Monday', 'Mon'],
    ['Tuesday', 'Tues', 'Tue'],
    ['Wednesday', 'Wed'],
    ['Thursday', 'Thurs', 'Thu'],
    ['Friday', 'Fri'],
    ['Saturday', 'Sat'],
    ['Sunday', 'Sun']
  ],
  days: {
    today: 0,
    tonight: 0,
    yesterday: -1,
    tomorrow: 1,
    'the day before yesterday': -2,
    'the day after tomorrow': 2
  },
  dayParts: { morning: 'morning', afternoon: 'afternoon', evening: 'evening', night: 'night', overnight: 'night' },
  seasons: { spring: 21, summer: 22, autumn: 23, fall: 23, winter: 24 }
}

export const ARABIC_CALENDAR: CalendarWords = {
  // two series: the names of Egypt and the Gulf (يناير …) and of the Levant and Iraq (كانون الثاني …)
  months: [
    ['يناير', 'كانون الثاني'],
    ['فبراير', 'شباط'],
    ['مارس', 'آذار'],
    ['أبريل', 'إبريل', 'نيسان'],
    ['مايو', 'أيار'],
    ['يونيو', 'يونيه', 'حزيران'],
    ['يوليو', 'يوليه', 'تموز'],
    ['أغسطس', 'آب'],
    ['سبتمبر', 'أيلول'],
    ['أكتوبر', 'تشرين الأول'],
    ['نوفمبر', 'تشرين الثاني'],
    ['ديسمبر', 'كانون الأول']
  ],
  hijriMonths: [
    ['محرم'],
    ['صفر'],
    ['ربيع الأول'],
    ['ربيع الآخر', 'ربيع الثاني'],
    ['جمادى الأولى'],
    ['جمادى الآخرة', 'جمادى الثانية'],
    ['رجب'],
    ['شعبان'],
    ['رمضان'],
    ['شوال'],
    ['ذو القعدة', 'ذي القعدة'],
    ['ذو الحجة', 'ذي الحجة']
  ],
  weekdays: [['الإثنين'], ['الثلاثاء'], ['الأربعاء'], ['الخميس'], ['الجمعة'], ['السبت'], ['الأحد']],
  // "أول أمس" and "أول من أمس" are the day before yesterday; "البارحة" is yesterday
  days: { اليوم: 0, الليلة: 0, أمس: -1, البارحة: -1, 'أول أمس': -2, 'أول من أمس': -2, غدا: 1, غداً: 1, 'بعد غد': 2 },
  dayParts: {
    صباح: 'morning',
    فجر: 'morning',
    ظهر: 'afternoon',
    عصر: 'afternoon',
    مساء: 'evening',
    ليل: 'night',
    ليلة: 'night'
  },
  seasons: { الربيع: 21, الصيف: 22, الخريف: 23, الشتاء: 24 }
}

/** Regex source (no groups) for any word of `lists`, longest first; Arabic words match loosely. */
export function wordsSource(lists: ReadonlyArray<readonly string[]>): string {
  const words = lists.flat().sort((a, b) => b.length - a.length)
  return `(?:${words.map((w) => (/[\u0600-\u06FF]/.test(w) ? arabicLoose(w) : w)).join('|')})`
}

/**
 * The index + 1 of the entry of `lists` that `word` spells (case, a final full stop and Arabic
 * spelling folded); 0 when none. Entries written as patterns (Latin Hijri months) are tested whole.
 */
export function indexOfWord(lists: ReadonlyArray<readonly string[]>, word: string): number {
  const { forms, patterns } = lookupOf(lists)
  const found = forms.get(foldArabic(word.trim().replace(/\.$/, '')).toLowerCase())
  if (found !== undefined) return found
  for (const [re, i] of patterns) if (re.test(word.trim())) return i
  return 0
}

/** Each list's spellings folded into one map, and its pattern entries compiled, once per list. */
const lookups = new WeakMap<object, { forms: Map<string, number>; patterns: Array<[RegExp, number]> }>()
function lookupOf(lists: ReadonlyArray<readonly string[]>) {
  let l = lookups.get(lists)
  if (l) return l
  l = { forms: new Map(), patterns: [] }
  for (let i = 0; i < lists.length; i++) {
    for (const form of lists[i] ?? []) {
      if (/[[(?|+*\\]/.test(form)) l.patterns.push([new RegExp(`^(?:${form})$`, 'i'), i + 1])
      else l.forms.set(foldArabic(form).toLowerCase(), i + 1)
    }
  }
  lookups.set(lists, l)
  return l
}

/** Month number (1–12) of a Gregorian month name in English or Arabic ("Aug", "Sept.", "تموز", "ابريل"); 0 when not a month. */
export function monthNumber(word: string): number {
  return indexOfWord(ENGLISH_CALENDAR.months, word) || indexOfWord(ARABIC_CALENDAR.months, word)
}

/** Hijri month number (1–12) of a name in Arabic or Latin transliteration; 0 when not one. */
export function hijriMonthNumber(word: string): number {
  return indexOfWord(ARABIC_CALENDAR.hijriMonths, word) || indexOfWord(ENGLISH_CALENDAR.hijriMonths, word)
}

/** ISO weekday (Monday 1 … Sunday 7) of a weekday name in English or Arabic; 0 when not one. */
export function weekdayNumber(word: string): number {
  return indexOfWord(ENGLISH_CALENDAR.weekdays, word) || indexOfWord(ARABIC_CALENDAR.weekdays, word)
}

/** English month names, January first, for writing dates out. */
export const MONTH_NAMES: readonly string[] = ENGLISH_CALENDAR.months.map((m) => m[0] as string)
/** English weekday names, Monday (ISO 1) first, for writing dates out. */
export const WEEKDAY_NAMES: readonly string[] = ENGLISH_CALENDAR.weekdays.map((d) => d[0] as string)
/** English month abbreviations ("Jan", "Sept", "Sep"; May has none): a full stop after one may not end a sentence. */
export const MONTH_ABBREVIATIONS: readonly string[] = ENGLISH_CALENDAR.months.flatMap((m) => m.slice(1))

/** Every language's words for a day counted from the day of writing ("yesterday", "أول من أمس"), as one pattern. */
const DAY_OF_WRITING = new RegExp(
  `(?<![\\p{L}\\p{M}])${wordsSource([Object.keys(ENGLISH_CALENDAR.days), Object.keys(ARABIC_CALENDAR.days)])}(?![\\p{L}\\p{M}])`,
  'iu'
)

/**
 * Whether a date as written counts its day from the day of writing ("yesterday", "أول من أمس",
 * "last night"), rather than naming it: such a day is only as sure as the publication date it is
 * read against, which a print paper's web edition often puts a day after the writing.
 */
export function countsFromWriting(text: string): boolean {
  return DAY_OF_WRITING.test(text) || /\blast night\b/i.test(text)
}
