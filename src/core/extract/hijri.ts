/**
 * Hijri dates ("Shawwal 16, 1445 H", "16 Ramadan 1445 AH", "١٠/١٠/١٤٣٦هـ", "١٦ شوال ١٤٤٥ هـ")
 * converted to Gregorian so they compare with other outlets' dates; the claim notes the calendar.
 * Conversion: Umm al-Qura (the Saudi civil calendar most Arabic outlets follow) through Intl when
 * the runtime has it, else the arithmetic (tabular) Islamic calendar, which is within a day or two.
 */
import { matchesOf, type Candidate } from './spans'
import { formatDay, fromJdn, type Ymd } from './calendar'

type DateCandidate = Extract<Candidate, { kind: 'date' }>

/** Latin-script month names as transliterated in English copy; index + 1 is the month number. */
const LATIN_MONTHS: ReadonlyArray<RegExp> = [
  /^muharr?[ae]m$/i,
  /^safar$/i,
  /^rabi[‘'’`]?[ -]?(?:(?:al|ul|el)[ -]?(?:awwal|awal|oula|ula)|i)$/i,
  /^rabi[‘'’`]?[ -]?(?:(?:al|ul|el|us)[ -]?(?:th?ani|akh[ie]r|sani)|ii)$/i,
  /^jumad[ae][ -]?(?:(?:al|ul|el)[ -]?(?:ula|oula|ulaa|awwal|awal)|i)$/i,
  /^jumad[ae][ -]?(?:(?:al|ul|el|us)[ -]?(?:akh[ie]rah?|th?ani(?:yah?)?|sani)|ii)$/i,
  /^rajab$/i,
  /^sha[‘'’`]?ban$/i,
  /^ramad[h]?an$/i,
  /^shaw+al$/i,
  /^(?:dhu|zu|zul|dhul)[‘'’`]?[ -]?(?:al[ -]?|l[ -]?)?q[ai][‘'’`]?d[ae]h?$/i,
  /^(?:dhu|zu|zul|dhul)[‘'’`]?[ -]?(?:al[ -]?|l[ -]?)?hij+ah?$/i
]
const LATIN_MONTH_SOURCE =
  "(?:Muharr?[ae]m|Safar|Rabi[‘'’`]?[ -]?(?:(?:al|ul|el|us)[ -]?[A-Z][a-z]+|I{1,2}(?![A-Za-z]))|" +
  "Jumad[ae][ -]?(?:(?:al|ul|el|us)[ -]?[A-Z][a-z]+|I{1,2}(?![A-Za-z]))|Rajab|Sha[‘'’`]?ban|Ramadh?an|Shaw+al|" +
  "(?:Dhu|Zu|Zul|Dhul)[‘'’`]?[ -]?(?:al[ -]?|l[ -]?)?(?:Q[ai][‘'’`]?d[ae]h?|Hij+ah?))"

const ARABIC_MONTHS: Record<string, number> = {
  محرم: 1, صفر: 2, 'ربيع الأول': 3, 'ربيع الاول': 3, 'ربيع الآخر': 4, 'ربيع الثاني': 4, 'جمادى الأولى': 5,
  'جمادى الاولى': 5, 'جمادى الآخرة': 6, 'جمادى الثانية': 6, رجب: 7, شعبان: 8, رمضان: 9, شوال: 10,
  'ذو القعدة': 11, 'ذي القعدة': 11, 'ذو الحجة': 12, 'ذي الحجة': 12
}
const ARABIC_MONTH_SOURCE = Object.keys(ARABIC_MONTHS).sort((a, b) => b.length - a.length).join('|')

const ERA = "(?:A\\.?H\\.?|H\\.?|هـ|ه)(?![\\p{L}])"
const HIJRI = new RegExp(
  `(?<![\\p{L}\\d])(?:` +
    `(?<m1>${LATIN_MONTH_SOURCE}) (?<d1>\\d{1,2})(?:st|nd|rd|th)?,? (?<y1>1[34]\\d\\d)(?: ?${ERA})?` +
    `|(?<d2>\\d{1,2})(?:st|nd|rd|th)? (?:of )?(?<m2>${LATIN_MONTH_SOURCE}),? (?<y2>1[34]\\d\\d)(?: ?${ERA})?` +
    `|(?<d3>\\d{1,2}) (?<m3>${ARABIC_MONTH_SOURCE}) (?<y3>1[34]\\d\\d) ?(?:هـ|ه)?` +
    `|(?<d4>\\d{1,2})[/\\-.](?<m4>\\d{1,2})[/\\-.](?<y4>1[34]\\d\\d) ?${ERA}` +
    `|(?<y5>1[34]\\d\\d)[/\\-.](?<m5>\\d{1,2})[/\\-.](?<d5>\\d{1,2}) ?${ERA}` +
    `)`,
  'gu'
)

function latinMonth(name: string): number {
  const i = LATIN_MONTHS.findIndex((re) => re.test(name.trim()))
  return i + 1
}

/** Julian day number of a Hijri date in the tabular (civil, epoch 16 July 622) calendar. */
function tabularJdn(y: number, m: number, d: number): number {
  return d + Math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + Math.floor((3 + 11 * y) / 30) + 1948439
}

let ummAlQura: Intl.DateTimeFormat | null | undefined

function ummAlQuraFormat(): Intl.DateTimeFormat | null {
  if (ummAlQura !== undefined) return ummAlQura
  try {
    const f = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' })
    ummAlQura = f.resolvedOptions().calendar === 'islamic-umalqura' ? f : null
  } catch {
    ummAlQura = null
  }
  return ummAlQura
}

/** Gregorian date of a Hijri date; null when the day cannot exist (month > 12, day > 30). */
export function hijriToGregorian(y: number, m: number, d: number): Ymd | null {
  if (m < 1 || m > 12 || d < 1 || d > 30) return null
  const guess = tabularJdn(y, m, d)
  const f = ummAlQuraFormat()
  if (f) {
    // Umm al-Qura months start within two days of the tabular ones: look for the exact match nearby
    for (const delta of [0, -1, 1, -2, 2, -3, 3]) {
      const g = fromJdn(guess + delta)
      const parts = f.formatToParts(new Date(Date.UTC(g.y, g.m - 1, g.d)))
      const get = (t: string) => Number(parts.find((p) => p.type === t)?.value.replace(/\D/g, '') ?? NaN)
      if (get('day') === d && get('month') === m && get('year') === y) return g
    }
  }
  return fromJdn(guess)
}

/** Hijri date suggestions in `text` (digits already ASCII), with Gregorian ISO values. */
export function findHijriDates(text: string): DateCandidate[] {
  const out: DateCandidate[] = []
  for (const match of matchesOf(HIJRI, text)) {
    const g = match.groups ?? {}
    const y = Number(g.y1 ?? g.y2 ?? g.y3 ?? g.y4 ?? g.y5)
    const m = g.m1 || g.m2 ? latinMonth(g.m1 ?? g.m2 ?? '') : g.m3 ? (ARABIC_MONTHS[g.m3] ?? 0) : Number(g.m4 ?? g.m5)
    const d = Number(g.d1 ?? g.d2 ?? g.d3 ?? g.d4 ?? g.d5)
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
  return out
}
