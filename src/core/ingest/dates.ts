/**
 * Dates as pages print them: recognising a line that is only a date or a timestamp (page banners,
 * "Published …"/"Updated …" stamps, in English and Arabic), and reading a written date such as
 * "Sunday, 14 August 2016" or "August 14, 2016" when a page states no machine-readable one.
 */

const WEEKDAY = /\b(mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?|sun)(day)?\b/i
const MONTH =
  /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\b/i
const HIJRI_MONTH =
  /\b(muharram|safar|rabi|jumada|rajab|sha'?ban|ramadan|shawwal|dhu|al|thani|awwal|ula|akhira|qa'?dah|hijjah)\b/gi
/** Stamp words around a date: "Published", "Last updated", "Posted on", zones, "ago". */
const STAMP_WORDS =
  /\b(AH|AD|H|BC|CE|GMT|UTC|BST|CET|EST|EDT|PST|PDT|am|pm|a\.m|p\.m|updated|published|posted|modified|first|last|on|at|ago|just now|today|yesterday|(min(ute)?|hour|hr|day|week)s?)\b/gi
/**
 * Arabic date vocabulary as whole words (JavaScript's \b does not work for Arabic letters): weekdays,
 * Gregorian months in both the Egyptian/Gulf and the Levantine naming, Hijri months, and the stamp
 * words "published in", "last update", "hijri"/"AD" abbreviations.
 */
const ARABIC_DATE_WORDS = new Set(
  (
    'الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت ' +
    'يناير فبراير مارس أبريل إبريل مايو يونيو يونيه يوليو يوليه أغسطس سبتمبر أكتوبر نوفمبر ديسمبر ' +
    'كانون الثاني شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين الأول ' +
    'محرم صفر ربيع جمادى الآخر الآخرة الأولى رجب شعبان رمضان شوال ذو ذي القعدة الحجة ' +
    'نشر في تاريخ النشر آخر تحديث تم التحديث محدث هـ م ص مساء صباحا صباحاً بتوقيت غرينتش مكة'
  ).split(' ')
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
    if (ARABIC_DATE_WORDS.has(w)) dateWords++
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

const MONTH_NUMBER: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12
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
    mo = MONTH_NUMBER[dayFirst[2]!.slice(0, 3).toLowerCase()]!
    y = Number(dayFirst.at(-1))
  } else if (monthFirst) {
    mo = MONTH_NUMBER[monthFirst[1]!.slice(0, 3).toLowerCase()]!
    d = Number(monthFirst.at(-2))
    y = Number(monthFirst.at(-1))
  } else return undefined
  if (d < 1 || d > 31 || y < 1800 || y > 2200) return undefined
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}
