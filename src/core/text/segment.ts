/**
 * Sentence and token segmentation with UTF-16 offsets into the text given (for an article, its
 * canonical `text`), so a sentence or word found here can be highlighted, anchored or aligned
 * without searching for it again. Sentence ends are found by rule rather than by Intl.Segmenter:
 * news copy is full of "Brig. Gen.", "U.S." and "Aug. 14", which a generic segmenter splits.
 */

/** A run of text: `text.slice(start, end)`, end exclusive, UTF-16 code units. */
export interface TextSpan {
  start: number
  end: number
}

/** A word or number and where it sits. */
export interface Token extends TextSpan {
  text: string
}

/** Titles and name parts: always followed by a name, never the end of a sentence. */
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'brig', 'maj', 'col', 'lt', 'capt', 'cpt', 'sgt', 'cpl', 'pvt',
  'adm', 'cmdr', 'cdr', 'gov', 'sen', 'rep', 'rev', 'fr', 'sr', 'jr', 'st', 'mt', 'ft', 'hon', 'pres', 'amb',
  'supt', 'insp', 'messrs', 'mme', 'mlle', 'sheikh', 'dept', 'univ', 'vs', 'v', 'cf', 'e.g', 'i.e', 'approx', 'est'
])
/** Abbreviations that end a sentence only when no number follows them ("Aug. 14", "No. 3", "p. 12"). */
const BEFORE_NUMBER = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'nos', 'p', 'pp',
  'vol', 'art', 'fig', 'sec', 'ch', 'para', 'tel', 'km', 'approx'
])
/** Company and other suffixes that usually stay inside a sentence unless a new one clearly starts. */
const INNER = new Set(['inc', 'co', 'corp', 'ltd', 'bros', 'etc', 'al', 'ave', 'blvd', 'rd'])
/** Words that start sentences; after an initialism ("in the U.S. The army ...") they mark a real end. */
const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'this', 'that', 'these', 'those', 'but', 'and', 'in',
  'on', 'at', 'his', 'her', 'their', 'its', 'there', 'as', 'after', 'before', 'when', 'while', 'if', 'however'
])

const TERMINATOR = /[.!?\u2026\u061F\u3002\uFF01\uFF1F]/
const CLOSERS = /["'\u201D\u2019\u00BB)\]}]/
const OPENERS = /["'\u201C\u2018\u00AB(\[{\u00BF\u00A1]/
const UPPER_OR_DIGIT = /[\p{Lu}\p{Lt}\p{Lo}\p{N}]/u
const WORD_BEFORE = /([\p{L}.]+)\.$/u

/**
 * Whether the period at `dot` ends a sentence, judging by the word it closes and what follows.
 * `next` is the first character of the following text after spaces and opening quotes.
 */
function periodEnds(text: string, dot: number, next: string, nextWord: string): boolean {
  const m = WORD_BEFORE.exec(text.slice(Math.max(0, dot - 24), dot + 1))
  if (!m) return true
  const word = m[1]!
  const bare = word.replace(/\.$/, '').toLowerCase()
  const lastPart = bare.slice(bare.lastIndexOf('.') + 1)
  const isDigit = /\p{N}/u.test(next)
  // "U.S.", "U.N.", "J.R." — initialisms end a sentence only before a typical sentence opener
  if (/^(\p{L}\.)+\p{L}$/u.test(bare) || /^\p{Lu}$/u.test(word.replace(/\.$/, ''))) {
    return SENTENCE_STARTERS.has(nextWord.toLowerCase())
  }
  if (TITLES.has(bare) || TITLES.has(lastPart)) return false
  if (BEFORE_NUMBER.has(bare)) return !isDigit
  if (INNER.has(bare)) return SENTENCE_STARTERS.has(nextWord.toLowerCase())
  return true
}

/**
 * Sentences of `text` as spans, trimmed of surrounding spaces, in order. A line break always
 * ends a sentence (headings and list items stand alone); ., !, ? and … end one when followed by
 * space and a capital, digit or opening quote, unless the period closes an abbreviation.
 */
export function segmentSentences(text: string, from = 0, to = text.length): TextSpan[] {
  const spans: TextSpan[] = []
  let start = from
  const push = (end: number) => {
    let s = start
    let e = end
    while (s < e && /\s/.test(text[s]!)) s++
    while (e > s && /\s/.test(text[e - 1]!)) e--
    if (e > s) spans.push({ start: s, end: e })
    start = end
  }
  // jump from one possible end to the next rather than testing every character
  const ends = ENDS
  for (let i = from; i < to; i++) {
    ends.lastIndex = i
    const hit = ends.exec(text)
    if (!hit || hit.index >= to) break
    i = hit.index
    const ch = text[i]!
    if (ch === '\n') {
      push(i)
      continue
    }
    // take the whole run of terminators and closing quotes/brackets: `?!`, `..."`, `.)`
    let j = i + 1
    while (j < to && (TERMINATOR.test(text[j]!) || CLOSERS.test(text[j]!))) j++
    if (j < to && text[j] !== ' ' && text[j] !== '\n') {
      i = j - 1
      continue
    }
    let k = j
    while (k < to && text[k] === ' ') k++
    if (k >= to || text[k] === '\n') {
      push(j)
      i = j - 1
      continue
    }
    while (k < to && OPENERS.test(text[k]!)) k++
    const next = text[k] ?? ''
    if (!UPPER_OR_DIGIT.test(next)) {
      i = j - 1
      continue
    }
    const nextWord = /^[\p{L}\p{N}]+/u.exec(text.slice(k, k + 30))?.[0] ?? ''
    const endsHere = ch !== '.' || text[i + 1] === '.' || periodEnds(text, i, next, nextWord)
    if (endsHere) push(j)
    i = j - 1
  }
  push(to)
  return spans
}

/** Shared global regexes: compiling a Unicode-property regex per call costs more than the scan (callers reset lastIndex). */
const WORDS = /[\p{L}\p{M}\p{N}]+(?:['\u2019\-\u2010\u2011.,][\p{L}\p{M}\p{N}]+)*/gu
const ENDS = new RegExp(`[\n${TERMINATOR.source.slice(1, -1)}]`, 'g')

/**
 * Words and numbers of `text[from, to)`: letters and digits joined by inner apostrophes, hyphens,
 * periods and commas ("al-Qaim", "al-Baghdadi's", "1,500", "3.5", "U.S").
 */
export function segmentTokens(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = []
  const re = WORDS
  re.lastIndex = from
  // scan the whole text from `from` (no slicing: that would copy the prefix for every sentence)
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const end = Math.min(to, m.index + m[0].length)
    tokens.push({ start: m.index, end, text: end === m.index + m[0].length ? m[0] : text.slice(m.index, end) })
  }
  return tokens
}
