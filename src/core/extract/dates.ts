/**
 * Dates: absolute ("29 July 2016", "July 29th", "April 2013", "2003", "2014-06-01"), partial
 * (month and day without a year stay `--07-29`), relative ("on Tuesday", "yesterday", "last
 * week", "at the end of June", "three days ago") resolved against the publication date when it is
 * known and otherwise kept partial, seasons, and Hijri dates (hijri.ts). Durations ("six-year
 * war", "for two years") are not dates: a year must stand alone as a four-digit figure in a
 * date-like position, and counted things after it ("2000 people") make it a count.
 */
import { parseNumber } from '@core/text'
import {
  addDays,
  formatDay,
  formatIsoWeek,
  formatMonth,
  formatMonthDay,
  isoWeekday,
  isValidDay,
  type Ymd
} from './calendar'
import { findHijriDates } from './hijri'
import { matchesOf, type Candidate } from './spans'
import { MONTH_SOURCE, monthNumber } from './words'
import { pattern } from './pattern'

type DateCandidate = Extract<Candidate, { kind: 'date' }>
type DateValue = DateCandidate['value']

const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)'
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
const DAY = '(?<![\\d.,$-])\\d{1,2}(?:st|nd|rd|th)?(?![\\d:.,]\\d|\\d)'
const YEAR = '(?:1[89]\\d\\d|20\\d\\d)(?![\\d-])'

/** Calendar dates written with a month name, optionally led by a weekday; ISO dates. */
const ABSOLUTE = new RegExp(
  `(?<![\\p{L}])(?:(?<wd>${WEEKDAY}),? )?(?:` +
    `(?<d1>${DAY}) (?:of )?(?<m1>${MONTH_SOURCE})(?:,? (?<y1>${YEAR}))?` +
    `|(?<m3>${MONTH_SOURCE}),? (?:of )?(?<y3>${YEAR})` +
    `|(?<m2>${MONTH_SOURCE}) (?<d2>${DAY})(?:,? (?<y2>${YEAR}))?` +
    `)|(?<![\\d-])(?<iy>(?:1[89]|20)\\d\\d)-(?<im>[01]\\d)(?:-(?<id>[0-3]\\d))?(?![\\d-])`,
  'gu'
)

/** A month on its own, where the words around it make it a date ("in June", "the end of June", "mid-June"). */
const MONTH_ONLY = new RegExp(
  `(?:(?<mod>(?:the )?(?:end|beginning|start|middle|first half|second half) of |(?:early|mid|late)[- ])` +
    `|(?<=(?:^|[^\\p{L}])(?:in|In|since|Since|until|Until|by|By|during|During|from|From|through|throughout|last|next|of|before|after|Before|After) ))` +
    `(?<m>January|February|March|April|May|June|July|August|September|October|November|December)(?![\\p{L}]|,? \\d)`,
  'gu'
)

