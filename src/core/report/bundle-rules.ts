/**
 * What each field of a bundle's records may hold beyond its shape (the model's schemas give the
 * shape): strings of bounded length without broken characters, ids without invisible characters,
 * ISO timestamps, web addresses the app would open, finite numbers in range. Every limit is far
 * above what a real case holds and far below what makes a list, a report or a file name unusable.
 * The tables are typed by the model's records, so a new field does not compile until it has a rule.
 */
import { webAddressProblem } from '@core/url'
import type {
  Article,
  AttributionValue,
  CasualtyValue,
  Case,
  Claim,
  ClaimKind,
  ClaimReview,
  DateValue,
  Link,
  QuantityValue
} from '@core/model'
import { MAX_IMPORT_BYTES } from '@core/source'
import { formatNumber } from './format-value'

/** The bounds a bundle is held to (lengths in UTF-16 code units). */
export const BUNDLE_LIMITS = {
  /** Arrays and objects inside each other: the format itself needs 4. */
  depth: 32,
  /** Arrays and objects in the whole file: a bundle with the most records of every table holds 3.2 million. */
  containers: 5_000_000,
  /** Records per table: a newsroom's library of years is a few thousand articles. */
  records: { cases: 10_000, articles: 100_000, claims: 500_000, links: 500_000 },
  id: 256,
  /** Compare's link ids name both claims ("auto:<claim>:<claim>"). */
  linkId: 2 * 256 + 8,
  /** Case names: the app's own limit is 200. */
  name: 1_000,
  /** Titles, outlets, bylines: shown in every list, report row and file name (the app's form allows 500, 200, 300). */
  title: 2_000,
  outlet: 1_000,
  byline: 2_000,
  lang: 64,
  sourceName: 1_000,
  contentHash: 256,
  /** An article's text: the most an import of a 20 MB file can give. */
  text: MAX_IMPORT_BYTES,
  captions: 1_000,
  caption: 200_000,
  /** A quote's prefix and suffix: the app keeps 32. */
  context: 256,
  note: 1_000_000,
  tags: 200,
  tag: 500,
  /** Short value fields (speaker, role, unit, who …) and the long ones (an attribution's quote, an "other" text). */
  valueField: 2_000,
  longValueField: 100_000,
  dateIso: 64,
  reason: 10_000,
  /** Casualty counts: more than live on Earth is a mistake. */
  count: 10_000_000_000,
  /** Quantities: beyond this JavaScript numbers lose whole units. */
  amount: 1e15
} as const

/** A problem with one field: where inside it (e.g. "[3]" of a list), and what. */
export interface FieldProblem {
  at?: string
  problem: string
}

type Rule<T> = (value: T) => FieldProblem | string | null

// A lone surrogate: half of a character outside the Basic Multilingual Plane, which every report would print as U+FFFD.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
// Controls, and the invisible or direction characters that would make one id read as another.
const INVISIBLE =
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/

