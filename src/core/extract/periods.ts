/**
 * Periods named relative to the day of writing or to another date, in English and Arabic:
 * this / last / next week, month, year, weekend (الأسبوع الماضي، الشهر الجاري، العام المقبل),
 * their beginning, middle and end ("the end of the month", "year-end", "منتصف الأسبوع القادم"),
 * "three days ago", "a decade ago" (approximate), "منذ يومين"; quarters and halves ("the third
 * quarter", "third-quarter", "the first half of 1998", "Q3"), fiscal years ("the current fiscal
 * year"), seasons ("last fall", "the summer of 2015", "الصيف الماضي", "صيف 2012"); and the
 * anaphoric ones ("a year earlier", "the year-ago quarter", "that year", "the next day", "في نفس
 * اليوم"), which resolveDateAnaphora (date-values.ts) settles against the dates before them.
 */
import {
  ARABIC_CALENDAR,
  ENGLISH_CALENDAR,
  arabicLoose,
  foldArabic,
  parseNumber,
  parseOrdinal,
  type DayPart
} from '@core/text'
import {
  addDays,
  formatDay,
  formatHalf,
  formatIsoWeek,
  formatMonth,
  formatQuarter,
  isoWeekday,
  quarterOf,
  shiftMonth,
  type Ymd
} from './calendar'
import {
  dateCandidate,
  modOf,
  reading,
  withPub,
  type DateFinding,
  type Focus,
  caseless,
  matchesWhere,
  type Reading
} from './date-values'
import { YEAR, YEAR_WORDS, yearInWords } from './years'
import { directionAt } from './tense'

type Unit = 'day' | 'week' | 'month' | 'year' | 'weekend' | 'quarter'

/** this/last/next week …, with "the end of", "earlier this", "year-end". */
const UNIT_DATE = caseless(
  `(?<![\\p{L}])(?<mod>(?:the )?(?:end|beginning|start|middle) of (?:the )?|(?:earlier|later|early|late) )?(?<rel>this|last|next|this past|this coming|the current|the coming)? ?(?<unit>week|month|year|weekend)(?![\\p{L}-])` +
    `|(?<![\\p{L}])(?<ye>year-end|year end|year's end|year’s end|the end of the year|the end of year)(?![\\p{L}])` +
    `|(?<![\\p{L}])(?<we>(?:over )?the weekend)(?![\\p{L}])` +
    `|(?<![\\p{L}])(?<fy>the (?<frel>current|latest|last|next|previous|this) fiscal year)(?![\\p{L}])`
)
/** "three days ago", "a year earlier", "nearly two weeks ago", "a decade ago". */
const AGO = caseless(
  `(?<![\\p{L}])(?:(?<approx>about|around|nearly|almost|some|roughly|more than|less than|over) )?(?<n>\\d+|an?|\\p{L}+(?:-\\p{L}+)?) (?:or so )?(?<unit>days?|weeks?|fortnights?|months?|years?|decades?) (?<dir>ago|earlier)(?![\\p{L}])`
)
/** Quarters and halves with an ordinal: "the third quarter", "third-quarter", "the 1988 second quarter", "the first half of 1998", "Q3 2019". */
const QUARTER = caseless(
  `(?<![\\p{L}\\d])(?:(?<det>the|its|this|that|last|next|a|this year's|last year's|next year's|this year’s|last year’s|next year’s) )?` +
    `(?<adj>(?:(?:year-earlier|year-ago|year earlier|comparable|corresponding|same|latest|current|fiscal|calendar|${YEAR})[ -])*)` +
    `(?<ord>first|second|third|fourth|1st|2nd|3rd|4th)[ -](?<unit>quarter|half)(?![\\p{L}])(?: of (?:(?:fiscal )?(?<ofy>${YEAR})|(?<ofrel>this|last|next) year|the year))?` +
    `|(?<![\\p{L}\\d])Q(?<qn>[1-4])(?: (?<qy>${YEAR}))?(?![\\p{L}\\d])`
)
/** A quarter or period named by another: "the latest quarter", "the year-ago period", "the same period last year", "last year's quarter". */
const QUARTER_REF = caseless(
  `(?<![\\p{L}])(?:(?<det>the|its|this|that|last year's|last year’s) )(?<adj>(?:(?:latest|current|year-earlier|year-ago|same|comparable|corresponding|most recent|${YEAR})[ -])*)(?<unit>quarter|period)(?<tail> a year (?:ago|earlier)| last year| of last year)?(?![\\p{L}])`
)
/** Seasons, with a year or this/last/next ("last fall", "the summer of 2015"), or after "in the". */
const SEASON = caseless(
  `(?<![\\p{L}])(?<prep>(?:in|during|over|since|by|until|through) )?(?:(?<rel>last|this|next|this past|early|late) )?(?<the>the )?(?<season>spring|summer|autumn|winter|fall)(?:,? (?:of )?(?:(?<y>${YEAR})|(?<yw>${YEAR_WORDS})))?(?![\\p{L}])`
)
/** Anaphoric years and days: "that year", "the following year", "the same day", "the next morning". */
const ANAPHOR = caseless(
  `(?<![\\p{L}])(?:(?<y>(?:later |earlier )?that year|the (?:following|next|previous) year|the year before)|(?<d>(?:that )?(?:same )?day|the (?:same|next|following|previous) (?:day|morning)|the day (?:before|after)))(?![\\p{L}])`
)

