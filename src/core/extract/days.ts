/**
 * Days and times of day, in English and Arabic: a weekday resolved against the publication date
 * ("said Friday", "last Thursday", "will meet on Tuesday", "الخميس الماضي", "مساء الثلاثاء"),
 * today / tonight / yesterday / tomorrow and their Arabic words (اليوم، أمس، أول أمس، الليلة
 * الماضية), the part of the day beside them ("Friday morning", "صباح أمس"; kept as `partOfDay`,
 * which ISO 8601 cannot write) and a clock time ("10 p.m. Wednesday", "noon Thursday", "at
 * 7:15 p.m."). A weekday is looked back on unless the clause looks ahead (tense.ts): news reports
 * what happened. A weekday in a name ("The Sunday Times") is not a date.
 */
import {
  ARABIC_CALENDAR,
  ENGLISH_CALENDAR,
  arabicLoose,
  foldArabic,
  weekdayNumber,
  wordsSource,
  type DayPart
} from '@core/text'
import { addDays, formatDay, isoWeekday, type Direction, type Ymd } from './calendar'
import { dateCandidate, reading, withPub, type DateFinding, caseless, matchesWhere, type Reading } from './date-values'
import { directionAt } from './tense'

const EN = ENGLISH_CALENDAR
const AR = ARABIC_CALENDAR
const WEEKDAY = `(?:${EN.weekdays.map((d) => d[0]).join('|')})`
const PART = '(?:morning|afternoon|evening|night)'
/** A month name or abbreviation right after a weekday ("Monday Oct. 26"): a date, not a name like "The Sunday Times". */
const MONTH_AFTER = new RegExp(`^ ${wordsSource(EN.months)}\\b`)
/** A clock time: "10 p.m.", "7:15 a.m. EST", "10.45pm" (British), "noon", "midnight"; "about"/"around" make it approximate. */
const TIME =
  '(?:(?:about|around|approximately|shortly after|shortly before) )?(?:\\d{1,2}(?:[:.][0-5]\\d)? ?(?:a\\.m\\.?|p\\.m\\.?|am|pm)(?![\\p{L}])(?: (?:EST|EDT|CST|CDT|PST|PDT|GMT|UTC|local time))?|noon|midnight|midday)'
const DAY_WORDS = Object.keys(EN.days)
  .sort((a, b) => b.length - a.length)
  .join('|')

/** A weekday, with what may stand around it: last/next, a clock time before or after, a part of the day. */
const WEEKDAY_DATE = new RegExp(
  `(?<![\\p{L}])(?:(?<rel>last|next|this|this coming|this past|the previous|the following|Last|Next|This|The previous|The following) )?` +
    `(?:(?<t1>${TIME}),? (?:on )?)?(?<wd>${WEEKDAY})(?<poss>'s|’s)?(?: (?<part>${PART}))?(?:,? (?:at )?(?<t2>${TIME}))?(?![\\p{L}])`,
  'gu'
)
/** today, yesterday …, with a part of the day or a time beside them; "this morning", "last night", "tonight". */
const DAY_WORD_DATE = caseless(
  `(?<![\\p{L}])(?:(?<t1>${TIME}),? )?(?:(?<part1>this ${PART}|last night|overnight)|(?<dw>${DAY_WORDS})(?<poss>'s|’s)?(?: (?<part>${PART}))?)(?:,? (?:at )?(?<t2>${TIME}))?(?![\\p{L}])`
)
/** A clock time alone, after a word that makes it the time of an event ("at 10 p.m.", "by midnight"). */
const TIME_ALONE = new RegExp(`(?<![\\p{L}])(?<t>${TIME})(?![\\p{L}])`, 'gu')
const TIME_LEAD = /(?:^|[^\p{L}])(?:at|At|by|By|until|till|before|after|since|from|around|about|shortly) $/u

