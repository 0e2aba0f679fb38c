/**
 * Dates a journalist can check, in English and Arabic, normalised against the publication date
 * (`pub`) when the text leaves something out, with the granularity kept:
 * - calendar dates with a month name ("29 July 2016", "Sept. 30", "March eighth", "12 يوليو
 *   (تموز) الماضي", "حزيران (يونيو) 2014"), ISO and numeric ones ("2014-06-01", "1 /9 /2015 م");
 * - a month alone where the words around it make it a date ("in June", "mid-November", "the
 *   October slaying", "في يناير الماضي"), with early/mid/late kept as `mod`;
 * - years (years.ts) in digits and in words ("in 1978", "fiscal 1989", "nineteen ninety-six",
 *   "عام 2015"), decades ("the late 1970s"), centuries ("the 20th century");
 * - days (days.ts): weekdays, today, yesterday, times of day ("10 p.m. Wednesday", "noon
 *   Thursday", "صباح أمس", "الخميس الماضي");
 * - periods (periods.ts): this/last/next week, month, year; the end of the month; quarters,
 *   halves, fiscal years, seasons; "three days ago", "a decade ago" (`mod: approx`);
 * - Hijri dates (hijri.ts), converted to Gregorian.
 * A date without its year, week or day takes them from `pub`: the tense of its clause (tense.ts)
 * says whether it looks back or ahead, else the nearest is meant. A date that names its time by
 * another ("a year earlier", "the year-ago quarter", "the same day") takes it from the period
 * the text last spoke of (resolveDateAnaphora). Durations ("six-year war", "for two years") are
 * not dates: a year must stand in a date-like position, and counted things after a four-digit
 * figure ("2000 people") make it a count.
 */
import {
  ARABIC_CALENDAR,
  ARABIC_ORDINAL_DAY_SOURCE,
  arabicOrdinalDay,
  ENGLISH_CALENDAR,
  arabicLoose,
  monthNumber,
  parseOrdinal,
  weekdayNumber,
  wordsSource
} from '@core/text'
import { formatDay, formatMonth, formatMonthDay, isoWeekday, isValidDay, yearOf, type Ymd } from './calendar'
import { findDays } from './days'
import { findHijriDates } from './hijri'
import { findPeriods } from './periods'
import { WORD, YEAR, YEAR_WORDS, findYears, yearInWords } from './years'
import { directionAt } from './tense'
import { dateCandidate, matchesWhere, modOf, reading, withPub, type DateFinding, type Reading } from './date-values'

export { resolveDateAnaphora } from './date-values'

const EN = ENGLISH_CALENDAR
/** An English month name or abbreviation, capitalised ("June", "Aug.", "Sept"). */
export const MONTH = `(?:${EN.months.map((m) => m[0]).join('|')}|${EN.months
  .flatMap((m) => m.slice(1))
  .map((a) => `${a}\\.?`)
  .join('|')})(?![\\p{L}])`
const FULL_MONTH = `(?:${EN.months.map((m) => m[0]).join('|')})`
/** What a sentence must hold to be worth the absolute-date pattern: a month's first three letters, or digits around a dash. */
const ABSOLUTE_KEY = new RegExp(`${EN.months.map((m) => m[0]!.slice(0, 3)).join('|')}|\\d-\\d`)
const FULL_MONTH_KEY = new RegExp(FULL_MONTH)
export const AR_MONTH = wordsSource(ARABIC_CALENDAR.months)
export const AR_WEEKDAY = wordsSource(ARABIC_CALENDAR.weekdays)
const WEEKDAY = `(?:${EN.weekdays.map((d) => d[0]).join('|')})`
const DAY = '(?<![\\d.,$-])\\d{1,2}(?:st|nd|rd|th)?(?![\\d:.,]\\d|\\d)'

/** Calendar dates written with a month name, optionally led by a weekday; ISO dates. */
const ABSOLUTE = new RegExp(
  `(?<![\\p{L}])(?:(?<wd>${WEEKDAY}),? (?:the )?)?(?:` +
    `(?<d1>${DAY}) (?:of )?(?<m1>${MONTH})(?:,? (?<y1>${YEAR}))?` +
    `|(?<m3>${MONTH}),? (?:of )?(?<y3>${YEAR})` +
    `|(?<m2>${MONTH}) (?<d2>${DAY})(?:,? (?<y2>${YEAR}))?` +
    `|(?<m4>${FULL_MONTH}),? (?<yw>${YEAR_WORDS})` +
    `|(?<m5>${FULL_MONTH}) (?<dw>${WORD})(?![\\p{L}])` +
    `)|(?<![\\d-])(?<iy>(?:1[89]|20)\\d\\d)-(?<im>[01]\\d)(?:-(?<id>[0-3]\\d))?(?![\\d-])`,
  'gu'
)

