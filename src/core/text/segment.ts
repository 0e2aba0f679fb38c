/**
 * Sentence and token segmentation with UTF-16 offsets into the text given (for an article, its
 * canonical `text`), so a sentence or word found here can be highlighted, anchored or aligned
 * without searching for it again. Sentence ends are found by rule rather than by Intl.Segmenter:
 * news copy is full of "Brig. Gen.", "U.S." and "Aug. 14", which a generic segmenter splits.
 */
import { MONTH_ABBREVIATIONS } from './calendar-words'
import { NAME_TITLES } from './name-titles'

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
  ...NAME_TITLES,
  'fr',
  'sr',
  'jr',
  'st',
  'mt',
  'ft',
  'hon',
  'pres',
  'amb',
  'supt',
  'insp',
  'messrs',
  'mme',
  'mlle',
  'dept',
  'univ',
  'vs',
  'v',
  'cf',
  'e.g',
  'i.e',
  'approx',
  'est'
])
/** Abbreviations that end a sentence only when no number follows them ("Aug. 14", "No. 3", "p. 12"). */
const BEFORE_NUMBER = new Set([
  ...MONTH_ABBREVIATIONS.map((a) => a.toLowerCase()),
  'no',
  'nos',
  'p',
  'pp',
  'vol',
  'art',
  'fig',
  'sec',
  'ch',
  'para',
  'tel',
  'km',
  'approx'
])
/** Company and other suffixes that usually stay inside a sentence unless a new one clearly starts. */
const INNER = new Set(['inc', 'co', 'corp', 'ltd', 'bros', 'etc', 'al', 'ave', 'blvd', 'rd'])
/** Words that start sentences; after an initialism ("in the U.S. The army ...") they mark a real end. */
const SENTENCE_STARTERS = new Set([
  'the',
  'a',
  'an',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'this',
  'that',
  'these',
  'those',
  'but',
  'and',
  'in',
  'on',
  'at',
  'his',
  'her',
  'their',
  'its',
  'there',
  'as',
  'after',
  'before',
  'when',
  'while',
  'if',
  'however'
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

const ENDS = new RegExp(`[\n${TERMINATOR.source.slice(1, -1)}]`, 'g')

/** Letters, marks and digits of every script: what a word is made of. */
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u
/**
 * Whether each code unit of the Basic Multilingual Plane is a word character, filled in as met
 * (0 unknown, 1 yes, 2 no): tokenising runs over every sentence of every article, and the
 * Unicode-property regex it replaces was the largest allocator of a comparison.
 */
const BMP_WORD = new Uint8Array(0x10000)
for (let c = 0; c < 0x80; c++)
  BMP_WORD[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 2

/** Width in code units (1 or 2) of the word character at `i`, or 0 when none starts there. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i)
  if (c < 0xd800 || c > 0xdfff) {
    let known = BMP_WORD[c]!
    if (known === 0) BMP_WORD[c] = known = WORD_CHAR.test(text[i]!) ? 1 : 2
    return known === 1 ? 1 : 0
  }
  // a surrogate pair is one code point (an astral letter or digit); a lone surrogate is no word
  const cp = text.codePointAt(i)!
  return cp > 0xffff && WORD_CHAR.test(String.fromCodePoint(cp)) ? 2 : 0
}

/** Inner joiners of a word: ' ’ - ‐ ‑ . , */
function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 45 || c === 0x2010 || c === 0x2011 || c === 46 || c === 44
}

/**
 * Words and numbers of `text[from, to)`: letters and digits joined by inner apostrophes, hyphens,
 * periods and commas ("al-Qaim", "al-Baghdadi's", "1,500", "3.5", "U.S"). The same tokens as the
 * regex `[\p{L}\p{M}\p{N}]+(?:['\u2019\-\u2010\u2011.,][\p{L}\p{M}\p{N}]+)*` (flags gu) run from
 * `from`, a token that runs past `to` cut there; scanned by hand: no match arrays, one string per token.
 */
export function segmentTokens(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = []
  const n = text.length
  let i = from
  while (i < to) {
    const w = wordCharAt(text, i)
    if (w === 0) {
      i++
      continue
    }
    const start = i
    i += w
    for (;;) {
      let v: number
      while (i < n && (v = wordCharAt(text, i)) > 0) i += v
      // a joiner continues the word only when a word character follows it
      if (i + 1 < n && isJoiner(text.charCodeAt(i)) && (v = wordCharAt(text, i + 1)) > 0) i += 1 + v
      else break
    }
    const end = Math.min(to, i)
    tokens.push({ start, end, text: text.slice(start, end) })
  }
  return tokens
}
