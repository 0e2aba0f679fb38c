/**
 * Count phrases: how many, as reporters hedge it. "at least 20", "between 20 and 30", "nearly
 * forty", "dozens", "a dozen". One regex source for casualties and quantities, and the reading of
 * a matched phrase into bounds: exact → min = max; "at least"/"more than" → min only; "up to"/
 * "nearly" → max only; "about"/"some" → min = max (the figure as stated, which is what is compared).
 */
import type { CasualtyOutcome, CasualtyValue } from '@core/model'
import { NUMBER_SOURCE, parseNumber } from '@core/text'

const LOWER = ['at least', 'more than', 'no fewer than', 'no less than', 'upwards of', 'in excess of', 'just over', 'well over', 'over', 'a minimum of', 'a minimum']
const UPPER = ['up to', 'nearly', 'almost', 'fewer than', 'less than', 'at most', 'no more than', 'just under', 'under', 'as many as', 'close to', 'a maximum of']
const ABOUT = ['about', 'around', 'approximately', 'roughly', 'some', 'an estimated', 'estimated', 'a total of', 'a further', 'another']

const QUALIFIERS = [...LOWER, ...UPPER, ...ABOUT].sort((a, b) => b.length - a.length)
const QUAL_SOURCE = `(?:${QUALIFIERS.map((q) => q.replace(/ /g, ' ')).join('|')})`

/** Vague amounts that stand where a number would ("dozens of fighters"). */
export const VAGUE_SOURCE = '(?:tens of thousands|hundreds of thousands|dozens|hundreds|thousands|scores|several|a handful|a number|a group|a few)'

/** Regex source (no groups; compile with `i`) for a count: qualifier? + number or range, or a vague amount. */
export const COUNT_SOURCE =
  `(?:(?:${QUAL_SOURCE} )?(?:between ${NUMBER_SOURCE} and ${NUMBER_SOURCE}|${NUMBER_SOURCE}(?: ?(?:-|–|to|or) ?${NUMBER_SOURCE}(?![\\w-]))?)` +
  `(?![\\w-]|[.,]\\d|%|:\\d)|${VAGUE_SOURCE}\\b)`

/** A count phrase's numeric reading: bounds, or the vague word when no number is given. */
export interface Count {
  min?: number
  max?: number
  vague?: string
  /** the figure as stated, before the qualifier set the bounds */
  amount?: number
}

const QUAL_RE = new RegExp(`^(${QUAL_SOURCE}) `, 'i')
const RANGE_RE = new RegExp(`^(?:between )?(${NUMBER_SOURCE}) ?(?:-|–|to|or|and) ?(${NUMBER_SOURCE})$`, 'i')
const VAGUE_RE = new RegExp(`^${VAGUE_SOURCE}$`, 'i')

/** Reads a phrase matched by COUNT_SOURCE; null when it holds no count. */
export function readCount(phrase: string): Count | null {
  let rest = phrase.trim()
  const lower = rest.toLowerCase()
  if (VAGUE_RE.test(rest)) return { vague: lower }
  let qualifier = ''
  const q = QUAL_RE.exec(rest)
  if (q) {
    qualifier = (q[1] ?? '').toLowerCase()
    rest = rest.slice(q[0].length)
  }
  const range = RANGE_RE.exec(rest)
  if (range) {
    const a = parseNumber(range[1] ?? '')
    const b = parseNumber(range[2] ?? '')
    if (a !== null && b !== null && a < b) return { min: a, max: b }
  }
  const n = parseNumber(rest)
  if (n === null) return null
  if (LOWER.includes(qualifier)) return { min: n, amount: n }
  if (UPPER.includes(qualifier)) return { max: n, amount: n }
  return { min: n, max: n, amount: n }
}

/** A casualty claim's value from its outcome, count and victims' phrase. */
export function casualtyValue(outcome: CasualtyOutcome, count: Count, who: string | undefined): CasualtyValue {
  const value: CasualtyValue = { outcome }
  if (count.min !== undefined) value.min = count.min
  if (count.max !== undefined) value.max = count.max
  if (count.vague) value.vague = count.vague
  if (who) value.who = who
  return value
}