/** Arabic: a day and/or year around a month name of either series, the other series often added in brackets or after a slash. */
const AR_PRE = '(?<![\\p{L}\\p{M}])(?:[وفبل]|وب|ول|فب|لل)?'
const AR_REL = `(?:${['الماضي', 'الماضية', 'المنصرم', 'الأسبق', 'السابق', 'الحالي', 'الجاري', 'المقبل', 'القادم'].map(arabicLoose).join('|')})`
const AR_ABSOLUTE = new RegExp(
  `${AR_PRE}(?:(?<mod>${['مطلع', 'بداية', 'أوائل', 'منتصف', 'نهاية', 'أواخر'].map(arabicLoose).join('|')}) )?` +
    `(?:(?<d>\\d{1,2}) |(?<od>${ARABIC_ORDINAL_DAY_SOURCE}) من )?(?:(?:ب?شهر) )?(?<m>${AR_MONTH})(?: ?[(/] ?(?<m2>${AR_MONTH}) ?\\)?)?` +
    `(?: ?(?<y>(?:19|20)\\d\\d)(?: ?م(?![\\p{L}]))?| (?<rel>${AR_REL})| من (?:العام|السنة) (?<yrel>${AR_REL}))?(?![\\p{L}\\p{M}\\d])`,
  'gu'
)
/** Every AR_ABSOLUTE match holds a month name: a sentence without one skips the big pattern. */
const AR_MONTH_KEY = new RegExp(AR_MONTH, 'u')
/** Words before an Arabic month alone that make it a date ("في يناير", "منذ أبريل", "خلال شهر يوليو"). */
const AR_MONTH_LEAD = new RegExp(
  `(?:^|[^\\p{L}])(?:[وف]?(?:في|خلال|منذ|حتى|بحلول|قبل|بعد|من|إلى|الى|عن|مطلع|بداية|أوائل|منتصف|نهاية|أواخر)) $`,
  'u'
)

/** Numeric Gregorian dates as Arabic copy writes them: "1 /9 /2015 م", "2015/9/1". */
const NUMERIC =
  /(?<![\d/.-])(?:(?<d>\d{1,2}) ?[/.-] ?(?<m>\d{1,2}) ?[/.-] ?(?<y>(?:19|20)\d\d)(?<era> ?م(?![\p{L}]))?|(?<y2>(?:19|20)\d\d)[/.-](?<m2>\d{1,2})[/.-](?<d2>\d{1,2}))(?![\d/.-])/gu

/** A month on its own, where the words around it make it a date ("in June", "the end of June", "mid-June", "this September"). */
const MONTH_ONLY = new RegExp(
  `(?<![\\p{L}])(?:(?<mod>(?:the )?(?:end|beginning|start|middle|first half|second half) of |(?:early|mid|late)[- ]|(?:early|late|mid) )|(?<rel>(?:this|last|next|this past|this coming) ))?` +
    `(?<m>${FULL_MONTH})(?<poss>'s|’s)?(?![\\p{L}]|,? \\d|\\.? \\d| (?:the )?\\d)`,
  'gu'
)
const MONTH_LEAD =
  /(?:^|[^\p{L}])(?:in|In|since|Since|until|Until|by|By|during|During|from|From|through|throughout|of|before|after|Before|After|the|The|its|their|his|her|and|or|to|between|till)[ ]$/u

