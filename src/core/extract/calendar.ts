/**
 * Calendar arithmetic on plain dates, in UTC so that no time zone or clock enters core: day
 * shifts, weekdays, ISO weeks and the ISO strings date claims carry (`2016-08-14`, `2016-W32`).
 */

export interface Ymd {
  y: number
  m: number
  d: number
}

/** Reads the date part of an ISO date or date-time ("2016-08-14", "2016-08-14T09:00Z"); null otherwise. */
export function parseYmd(iso: string | undefined): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '')
  if (!m) return null
  const ymd = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) }
  return isValidDay(ymd.y, ymd.m, ymd.d) ? ymd : null
}

export function isValidDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false
  return d <= daysInMonth(y, m)
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate()
}

const DAY_MS = 86_400_000

/** The date `days` after (or before, when negative) `date`. */
export function addDays(date: Ymd, days: number): Ymd {
  const t = new Date(Date.UTC(date.y, date.m - 1, date.d) + days * DAY_MS)
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() }
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function isoWeekday(date: Ymd): number {
  return new Date(Date.UTC(date.y, date.m - 1, date.d)).getUTCDay() || 7
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0')

export function formatDay(date: Ymd): string {
  return `${pad(date.y, 4)}-${pad(date.m)}-${pad(date.d)}`
}

export function formatMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`
}

/** "--07-29": a day of a month in an unstated year (ISO 8601 truncated form). */
export function formatMonthDay(m: number, d: number): string {
  return `--${pad(m)}-${pad(d)}`
}

/** ISO 8601 week of a date ("2016-W32"); the week belongs to the year of its Thursday. */
export function formatIsoWeek(date: Ymd): string {
  const thursday = addDays(date, 4 - isoWeekday(date))
  const jan1 = Date.UTC(thursday.y, 0, 1)
  const week = Math.floor((Date.UTC(thursday.y, thursday.m - 1, thursday.d) - jan1) / DAY_MS / 7) + 1
  return `${pad(thursday.y, 4)}-W${pad(week)}`
}

/** Julian day number of a Gregorian date, and back (Fliegel–Van Flandern). */
export function toJdn(date: Ymd): number {
  return Math.round(Date.UTC(date.y, date.m - 1, date.d) / DAY_MS) + 2440588
}

export function fromJdn(jdn: number): Ymd {
  const t = new Date((jdn - 2440588) * DAY_MS)
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() }
}

/** The month `n` months after (before, when negative) month `m` of year `y`. */
export function shiftMonth(y: number, m: number, n: number): { y: number; m: number } {
  const index = y * 12 + m - 1 + n
  return { y: Math.floor(index / 12), m: (index % 12) + 1 }
}

/** The quarter (1–4) a month falls in. */
export function quarterOf(m: number): number {
  return Math.ceil(m / 3)
}

/** ISO 8601-2 sub-year code of a quarter (`1989-35` is the third quarter) or a half (`1989-40` the first half). */
export function formatQuarter(y: number, q: number): string {
  return `${pad(y, 4)}-${32 + q}`
}
export function formatHalf(y: number, h: number): string {
  return `${pad(y, 4)}-${39 + h}`
}

/** Which way a relative date points from the day of writing: back, ahead, or not said (the nearest is meant). */
export type Direction = 'past' | 'future' | null

/**
 * The year of a month (and day) written without one, seen from `pub`: the latest such date not
 * after `pub` when the text looks back, the first not before it when it looks ahead, else the
 * nearest ("Jan. 3" in a December report is next January; a tie keeps the year of writing).
 */
export function yearOf(m: number, d: number | null, pub: Ymd, direction: Direction): number {
  const key = (y: number) => y * 372 + (m - 1) * 31 + (d ?? 1) - 1
  const today = pub.y * 372 + (pub.m - 1) * 31 + (d === null ? 0 : pub.d - 1)
  const years = [pub.y - 1, pub.y, pub.y + 1]
  if (direction === 'past') return years.filter((y) => key(y) <= today).pop() ?? pub.y - 1
  if (direction === 'future') return years.find((y) => key(y) >= today) ?? pub.y + 1
  return years.reduce((best, y) => (Math.abs(key(y) - today) < Math.abs(key(best) - today) ? y : best), pub.y)
}
