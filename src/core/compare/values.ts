/**
 * Claim values as things that can be compared: a figure becomes an interval (12 → [12, 12],
 * "at least 20" → [20, ∞), "about 40" → [34, 46], "dozens" → [12, 200]) with a label that says it
 * the way a journalist would; a date becomes its known fields (year, month, day, weekday). The
 * words around a figure count as much as the stored value: "more than 300 kilometres" may be
 * stored as amount 300, and the judge must still know it is a lower bound.
 */
import type { Claim } from '@core/model'
import {
  ARABIC_QUALIFIERS,
  ENGLISH_QUALIFIERS,
  foldArabic,
  MONTH_NAMES,
  parseNumber,
  readDateValueIso,
  WEEKDAY_NAMES
} from '@core/text'
import { tokenNumber } from './features'

export interface Amount {
  lo: number
  hi: number
  /** the figure a journalist would quote when comparing: the point, the bound, the estimate; null for vague words */
  pivot: number | null
  /** "12", "at least 20", "about 400", "dozens" */
  label: string
  shape: 'point' | 'atLeast' | 'atMost' | 'about' | 'range' | 'vague'
}

/** A qualifier list as a pattern for the end of the (lower-cased) words before a figure. */
const endingIn = (words: readonly string[]) =>
  new RegExp(
    `\\b(${[...words]
      .sort((a, b) => b.length - a.length)
      .map((w) => w.replace(/\./g, '\\.'))
      .join('|')})\\s*$`
  )
const AT_LEAST = endingIn(ENGLISH_QUALIFIERS.atLeast)
const AT_MOST = endingIn(ENGLISH_QUALIFIERS.atMost)
const ABOUT = endingIn(ENGLISH_QUALIFIERS.about)
/** The same for Arabic, folded, with a clitic و or ب allowed before it ("وبحوالي" aside, "بنحو"). */
const arabicEndingIn = (words: readonly string[]) =>
  new RegExp(
    `(?:^|[^\\u0621-\\u064A])[وب]?(${words
      .map(foldArabic)
      .sort((a, b) => b.length - a.length)
      .join('|')})\\s*$`
  )
const AT_LEAST_AR = arabicEndingIn(ARABIC_QUALIFIERS.atLeast)
const AT_MOST_AR = arabicEndingIn(ARABIC_QUALIFIERS.atMost)
const ABOUT_AR = arabicEndingIn(ARABIC_QUALIFIERS.about)

/** Vague amounts as the ranges editors accept for them. */
// Null-prototype dictionaries: looked up with words of imported text, where "constructor" or
// "__proto__" must find nothing rather than Object.prototype's members.
const VAGUE: Record<string, [number, number]> = Object.assign(Object.create(null), {
  dozens: [12, 200],
  scores: [20, 200],
  hundreds: [100, 2000],
  thousands: [1000, 20000],
  several: [2, 20],
  'a few': [2, 10],
  few: [2, 10],
  'a handful': [2, 10],
  many: [2, Infinity],
  'a group': [2, Infinity],
  some: [1, Infinity]
})

/** Relative half-width of "about N": "about 40" admits 34..46. */
const ABOUT_SPAN = 0.15

const fmt = (n: number) => (Number.isInteger(n) && Math.abs(n) >= 10_000 ? n.toLocaleString('en-US') : String(n))

/** The first number written in `text` ("killed 12", "twelve", "1,500"), and the words before it. */
function firstNumber(text: string): { n: number; before: string } | null {
  const re = /[\p{L}\p{N}]+(?:[.,]\d+)*/gu
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const n = tokenNumber(m[0]) ?? (ARABIC_LETTER.test(m[0]) ? parseNumber(m[0]) : null)
    if (n !== null && n !== 0) return { n, before: text.slice(0, m.index) }
  }
  return null
}

/** The qualifier written just before a figure: at least / at most / about, else none. */
function qualifier(before: string): { shape: Amount['shape']; word: string } | null {
  const b = before.toLowerCase().replace(/\s+/g, ' ')
  const english = longestHedge(b, [
    [AT_LEAST, 'atLeast'],
    [AT_MOST, 'atMost'],
    [ABOUT, 'about']
  ])
  if (english || !ARABIC_LETTER.test(b)) return english
  // labelled in the reasons' English, as an unqualified lower bound is ("at least 22 vs 21 killed")
  return longestHedge(foldArabic(b), [
    [AT_LEAST_AR, 'atLeast', 'more than'],
    [AT_MOST_AR, 'atMost', 'up to'],
    [ABOUT_AR, 'about', 'about']
  ])
}

/**
 * The hedge that ends `text` among the patterns of each shape, the longest winning: "no more than"
 * is an upper bound though it ends with "more than". Labelled by `label`, else by the words matched.
 */
function longestHedge(
  text: string,
  shapes: ReadonlyArray<readonly [RegExp, Amount['shape'], string?]>
): { shape: Amount['shape']; word: string } | null {
  let best: { shape: Amount['shape']; word: string; length: number } | null = null
  for (const [re, shape, label] of shapes) {
    const m = re.exec(text)
    if (m && (!best || m[1]!.length > best.length)) best = { shape, word: label ?? m[1]!, length: m[1]!.length }
  }
  return best ? { shape: best.shape, word: best.word } : null
}
const ARABIC_LETTER = /[\u0621-\u064A]/

/** amountOf's answers by claim, with the text read: judging asks for a claim's amount once per pair it is in. */
const amounts = new WeakMap<Claim, { text: string | undefined; amount: Amount | null }>()

