/**
 * Hijri dates ("Shawwal 16, 1445 H", "16 Ramadan 1445 AH", "١٠/١٠/١٤٣٦هـ", "١٦ شوال ١٤٤٥ هـ")
 * converted to Gregorian so they compare with other outlets' dates; the claim notes the calendar.
 * Conversion: Umm al-Qura (the Saudi civil calendar most Arabic outlets follow) from a table of its
 * months for 1300–1500 AH (umm-al-qura.ts, read from ICU once: loading Intl's calendar made the first
 * suggestion 20–40 ms slower), else the arithmetic (tabular) Islamic calendar, within a day or two.
 */
import { ARABIC_CALENDAR, ENGLISH_CALENDAR, hijriMonthNumber, wordsSource } from '@core/text'
import { formatDay, fromJdn, type Ymd } from './calendar'
import { caseless } from './date-values'
import { matchesOf, type Candidate } from './spans'
import { ummAlQuraMonth } from './umm-al-qura'

type DateCandidate = Extract<Candidate, { kind: 'date' }>

const LATIN_MONTH = wordsSource(ENGLISH_CALENDAR.hijriMonths)
const ARABIC_MONTH = wordsSource(ARABIC_CALENDAR.hijriMonths)

const ERA = '(?:A\\.?H\\.?|H\\.?|هـ|ه)(?![\\p{L}])'
const AR_ERA = '(?:هـ|ه)(?![\\p{L}])'
/** Separators of numeric dates, with the spaces Arabic copy puts around them ("١٠ /١٠ /١٤٣٦هـ"). */
const SEP = ' ?[/\\-.] ?'
/**
 * A numeric date with a year from 1300 to 1499 is Hijri even without هـ (no Gregorian date of
 * news has such a year); "غرة" is the first day of a month.
 */
const HIJRI = caseless(
  `(?<![\\p{L}\\d])(?:` +
    `(?<m1>${LATIN_MONTH}) (?<d1>\\d{1,2})(?:st|nd|rd|th)?,? (?<y1>1[34]\\d\\d)(?: ?${ERA})?` +
    `|(?<d2>\\d{1,2})(?:st|nd|rd|th)? (?:of )?(?<m2>${LATIN_MONTH}),? (?<y2>1[34]\\d\\d)(?: ?${ERA})?` +
    `|(?:(?<d3>\\d{1,2})|(?<first>غرة|مستهل)) (?:شهر )?(?<m3>${ARABIC_MONTH}) (?:(?:من )?(?:العام|عام|سنة) )?(?<y3>1[34]\\d\\d) ?(?:${AR_ERA})?` +
    `|(?<d4>\\d{1,2})${SEP}(?<m4>\\d{1,2})${SEP}(?<y4>1[34]\\d\\d)(?: ?${ERA})?` +
    `|(?<y5>1[34]\\d\\d)${SEP}(?<m5>\\d{1,2})${SEP}(?<d5>\\d{1,2}) ?${ERA}` +
    `)(?![\\d/])`
)
/** A Hijri year alone: "عام 1404هـ", "1436 هـ", "in 1445 AH". */
const HIJRI_YEAR = new RegExp(
  `(?<![\\p{L}\\d/.-])(?:(?:عام|العام|سنة) )?(?<y>1[34]\\d\\d) ?(?:${AR_ERA}|A\\.H\\.|AH(?![\\p{L}]))`,
  'gu'
)

/** Julian day number of a Hijri date in the tabular (civil, epoch 16 July 622) calendar. */
function tabularJdn(y: number, m: number, d: number): number {
  return d + Math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + Math.floor((3 + 11 * y) / 30) + 1948439
}

/**
 * Gregorian date of a Hijri date; null when the day cannot exist (month > 12, day > 30). A 30th of
 * a month Umm al-Qura gives 29 days (the writer's authority saw the new moon a day later) is the
 * day after its 29th.
 */
export function hijriToGregorian(y: number, m: number, d: number): Ymd | null {
  if (m < 1 || m > 12 || d < 1 || d > 30) return null
  const month = ummAlQuraMonth(y, m)
  return fromJdn(month ? month.startJdn + d - 1 : tabularJdn(y, m, d))
}

/** Hijri date suggestions in `text` (digits already ASCII), with Gregorian ISO values. */
export function findHijriDates(text: string): DateCandidate[] {
  const out: DateCandidate[] = []
  // every Hijri date of news carries a year 13xx or 14xx
  if (!/1[34]\d\d/.test(text)) return out
  for (const match of matchesOf(HIJRI, text)) {
    const g = match.groups ?? {}
    const y = Number(g.y1 ?? g.y2 ?? g.y3 ?? g.y4 ?? g.y5)
    const m = g.m1 || g.m2 || g.m3 ? hijriMonthNumber(g.m1 ?? g.m2 ?? g.m3 ?? '') : Number(g.m4 ?? g.m5)
    const d = g.first ? 1 : Number(g.d1 ?? g.d2 ?? g.d3 ?? g.d4 ?? g.d5)
    const greg = m > 0 ? hijriToGregorian(y, m, d) : null
    if (!greg) continue
    // "1445 H." at a sentence end: the stop ends the sentence; "A.H." keeps its own
    const exact = match[0].trimEnd().replace(/(?<!A\.H)\.$/, '')
    out.push({
      kind: 'date',
      start: match.index,
      end: match.index + exact.length,
      value: { iso: formatDay(greg), granularity: 'day', calendar: 'hijri', text: exact }
    })
  }
  for (const match of matchesOf(HIJRI_YEAR, text)) {
    const y = Number(match.groups?.y)
    // a Hijri year is given as the Gregorian year it begins in (1404 AH began in October 1983)
    const start = hijriToGregorian(y, 1, 1)
    if (!start) continue
    const exact = match[0].trimEnd().replace(/(?<!A\.H)\.$/, '')
    out.push({
      kind: 'date',
      start: match.index,
      end: match.index + exact.length,
      value: { iso: String(start.y), granularity: 'year', calendar: 'hijri', text: exact }
    })
  }
  return out
}