const AR_PRE = '(?<![\\p{L}\\p{M}])(?:[وفبل]|وب|ول|فب|لل)?'
const loose = (words: string[]) => words.map(arabicLoose).join('|')
const AR_PAST = loose(['الماضي', 'الماضية', 'المنصرم', 'المنصرمة', 'الأسبق', 'السابق', 'الفائت'])
const AR_NEXT = loose(['المقبل', 'المقبلة', 'القادم', 'القادمة'])
const AR_THIS = loose(['الحالي', 'الحالية', 'الجاري', 'الجارية'])
const AR_UNITS: Record<string, Unit> = { الأسبوع: 'week', الشهر: 'month', العام: 'year', السنة: 'year' }
const AR_UNIT_DATE = new RegExp(
  `${AR_PRE}(?:(?<mod>${loose(['مطلع', 'بداية', 'أوائل', 'منتصف', 'نهاية', 'أواخر'])}) )?(?:(?<this>${loose(['هذا', 'هذه'])}) )?(?<unit>${loose(Object.keys(AR_UNITS))})(?: (?<rel>${AR_PAST}|${AR_NEXT}|${AR_THIS}))?(?![\\p{L}\\p{M}])`,
  'gu'
)
const AR_SEASON = new RegExp(
  `${AR_PRE}(?<season>${loose(Object.keys(ARABIC_CALENDAR.seasons).flatMap((s) => [s, s.slice(2)]))})(?: (?<y>${YEAR})| (?<rel>${AR_PAST}|${AR_NEXT}|${AR_THIS}))(?![\\p{L}\\p{M}])`,
  'gu'
)
const AR_AGO_UNITS: Record<string, Unit> = {
  يوم: 'day',
  أيام: 'day',
  يوما: 'day',
  يومًا: 'day',
  أسبوع: 'week',
  أسابيع: 'week',
  أسبوعا: 'week',
  شهر: 'month',
  أشهر: 'month',
  شهور: 'month',
  شهرا: 'month',
  عام: 'year',
  أعوام: 'year',
  عاما: 'year',
  عامًا: 'year',
  سنة: 'year',
  سنوات: 'year',
  سنين: 'year'
}
const AR_DUALS: Record<string, Unit> = { يومين: 'day', أسبوعين: 'week', شهرين: 'month', عامين: 'year', سنتين: 'year' }
const AR_AGO = new RegExp(
  `${AR_PRE}(?:منذ|قبل) (?:(?<approx>${loose(['نحو', 'حوالي', 'ما يقارب من', 'ما يقرب من'])}) )?(?:(?<dual>${loose(Object.keys(AR_DUALS))})|(?<n>\\d+|\\p{L}+) (?<unit>${loose(Object.keys(AR_AGO_UNITS))})|(?<one>${loose(['يوم', 'أسبوع', 'شهر', 'عام', 'سنة'])}) ${loose(['واحد', 'واحدة'])})(?![\\p{L}\\p{M}])`,
  'gu'
)
const AR_SAME_PERIOD = new RegExp(
  `${AR_PRE}(?:${loose(['نفس الفترة', 'الفترة نفسها', 'الفترة ذاتها'])}) من (?:العام|السنة) (?:${AR_PAST})`,
  'gu'
)
const AR_SAME_DAY = new RegExp(
  `${AR_PRE}(?:في )?(?:(?<same>${loose(['نفس اليوم', 'ذات اليوم', 'اليوم نفسه', 'اليوم ذاته'])})|(?<next>${loose(['اليوم التالي'])}))(?![\\p{L}\\p{M}])`,
  'gu'
)