/**
 * The amount a casualty or quantity claim states, read from its value and the words of its anchor
 * (plus up to 40 characters before it in `text`, where "at least" often sits outside the span).
 * null when it states no amount at all. Kept per claim (claims are not changed once made, and the
 * amount returned is shared: not to be changed either).
 */
export function amountOf(claim: Claim, text?: string): Amount | null {
  const known = amounts.get(claim)
  if (known && known.text === text) return known.amount
  const amount = readAmount(claim, text)
  amounts.set(claim, { text, amount })
  return amount
}

function readAmount(claim: Claim, text: string | undefined): Amount | null {
  if (claim.kind !== 'casualty' && claim.kind !== 'quantity') return null
  const v = claim.value as { min?: number | null; max?: number | null; amount?: number | null; vague?: string }
  const before = text ? text.slice(Math.max(0, claim.anchor.start - 40), claim.anchor.start) : claim.anchor.prefix
  const written = firstNumber(claim.anchor.exact)
  const q = qualifier(before + ' ' + (written?.before ?? ''))
  let lo = v.min ?? v.amount ?? null
  let hi = v.max ?? v.amount ?? null
  if (lo === null && hi === null && written) lo = hi = written.n
  if (lo === null && hi !== null && v.min === undefined && v.amount === undefined) lo = 0
  if (lo === null || hi === null) {
    if (lo !== null && hi === null)
      return { lo, hi: Infinity, pivot: lo, label: `${q?.word ?? 'at least'} ${fmt(lo)}`, shape: 'atLeast' }
    const word = (v.vague ?? '').toLowerCase().trim()
    const range = VAGUE[word] ?? VAGUE[word.replace(/^a /, '')] ?? [1, Infinity]
    return word || lo === null
      ? { lo: range[0], hi: range[1], pivot: null, label: word || 'an unstated number', shape: 'vague' }
      : null
  }
  if (lo !== hi) return { lo, hi, pivot: (lo + hi) / 2, label: `${fmt(lo)}-${fmt(hi)}`, shape: 'range' }
  if (q?.shape === 'atLeast') return { lo, hi: Infinity, pivot: lo, label: `${q.word} ${fmt(lo)}`, shape: 'atLeast' }
  if (q?.shape === 'atMost') return { lo: 0, hi, pivot: hi, label: `${q.word} ${fmt(hi)}`, shape: 'atMost' }
  if (q?.shape === 'about') {
    return {
      lo: lo * (1 - ABOUT_SPAN),
      hi: hi * (1 + ABOUT_SPAN),
      pivot: lo,
      label: `${q.word} ${fmt(lo)}`,
      shape: 'about'
    }
  }
  return { lo, hi, pivot: lo, label: fmt(lo), shape: 'point' }
}

export interface DateParts {
  year?: number
  month?: number
  day?: number
  weekday?: number
  calendar: string
}

/**
 * The known year, month and day of a date claim's ISO value (core/text reads it): "2016-07-28",
 * "--07-29", "2014-06", "--06", "weekday:4"; a week, season or quarter knows its year only. Null
 * for a time alone, a decade, a century and anything unreadable.
 */
export function dateOf(claim: Claim): DateParts | null {
  if (claim.kind !== 'date') return null
  const p = readDateValueIso(claim.value.iso)
  const calendar = claim.value.calendar ?? 'gregorian'
  switch (p?.form) {
    case 'weekday':
      return { weekday: p.weekday % 7, calendar }
    case 'day':
    case 'month':
    case 'code':
    case 'week':
    case 'year':
    case 'monthDay':
    case 'monthAlone': {
      const parts: DateParts = { calendar }
      if ('year' in p) parts.year = p.year
      if ('month' in p) parts.month = p.month
      if ('day' in p) parts.day = p.day
      return parts
    }
    default:
      return null
  }
}

/** A date as an editor writes it: "29 July", "June 2014", "28 July 2016", "Thursday". */
export function dateLabel(d: DateParts): string {
  // `weekday` is 0 for Sunday (ISO 7 % 7); core/text's names start on Monday (ISO 1)
  if (d.weekday !== undefined) return WEEKDAY_NAMES[(d.weekday + 6) % 7]!
  return [d.day, d.month ? MONTH_NAMES[d.month - 1] : undefined, d.year].filter((x) => x !== undefined).join(' ')
}

/** Unit names folded to one spelling, with a factor to a base unit where units convert. */
const UNITS: Record<string, [string, number]> = Object.assign(Object.create(null), {
  km: ['km', 1],
  kms: ['km', 1],
  kilometre: ['km', 1],
  kilometres: ['km', 1],
  kilometer: ['km', 1],
  kilometers: ['km', 1],
  mile: ['km', 1.609],
  miles: ['km', 1.609],
  mi: ['km', 1.609],
  m: ['m', 1],
  metre: ['m', 1],
  metres: ['m', 1],
  meter: ['m', 1],
  meters: ['m', 1],
  '%': ['%', 1],
  percent: ['%', 1],
  'per cent': ['%', 1]
})

/** A unit in its folded spelling and the factor to it: "kilometres" → ["km", 1], "miles" → ["km", 1.609]. */
export function unitOf(unit: string | undefined): [string, number] {
  const u = (unit ?? '').toLowerCase().trim()
  if (UNITS[u]) return UNITS[u]
  // counted things: "fighters" and "fighter" are one unit
  return [u.replace(/(?<=[a-z]{3})s$/, ''), 1]
}
