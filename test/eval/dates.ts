/**
 * Dates on TimeML: which TIMEX3 are date claims, how an ISO value is compared with TimeML's, and
 * chrono-node's dates mapped to ISO so that it can be scored beside ours with the same matcher.
 *
 * Gold: TIMEX3 of type DATE or TIME inside <TEXT>, except the values PRESENT_REF, PAST_REF and
 * FUTURE_REF ("now", "recently": nothing to check). DURATION and SET are not date claims, and a
 * suggestion on one (or on a *_REF) counts neither way. The DCT is the publication date.
 */
import * as chrono from 'chrono-node'
import { suggestClaims } from '@core/extract'
import { scoreSpanGold, type Span, type SpanGold, type SpanScore } from './score'
import type { Timex, TimemlDoc } from './timeml'

/** A date found in a text, by us or by chrono-node, with its ISO value. */
export interface FoundDate extends Span {
  iso: string
  text: string
}

const REF_VALUES = new Set(['PRESENT_REF', 'PAST_REF', 'FUTURE_REF'])

/** A TIMEX3 a journalist can check as a date: DATE or TIME with a value that names a time. */
export function isDateClaim(t: Pick<Timex, 'type' | 'value'>): boolean {
  return (t.type === 'DATE' || t.type === 'TIME') && !REF_VALUES.has(t.value)
}

/** EDTF (ISO 8601-2) sub-year codes and the TimeML letters for the same parts of a year. */
const SUB_YEAR: Record<string, string> = {
  '21': 'SP',
  '22': 'SU',
  '23': 'FA',
  '24': 'WI',
  '33': 'Q1',
  '34': 'Q2',
  '35': 'Q3',
  '36': 'Q4',
  '40': 'H1',
  '41': 'H2'
}

/**
 * The one normalisation applied to both sides before ISO values are compared. Each rule turns
 * one way of writing a date into the other, never a coarser date into a finer one:
 * - EDTF season, quarter and half-year codes (`1998-22`, `1998-33`, `1998-40`) are TimeML's
 *   letters (`1998-SU`, `1998-Q1`, `1998-H1`): ISO 8601-2 numbers what TimeML spells.
 * - An unstated year: our truncated `--07-29` / `--07` is TimeML's `XXXX-07-29` / `XXXX-07`.
 * - Our unresolved weekday `weekday:5` is TimeML's `XXXX-WXX-5` (a Friday of no known week).
 * - Unspecified digits: EDTF writes them `X` or (older drafts) `u`, TimeML drops them for a
 *   decade or century (`199` = the 1990s, `19` = the 1900s): `199X`, `199u`, `19XX` → `199`, `19`.
 * - Zero seconds are dropped (`T14:00:00` = `T14:00`), and a one-digit week is padded (`W2` = `W02`).
 */
export function normalizeIso(value: string): string {
  let v = value.trim()
  const sub = /^(\d{4}|XXXX)-(\d{2})$/.exec(v)
  if (sub && SUB_YEAR[sub[2] as string]) return `${sub[1]}-${SUB_YEAR[sub[2] as string]}`
  if (/^--\d{2}(-\d{2})?$/.test(v)) return `XXXX${v.slice(1)}`
  const wd = /^weekday:([1-7])$/.exec(v)
  if (wd) return `XXXX-WXX-${wd[1]}`
  const unspecified = /^(\d{2,3})[Xu]+$/i.exec(v)
  if (unspecified) return unspecified[1] as string
  v = v.replace(/(T\d{2}:\d{2}):00$/, '$1')
  v = v.replace(/-W(\d)(?!\d)/, '-W0$1')
  return v
}

/** Whether two ISO values name the same date after normalizeIso. */
export function sameDate(a: string, b: string): boolean {
  return normalizeIso(a) === normalizeIso(b)
}

/** Our date suggestions on a TimeML text, with its DCT as the publication date. */
export function ourDates(doc: Pick<TimemlDoc, 'text' | 'dct'>): FoundDate[] {
  const out: FoundDate[] = []
  for (const c of suggestClaims({ text: doc.text, ...(doc.dct ? { publishedAt: doc.dct } : {}) })) {
    if (c.kind === 'date')
      out.push({ start: c.anchor.start, end: c.anchor.end, iso: c.value.iso, text: c.anchor.exact })
  }
  return out
}

export type ChronoMode = 'casual' | 'strict'

const pad = (n: number, w = 2) => String(n).padStart(w, '0')

/**
 * chrono-node's reading at the granularity its certain components support: a time when the hour
 * is certain, a day when the day or the weekday is (chrono resolves "Friday" to a day against the
 * reference, as TimeML does), else a month, else a year. Coarser parts chrono implied from the
 * reference date are kept, as TimeML resolves against the DCT too.
 */
export function chronoIso(c: chrono.ParsedComponents): string {
  const y = c.get('year') ?? 0
  const day = `${pad(y, 4)}-${pad(c.get('month') ?? 1)}-${pad(c.get('day') ?? 1)}`
  if (c.isCertain('hour')) return `${day}T${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}`
  if (c.isCertain('day') || c.isCertain('weekday')) return day
  if (c.isCertain('month')) return `${pad(y, 4)}-${pad(c.get('month') ?? 1)}`
  if (c.isCertain('year')) return pad(y, 4)
  return day
}

/** chrono-node's dates on a text, the DCT (local noon, as chrono reads local time) as reference. */
export function chronoDates(doc: Pick<TimemlDoc, 'text' | 'dct'>, mode: ChronoMode): FoundDate[] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(doc.dct ?? '')
  const ref = m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12) : undefined
  const parser = mode === 'casual' ? chrono.casual : chrono.strict
  return parser
    .parse(doc.text, ref)
    .map((r) => ({ start: r.index, end: r.index + r.text.length, iso: chronoIso(r.start), text: r.text }))
}

/** A TimeML document's date gold and the spans that count neither way. */
export function dateGold(doc: Pick<TimemlDoc, 'timexes'>): { gold: Array<SpanGold<string>>; ignore: Span[] } {
  const gold: Array<SpanGold<string>> = []
  const ignore: Span[] = []
  for (const t of doc.timexes) {
    if (isDateClaim(t))
      gold.push({
        spans: [{ start: t.start, end: t.end }],
        required: true,
        value: t.value,
        label: `${t.text} [${t.value}]`
      })
    else ignore.push({ start: t.start, end: t.end })
  }
  return { gold, ignore }
}

/** Scores one system's dates on one TimeML document. */
export function scoreDates(doc: Pick<TimemlDoc, 'timexes'>, found: readonly FoundDate[]): SpanScore<FoundDate, string> {
  const { gold, ignore } = dateGold(doc)
  return scoreSpanGold('date', gold, found, ignore, (s, want) => sameDate(s.iso, want))
}