/**
 * What each Arabic pattern's every match holds (its one required part), tested on the sentence
 * first: most Arabic sentences name no period, and the patterns, which may start at any letter
 * after an optional clitic, cost far more than these.
 */
const AR_UNIT_KEY = new RegExp(loose(Object.keys(AR_UNITS)))
const AR_SEASON_KEY = new RegExp(loose(Object.keys(ARABIC_CALENDAR.seasons).flatMap((s) => [s, s.slice(2)])))
const AR_AGO_KEY = /منذ|قبل/
const AR_SAME_PERIOD_KEY = new RegExp(loose(['نفس الفترة', 'الفترة نفسها', 'الفترة ذاتها']))
const AR_SAME_DAY_KEY = new RegExp(loose(['نفس اليوم', 'ذات اليوم', 'اليوم نفسه', 'اليوم ذاته', 'اليوم التالي']))

function arabicKey<T>(table: Record<string, T>, word: string): T | undefined {
  const w = foldArabic(word)
  for (const [k, v] of Object.entries(table)) if (foldArabic(k) === w) return v
  return undefined
}

/** The Saturday of the weekend meant: the last one (today's when it is a weekend day) or the next. */
function weekendOf(pub: Ymd, ahead: boolean): Ymd {
  const wd = isoWeekday(pub)
  if (ahead) return addDays(pub, (6 - wd + 7) % 7)
  return addDays(pub, wd === 7 ? -1 : -((wd - 6 + 7) % 7))
}

/** The value of a week, month or year `step` units from the one `pub` falls in. */
function unitValue(unit: Unit, step: number, pub: Ymd): Reading {
  if (unit === 'year') return withPub(reading(String(pub.y + step), 'year'), pub)
  if (unit === 'month') {
    const m = shiftMonth(pub.y, pub.m, step)
    return withPub(reading(formatMonth(m.y, m.m), 'month'), pub)
  }
  if (unit === 'quarter') {
    const m = shiftMonth(pub.y, pub.m, step * 3)
    return withPub(reading(formatQuarter(m.y, quarterOf(m.m)), 'quarter'), pub)
  }
  if (unit === 'day') return withPub(reading(formatDay(addDays(pub, step)), 'day'), pub)
  return withPub(reading(formatIsoWeek(addDays(pub, step * 7)), 'week'), pub)
}

function relStep(rel: string): number {
  const r = foldArabic(rel.toLowerCase())
  if (
    r === 'last' ||
    r === 'this past' ||
    r === 'latest' ||
    r === 'previous' ||
    new RegExp(`^(?:${AR_PAST})$`).test(rel)
  )
    return -1
  if (r === 'next' || r === 'this coming' || r === 'the coming' || new RegExp(`^(?:${AR_NEXT})$`).test(rel)) return 1
  return 0
}

function push(
  out: DateFinding[],
  text: string,
  start: number,
  end: number,
  v: Reading | null,
  mod?: string,
  focus?: Focus
): void {
  if (!v) return
  const m = mod ? modOf(mod) : undefined
  out.push(dateCandidate(text, start, end, m ? { ...v, mod: m } : v, focus))
}

