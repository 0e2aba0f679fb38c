/**
 * Clause geometry for attributions: where the subject before a speech verb starts, the comma
 * chunks of an appositive ("X, a spokesman for Y, said"), the phrase after an inverted verb or
 * "according to", the quotation a statement closes and the quotations of a text, sentence
 * boundaries, and the keys that match a later surname to a full name. Scans are bounded to a
 * few hundred characters around each verb (or one pass per text), so reading attributions stays
 * linear in the text.
 */
import { MONTH_ABBREVIATIONS, NAME_TITLES } from '@core/text'
import { isCapitalised, isTitle } from './names'

/** Words that end a subject phrase going backwards: the clause starts after them. */
export const CLAUSE_WORDS = new Set([
  'which',
  'that',
  'who',
  'where',
  'while',
  'because',
  'whereas',
  'although',
  'though',
  'when',
  'if',
  'as',
  'but',
  'so',
  'how',
  'what',
  'why',
  'whom',
  'whose'
])
/**
 * Abbreviations whose full stop is not a sentence end: an initial, a title before a name and a
 * month abbreviation (core/text's tables), a few name parts, "No." and the country initialisms.
 */
export const ABBREVIATION = new RegExp(
  `(?:^|[\\s(])(?:[A-Z]|${[
    ...NAME_TITLES.map((t) => t[0]!.toUpperCase() + t.slice(1)),
    'Del',
    'St',
    'Jr',
    'Sr',
    'No',
    'U\\.S',
    'U\\.N',
    'U\\.K',
    ...MONTH_ABBREVIATIONS
  ].join('|')})\\.$|(?:[A-Z]\\.){2,}$`
)
/** Words that open a sentence after an initialism ("… in the U.S. He said"): the full stop was one. */
const SENTENCE_OPENER = /^(?:He|She|They|It|We|I|The|This|That|These|But|And|A|An|In|On|At|If|When|Yet|So)\b/
const OPEN_QUOTE = /[“"«]/
const CLOSE_QUOTE = /[”"»]/

/** A full stop at `k` that ends a sentence: followed by white space, not an abbreviation's. */
function endsSentence(text: string, k: number): boolean {
  if (!/\s/.test(text[k + 1] ?? '')) return false
  if (!ABBREVIATION.test(text.slice(Math.max(0, k - 6), k + 1))) return true
  return (
    /(?:[A-Z]\.){2,}$/.test(text.slice(Math.max(0, k - 6), k + 1)) && SENTENCE_OPENER.test(text.slice(k + 2, k + 8))
  )
}

/** Two apostrophes or backticks stand for a quotation mark in some copy (''like this''). */
function isDoubledQuote(text: string, k: number): boolean {
  const ch = text[k]
  return (ch === "'" || ch === '`') && (text[k - 1] === ch || text[k + 1] === ch)
}

/** Unicode patterns used in hot paths, compiled once (a bundler may turn a literal with \\p{…} into `new RegExp` at each use). */
const LETTER = /\p{L}/u
const LOWER_ONLY = /^\p{Ll}+$/u
const LOWER_OR_DIGIT = /^(?:\p{Ll}|\d)/u
/** Characters that end a subject clause going backwards. */
const BOUNDARY = new Set([...',;:!?\n()—–―“”"«»'])

/** Index where the subject clause before `pos` starts (after a comma, quote, sentence end or clause word). */
export function clauseStart(text: string, pos: number): number {
  const limit = Math.max(0, pos - 160)
  for (let k = pos - 1; k >= limit; k--) {
    const ch = text[k] ?? ''
    if (BOUNDARY.has(ch)) return k + 1
    if (ch === '-' && text[k - 1] === ' ' && text[k + 1] === ' ') return k + 1
    if (isDoubledQuote(text, k)) return k + 1
    if (ch === '.' && endsSentence(text, k)) return k + 1
    if (ch === ' ' && k > 0) {
      // the lower-case word before this space, if it is a clause word (they are all ASCII)
      let w = k
      while (w > 0 && w > k - 9 && (text.charCodeAt(w - 1) | 0) >= 97 && (text.charCodeAt(w - 1) | 0) <= 122) w--
      if (w < k && !LETTER.test(text[w - 1] ?? '') && CLAUSE_WORDS.has(text.slice(w, k))) return k + 1
    }
  }
  // the start of the text is a boundary; running out of window is not
  return limit === 0 ? 0 : -1
}

/** The quotation just before a clause boundary at `pos` ("“…,” he said"), if any. */
export function quoteBefore(text: string, pos: number): string | undefined {
  let k = pos - 1
  while (k >= 0 && /[\s,]/.test(text[k] ?? '')) k--
  const doubled = isDoubledQuote(text, k)
  if (!CLOSE_QUOTE.test(text[k] ?? '') && !doubled) return undefined
  const close = doubled ? k - 1 : k
  for (k = close - 1; k >= Math.max(0, close - 1500); k--) {
    const ch = text[k] ?? ''
    if (ch === '\n' && text[k - 1] === '\n') return undefined
    if (doubled ? isDoubledQuote(text, k) && text[k - 1] === text[k] : OPEN_QUOTE.test(ch))
      return (
        text
          .slice(k + 1, close)
          .replace(/[,.]$/, '')
          .trim() || undefined
      )
  }
  return undefined
}

/** Index just after the comma or sentence boundary before `pos` (clause words do not count here). */
export function previousComma(text: string, pos: number): number {
  for (let k = pos - 1; k >= Math.max(0, pos - 200); k--) {
    const ch = text[k] ?? ''
    if (ch === ',') return k + 1
    if (/[;:!?\n()“”"]/.test(ch) || isDoubledQuote(text, k)) return -1
    if (ch === '.' && endsSentence(text, k)) return -1
  }
  return pos <= 200 ? 0 : -1
}

/** Every sentence boundary of `text` (the index of the ".", "!", "?" or line break), in order, in one pass. */
export function sentenceBoundaries(text: string): number[] {
  const out: number[] = []
  const re = /[.!?\n]/g
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const k = m.index
    const ch = text[k]
    if (
      ch === '\n' ||
      ((ch === '!' || ch === '?') && /\s/.test(text[k + 1] ?? '')) ||
      (ch === '.' && endsSentence(text, k))
    )
      out.push(k)
  }
  return out
}

/** A name: two or more capitalised words (titles and particles allowed). */
export function isNamePhrase(words: readonly string[]): boolean {
  return words.length >= 2 && words.every((x) => isCapitalised(x) || isTitle(x) || /^(al|bin|ibn|abu)$/i.test(x))
}

/** A role: "a spokesman for …", "the council's finance chief", "who leads …", "Haditha's mayor". */
export function isRolePhrase(words: readonly string[]): boolean {
  const first = words[0] ?? ''
  const last = words[words.length - 1] ?? ''
  if (/^(a|an|the|who|one|another|two|three|several|his|her|its|their)$/i.test(first))
    return !words.some((w) => /^(is|are|was|were|will|would)$/.test(w)) || first === 'who'
  return /['’]s$/.test(first) && LOWER_ONLY.test(last)
}

export function offsetOfWord(chunk: string, n: number): number {
  const re = /\S+/g
  let i = 0
  for (let m = re.exec(chunk); m; m = re.exec(chunk)) {
    if (i === n) return m.index
    i++
  }
  return 0
}

/** Normalised key for matching names: lower case, no determiner, no "al-". */
export function key(s: string): string {
  return s
    .toLowerCase()
    .replace(/^(the|a|an) /, '')
    .replace(/[’']s$/, '')
}

/** A surname without its Arabic article, so "Abadi" finds "Haider al-Abadi". */
export function surnameKey(s: string): string {
  return key(s).replace(/^(?:al|el|ad|as|ash|an|ar|at|az)-/, '')
}

/**
 * The quotations of a text as [open, close) ranges, in one pass: curly quotes open and close,
 * straight ones and doubled apostrophes ('') toggle, and a paragraph break closes what is open.
 */
export function quotations(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = []
  const re = /[“”"\n]|''/g
  let open = -1
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const ch = m[0]
    const closes = ch === '”' || ch === '\n' || ((ch === '"' || ch === "''") && open >= 0)
    if (closes) {
      if (open >= 0) out.push([open, m.index])
      open = -1
    } else if (ch !== '\n') open = m.index
  }
  if (open >= 0) out.push([open, text.length])
  return out
}

/** A full stop in a token that does not end the phrase: a title's ("Mr.", "Gen."), an initial's ("G.", "U.S."). */
export function abbreviated(token: string): boolean {
  return isTitle(token) || /^(?:[A-Z]\.)+$/.test(token) || /^(?:Jr|Sr|St|Del|Rev|Prof|Dr|Mr|Mrs|Ms)\.$/.test(token)
}

/** Words that end the speaker phrase after an inverted verb ("said X in a statement", "said X on Friday"). */
const AFTER_STOPS = new Set(['in', 'on', 'at', 'after', 'before', 'when', 'who', 'of', 'that', 'for'])

/**
 * The phrase after an inverted verb, up to punctuation, a full stop that is not an abbreviation's,
 * or a stop word — nine words at most, or null when it does not end so soon.
 */
export function phraseAfter(after: string): string | null {
  if (after[0] !== ' ') return null
  const tokens = after.slice(1).split(' ')
  const out: string[] = []
  for (let i = 0; i < tokens.length && i < 10; i++) {
    const t = tokens[i] ?? ''
    if (t === '') return out.length ? out.join(' ') : null
    if (i > 0 && (AFTER_STOPS.has(t) || t.startsWith('('))) return out.join(' ')
    const cut = t.search(/[,;:!?\n]/)
    if (cut >= 0) {
      if (cut > 0) out.push(t.slice(0, cut))
      return out.length ? out.join(' ') : null
    }
    if (t.endsWith('.') && !abbreviated(t)) {
      out.push(t.slice(0, -1))
      return out.join(' ')
    }
    if (!/^[\p{L}\d]/u.test(t) || i >= 9) return null
    out.push(t)
  }
  return tokens.length <= 10 && out.length ? out.join(' ') : null
}

/** The source after "according to" or "per": up to punctuation or a full stop that is not an abbreviation's (120 characters). */
export function sourceAfter(after: string): string | null {
  if (after[0] !== ' ') return null
  let k = 1
  for (; k < Math.min(after.length, 122); k++) {
    const ch = after[k] ?? ''
    if (',;:!?\n“”"()'.includes(ch)) break
    if (ch === '.') {
      const start = after.lastIndexOf(' ', k) + 1
      if (!abbreviated(after.slice(start, k + 1)) && !/^[A-Z]\./.test(after.slice(k + 1, k + 3))) break
    }
  }
  return k >= 3 ? after.slice(1, k) : null
}

/** Words after a verb that open its content ("charged that", "questioned whether"). */
export const CONTENT_WORDS = new Set(['that', 'whether', 'why', 'how', 'what', 'if', 'who', 'when'])

/** A quotation opens within `n` characters of `after`, in the same sentence (titles' full stops allowed). */
export function quoteWithin(after: string, n: number): boolean {
  const at = after.slice(0, n + 2).search(/[“"‘]|''/)
  if (at < 0) return false
  return !/[;!?]|\.(?<!\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|[A-Z])\.)/.test(after.slice(0, at))
}

/** Whether a comma chunk describes the name before it: a role, an age, a relative clause, a place. */
export function isAppositionChunk(chunk: string): boolean {
  if (chunk.length === 0 || chunk.length > 160) return false
  if (LOWER_OR_DIGIT.test(chunk))
    return !/^(?:and|but|or|so|then|if|when|because|while|although|though|as|he|she|they|it|we|i|you|there|this|that)\b/.test(
      chunk
    )
  // "Va.", "N.C.", "Democrat of California"
  return (
    /^(?:\p{Lu}[\p{L}.]*\.|(?:\p{Lu}\.)+\p{Lu}?\.?)$/u.test(chunk) ||
    /^(?:Democrat|Republican|Independent)s? (?:of|from)\b/.test(chunk)
  )
}
