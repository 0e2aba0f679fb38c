/**
 * Dates as pages print them: recognising a line that is only a date or a timestamp (page banners,
 * "Published …"/"Updated …" stamps, in English and Arabic), and reading a written date such as
 * "Sunday, 14 August 2016" or "August 14, 2016" when a page states no machine-readable one.
 * Month and weekday names are core/text's calendar words.
 */
import { ARABIC_CALENDAR, ENGLISH_CALENDAR, foldArabic, monthNumber, wordsSource } from '@core/text'

const EN = ENGLISH_CALENDAR
/** An English weekday, full or abbreviated ("Sunday", "Sun"). */
const WEEKDAY = new RegExp(`\\b${wordsSource(EN.weekdays)}\\b`, 'i')
/** An English month, full or abbreviated ("August", "Aug", "Sept"), as the one group. */
const MONTH = new RegExp(`\\b(${wordsSource(EN.months)})\\b`, 'i')
/** A Hijri month in Latin letters, however the outlet transliterates it ("Dhu al-Hijjah", "Rabi' II"). */
const HIJRI_MONTH = new RegExp(`\\b${wordsSource(EN.hijriMonths)}\\b`, 'gi')
/** Stamp words around a date: "Published", "Last updated", "Posted on", zones, "ago". */
const STAMP_WORDS =
  /\b(AH|AD|H|BC|CE|GMT|UTC|BST|CET|EST|EDT|PST|PDT|am|pm|a\.m|p\.m|updated|published|posted|modified|first|last|on|at|ago|just now|today|yesterday|(min(ute)?|hour|hr|day|week)s?)\b/gi
/**
 * Arabic date vocabulary as whole words, folded (JavaScript's \b does not work for Arabic letters):
 * the words of core/text's weekdays, Gregorian months (the Egyptian/Gulf and the Levantine naming)
 * and Hijri months, and the stamp words "published in", "last update", "hijri"/"AD" abbreviations.
 */
const ARABIC_DATE_WORDS = new Set(
  [
    ...[ARABIC_CALENDAR.weekdays, ARABIC_CALENDAR.months, ARABIC_CALENDAR.hijriMonths].flatMap((lists) =>
      lists.flat().flatMap((name) => name.split(' '))
    ),
    ...'نشر في تاريخ النشر آخر تحديث تم التحديث محدث هـ م ص مساء صباحا صباحاً بتوقيت غرينتش مكة'.split(' ')
  ].map(foldArabic)
)

/** Arabic-Indic (U+0660–0669) and Persian (U+06F0–06F9) digits → ASCII, so dates in either can be read. */
export function asciiDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String((d.charCodeAt(0) & 0xf) % 10))
}

/** True when what is left after removing Arabic date words is only numbers and separators. */
function isArabicDateLine(line: string): boolean {
  const words = line.split(/[\s:،,|·•\-–—/()]+/).filter(Boolean)
  let dateWords = 0
  for (const w of words) {
    if (ARABIC_DATE_WORDS.has(foldArabic(w))) dateWords++
    else if (!/^[\d.]+$/.test(w)) return false
  }
  return dateWords > 0 || words.some((w) => /^\d{1,2}\.\d{1,2}\.\d{4}$/.test(w))
}

/** A line that is only a date or a timestamp (a page banner, a "Published 12:04 GMT, 14 August 2016" stamp), in Gregorian and/or Hijri. */
export function isDateLine(line: string): boolean {
  const t = asciiDigits(line.trim())
  if (t.length > 80) return false
  const numericDate = /\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b/.test(t)
  if (!(WEEKDAY.test(t) || MONTH.test(t) || /\d{4}/.test(t) || numericDate || /\bago\b/i.test(t))) {
    return /\p{Script=Arabic}/u.test(t) && /\d/.test(t) && isArabicDateLine(t)
  }
  const rest = t
    .replace(new RegExp(WEEKDAY.source, 'gi'), ' ')
    .replace(new RegExp(MONTH.source, 'gi'), ' ')
    .replace(HIJRI_MONTH, ' ')
    .replace(STAMP_WORDS, ' ')
    .replace(/[\d\s.,:/|\-–—()·•]+/g, ' ')
    .trim()
  if (rest === '') return true
  return /\p{Script=Arabic}/u.test(t) && isArabicDateLine(t)
}

/**
 * The calendar day a written date names ("14 August 2016", "Sunday, August 14, 2016", "Aug 14 2016"),
 * as `YYYY-MM-DD`; undefined when there is none. A time next to it is ignored: without a zone it
 * cannot be placed, and the day is what a claim's relative dates need.
 */
export function dayFromWrittenDate(line: string): string | undefined {
  const t = asciiDigits(line)
  const m = new RegExp(MONTH.source, 'i')
  const dayFirst = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${m.source}\\.?,?\\s+(\\d{4})\\b`, 'i').exec(t)
  const monthFirst = new RegExp(`${m.source}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i').exec(t)
  let y: number, mo: number, d: number
  if (dayFirst) {
    d = Number(dayFirst[1])
    mo = monthNumber(dayFirst[2]!)
    y = Number(dayFirst.at(-1))
  } else if (monthFirst) {
    mo = monthNumber(monthFirst[1]!)
    d = Number(monthFirst.at(-2))
    y = Number(monthFirst.at(-1))
  } else return undefined
  if (d < 1 || d > 31 || y < 1800 || y > 2200) return undefined
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}