function findEnglishUnits(text: string, pub: Ymd | null, out: DateFinding[]): void {
  for (const m of matchesWhere(/week|month|year/i, UNIT_DATE, text)) {
    const g = m.groups ?? {}
    const end = m.index + m[0].length
    if (g.ye) {
      if (pub) push(out, text, m.index, end, unitValue('year', 0, pub), 'end')
      continue
    }
    if (g.fy) {
      if (pub) push(out, text, m.index, end, unitValue('year', relStep(g.frel ?? ''), pub))
      continue
    }
    if (g.we || (g.unit ?? '').toLowerCase() === 'weekend') {
      if (!pub) continue
      const rel = (g.rel ?? '').toLowerCase()
      const ahead = rel === 'next' || rel === 'this coming' || (!rel && directionAt(text, m.index, end) === 'future')
      const sat =
        rel === 'next' ? addDays(weekendOf(pub, true), 7 * (isoWeekday(pub) >= 6 ? 1 : 0)) : weekendOf(pub, ahead)
      push(out, text, m.index + (/^over /i.test(m[0]) ? 5 : 0), end, withPub(reading(formatIsoWeek(sat), 'week'), pub))
      continue
    }
    // "week", "month", "year" alone are durations ("a year", "for a month"): a relative word or "the end of" makes them dates
    const rel = g.rel ?? ''
    const mod = g.mod ?? ''
    if (!rel && !/of/i.test(mod)) continue
    if (!rel && /of/i.test(mod) && !/the $/i.test(mod)) continue
    const unit = (g.unit ?? '').toLowerCase() as Unit
    if (!pub) {
      const step = relStep(rel)
      const code = unit === 'month' ? 'M' : unit === 'year' ? 'Y' : 'W'
      push(
        out,
        text,
        m.index,
        end,
        reading(`relative:${step < 0 ? '-' : ''}P${Math.abs(step)}${code}`, 'relative'),
        mod || undefined
      )
      continue
    }
    push(
      out,
      text,
      m.index,
      end,
      unitValue(unit, relStep(rel), pub),
      /earlier|later/i.test(mod) ? undefined : mod || undefined
    )
  }
  for (const m of matchesWhere(/ ago|earlier/i, AGO, text)) {
    const g = m.groups ?? {}
    const written = /^an?$/i.test(g.n ?? '') ? 1 : parseNumber(g.n ?? '')
    if (written === null || written <= 0) continue
    // "a fortnight ago" is two weeks back
    const fortnight = /^fortnights?$/i.test(g.unit ?? '')
    const n = fortnight ? written * 2 : written
    const unit = fortnight ? 'week' : (g.unit ?? '').toLowerCase().replace(/s$/, '')
    const end = m.index + m[0].length
    const earlier = (g.dir ?? '').toLowerCase() === 'earlier'
    const approx = g.approx || unit === 'decade' ? 'approx' : undefined
    // "a year earlier": the period the text reports on, a year back; from the publication date when none was named
    const focus: Focus | undefined =
      unit === 'year' && n === 1
        ? { to: 'period', years: -1 }
        : earlier && unit === 'day'
          ? { to: 'day', years: 0, days: -n }
          : undefined
    if (earlier && !focus) continue
    if (!pub) {
      const code = unit === 'day' ? 'D' : unit === 'week' ? 'W' : unit === 'month' ? 'M' : 'Y'
      push(
        out,
        text,
        m.index,
        end,
        reading(`relative:-P${unit === 'decade' ? n * 10 : n}${code}`, 'relative'),
        undefined,
        focus
      )
      continue
    }
    let v: Reading
    if (unit === 'day') v = unitValue('day', -n, pub)
    else if (unit === 'week') v = unitValue('week', -n, pub)
    else if (unit === 'month') v = unitValue('month', -n, pub)
    else v = unitValue('year', unit === 'decade' ? -10 * n : -n, pub)
    if (approx) v = { ...v, mod: 'approx' }
    push(out, text, m.index, end, v, undefined, focus)
  }
}

function quarterYear(q: number, pub: Ymd, text: string, start: number, end: number): number {
  const now = quarterOf(pub.m)
  const direction = directionAt(text, start, end)
  if (direction === 'future') return q >= now ? pub.y : pub.y + 1
  return q <= now ? pub.y : pub.y - 1
}