function absolute(text: string, m: RegExpExecArray, pub: Ymd | null): Reading | null {
  const g = m.groups ?? {}
  if (g.iy) {
    const y = Number(g.iy)
    const mo = Number(g.im)
    if (mo < 1 || mo > 12) return null
    if (!g.id) return reading(formatMonth(y, mo), 'month')
    const d = Number(g.id)
    return isValidDay(y, mo, d) ? reading(formatDay({ y, m: mo, d }), 'day') : null
  }
  const mo = monthNumber(g.m1 ?? g.m2 ?? g.m3 ?? g.m4 ?? g.m5 ?? '')
  if (!mo) return null
  if (g.m3) return reading(formatMonth(Number(g.y3), mo), 'month')
  if (g.m4) {
    const y = yearInWords(g.yw ?? '')
    return y === null ? null : reading(formatMonth(y, mo), 'month')
  }
  const d = g.m5 ? parseOrdinal(g.dw ?? '') : Number(/\d+/.exec(g.d1 ?? g.d2 ?? '')?.[0])
  if (d === null || (g.m5 && !/[a-z]/.test(g.dw ?? ''))) return null
  const yText = g.y1 ?? g.y2
  if (!isValidDay(yText ? Number(yText) : 2000, mo, d)) return null
  if (yText) return reading(formatDay({ y: Number(yText), m: mo, d }), 'day')
  // "Monday, Oct. 26": the weekday names the year, the nearest one in which that day is a Monday
  const wd = g.wd ? weekdayNumber(g.wd) : 0
  if (wd && pub) {
    const y = [pub.y, pub.y - 1, pub.y + 1].find((c) => isValidDay(c, mo, d) && isoWeekday({ y: c, m: mo, d }) === wd)
    if (y !== undefined) return withPub(reading(formatDay({ y, m: mo, d }), 'day'), pub)
  }
  return dayWithoutYear(text, m.index, m.index + m[0].length, mo, d, pub)
}

/** A month and day without a year: the year from `pub` and the tense, or kept partial (`--07-29`). */
export function dayWithoutYear(
  text: string,
  start: number,
  end: number,
  mo: number,
  d: number,
  pub: Ymd | null
): Reading | null {
  if (!pub) return reading(formatMonthDay(mo, d), 'day')
  const y = yearOf(mo, d, pub, directionAt(text, start, end, true))
  return isValidDay(y, mo, d) ? withPub(reading(formatDay({ y, m: mo, d }), 'day'), pub) : null
}

/** A month without a year: resolved from `pub` and the direction, or kept partial (`--06`). */
function monthWithoutYear(mo: number, pub: Ymd | null, direction: ReturnType<typeof directionAt>): Reading {
  if (!pub) return reading(`--${String(mo).padStart(2, '0')}`, 'month')
  return withPub(reading(formatMonth(yearOf(mo, null, pub, direction), mo), 'month'), pub)
}

/** "الماضي", "المقبل", "الحالي" after an Arabic month: which way it points. */
function arabicDirection(word: string | undefined): ReturnType<typeof directionAt> {
  if (!word) return null
  if (/قبل|قادم/.test(word)) return 'future'
  if (/حالي|جاري/.test(word)) return null
  return 'past'
}

function findArabicDates(text: string, pub: Ymd | null, out: DateFinding[]): void {
  for (const m of matchesWhere(AR_MONTH_KEY, AR_ABSOLUTE, text)) {
    const g = m.groups ?? {}
    const mo = monthNumber(g.m ?? '')
    if (!mo || (g.m2 && monthNumber(g.m2) !== mo)) continue
    const start = m.index
    const end = start + m[0].length
    const mod = g.mod ? modOf(g.mod) : undefined
    // "الأول من يوليو": the ordinal day stands where the digits would
    if (g.od) {
      const day = arabicOrdinalDay(g.od)
      if (day === null) continue
      g.d = String(day)
    }
    let v: Reading | null
    if (g.y)
      v = g.d
        ? isValidDay(Number(g.y), mo, Number(g.d))
          ? reading(formatDay({ y: Number(g.y), m: mo, d: Number(g.d) }), 'day')
          : null
        : reading(formatMonth(Number(g.y), mo), 'month')
    else if (g.yrel && pub) {
      const dir = arabicDirection(g.yrel)
      const y = pub.y + (dir === 'past' ? -1 : dir === 'future' ? 1 : 0)
      v = withPub(
        g.d ? reading(formatDay({ y, m: mo, d: Number(g.d) }), 'day') : reading(formatMonth(y, mo), 'month'),
        pub
      )
    } else {
      // a month alone needs a day, a relative word or a preposition before it ("مارس" is also a verb)
      if (
        !g.d &&
        !g.rel &&
        !g.mod &&
        !/شهر/.test(m[0]) &&
        !AR_MONTH_LEAD.test(text.slice(Math.max(0, start - 12), start))
      )
        continue
      const dir = g.rel ? arabicDirection(g.rel) : directionAt(text, start, end, true)
      v = g.d ? dayWithoutYear(text, start, end, mo, Number(g.d), pub) : monthWithoutYear(mo, pub, dir)
      if (v && g.d && g.rel && pub) {
        const y = yearOf(mo, Number(g.d), pub, dir)
        v = isValidDay(y, mo, Number(g.d))
          ? withPub(reading(formatDay({ y, m: mo, d: Number(g.d) }), 'day'), pub)
          : null
      }
    }
    if (v) out.push(dateCandidate(text, start, end, mod ? { ...v, mod } : v))
  }
  for (const m of matchesWhere(/\d ?[/.-]/, NUMERIC, text)) {
    const g = m.groups ?? {}
    // day-month order is the Arabic (and European) one; in English copy a numeric date is ambiguous, so it needs م or Arabic around it
    if (g.d && !g.era && !/[\u0600-\u06FF]/.test(text)) continue
    const y = Number(g.y ?? g.y2)
    const mo = Number(g.m ?? g.m2)
    const d = Number(g.d ?? g.d2)
    if (!isValidDay(y, mo, d)) continue
    out.push(dateCandidate(text, m.index, m.index + m[0].trimEnd().length, reading(formatDay({ y, m: mo, d }), 'day')))
  }
}

