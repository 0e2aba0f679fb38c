/**
 * How a claim's value reads for people: the one place every report (and the app) turns the
 * per-kind value of a Claim into words ("12 killed", "29 July (year not stated)", "about 400 km").
 * Plain text out; each report escapes it for its own language. English wording, deterministic
 * (no locale or ICU lookups, so the same value always reads the same on every machine).
 */
import {
  OUTCOME_WORDS,
  unhandledKind,
  type AttributionValue,
  type CasualtyValue,
  type Claim,
  type ClaimKind,
  type ClaimStatus,
  type DateValue,
  type QuantityValue
} from '@core/model'
import { MONTH_NAMES as MONTHS, WEEKDAY_NAMES as WEEKDAYS, readDateValueIso } from '@core/text'

/** ISO 8601-2 sub-year codes: seasons 21–24, quarters 33–36, halves 40–41. */
const SUB_YEAR: Record<number, string> = {
  21: 'spring',
  22: 'summer',
  23: 'autumn',
  24: 'winter',
  33: 'Q1',
  34: 'Q2',
  35: 'Q3',
  36: 'Q4',
  40: 'first half of',
  41: 'second half of'
}
const MODS: Record<NonNullable<DateValue['mod']>, string> = { start: 'early', mid: 'mid', end: 'late', approx: 'about' }

/** Singular and plural headings for the kinds, in the order reports list them. */
export const kindLabels: Record<ClaimKind, { one: string; many: string }> = {
  casualty: { one: 'Casualty', many: 'Casualties' },
  date: { one: 'Date', many: 'Dates' },
  attribution: { one: 'Attribution', many: 'Attributions' },
  quantity: { one: 'Quantity', many: 'Quantities' },
  other: { one: 'Other', many: 'Other claims' }
}

export const statusLabels: Record<ClaimStatus, string> = {
  unreviewed: 'Unreviewed',
  confirmed: 'Confirmed',
  disputed: 'Disputed',
  rejected: 'Rejected'
}

/** 1500 → "1,500"; 2.5 → "2.5". Grouping by hand keeps the output independent of the runtime's locale data. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n)
  const negative = n < 0
  const [whole = '0', fraction] = String(Math.abs(n)).split('.')
  if (/e/i.test(whole)) return String(n) // very large or small: leave JavaScript's form alone
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return (negative ? '-' : '') + grouped + (fraction ? '.' + fraction : '')
}

/** A count or range: "12", "at least 20", "up to 30", "12 to 15". Empty when neither bound is known. */
function formatRange(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined)
    return min === max ? formatNumber(min) : `${formatNumber(min)} to ${formatNumber(max)}`
  if (min !== undefined) return `at least ${formatNumber(min)}`
  if (max !== undefined) return `up to ${formatNumber(max)}`
  return ''
}

function formatCasualty(v: CasualtyValue): string {
  const count = formatRange(v.min, v.max) || v.vague?.trim() || 'an unstated number'
  const who = v.who?.trim() ? ` (${v.who.trim()})` : ''
  return `${count} ${OUTCOME_WORDS[v.outcome]}${who}`
}

/**
 * The ISO forms a date claim may hold: `2016-08-14`, `2016-08-14T22:00`, `T22:00`, `2014-06`,
 * `2014`, `--07-29`, `--06` (year not stated), `2016-W32`, `1989-35` (quarter, half or season:
 * ISO 8601-2 codes), `199` (a decade), `19` (a century), and `weekday:4` (ISO weekday of an
 * unknown week); then early/mid/late/about and the part of the day. Anything else, and every
 * Hijri date, is shown as written.
 */
function formatDate(v: DateValue): string {
  const written = v.text.trim()
  if (v.calendar === 'hijri') return `${written || v.iso} (Hijri calendar)`
  const base = formatIso(v.iso.trim())
  if (!base) return written || v.iso
  const mod = v.mod ? `${MODS[v.mod]} ` : ''
  return `${mod}${base}${v.partOfDay ? ` (${v.partOfDay})` : ''}`
}

/** An ISO value's words (core/text reads its parts); null for a form it cannot write, such as month 13. */
function formatIso(iso: string): string | null {
  const p = readDateValueIso(iso)
  if (!p) return null
  const year = 'year' in p ? String(p.year).padStart(4, '0') : ''
  const month = 'month' in p ? MONTHS[p.month - 1] : undefined
  switch (p.form) {
    case 'day':
      if (!month) return null
      return p.time ? `${p.time}, ${p.day} ${month} ${year}` : `${p.day} ${month} ${year}`
    case 'time':
      return `${p.time} (day not stated)`
    case 'month':
      return `${month} ${year}`
    case 'code':
      return SUB_YEAR[p.code] ? `${SUB_YEAR[p.code]} ${year}` : null
    case 'week':
      return `week ${p.week} of ${year}`
    case 'year':
      return year
    case 'decade':
      return `the ${iso}0s`
    case 'century':
      return `the ${iso}00s`
    case 'monthDay':
      return month ? `${p.day} ${month} (year not stated)` : null
    case 'monthAlone':
      return month ? `${month} (year not stated)` : null
    case 'weekday':
      return `${WEEKDAYS[p.weekday - 1]} (week not stated)`
  }
}