function findQuarters(text: string, pub: Ymd | null, out: DateFinding[]): void {
  for (const m of matchesWhere(/quarter|half|Q[1-4]/i, QUARTER, text)) {
    const g = m.groups ?? {}
    const end = m.index + m[0].length
    const q = g.qn ? Number(g.qn) : (parseOrdinal(g.ord ?? '') ?? 0)
    const half = (g.unit ?? '').toLowerCase() === 'half'
    if (!q || (half && q > 2)) continue
    const adj = (g.adj ?? '').toLowerCase()
    const det = (g.det ?? '').toLowerCase()
    const yearAdj = /(?:1[89]|20)\d\d/.exec(adj)?.[0]
    let y: number | null = g.ofy ? Number(g.ofy) : g.qy ? Number(g.qy) : yearAdj ? Number(yearAdj) : null
    if (y === null && pub) {
      const rel = g.ofrel ?? (/year[’']s/.test(det) ? det.split(' ')[0] : '')
      if (rel) y = pub.y + relStep(rel)
      else if (half) y = null
      else y = quarterYear(q, pub, text, m.index, end)
      if (/year-earlier|year-ago|year earlier/.test(adj) && y !== null) y--
    }
    // "the first half" without a year is as often a match's or a film's: only with its year
    if (y === null) continue
    const v = half ? reading(formatHalf(y, q), 'half') : reading(formatQuarter(y, q), 'quarter')
    push(out, text, m.index, end, pub && !g.ofy && !g.qy && !yearAdj ? withPub(v, pub) : v)
  }
  for (const m of matchesWhere(/quarter|period/i, QUARTER_REF, text)) {
    const g = m.groups ?? {}
    const end = m.index + m[0].length
    const adj = (g.adj ?? '').toLowerCase()
    const det = (g.det ?? '').toLowerCase()
    const period = (g.unit ?? '').toLowerCase() === 'period'
    const back = /year-earlier|year-ago/.test(adj) || !!g.tail || /year[’']s/.test(det)
    const yearAdj = /(?:1[89]|20)\d\d/.exec(adj)?.[0]
    if (period && !back && !yearAdj && !/latest|most recent/.test(adj)) continue
    if (!pub && !yearAdj) continue
    const fallback = yearAdj
      ? reading(yearAdj, 'year')
      : /current/.test(adj) || det === 'this'
        ? unitValue('quarter', 0, pub as Ymd)
        : unitValue('quarter', -1, pub as Ymd)
    if (/current/.test(adj)) {
      push(out, text, m.index, end, fallback)
      continue
    }
    const focus: Focus = yearAdj
      ? { to: 'period', years: 0, year: Number(yearAdj) }
      : { to: 'period', years: back ? -1 : 0 }
    push(out, text, m.index, end, back && !yearAdj ? shiftYear(fallback, -1) : fallback, undefined, focus)
  }
}

function shiftYear(v: Reading, years: number): Reading {
  const y = /^\d{4}/.exec(v.iso)
  return y ? { ...v, iso: String(Number(y[0]) + years) + v.iso.slice(4) } : v
}

function findSeasons(text: string, pub: Ymd | null, out: DateFinding[]): void {
  for (const m of matchesWhere(/spring|summer|autumn|winter|fall/i, SEASON, text)) {
    const g = m.groups ?? {}
    const season = (g.season ?? '').toLowerCase()
    const rel = (g.rel ?? '').toLowerCase()
    // "fall" is as often the verb or "the fall of Mosul": only with a year or last/this/next
    const year = g.y ? Number(g.y) : g.yw ? yearInWords(g.yw) : null
    if (
      year === null &&
      !['last', 'this', 'next', 'this past'].includes(rel) &&
      (season === 'fall' || !g.the || !g.prep)
    )
      continue
    const code = ENGLISH_CALENDAR.seasons[season] ?? 22
    const start = m.index + (g.prep ? g.prep.length : 0)
    const end = m.index + m[0].length
    push(
      out,
      text,
      start,
      end,
      seasonValue(code, year, rel, pub, directionAt(text, start, end)),
      rel === 'early' || rel === 'late' ? rel : undefined
    )
  }
}

/** A season's value: with its year, or the last (this, next) such season seen from `pub`. */
function seasonValue(
  code: number,
  year: number | null,
  rel: string,
  pub: Ymd | null,
  direction: ReturnType<typeof directionAt>
): Reading | null {
  if (year !== null) return reading(`${year}-${code}`, 'season')
  const seasonEnd = code === 21 ? 5 : code === 22 ? 8 : code === 23 ? 11 : 2
  const seasonStart = code === 21 ? 3 : code === 22 ? 6 : code === 23 ? 9 : 12
  if (!pub)
    return reading(
      `season:${Object.keys(ENGLISH_CALENDAR.seasons).find((k) => ENGLISH_CALENDAR.seasons[k] === code)}`,
      'season'
    )
  let y = pub.y
  const past = rel === 'last' || rel === 'this past' || /ماض|منصرم|سابق/.test(rel) || (!rel && direction === 'past')
  const next = rel === 'next' || /قبل|قادم/.test(rel) || (!rel && direction === 'future')
  // winter belongs to the year it starts in (EDTF); last winter in February is the one begun in December
  if (past) y = pub.m > seasonEnd && code !== 24 ? pub.y : pub.y - 1
  else if (next) y = pub.m < seasonStart ? pub.y : pub.y + 1
  else if (code === 24 && pub.m <= 2) y = pub.y - 1
  return withPub(reading(`${y}-${code}`, 'season'), pub)
}

function findAnaphora(text: string, pub: Ymd | null, out: DateFinding[]): void {
  for (const m of matchesWhere(/that year|following year|next year|previous year|year before|day/i, ANAPHOR, text)) {
    const g = m.groups ?? {}
    const w = m[0].toLowerCase()
    const end = m.index + m[0].length
    if (g.y) {
      const years = /following|next/.test(w) ? 1 : /previous|before/.test(w) ? -1 : 0
      push(
        out,
        text,
        m.index,
        end,
        pub ? unitValue('year', years, pub) : reading('relative:P0Y', 'relative'),
        undefined,
        { to: 'year', years }
      )
      continue
    }
    // "day" alone ("a great day", "that day"): only "that day", "the same day", "the next day" …
    if (!/^(?:that|the)\b/.test(w)) continue
    const days = /next|following|after/.test(w) ? 1 : /previous|before/.test(w) ? -1 : 0
    const part: DayPart | undefined = /morning/.test(w) ? 'morning' : undefined
    const v = reading('relative:P0D', 'relative')
    if (part) v.partOfDay = part
    push(out, text, m.index, end, v, undefined, { to: 'day', years: 0, days })
  }
}

function findArabicPeriods(text: string, pub: Ymd | null, out: DateFinding[]): void {
  for (const m of matchesWhere(AR_UNIT_KEY, AR_UNIT_DATE, text)) {
    const g = m.groups ?? {}
    if (!g.rel && !g.this) continue
    const unit = arabicKey(AR_UNITS, g.unit ?? '') ?? 'year'
    const end = m.index + m[0].length
    if (!pub) continue
    push(out, text, m.index, end, unitValue(unit, relStep(g.rel ?? ''), pub), g.mod)
  }
  for (const m of matchesWhere(AR_SEASON_KEY, AR_SEASON, text)) {
    const g = m.groups ?? {}
    const name = (g.season ?? '').replace(/^ال/, '')
    const code = arabicKey(ARABIC_CALENDAR.seasons, `ال${name}`) ?? 22
    push(out, text, m.index, m.index + m[0].length, seasonValue(code, g.y ? Number(g.y) : null, g.rel ?? '', pub, null))
  }
  for (const m of matchesWhere(AR_AGO_KEY, AR_AGO, text)) {
    const g = m.groups ?? {}
    const unit = g.dual
      ? arabicKey(AR_DUALS, g.dual)
      : g.one
        ? arabicKey(AR_AGO_UNITS, g.one)
        : arabicKey(AR_AGO_UNITS, g.unit ?? '')
    const n = g.dual ? 2 : g.one ? 1 : parseNumber(g.n ?? '')
    if (!unit || n === null || n <= 0 || !pub) continue
    push(out, text, m.index, m.index + m[0].length, unitValue(unit, -n, pub), g.approx ? 'approx' : undefined)
  }
  for (const m of matchesWhere(AR_SAME_PERIOD_KEY, AR_SAME_PERIOD, text)) {
    if (pub)
      push(out, text, m.index, m.index + m[0].length, unitValue('year', -1, pub), undefined, {
        to: 'period',
        years: -1
      })
  }
  for (const m of matchesWhere(AR_SAME_DAY_KEY, AR_SAME_DAY, text)) {
    push(out, text, m.index, m.index + m[0].length, reading('relative:P0D', 'relative'), undefined, {
      to: 'day',
      years: 0,
      days: m.groups?.next ? 1 : 0
    })
  }
}

/** Periods in one sentence-sized `text`, appended to `out`. */
export function findPeriods(text: string, pub: Ymd | null, out: DateFinding[]): void {
  findEnglishUnits(text, pub, out)
  findQuarters(text, pub, out)
  findSeasons(text, pub, out)
  findAnaphora(text, pub, out)
  if (/[\u0600-\u06FF]/.test(text)) findArabicPeriods(text, pub, out)
}
