/**
 * Relative days inside a dated statement. A paper of Wednesday that writes "أفادت مصادر أمنية أمس
 * الثلاثاء …" and then, in the sources' words, "… الليلة الماضية" prints the sources' "last night":
 * the night before their Tuesday statement, Monday night. Read against the paper's day it would be
 * Tuesday night, after the statement that reports it. So a relative day word ("الليلة الماضية",
 * "اليوم", "أمس") in a sentence attributed to a speaker whose statement the article dates before
 * its publication is read against the statement's day whenever, read against the publication day,
 * it would fall after the statement: what a statement reports happened no later than it was made.
 * A relative day that falls on or before the statement's day ("انفجرت امس" in the same report)
 * is kept: papers rewrite the wire's "today" into their own "yesterday".
 * Arabic copy only, where the dated statement ("أعلن X أمس", "أفادت مصادر … أمس الثلاثاء") is the
 * usual lead of a next-day report.
 */
import { ARABIC_CALENDAR, foldArabic } from '@core/text'
import { addDays, formatDay, parseYmd, toJdn, type Ymd } from './calendar'
import type { Candidate, Unit } from './spans'

type DateCandidate = Extract<Candidate, { kind: 'date' }>
type AttributionCandidate = Extract<Candidate, { kind: 'attribution' }>

/** How far after a speaker (UTF-16 units of spaces and commas) a date still dates the statement: "مصادر أمنية عراقية أمس الثلاثاء". */
const STATEMENT_DATE_GAP = 3

/** The Arabic relative day words of the calendar table, folded: only these move with a statement. */
const DAY_WORDS = Object.keys(ARABIC_CALENDAR.days).map((w) => foldArabic(w))
const WEEKDAYS = ARABIC_CALENDAR.weekdays.flat().map((w) => foldArabic(w).replace(/^ال/, ''))

/** Whether a date is written as a relative day only ("الليلة الماضية", "امس"), with no weekday or figure to pin it. */
function relativeDayOnly(text: string): boolean {
  if (/\d/.test(text)) return false
  const f = foldArabic(text)
  if (WEEKDAYS.some((w) => f.includes(w))) return false
  return DAY_WORDS.some((w) => f.includes(w)) || /الليله (?:قبل )?الماضيه/.test(f)
}

const dayOf = (iso: string): Ymd | null => (/^\d{4}-\d\d-\d\d$/.test(iso) ? parseYmd(iso) : null)

/**
 * Re-reads, in place, the relative days of `dates` that sit in a sentence (`units`) attributed to
 * a speaker whose statement `text` dates before `pub` (see the module comment). `attributions` in
 * text order, with their resolved speakers.
 */
export function resolveStatementDays(
  text: string,
  units: readonly Unit[],
  dates: DateCandidate[],
  attributions: readonly AttributionCandidate[],
  pub: Ymd | null
): void {
  if (!pub || attributions.length === 0 || !/[\u0600-\u06FF]/.test(text)) return
  const pubDay = toJdn(pub)
  const byStart = [...dates].sort((a, b) => a.start - b.start)
  /** the day each speaker's statement is dated, as the article says it */
  const statementDay = new Map<string, Ymd>()
  const statementDates = new Set<DateCandidate>()
  const unitOf = (at: number) => units.find((u) => u.start <= at && at < u.end)
  for (const a of attributions) {
    const d = byStart.find(
      (x) => x.start >= a.end && x.start - a.end <= STATEMENT_DATE_GAP && /^[\s,،]*$/.test(text.slice(a.end, x.start))
    )
    const day = d && d.value.granularity === 'day' ? dayOf(d.value.iso) : null
    if (d && day && toJdn(day) < pubDay) {
      statementDay.set(a.value.speaker, day)
      statementDates.add(d)
    }
  }
  if (statementDay.size === 0) return
  for (const d of byStart) {
    if (
      statementDates.has(d) ||
      d.value.granularity !== 'day' ||
      d.value.relativeTo !== formatDay(pub) ||
      !relativeDayOnly(text.slice(d.start, d.end))
    )
      continue
    const unit = unitOf(d.start)
    if (!unit) continue
    // the speaker of the sentence: its last attribution before the date
    const own = attributions.filter((a) => a.start >= unit.start && a.start < d.start).at(-1)
    const said = own ? statementDay.get(own.value.speaker) : undefined
    const day = dayOf(d.value.iso)
    if (!said || !day) continue
    const after = toJdn(day) > toJdn(said) || (toJdn(day) === toJdn(said) && d.value.partOfDay === 'night')
    if (!after) continue
    const moved = addDays(day, toJdn(said) - pubDay)
    d.value.iso = formatDay(moved)
    d.value.relativeTo = formatDay(said)
  }
}