const AR_PRE = '(?<![\\p{L}\\p{M}])(?:[وفبل]|وب|ول|فب|لل)?'
const AR_PARTS = Object.keys(AR.dayParts).map(arabicLoose).join('|')
const AR_DAYS = Object.keys(AR.days)
  .sort((a, b) => b.length - a.length)
  .map(arabicLoose)
  .join('|')
const AR_WEEKDAY = wordsSource(AR.weekdays)
/** What every AR_DAY_DATE match holds (a day word, a weekday or "الليلة … الماضية"), tested first on the sentence. */
const AR_DAY_KEY = new RegExp(`الليلة (?:قبل )?الماضية|${AR_DAYS}|${AR_WEEKDAY}`, 'u')
/** An Arabic day: a part of the day, يوم, a day word or a weekday (bracketed or not), "الليلة الماضية". */
const AR_DAY_DATE = new RegExp(
  `${AR_PRE}(?:(?<part>${AR_PARTS}|منتصف ليلة) (?:(?:يوم|ال?ساعات الأولى من) )?|يوم )?(?:` +
    `(?<night>الليلة (?:قبل )?الماضية)|(?<dw>${AR_DAYS})(?: ?\\(?(?<wd1>${AR_WEEKDAY})\\)?)?|\\(?(?<wd>${AR_WEEKDAY})\\)?(?: (?<rel>${['الماضي', 'الماضية', 'المقبل', 'المقبلة', 'القادم', 'القادمة'].map(arabicLoose).join('|')}))?` +
    `)(?![\\p{L}\\p{M}])`,
  'gu'
)
/** Words after اليوم that make it "the day" of something, not today ("اليوم التالي", "اليوم نفسه", "اليوم الوطني"). */
const AR_NOT_TODAY_AFTER = new RegExp(
  `^ (?:${['التالي', 'السابق', 'الأول', 'الثاني', 'الثالث', 'الأخير', 'نفسه', 'ذاته', 'الموعود', 'المحدد', 'الوطني', 'العالمي', 'الدولي'].map(arabicLoose).join('|')})(?![\\p{L}])`,
  'u'
)
const AR_NOT_TODAY_BEFORE = new RegExp(
  `(?:${['نفس', 'ذات', 'هذا', 'ذلك', 'ذاك', 'طوال', 'طيلة'].map(arabicLoose).join('|')}) $`,
  'u'
)

/** 24-hour "HH:MM" of a clock time as written; null when it cannot be read. */
function clock(t: string | undefined): string | null {
  if (!t) return null
  const w = t.toLowerCase().replace(/^(?:about|around|approximately|shortly after|shortly before) /, '')
  if (w === 'noon' || w === 'midday') return '12:00'
  if (w === 'midnight') return '00:00'
  const m = /^(\d{1,2})(?:[:.](\d\d))? ?([ap])/.exec(w)
  if (!m) return null
  let h = Number(m[1])
  if (h < 1 || h > 12) return null
  if (m[3] === 'p' && h < 12) h += 12
  if (m[3] === 'a' && h === 12) h = 0
  return `${String(h).padStart(2, '0')}:${m[2] ?? '00'}`
}

function partOf(word: string | undefined): DayPart | undefined {
  if (!word) return undefined
  const w = word.toLowerCase().replace(/^this /, '')
  if (w === 'last night' || w === 'overnight' || w === 'tonight') return 'night'
  const part =
    EN.dayParts[w] ?? AR.dayParts[Object.keys(AR.dayParts).find((k) => foldArabic(k) === foldArabic(word)) ?? '']
  return part
}

/** The day of weekday `target` seen from `pub`: back 0–6 days, ahead 1–7 when the text looks ahead; "last" is strictly before. */
export function resolveWeekday(target: number, pub: Ymd, direction: Direction, strict: boolean): Ymd {
  const today = isoWeekday(pub)
  if (direction === 'future') return addDays(pub, (target - today + 7) % 7 || 7)
  const back = (today - target + 7) % 7
  return addDays(pub, -(back === 0 && strict ? 7 : back))
}

