/**
 * Count phrases: how many, as reporters hedge it. "at least 20", "between 20 and 30", "nearly
 * forty", "dozens", "a dozen". One reader for casualties and quantities (countAt, over the number
 * tables of src/core/text), the marked copy the rules match (markCounts), and the reading of a
 * phrase into bounds: exact → min = max; "at least"/"more than" → min only; "up to"/
 * "nearly" → max only; "about"/"some" → min = max (the figure as stated, which is what is compared).
 */
import type { CasualtyOutcome, CasualtyValue } from '@core/model'
import { ENGLISH_NUMBER_WORDS, parseNumber, readNumberAt } from '@core/text'

const LOWER = [
  'at least',
  'more than',
  'no fewer than',
  'no less than',
  'upwards of',
  'in excess of',
  'just over',
  'well over',
  'over',
  'a minimum of',
  'a minimum'
]
const UPPER = [
  'up to',
  'nearly',
  'almost',
  'fewer than',
  'less than',
  'at most',
  'no more than',
  'just under',
  'under',
  'as many as',
  'close to',
  'a maximum of'
]
const ABOUT = [
  'about',
  'around',
  'approximately',
  'roughly',
  'some',
  'an estimated',
  'estimated',
  'a total of',
  'a further',
  'another'
]

const QUALIFIERS = [...LOWER, ...UPPER, ...ABOUT].sort((a, b) => b.length - a.length)
const QUAL_SOURCE = `(?:${QUALIFIERS.map((q) => q.replace(/ /g, ' ')).join('|')})`

/** Vague amounts that stand where a number would ("dozens of fighters"). */
export const VAGUE_SOURCE =
  '(?:tens of thousands|hundreds of thousands|dozens|hundreds|thousands|scores|several|many|a handful|a number|a group|a few)'

/**
 * Counts marked once per sentence. The casualty and quantity rules used to embed one regex of
 * every count spelling (several kB of number words, costing V8 about a quarter of a second to compile on the first
 * suggestion); instead `markCounts` finds every count once with `countAt` (small patterns and the
 * number tables), on a copy of the sentence whose ASCII letters are lower-cased and whose count
 * phrases are overwritten by COUNT_MARK characters of the same length, so offsets stay those of
 * the text. The rules match that copy with small case-sensitive patterns and read values and
 * phrases from the text at the same offsets (groupsIn). A count followed by "%" is marked too (a
 * share is a quantity); rules that want people add (?!%).
 */
export const COUNT_MARK = '\\x01\\x02*'

const QUAL_Y = new RegExp(`${QUAL_SOURCE} `, 'y')
const VAGUE_Y = new RegExp(`${VAGUE_SOURCE}\\b`, 'y')
const RANGE_SEP_Y = / ?(?:-|–|to|or) ?/y
/** What may not follow a count: a letter, digit or hyphen (a word goes on), a decimal or time part. */
const NOT_AFTER_COUNT = /^(?:[\w-]|[.,]\d|:\d)/
const NOT_AFTER_RANGE = /^[\w-]/
/** Where a count may start: after no letter or digit, at a digit or at a word that can open one. */
const COUNT_START_G = new RegExp(
  `(?<![a-z\\d\\u00C0-\\u024F])(?:\\d|(?:${[...new Set([...QUALIFIERS, 'between', 'tens', 'hundreds', 'thousands', 'dozens', 'scores', 'several', 'many', 'a', 'an', 'half', ...Object.keys(ENGLISH_NUMBER_WORDS)].map((q) => q.split(' ')[0]!))].join('|')})\\b)`,
  'g'
)

/**
 * The count phrase at `pos` of lower-case `s`: a bound ("at
 * least"), then a number, a range ("between 20 and 30", "20-30", "20 or 30"), or a vague amount —
 * and where it ends; null when none starts there.
 */
export function countAt(s: string, pos: number): number | null {
  QUAL_Y.lastIndex = pos
  const q = QUAL_Y.exec(s)
  const p = q ? pos + q[0].length : pos
  const free = (after: RegExp) => (end: number) => !after.test(s.slice(end, end + 2))
  if (s.startsWith('between ', p)) {
    const a = readNumberAt(s, p + 8)
    if (a && s.startsWith(' and ', a.end)) {
      const b = readNumberAt(s, a.end + 5, free(NOT_AFTER_COUNT))
      if (b) return b.end
    }
  }
  const a = readNumberAt(s, p)
  if (a) {
    RANGE_SEP_Y.lastIndex = a.end
    const sep = RANGE_SEP_Y.exec(s)
    if (sep) {
      const b = readNumberAt(s, a.end + sep[0].length, free(NOT_AFTER_RANGE))
      if (b && free(NOT_AFTER_COUNT)(b.end)) return b.end
    }
    const single = readNumberAt(s, p, free(NOT_AFTER_COUNT))
    if (single) return single.end
  }
  VAGUE_Y.lastIndex = pos
  const v = VAGUE_Y.exec(s)
  return v ? pos + v[0].length : null
}

/** The sentence with ASCII letters lower-cased and each count phrase overwritten by \x01\x02…; same length as `text`. */
export function markCounts(text: string): string {
  const lower = text.replace(/[A-Z]+/g, (x) => x.toLowerCase())
  let out = ''
  let last = 0
  COUNT_START_G.lastIndex = 0
  for (let m = COUNT_START_G.exec(lower); m; m = COUNT_START_G.exec(lower)) {
    const end = countAt(lower, m.index)
    if (end === null || end <= m.index) {
      COUNT_START_G.lastIndex = m.index + 1
      continue
    }
    out += lower.slice(last, m.index) + '\x01' + '\x02'.repeat(end - m.index - 1)
    last = end
    COUNT_START_G.lastIndex = end
  }
  return out + lower.slice(last)
}

/** A match's named groups as the text has them: the match ran on its marked copy (same offsets); compile with `d`. */
export function groupsIn(text: string, m: RegExpExecArray): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {}
  for (const [name, span] of Object.entries(m.indices?.groups ?? {}))
    out[name] = span ? text.slice(span[0], span[1]) : undefined
  return out
}

/** A count phrase's numeric reading: bounds, or the vague word when no number is given. */
export interface Count {
  min?: number
  max?: number
  vague?: string
  /** the figure as stated, before the qualifier set the bounds */
  amount?: number
}

const VAGUE_RE = new RegExp(`^${VAGUE_SOURCE}$`)

/** Reads a count phrase (as countAt finds it); null when it holds no count. */
export function readCount(phrase: string): Count | null {
  let rest = phrase.trim().toLowerCase()
  const lower = rest
  if (VAGUE_RE.test(rest)) return { vague: lower }
  let qualifier = ''
  QUAL_Y.lastIndex = 0
  const q = QUAL_Y.exec(rest)
  if (q) {
    qualifier = q[0].trim()
    rest = rest.slice(q[0].length)
  }
  // a range: "between 20 and 30", "20-30", "20 to 30", "20 or 30"
  const first = readNumberAt(rest, rest.startsWith('between ') ? 8 : 0)
  if (first && first.end < rest.length) {
    const sep = /^(?: ?(?:-|–|to|or|and) ?)/.exec(rest.slice(first.end))
    const second = sep ? readNumberAt(rest, first.end + sep[0].length) : null
    if (second && second.end === rest.length)
      return first.value < second.value ? { min: first.value, max: second.value } : null
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