/** "Saad Maan (Interior Ministry spokesman), told Diyaruna"; "Joint Operations Command said"; then the quote when given. */
function formatAttribution(v: AttributionValue): string {
  let out = v.speaker.trim() || 'unnamed source'
  const role = v.role?.trim()
  if (role) out += ` (${role})`
  const verb = v.verb?.trim()
  const via = v.via?.trim()
  // "according to" leads the source it introduces: "according to the United Nations".
  if (verb && /^according to$/i.test(verb)) out = `according to ${out}${via ? `, via ${via}` : ''}`
  else {
    const said = verb ? `${verb}${via ? ' ' + via : ''}` : via ? `via ${via}` : ''
    if (said) out += `${role ? ',' : ''} ${said}`
  }
  if (v.quote?.trim()) out += `: “${v.quote.trim()}”`
  return out
}

/**
 * Words before a number that make it an estimate ("some 500 km", "about 400 kilometres"). The
 * quantity value holds no such flag, so the quote decides whether the amount is shown as "about".
 */
const APPROXIMATELY =
  /\b(?:about|around|some|approximately|roughly|nearly|almost|an estimated|estimated|circa|ca\.)\s+[\d٠-٩]/i

/** The words of a bound before a figure, kept as the article wrote them ("over 1,500", "fewer than 20"). */
const LOWER_BOUND = /\b(over|more than|above|in excess of|upwards of|at least|no fewer than|no less than)\s+[\d٠-٩]/i
const UPPER_BOUND = /\b(under|less than|fewer than|below|up to|at most|no more than)\s+[\d٠-٩]/i

/** An amount that is also one bound of the value ("over 1,500": amount and min 1,500) reads as that bound. */
function boundWords(v: QuantityValue, quote: string): string | null {
  if (v.amount === undefined) return null
  if (v.min === v.amount && v.max === undefined) return (LOWER_BOUND.exec(quote)?.[1] ?? 'at least').toLowerCase()
  if (v.max === v.amount && v.min === undefined) return (UPPER_BOUND.exec(quote)?.[1] ?? 'up to').toLowerCase()
  return null
}

function formatQuantity(v: QuantityValue, quote: string): string {
  let amount = ''
  const bound = boundWords(v, quote)
  if (v.amount !== undefined)
    amount = (bound ? `${bound} ` : APPROXIMATELY.test(quote) ? 'about ' : '') + formatNumber(v.amount)
  else amount = formatRange(v.min, v.max)
  const unit = v.unit?.trim() ?? ''
  const what = v.what?.trim() ?? ''
  // "1,500 IS fighters", not "1,500 fighters (IS fighters)": what is counted already names the unit
  if (amount && unit && what.toLowerCase().endsWith(unit.toLowerCase())) return `${amount} ${what}`
  const main = amount
    ? [amount, unit].filter(Boolean).join(' ')
    : v.vague?.trim()
      ? [v.vague.trim(), unit ? `of ${unit}` : ''].filter(Boolean).join(' ')
      : unit
        ? `an unstated number of ${unit}`
        : 'an unstated amount'
  return what ? `${main} (${what})` : main
}

/** A claim's value in words for people; empty only for an "other" claim without text. */
export function formatValue(claim: Claim): string {
  switch (claim.kind) {
    case 'casualty':
      return formatCasualty(claim.value)
    case 'date':
      return formatDate(claim.value)
    case 'attribution':
      return formatAttribution(claim.value)
    case 'quantity':
      return formatQuantity(claim.value, claim.anchor.exact)
    case 'other':
      return claim.value.text?.trim() ?? ''
    default:
      return unhandledKind(claim)
  }
}

/** An article's publication date for people ("15 August 2016"), or '' when unknown. */
export function formatPublished(publishedAt: string | undefined): string {
  if (!publishedAt) return ''
  // the day of a timestamp ("2016-08-15T10:00:00Z") reads as a day claim's value does
  const day = publishedAt.slice(0, 10)
  return (readDateValueIso(day)?.form === 'day' && formatIso(day)) || publishedAt
}

/** A generation time for people: "2024-05-01 09:30 UTC" from an ISO timestamp (shown as given when not ISO). */
export function formatTimestamp(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::[\d.]+)?Z$/.exec(iso)
  return m ? `${m[1]} ${m[2]} UTC` : iso
}