/** The value of a day (with a time or part of the day when given). */
function dayReading(day: Ymd, pub: Ymd, time: string | null, part: DayPart | undefined, approx: boolean): Reading {
  const v = withPub(time ? reading(`${formatDay(day)}T${time}`, 'time') : reading(formatDay(day), 'day'), pub)
  if (part && !time) v.partOfDay = part
  if (approx) v.mod = 'approx'
  return v
}

function directionOfRel(rel: string): { direction: Direction; strict: boolean } | null {
  const r = rel.toLowerCase()
  if (r === 'last' || r === 'the previous' || r === 'this past' || /ماضي/.test(rel))
    return { direction: 'past', strict: true }
  if (r === 'next' || r === 'this coming' || r === 'the following' || /مقبل|قادم/.test(foldArabic(rel)))
    return { direction: 'future', strict: true }
  return null
}

function findEnglishDays(text: string, pub: Ymd | null, out: DateFinding[]): void {
  for (const m of matchesWhere(/day/, WEEKDAY_DATE, text)) {
    const g = m.groups ?? {}
    const end = m.index + m[0].length
    // a weekday followed by a capitalised word is part of a name ("The Sunday Times", "Monday Night Football")
    if (
      !g.part &&
      !g.t2 &&
      /^ \p{Lu}/u.test(text.slice(end, end + 2)) &&
      // "On Sunday Daesh fighters recaptured" (copy without commas): after "on", "by", "since" … it is
      // the day, unless a name goes on ("on Monday Night Football", "in the Sunday Times")
      !(
        /(?:^|[^\p{L}])(?:on|by|since|until|till|from|before|after|late|early|last|next|this|that)\s+$/iu.test(
          text.slice(Math.max(0, m.index - 8), m.index)
        ) &&
        !/^ (?:Night|Morning|Times|Telegraph|Express|Herald|Post|Mail|Mirror|Football|Service|Mass)\b/.test(
          text.slice(end, end + 12)
        )
      ) &&
      !MONTH_AFTER.test(text.slice(end, end + 12))
    )
      continue
    const target = weekdayNumber(g.wd ?? '')
    const time = clock(g.t1 ?? g.t2)
    const approx = /^(?:about|around|approximately)/i.test(g.t1 ?? g.t2 ?? '')
    const spanEnd = end - (g.poss && !g.part && !g.t2 ? g.poss.length : 0)
    if (!pub) {
      const v = reading(`weekday:${target}`, 'weekday')
      if (g.part) v.partOfDay = partOf(g.part)
      out.push(dateCandidate(text, m.index, spanEnd, v))
      continue
    }
    const rel = g.rel ? directionOfRel(g.rel) : null
    // "until Tuesday" with nothing in the past tense around it is a deadline ahead
    const direction = rel
      ? rel.direction
      : (directionAt(text, m.index, end) ??
        (/(?:^|[^\p{L}])(?:until|till) $/u.test(text.slice(Math.max(0, m.index - 7), m.index)) ? 'future' : null))
    const day = resolveWeekday(target, pub, direction, rel?.strict ?? false)
    out.push(dateCandidate(text, m.index, spanEnd, dayReading(day, pub, time, partOf(g.part), approx)))
  }
  for (const m of matchesWhere(
    /today|tonight|yesterday|tomorrow|night|morning|afternoon|evening/i,
    DAY_WORD_DATE,
    text
  )) {
    const g = m.groups ?? {}
    const before = text.slice(Math.max(0, m.index - 12), m.index)
    // "USA Today", NBC's "Today" show: a capitalised Today after a capitalised word is a name
    if (/^Today/.test(g.dw ?? '') && /\p{Lu}[\p{L}.]*[’']?s? $/u.test(before) && !/(?:^|[.!?"“] )$/u.test(before))
      continue
    const word = (g.dw ?? '').toLowerCase()
    const shift = g.part1 ? (/last night|overnight/i.test(g.part1) ? -1 : 0) : (EN.days[word] ?? 0)
    const part = partOf(g.part1 ?? (word === 'tonight' ? 'tonight' : g.part))
    const time = clock(g.t1 ?? g.t2)
    const end = m.index + m[0].length - (g.poss && !g.part && !g.t2 ? g.poss.length : 0)
    if (!pub) {
      const v = reading(`relative:${shift < 0 ? '-' : ''}P${Math.abs(shift)}D`, 'relative')
      if (part) v.partOfDay = part
      out.push(dateCandidate(text, m.index, end, v))
      continue
    }
    out.push(
      dateCandidate(
        text,
        m.index,
        end,
        dayReading(addDays(pub, shift), pub, time, part, /^(?:about|around)/i.test(g.t1 ?? g.t2 ?? ''))
      )
    )
  }
  for (const m of matchesWhere(/\d ?[ap]\.?m|noon|midnight|midday/i, TIME_ALONE, text)) {
    const t = m.groups?.t ?? ''
    if (
      !/^(?:about|around|approximately|shortly)/i.test(t) &&
      !TIME_LEAD.test(text.slice(Math.max(0, m.index - 10), m.index))
    )
      continue
    const time = clock(t)
    if (!time) continue
    // a time without its day: ISO 8601's time of day alone, for comparing with another outlet's time
    const v = reading(`T${time}`, 'time')
    if (/^(?:about|around|approximately)/i.test(t)) v.mod = 'approx'
    out.push(dateCandidate(text, m.index, m.index + t.length, v))
  }
}

function findArabicDays(text: string, pub: Ymd | null, out: DateFinding[]): void {
  for (const m of matchesWhere(AR_DAY_KEY, AR_DAY_DATE, text)) {
    const g = m.groups ?? {}
    const end = m.index + m[0].length
    let shift: number | null = null
    let part = partOf(g.part === 'منتصف ليلة' ? 'ليلة' : g.part)
    if (g.night) {
      shift = /قبل/.test(g.night) ? -2 : -1
      part = 'night'
    } else if (g.dw) {
      const key = Object.keys(AR.days).find((k) => foldArabic(k) === foldArabic(g.dw ?? ''))
      shift = key ? (AR.days[key] ?? null) : null
      if (
        (key === 'اليوم' || key === 'الليلة') &&
        !g.wd1 &&
        (AR_NOT_TODAY_AFTER.test(text.slice(end, end + 12)) ||
          AR_NOT_TODAY_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index)))
      )
        continue
      if (key === 'الليلة') part = 'night'
    }
    const target = weekdayNumber(g.wd ?? g.wd1 ?? '')
    if (shift === null && !target) continue
    if (!pub) {
      const v =
        shift !== null
          ? reading(`relative:${shift < 0 ? '-' : ''}P${Math.abs(shift)}D`, 'relative')
          : reading(`weekday:${target}`, 'weekday')
      if (part) v.partOfDay = part
      out.push(dateCandidate(text, m.index, end, v))
      continue
    }
    let day: Ymd
    if (shift !== null) day = addDays(pub, shift)
    else {
      const rel = g.rel ? directionOfRel(g.rel) : null
      day = resolveWeekday(target, pub, rel ? rel.direction : directionAt(text, m.index, end), rel?.strict ?? false)
    }
    const v = dayReading(day, pub, null, part, false)
    out.push(dateCandidate(text, m.index, end, v))
  }
}

/** Days and times in one sentence-sized `text`, appended to `out`. */
export function findDays(text: string, pub: Ymd | null, out: DateFinding[]): void {
  findEnglishDays(text, pub, out)
  if (/[\u0600-\u06FF]/.test(text)) findArabicDays(text, pub, out)
}