/** A bare year in a date-like position: after a preposition or determiner, or in a year range. */
const BARE_YEAR = new RegExp(`(?<![\\p{L}\\d,.$£€#/:-])(?<y>${YEAR})(?![\\p{L}%]|[.,]\\d|/)`, 'gu')
const YEAR_BEFORE = /(?:^|[^\p{L}])(?:in|since|until|till|by|of|from|during|before|after|between|and|or|to|through|early|late|mid|the|a|an|its|his|her|their|this|that|In|Since|By|From|Until|During|Before|After|Between|The|A|An)[ -]$|[(–-]$/u
/** Words after a four-digit figure that make it a count or a code, not a year. */
const YEAR_AFTER_COUNT = /^ (?:(?:[\p{L}-]+ ){0,2}(?:people|persons|civilians|fighters|militants|troops|soldiers|men|women|children|families|residents|refugees|vehicles|homes|houses|km|kilometres|kilometers|miles|metres|meters|tonnes|tons|hectares|dollars|euros|members|votes|words|pages))(?![\p{L}])|^(?:-year|\s?%| per ?cent)/iu

/** A weekday name; the word before it (checked in code, cheaper than a leading group) makes it a date. */
const WEEKDAY_ALONE = new RegExp(`(?<![\\p{L}])(?<wd>${WEEKDAY})(?:'s|’s)?(?<after> (?:morning|afternoon|evening|night))?(?![\\p{L}])`, 'gu')
const WEEKDAY_LEAD = /(?:^|[^\p{L}])(on|On|since|Since|until|Until|by|By|from|From|last|Last|next|Next|this|This|late|early|Late|Early|or|and|till|before|after|said|says|told|announced|reported|confirmed|added) $/u

const RELATIVE = pattern(
  `(?<![\\p{L}])(?:(?<day>yesterday|tomorrow|the day before yesterday|last night)` +
    `|(?<rel>last|next|this past|earlier this|later this|past) (?<unit>week|month|year|weekend)` +
    `|(?<agoUnit>days?|weeks?|months?|years?) ago)(?![\\p{L}])`,
  'giu'
)
/** The count before "… days ago", read backwards from the unit. */
const AGO_COUNT = /(?:^|[^\p{L}\d])(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) $/iu

const SEASON = new RegExp(
  `(?<![\\p{L}])(?:(?<rel>last|this|next|early|late|Last|This|Next|Early|Late) )?(?:the )?(?<season>spring|summer|autumn|winter|fall)(?:,? (?:of )?(?<y>${YEAR}))?(?![\\p{L}])`,
  'gu'
)
/** EDTF season codes (ISO 8601-2): spring 21, summer 22, autumn 23, winter 24. */
const SEASON_CODE: Record<string, number> = { spring: 21, summer: 22, autumn: 23, fall: 23, winter: 24 }

/** Words before a relative date that point forward in time ("will meet on Tuesday"). */
const FUTURE_CUE = /\b(will|shall|due to|scheduled|planned|plans to|expected to|is to|are to|is set to|are set to)\b[^.!?]{0,40}$/i

function value(iso: string, granularity: DateValue['granularity'], text: string): DateValue {
  return { iso, granularity, calendar: 'gregorian', text }
}

function dateCandidate(text: string, start: number, end: number, v: Omit<DateValue, 'text'>): DateCandidate {
  return { kind: 'date', start, end, value: { ...v, text: text.slice(start, end) } }
}

function absolute(m: RegExpMatchArray): Omit<DateValue, 'text'> | null {
  const g = m.groups ?? {}
  if (g.iy) {
    const y = Number(g.iy)
    const mo = Number(g.im)
    if (mo < 1 || mo > 12) return null
    if (!g.id) return value(formatMonth(y, mo), 'month', '')
    const d = Number(g.id)
    return isValidDay(y, mo, d) ? value(formatDay({ y, m: mo, d }), 'day', '') : null
  }
  const mo = monthNumber(g.m1 ?? g.m2 ?? g.m3 ?? '')
  if (!mo) return null
  if (g.m3) return value(formatMonth(Number(g.y3), mo), 'month', '')
  const d = Number(/\d+/.exec(g.d1 ?? g.d2 ?? '')?.[0])
  const yText = g.y1 ?? g.y2
  if (!isValidDay(yText ? Number(yText) : 2000, mo, d)) return null
  return yText ? value(formatDay({ y: Number(yText), m: mo, d }), 'day', '') : value(formatMonthDay(mo, d), 'day', '')
}

/** The latest month `mo` not after the publication month, or the next one when the text looks ahead. */
function resolveMonth(mo: number, pub: Ymd, future: boolean): string {
  let y = pub.y
  if (!future && mo > pub.m) y--
  if (future && mo < pub.m) y++
  return formatMonth(y, mo)
}

function resolveWeekday(target: number, pub: Ymd, future: boolean, last: boolean): Ymd {
  const today = isoWeekday(pub)
  if (future) return addDays(pub, (target - today + 7) % 7 || 7)
  const back = (today - target + 7) % 7
  return addDays(pub, -(back === 0 && last ? 7 : back))
}

function relative(m: RegExpMatchArray, pub: Ymd | null, n: number | null): Omit<DateValue, 'text'> | null {
  const g = m.groups ?? {}
  if (g.day) {
    const w = g.day.toLowerCase()
    const shift = w === 'tomorrow' ? 1 : w === 'the day before yesterday' ? -2 : -1
    if (!pub) return value(`relative:${shift < 0 ? '-' : ''}P${Math.abs(shift)}D`, 'relative', '')
    return value(formatDay(addDays(pub, shift)), 'day', '')
  }
  if (g.unit) {
    const unit = g.unit.toLowerCase()
    const rel = (g.rel ?? '').toLowerCase()
    const step = rel === 'next' ? 1 : rel === 'last' || rel === 'this past' || rel === 'past' ? -1 : 0
    const code = unit === 'month' ? 'M' : unit === 'year' ? 'Y' : 'W'
    if (!pub) return value(`relative:${step < 0 ? '-' : ''}P${Math.abs(step)}${code}`, 'relative', '')
    if (unit === 'year') return value(String(pub.y + step), 'year', '')
    if (unit === 'month') {
      const index = pub.y * 12 + pub.m - 1 + step
      return value(formatMonth(Math.floor(index / 12), (index % 12) + 1), 'month', '')
    }
    return value(formatIsoWeek(addDays(pub, step * 7)), 'relative', '')
  }
  if (n === null || !g.agoUnit) return null
  const unit = g.agoUnit.toLowerCase().replace(/s$/, '')
  const code = unit === 'day' ? 'D' : unit === 'week' ? 'W' : unit === 'month' ? 'M' : 'Y'
  if (!pub) return value(`relative:-P${n}${code}`, 'relative', '')
  if (unit === 'day') return value(formatDay(addDays(pub, -n)), 'day', '')
  if (unit === 'week') return value(formatDay(addDays(pub, -7 * n)), 'relative', '')
  if (unit === 'month') {
    const index = pub.y * 12 + pub.m - 1 - n
    return value(formatMonth(Math.floor(index / 12), (index % 12) + 1), 'month', '')
  }
  return value(String(pub.y - n), 'year', '')
}

/** Date suggestions in `text` (digits already ASCII); `pub` resolves relative dates. */
export function findDates(text: string, pub: Ymd | null): DateCandidate[] {
  const out: DateCandidate[] = [...findHijriDates(text)]
  for (const m of matchesOf(ABSOLUTE, text)) {
    const v = absolute(m)
    if (v) out.push(dateCandidate(text, m.index, m.index + m[0].length, v))
  }
  for (const m of matchesOf(MONTH_ONLY, text)) {
    const mo = monthNumber(m.groups?.m ?? '')
    const before = text.slice(Math.max(0, m.index - 60), m.index)
    const future = FUTURE_CUE.test(before)
    const iso = pub ? resolveMonth(mo, pub, future) : `--${String(mo).padStart(2, '0')}`
    out.push(dateCandidate(text, m.index, m.index + m[0].length, value(iso, 'month', '')))
  }
  for (const m of matchesOf(BARE_YEAR, text)) {
    const before = text.slice(Math.max(0, m.index - 12), m.index)
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40)
    const startOfLine = m.index === 0 || text[m.index - 1] === '\n'
    if (!(YEAR_BEFORE.test(before) || startOfLine) || YEAR_AFTER_COUNT.test(after)) continue
    out.push(dateCandidate(text, m.index, m.index + m[0].length, value(m[0], 'year', '')))
  }
  for (const m of matchesOf(WEEKDAY_ALONE, text)) {
    const g = m.groups ?? {}
    const before = WEEKDAY_LEAD.exec(text.slice(Math.max(0, m.index - 11), m.index))
    if (!before && !g.after) continue
    const start = m.index
    const end = start + (g.wd?.length ?? 0)
    const target = WEEKDAYS.indexOf((g.wd ?? '').toLowerCase()) + 1
    const lead = (before?.[1] ?? '').toLowerCase()
    if (!pub) {
      out.push(dateCandidate(text, start, end, value(`weekday:${target}`, 'weekday', '')))
      continue
    }
    const future = lead === 'next' || FUTURE_CUE.test(text.slice(Math.max(0, start - 60), start))
    const day = resolveWeekday(target, pub, future, lead === 'last')
    out.push(dateCandidate(text, start, end, value(formatDay(day), 'day', '')))
  }
  for (const m of matchesOf(RELATIVE, text)) {
    let start = m.index
    let n: number | null = null
    if (m.groups?.agoUnit) {
      const count = AGO_COUNT.exec(text.slice(Math.max(0, start - 10), start))
      if (!count) continue
      n = /^an?$/i.test(count[1] ?? '') ? 1 : parseNumber(count[1] ?? '')
      start -= (count[1] ?? '').length + 1
    }
    const v = relative(m, pub, n)
    if (v) out.push(dateCandidate(text, start, m.index + m[0].length, v))
  }
  for (const m of matchesOf(SEASON, text)) {
    const g = m.groups ?? {}
    const season = (g.season ?? '').toLowerCase()
    const rel = (g.rel ?? '').toLowerCase()
    if (!g.y && !['last', 'this', 'next'].includes(rel)) continue
    if (season === 'fall' && !g.y) continue
    const code = SEASON_CODE[season] ?? 22
    let y = g.y ? Number(g.y) : null
    if (y === null && pub) {
      const seasonEnd = code === 21 ? 5 : code === 22 ? 8 : code === 23 ? 11 : 2
      y = rel === 'last' ? (pub.m > seasonEnd && code !== 24 ? pub.y : pub.y - 1) : rel === 'next' ? pub.y + 1 : pub.y
    }
    out.push(dateCandidate(text, m.index, m.index + m[0].length, value(y === null ? `season:${season}` : `${y}-${code}`, 'season', '')))
  }
  return out
}