/** Date suggestions in one sentence-sized `text` (digits already ASCII); `pub` resolves relative dates. */
export function findDates(text: string, pub: Ymd | null): DateFinding[] {
  const out: DateFinding[] = [...findHijriDates(text)]
  for (const m of matchesWhere(ABSOLUTE_KEY, ABSOLUTE, text)) {
    const v = absolute(text, m, pub)
    if (v) out.push(dateCandidate(text, m.index, m.index + m[0].length, v))
  }
  for (const m of matchesWhere(FULL_MONTH_KEY, MONTH_ONLY, text)) {
    const g = m.groups ?? {}
    const before = text.slice(Math.max(0, m.index - 12), m.index)
    // "May" is also the verb: it needs a preposition or "the" before it, as every month does without a modifier
    if (!g.mod && !g.rel && !MONTH_LEAD.test(before) && (g.m === 'May' || !g.poss)) {
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 2)
      if (
        g.m === 'May' ||
        !/^ \p{Ll}/u.test(after) ||
        !/(?:^|[^\p{L}])(?:the|The|a|an|its|this|that|last|next) $/u.test(before)
      )
        continue
    }
    const mo = monthNumber(g.m ?? '')
    const rel = (g.rel ?? '').trim().toLowerCase()
    const direction =
      rel === 'last' || rel === 'this past'
        ? 'past'
        : rel === 'next' || rel === 'this coming'
          ? 'future'
          : rel === 'this'
            ? null
            : directionAt(text, m.index, m.index + m[0].length, true)
    // "this September" is the month of the year of writing, whichever way it lies
    let v =
      rel === 'this' && pub
        ? withPub(reading(formatMonth(pub.y, mo), 'month'), pub)
        : monthWithoutYear(mo, pub, direction)
    if (pub && (rel === 'last' || rel === 'next') && yearOf(mo, null, pub, direction) === pub.y && mo === pub.m) {
      v = withPub(reading(formatMonth(pub.y + (rel === 'next' ? 1 : -1), mo), 'month'), pub)
    }
    const mod = g.mod ? modOf(g.mod) : undefined
    const end = m.index + m[0].length - (g.poss?.length ?? 0)
    out.push(dateCandidate(text, m.index, end, mod ? { ...v, mod } : v))
  }
  findYears(text, pub, out)
  if (/[\u0600-\u06FF]/.test(text)) findArabicDates(text, pub, out)
  findDays(text, pub, out)
  findPeriods(text, pub, out)
  return joinWeekdays(text, out)
}

/** "الخميس الموافق 6 /8 /1436هـ", "Thursday, 6 August": a weekday just before a calendar date is one date with it. */
const WEEKDAY_JOIN = /^(?:,|،)? ?(?:(?:ال)?موافق |the )?$/
function joinWeekdays(text: string, found: DateFinding[]): DateFinding[] {
  const calendarDates = found.filter(
    (c) =>
      c.value.granularity === 'day' &&
      !/weekday|relative/.test(c.value.iso) &&
      /^\d{4}-\d{2}-\d{2}$|^--/.test(c.value.iso)
  )
  const drop = new Set<DateFinding>()
  for (const wd of found) {
    if (!/^\d{4}-\d{2}-\d{2}$|^weekday:/.test(wd.value.iso)) continue
    const next = calendarDates.find(
      (c) => c !== wd && c.start > wd.start && WEEKDAY_JOIN.test(text.slice(wd.end, c.start))
    )
    if (!next || next.start - wd.end > 12) continue
    next.start = wd.start
    next.value.text = text.slice(next.start, next.end)
    drop.add(wd)
  }
  return drop.size ? found.filter((c) => !drop.has(c)) : found
}
