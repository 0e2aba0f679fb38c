/**
 * The values date rules produce, and the one pass that gives a date its time from an earlier one:
 * "a year earlier", "the year-ago quarter", "the same period last year" (بنفس الفترة من العام
 * الماضي) mean the period the text last reported on, a year back; "that year", "the following
 * year", "the same day" (في نفس اليوم) the last year or day it named. News compares periods this
 * way ("net income rose to $5 million from $3 million a year earlier" is the same quarter of the
 * year before), so the reference is the last quarter, half or month mentioned (for a year or a
 * day: the last date naming one); with none, the publication date, or for a day nothing.
 */
import type { DateMod, DateValue } from '@core/model'
import { readDateValueIso } from '@core/text'
import { addDays, formatDay, formatHalf, formatQuarter, parseYmd, type Ymd } from './calendar'
import { spellOutClasses } from './pattern'
import { matchesOf, type Candidate } from './spans'

export type DateCandidate = Extract<Candidate, { kind: 'date' }>
export type Reading = Omit<DateValue, 'text'>

/** What an anaphoric date needs from the period before it: shifted by `years` (and `days`). */
export interface Focus {
  /** `period`: the last quarter or half reported on (else the year); `year`: the last year named; `day`: the last day named */
  to: 'period' | 'year' | 'day'
  years: number
  days?: number
  /** the year to put in place of the reference's ("the 1988 period") */
  year?: number
}

/** A date suggestion; `focus` marks one whose value waits for resolveDateAnaphora (its value is the fallback). */
export type DateFinding = DateCandidate & { focus?: Focus }

export function reading(iso: string, granularity: Reading['granularity']): Reading {
  return { iso, granularity, calendar: 'gregorian' }
}

/** The reading, noting that the publication date supplied part of it. */
export function withPub(v: Reading, pub: Ymd): Reading {
  return { ...v, relativeTo: formatDay(pub) }
}

export function dateCandidate(text: string, start: number, end: number, v: Reading, focus?: Focus): DateFinding {
  const c: DateFinding = { kind: 'date', start, end, value: { ...v, text: text.slice(start, end) } }
  if (focus) c.focus = focus
  return c
}

/** early/mid/late (and their Arabic words, "the end of", "the beginning of") as a DateValue mod. */
export function modOf(word: string): DateMod | undefined {
  const w = word.toLowerCase()
  if (/early|beginning|start|first half|مطلع|بداي|أوائل|اوائل/.test(w)) return 'start'
  if (/mid|middle|منتصف/.test(w)) return 'mid'
  if (/late|end|second half|نهاي|أواخر|اواخر/.test(w)) return 'end'
  return undefined
}

/** The parts of an ISO value this pass can shift: a year, and a quarter/half code, a month or a day. */
function shiftIso(iso: string, years: number, days: number): string | null {
  const p = readDateValueIso(iso)
  if (p?.form === 'day') return p.time ? null : formatDay(addDays({ y: p.year + years, m: p.month, d: p.day }, days))
  if (days !== 0 || !(p?.form === 'year' || p?.form === 'month' || p?.form === 'code' || p?.form === 'week'))
    return null
  // the year moves; the month, code or week after it ("-07", "-34", "-W32") stays as written
  return `${String(p.year + years).padStart(4, '0')}${iso.slice(4)}`
}

const PERIODS = new Set(['quarter', 'half', 'month'])

/** Whether the quarter, half or month `iso` ended before the publication date `pub` (YYYY-MM-DD); true when unknown. */
function ended(iso: string, pub: string | undefined): boolean {
  const v = readDateValueIso(iso)
  const p = parseYmd(pub)
  if (!p || (v?.form !== 'month' && v?.form !== 'code')) return true
  const code = v.form === 'month' ? v.month : v.code
  const lastMonth =
    code <= 12 ? code : code >= 33 && code <= 36 ? (code - 32) * 3 : code === 40 ? 6 : code === 41 ? 12 : 12
  return v.year * 12 + lastMonth < p.y * 12 + p.m
}
const YEAR_BEARING = /^\d{4}/

/**
 * Resolves the anaphoric dates among `dates` (one article's suggestions, any order) against the
 * dates before them; a day anaphor with nothing to refer to is dropped. Returns the kept dates.
 */
export function resolveDateAnaphora<T extends DateFinding>(dates: T[]): T[] {
  const sorted = [...dates].sort((a, b) => a.start - b.start)
  let period: DateCandidate | null = null
  let year: DateCandidate | null = null
  let day: DateCandidate | null = null
  const kept: T[] = []
  for (const c of sorted) {
    const f = c.focus
    if (f) {
      delete c.focus
      const ref = f.to === 'period' ? (period ?? null) : f.to === 'year' ? year : day
      const years = f.year !== undefined && ref ? f.year - Number(ref.value.iso.slice(0, 4)) : f.years
      const shifted = ref ? shiftIso(ref.value.iso, years, f.days ?? 0) : null
      if (shifted && ref) {
        c.value = { ...c.value, iso: shifted, granularity: ref.value.granularity }
        if (ref.value.relativeTo) c.value.relativeTo = ref.value.relativeTo
        else delete c.value.relativeTo
        if (f.to === 'year' && ref.value.granularity !== 'year') {
          c.value.iso = shifted.slice(0, 4)
          c.value.granularity = 'year'
        }
      } else if (f.to === 'day') continue
      kept.push(c)
      continue
    }
    kept.push(c)
    const g = c.value.granularity
    if (!YEAR_BEARING.test(c.value.iso)) continue
    // a reporting period is one that is over: "fourth-quarter charges" expected in November report on no period
    // and a month by its name: "the earthquake last month" is no period the figures are for
    if (PERIODS.has(g) && ended(c.value.iso, c.value.relativeTo) && !(g === 'month' && /month|شهر/i.test(c.value.text)))
      period = c
    year = c
    if (g === 'day' || g === 'time') day = c
  }
  return kept
}

export { formatHalf, formatQuarter }

const NONE: Iterable<never> = []
/**
 * The matches of `re` in `text` when the cheap `key` occurs in it. Each rule's pattern opens with
 * optional words and a look-behind, which the regex engine tries at every position of the
 * sentence; a key word ("quarter", "ago") first spares that scan on the sentences that lack it.
 */
export function matchesWhere(key: RegExp, re: RegExp, text: string): Iterable<RegExpExecArray & { index: number }> {
  return key.test(text) ? matchesOf(re, text) : NONE
}

/**
 * A case-insensitive rule pattern, compiled the cheap way pattern.ts describes (letter classes
 * spelled out, no `u`): with `iu`, V8 folds case over every alternative on the first call, which
 * for the date rules cost about 40 ms of a journalist's first suggestion.
 */
export function caseless(source: string): RegExp {
  const rewritten = spellOutClasses(source)
  return /\\[pP]\{|\\u\{/.test(rewritten) ? new RegExp(source, 'giu') : new RegExp(rewritten, 'gi')
}