const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`

const ANY_SURROGATE = /[\uD800-\uDFFF]/

export function brokenCharacter(s: string): string | null {
  // most text has no character outside the Basic Multilingual Plane: one quick scan settles it
  const m = ANY_SURROGATE.test(s) ? LONE_SURROGATE.exec(s) : null
  return m ? `holds half of a character (a lone surrogate, ${codePoint(m[0])}) at offset ${m.index}` : null
}

function tooLong(s: string, max: number): string | null {
  return s.length > max
    ? `is ${formatNumber(s.length)} characters long; at most ${formatNumber(max)} are allowed`
    : null
}

const text =
  (max: number): Rule<string> =>
  (s) =>
    tooLong(s, max) ?? brokenCharacter(s)

const id =
  (max: number = BUNDLE_LIMITS.id): Rule<string> =>
  (s) => {
    const long = tooLong(s, max)
    if (long) return long
    const m = INVISIBLE.exec(s)
    return m ? `holds an invisible or control character (${codePoint(m[0])}) at offset ${m.index}` : brokenCharacter(s)
  }

const list =
  <T>(max: number, each: Rule<T>): Rule<readonly T[]> =>
  (items) => {
    if (items.length > max)
      return `holds ${formatNumber(items.length)} entries; at most ${formatNumber(max)} are allowed`
    for (let i = 0; i < items.length; i++) {
      const p = each(items[i]!)
      if (p)
        return typeof p === 'string' ? { at: `[${i}]`, problem: p } : { at: `[${i}]${p.at ?? ''}`, problem: p.problem }
    }
    return null
  }

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

function calendarProblem(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12) return `has no month ${month}`
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  const days = month === 2 && !leap ? 28 : DAYS_IN_MONTH[month - 1]!
  return day < 1 || day > days ? `has no day ${day} in month ${month}` : null
}

function clockProblem(hour: number, minute: number, second: number): string | null {
  return hour > 23 || minute > 59 || second > 59 ? 'is not a time of day' : null
}

// Controls, direction characters and surrogates are shown as \u escapes in messages, so a quoted id or text cannot disguise the sentence around it.
const SHOWN_ESCAPED = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff\uD800-\uDFFF]/g

/** A quoted excerpt of at most 40 characters for messages, invisible characters escaped. */
export function quote(s: string): string {
  const cut = s.length > 40 ? s.slice(0, 39) + '…' : s
  return JSON.stringify(cut).replace(SHOWN_ESCAPED, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):?(\d{2}))$/

/** createdAt, updatedAt, importedAt: an ISO 8601 date and time with its zone, as the app writes them. */
const timestamp: Rule<string> = (s) => {
  const m = TIMESTAMP.exec(s)
  const problem = m
    ? (calendarProblem(+m[1]!, +m[2]!, +m[3]!) ??
      clockProblem(+m[4]!, +m[5]!, +(m[6] ?? 0)) ??
      (m[7] !== undefined && (+m[7] > 14 || +m[8]! > 59) ? 'has no such time zone' : null))
    : 'is not an ISO 8601 date and time'
  return problem ? `${quote(s)} ${problem}; a timestamp reads like 2024-05-01T08:00:00.000Z` : null
}

const PUBLISHED = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/

/** publishedAt: the schema checks its form; here the date must exist on the calendar. */
const published: Rule<string | undefined> = (s) => {
  if (s === undefined) return null
  const m = PUBLISHED.exec(s)
  const problem = m
    ? (calendarProblem(+m[1]!, +m[2]!, +m[3]!) ??
      (m[4] !== undefined ? clockProblem(+m[4], +m[5]!, +(m[6] ?? 0)) : null))
    : null
  return problem ? `${quote(s)} ${problem}` : null
}

/** url: empty, or a web address by the one rule (src/core/url), as ingest, reports and Open in browser apply it. */
const url: Rule<string> = (s) => {
  if (s === '') return null
  const problem = webAddressProblem(s)
  return problem ? `${quote(s)} cannot be kept: ${problem.replace(/\.$/, '')}` : null
}

const bounded =
  (max: number): Rule<number | undefined> =>
  (n) =>
    n !== undefined && Math.abs(n) > max ? `${formatNumber(n)} is beyond ${formatNumber(max)}` : null

/** min must not exceed max where both are given. */
function rangeProblem(v: { min?: number; max?: number }): FieldProblem | null {
  return v.min !== undefined && v.max !== undefined && v.min > v.max
    ? { at: '.min', problem: `${formatNumber(v.min)} is more than max ${formatNumber(v.max)}` }
    : null
}

const any: Rule<unknown> = () => null
const optional =
  (rule: Rule<string>): Rule<string | undefined> =>
  (s) =>
    s === undefined ? null : rule(s)

type Rules<T> = { [K in keyof Required<T>]-?: Rule<T[K]> }

const caseRules: Rules<Case> = {
  id: id(),
  name: text(BUNDLE_LIMITS.name),
  articleIds: list(BUNDLE_LIMITS.records.articles, id()),
  createdAt: timestamp,
  updatedAt: timestamp
}

const articleRules: Rules<Article> = {
  id: id(),
  caseId: id(),
  title: text(BUNDLE_LIMITS.title),
  outlet: text(BUNDLE_LIMITS.outlet),
  byline: text(BUNDLE_LIMITS.byline),
  url,
  publishedAt: published,
  lang: text(BUNDLE_LIMITS.lang),
  dir: any,
  text: text(BUNDLE_LIMITS.text),
  captions: list(BUNDLE_LIMITS.captions, text(BUNDLE_LIMITS.caption)),
  notes: (notes) => (notes === undefined ? null : list(BUNDLE_LIMITS.captions, text(BUNDLE_LIMITS.caption))(notes)),
  // page entries are numbers; their shape is the model's schema, their order only a reading aid
  pages: any,
  sourceFormat: any,
  sourceName: text(BUNDLE_LIMITS.sourceName),
  contentHash: text(BUNDLE_LIMITS.contentHash),
  importedAt: timestamp,
  updatedAt: timestamp
}

const short = optional(text(BUNDLE_LIMITS.valueField))
const long = optional(text(BUNDLE_LIMITS.longValueField))

const valueRules: { [K in ClaimKind]: Rules<Extract<Claim, { kind: K }>['value']> } = {
  casualty: {
    outcome: any,
    min: bounded(BUNDLE_LIMITS.count),
    max: bounded(BUNDLE_LIMITS.count),
    vague: short,
    who: short
  } satisfies Rules<CasualtyValue>,
  date: {
    iso: text(BUNDLE_LIMITS.dateIso),
    granularity: any,
    calendar: any,
    text: text(BUNDLE_LIMITS.valueField),
    mod: any,
    partOfDay: any,
    relativeTo: optional(text(BUNDLE_LIMITS.dateIso))
  } satisfies Rules<DateValue>,
  attribution: {
    speaker: text(BUNDLE_LIMITS.valueField),
    role: short,
    via: short,
    verb: short,
    quote: long
  } satisfies Rules<AttributionValue>,
  quantity: {
    amount: bounded(BUNDLE_LIMITS.amount),
    min: bounded(BUNDLE_LIMITS.amount),
    max: bounded(BUNDLE_LIMITS.amount),
    vague: short,
    unit: short,
    what: short
  } satisfies Rules<QuantityValue>,
  other: { text: long }
}

const anchorRules: Rules<Claim['anchor']> = {
  start: bounded(BUNDLE_LIMITS.text),
  end: bounded(BUNDLE_LIMITS.text),
  // a broken character in the quote is reported against the text (see parseBundle's anchor check)
  exact: (s) => tooLong(s, BUNDLE_LIMITS.text),
  prefix: text(BUNDLE_LIMITS.context),
  suffix: text(BUNDLE_LIMITS.context)
}

const reviewRules: Rules<ClaimReview> = {
  reviewedAt: timestamp,
  rating: optional(text(BUNDLE_LIMITS.valueField)),
  url: optional(url)
}
const checkReview = checker(reviewRules)

type ClaimBase = Omit<Claim, 'kind' | 'value' | 'anchor'>
const claimRules: Rules<ClaimBase> = {
  id: id(),
  articleId: id(),
  origin: any,
  status: any,
  note: text(BUNDLE_LIMITS.note),
  tags: list(BUNDLE_LIMITS.tags, text(BUNDLE_LIMITS.tag)),
  createdAt: timestamp,
  updatedAt: timestamp,
  orphan: any,
  review: (r) => {
    let found: FieldProblem | null = null
    checkReview(r!, (field, problem) => (found ??= { at: `.${field}`, problem }))
    return found
  }
}

const linkRules: Rules<Link> = {
  id: id(BUNDLE_LIMITS.linkId),
  claimIds: list(2, id()),
  relation: any,
  origin: any,
  reason: text(BUNDLE_LIMITS.reason),
  createdAt: timestamp
}

/** Reports each problem as ("title", "is 30,000,000 characters long; …"). */
export type Report = (field: string, problem: string) => void

type Checker<T> = (record: T, report: Report) => void

/** The rules of a table as one function, its fields listed once (it runs for every record). */
function checker<T extends object>(rules: Rules<T>, prefix = ''): Checker<T> {
  const entries = Object.entries(rules) as [keyof T & string, Rule<unknown>][]
  return (record, report) => {
    for (const [field, rule] of entries) {
      const value = record[field]
      if (value === undefined) continue
      const found = rule(value)
      if (found)
        report(
          prefix + field + (typeof found === 'string' ? '' : (found.at ?? '')),
          typeof found === 'string' ? found : found.problem
        )
    }
  }
}

function withRange(field: string, v: { min?: number; max?: number }, report: Report): void {
  const p = rangeProblem(v)
  if (p) report(field + (p.at ?? ''), p.problem)
}

const checkClaimBase = checker(claimRules)
const checkAnchor = checker(anchorRules, 'anchor.')
const checkValue = Object.fromEntries(
  Object.entries(valueRules).map(([kind, rules]) => [kind, checker(rules as Rules<Claim['value']>, 'value.')])
) as Record<ClaimKind, Checker<Claim['value']>>

/** The field rules of each table, for records that passed the schema. */
export const checkFields = {
  cases: checker(caseRules),
  articles: checker(articleRules),
  claims: (c: Claim, report: Report) => {
    checkClaimBase(c, report)
    checkAnchor(c.anchor, report)
    checkValue[c.kind](c.value, report)
    if (c.kind === 'casualty' || c.kind === 'quantity') withRange('value', c.value, report)
  },
  links: checker(linkRules)
}
