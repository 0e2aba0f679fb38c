/**
 * Numbers as news copy writes them: digits of any script Arabic-language pages use, thousands
 * separators, number words ("twenty-five", "a dozen", "two hundred and forty"; "خمسة عشر",
 * "ثلاثة وعشرون", "مئتان", "15 ألف"), scale words ("1.5 million") and ordinals ("29th", "third").
 * Claim suggestion reads counts, dates and distances through these, so "١٢", "12", "twelve" and
 * "اثنا عشر" mean the same everywhere. This file is THE table of number words, per language.
 */
import { cliticReadings, foldArabic } from './arabic'

/**
 * Replaces Arabic-Indic (U+0660–0669), Eastern Arabic-Indic (U+06F0–06F9) and full-width digits
 * with ASCII digits, and the Arabic decimal and thousands separators with "." and ",". Every
 * replacement is one UTF-16 code unit for one, so offsets into the result are offsets into `s`.
 */
export function normalizeDigits(s: string): string {
  if (!NON_ASCII_DIGIT.test(s)) return s
  return s.replace(NON_ASCII_DIGIT_G, (ch) => {
    const c = ch.charCodeAt(0)
    if (c >= 0x0660 && c <= 0x0669) return String.fromCharCode(48 + c - 0x0660)
    if (c >= 0x06f0 && c <= 0x06f9) return String.fromCharCode(48 + c - 0x06f0)
    if (c >= 0xff10 && c <= 0xff19) return String.fromCharCode(48 + c - 0xff10)
    return c === 0x066b ? '.' : ','
  })
}
const NON_ASCII_DIGIT = /[\u0660-\u066C\u06F0-\u06F9\uFF10-\uFF19]/
const NON_ASCII_DIGIT_G = /[\u0660-\u066C\u06F0-\u06F9\uFF10-\uFF19]/g

// Null-prototype dictionaries: looked up with words of imported text, where "constructor" or
// "__proto__" must find nothing rather than Object.prototype's members.
const UNITS: Record<string, number> = Object.assign(Object.create(null), {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19
})
/** "dozen" is twelve after "a" or "half a" ("a dozen", "half a dozen"). */
const DOZEN = 12
const TENS: Record<string, number> = Object.assign(Object.create(null), {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fourty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90
})
const SCALES: Record<string, number> = Object.assign(Object.create(null), {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  m: 1e6,
  bn: 1e9
})

const ORDINAL_WORDS: Record<string, number> = Object.assign(Object.create(null), {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30
})

/**
 * The English words that are a number by themselves, with their value: units, teens and tens
 * ("fourty" too, as copy misspells it). Readers of single tokens look words up here.
 */
export const ENGLISH_NUMBER_WORDS: Readonly<Record<string, number>> = Object.freeze(
  Object.assign(Object.create(null), UNITS, TENS)
)

/** The value of one English number word ("twelve" 12, "forty" 40, "dozen" 12, "hundred" 100); undefined for any other word. */
export function englishNumberWord(word: string): number | undefined {
  return ENGLISH_NUMBER_WORDS[word] ?? (word === 'dozen' ? DOZEN : word === 'hundred' ? SCALES.hundred : undefined)
}

const wordsOf = (table: Record<string, number>, lo: number, hi: number) =>
  Object.keys(table)
    .filter((w) => table[w]! >= lo && table[w]! <= hi)
    .join('|')
const UNIT_WORD = wordsOf(UNITS, 1, 9)
const SMALL_WORD =
  `(?:(?:${wordsOf(TENS, 20, 90)})(?:[- ](?:${UNIT_WORD})\\b)?` + `|${wordsOf(UNITS, 10, 19)}|${UNIT_WORD}|zero)`

/**
 * Regex source (no flags, no groups) for a cardinal number: digits with optional thousands
 * separators and decimals, or number words, optionally followed by scale words. Compile with the
 * `i` flag for capitalised words ("Forty"). Callers add their own boundaries.
 */
export const NUMBER_SOURCE =
  `(?:(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?: (?:hundred|thousand|million|billion)\\b|bn\\b)?` +
  `|(?:(?:half )?a dozen\\b|a (?:thousand|million)\\b|(?:a|${SMALL_WORD})[ -]hundred\\b(?:(?: and | )${SMALL_WORD}\\b)?|${SMALL_WORD}\\b)` +
  `(?: (?:thousand|million|billion)\\b(?:(?: and | )${SMALL_WORD}\\b)?)?)`

/** Regex source for an ordinal day such as "29th", "3rd", "1st" or plain "29". */
export const ORDINAL_DIGITS_SOURCE = '\\d{1,2}(?:st|nd|rd|th)?'

const DIGITS = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(hundred|thousand|million|billion|m|bn)?$/i

/**
 * The value of a cardinal number as written ("1,500", "twenty-five", "a dozen", "1.5 million",
 * "٣٠"); null when `text` is not a number.
 */
export function parseNumber(text: string): number | null {
  const t = normalizeDigits(text).trim().toLowerCase()
  if (t === '') return null
  const d = DIGITS.exec(t)
  if (d) {
    const whole = Number((d[1] ?? '').replace(/,/g, '') + (d[2] ?? ''))
    const scale = d[3] ? (SCALES[d[3]] ?? 1) : 1
    return Math.round(whole * scale * 1e6) / 1e6
  }
  if (ARABIC_LETTER.test(t)) {
    const words = t.split(/\s+/)
    const read = readArabicNumber(words)
    return read && read.used === words.length ? read.value : null
  }
  return parseNumberWords(t)
}

const ARABIC_LETTER = /[\u0621-\u064A]/

/** "two hundred and forty thousand" → 240000; "half a dozen" → 6; null when a word is not a number word. */
function parseNumberWords(t: string): number | null {
  if (t === 'half a dozen') return 6
  FRACTION_Y.lastIndex = 0
  const f = FRACTION_Y.exec(t)
  if (f && f[0].length === t.length) return fractionValue(f)
  const words = t.replace(/-/g, ' ').split(/\s+/)
  let total = 0
  let current = 0
  let seen = false
  for (const w of words) {
    if (w === 'and') continue
    // "a dozen", "a hundred": the article stands for one, which the scale or unit supplies
    if (w === 'a' || w === 'an') continue
    const unit = UNITS[w] ?? TENS[w] ?? (w === 'dozen' ? DOZEN : undefined)
    if (unit !== undefined) {
      current += unit
      seen = true
      continue
    }
    const scale = SCALES[w]
    if (scale === undefined) return null
    seen = true
    if (scale === 100) current = (current || 1) * 100
    else {
      total += (current || 1) * scale
      current = 0
    }
  }
  return seen ? total + current : null
}

/**
 * A share of a scale: "half a million", "a quarter of a million", "three quarters of a million",
 * "two thirds of a million" (a war's toll is often written so).
 */
const FRACTION_Y = /(?:(half)|(a|one|two|three) (quarters?|thirds?) of) an? (thousand|million|billion)\b/y
const FRACTION_PARTS: Record<string, number> = { quarter: 4, quarters: 4, third: 3, thirds: 3 }

/** The value of a share of a scale matched by FRACTION_Y. */
function fractionValue(m: RegExpExecArray): number {
  const scale = SCALES[m[4]!]!
  if (m[1]) return scale / 2
  const n = m[2] === 'a' || m[2] === 'one' ? 1 : m[2] === 'two' ? 2 : 3
  return Math.round((scale * n) / FRACTION_PARTS[m[3]!]!)
}

const DIGIT_NUMBER_Y = /(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?: (?:hundred|thousand|million|billion)\b|bn\b)?/y
const NUMBER_WORD_RUN_Y = /[a-z]+(?:(?:[ -]|\sand\s)[a-z]+)*/y

/** The class of an English number word for the reader below: unit, teen, ten, scale, dozen, article, half. */
function wordClass(w: string): string {
  if (w === 'a' || w === 'an') return 'A'
  if (w === 'half') return 'H'
  if (w === 'dozen') return 'D'
  if (w === 'and') return '&'
  if (SCALES[w] !== undefined && w !== 'm' && w !== 'bn') return 'S'
  const u = UNITS[w]
  if (u !== undefined) return u >= 1 && u <= 9 ? 'U' : 'T'
  if (TENS[w] !== undefined) return 'X'
  return ''
}
/** Which word class may follow which in a number ("twenty-five", "two hundred and forty", "half a dozen", "a thousand"). */
const NEXT: Record<string, string> = {
  '': 'UTXAH',
  U: 'S',
  T: 'S',
  X: 'US',
  S: 'UTXS&',
  '&': 'UTX',
  A: 'DS',
  H: 'A',
  D: ''
}

/**
 * The number written at `pos` of lower-case `text` — digits ("1,500", "2.5 million") or number
 * words ("twenty-five", "two hundred and forty thousand", "a dozen") — as the longest reading that
 * `accept(end)` allows (the caller's test of what may follow); null when none. One pass over the
 * words with the tables above, instead of a regex of every spelling.
 */
export function readNumberAt(
  text: string,
  pos: number,
  accept: (end: number) => boolean = () => true
): { value: number; end: number } | null {
  DIGIT_NUMBER_Y.lastIndex = pos
  const d = DIGIT_NUMBER_Y.exec(text)
  if (d) {
    // without its scale word, if what follows the scale is not allowed ("5 million-strong" → no)
    for (const end of d[0].includes(' ') || /bn$/.test(d[0])
      ? [pos + d[0].length, pos + d[0].replace(/ ?[a-z]+$/, '').length]
      : [pos + d[0].length]) {
      const value = parseNumber(text.slice(pos, end))
      if (value !== null && accept(end)) return { value, end }
    }
    return null
  }
  FRACTION_Y.lastIndex = pos
  const f = FRACTION_Y.exec(text)
  if (f && accept(pos + f[0].length)) return { value: fractionValue(f), end: pos + f[0].length }
  NUMBER_WORD_RUN_Y.lastIndex = pos
  const run = NUMBER_WORD_RUN_Y.exec(text)
  if (!run) return null
  // the longest prefix of the run that is a well-formed number
  const ends: number[] = []
  const word = /[a-z]+/g
  let prev = ''
  for (let m = word.exec(run[0]); m; m = word.exec(run[0])) {
    const cls = wordClass(m[0])
    if (!cls || !(NEXT[prev] ?? '').includes(cls)) break
    prev = cls
    // a number may end on a unit, teen, ten, scale or dozen, not on "a", "half" or "and"
    if ('UTXSD'.includes(cls)) ends.push(pos + m.index + m[0].length)
  }
  for (let k = ends.length - 1; k >= 0; k--) {
    const end = ends[k]!
    const value = parseNumber(text.slice(pos, end))
    if (value !== null && accept(end)) return { value, end }
  }
  return null
}

/** The value of an ordinal ("29th", "3rd", "third", "twenty-first") or a plain day number; null otherwise. */
export function parseOrdinal(text: string): number | null {
  const t = normalizeDigits(text).trim().toLowerCase()
  const d = /^(\d+)(?:st|nd|rd|th)?$/.exec(t)
  if (d) return Number(d[1])
  const direct = ORDINAL_WORDS[t]
  if (direct !== undefined) return direct
  const compound = /^(twenty|thirty)[- ](first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)$/.exec(t)
  if (compound) return (TENS[compound[1] ?? ''] ?? 0) + (ORDINAL_WORDS[compound[2] ?? ''] ?? 0)
  return null
}

// Arabic number words, folded (see foldArabic): masculine and feminine, nominative and
// oblique ("اثنان"/"اثنين"), the construct forms of the teens ("اثنا عشر") and tanween alif
// ("ألفاً" → "الفا").
const AR_UNITS: Record<string, number> = Object.assign(Object.create(null), {
  واحد: 1,
  واحده: 1,
  احد: 1,
  احدي: 1,
  اثنان: 2,
  اثنين: 2,
  اثنتان: 2,
  اثنتين: 2,
  اثنا: 2,
  اثني: 2,
  اثنتا: 2,
  اثنتي: 2,
  ثلاث: 3,
  ثلاثه: 3,
  اربع: 4,
  اربعه: 4,
  خمس: 5,
  خمسه: 5,
  ست: 6,
  سته: 6,
  سبع: 7,
  سبعه: 7,
  ثمان: 8,
  ثماني: 8,
  ثمانيه: 8,
  تسع: 9,
  تسعه: 9,
  عشر: 10,
  عشره: 10
})
const AR_TENS: Record<string, number> = Object.assign(Object.create(null), {
  عشرون: 20,
  عشرين: 20,
  ثلاثون: 30,
  ثلاثين: 30,
  اربعون: 40,
  اربعين: 40,
  خمسون: 50,
  خمسين: 50,
  ستون: 60,
  ستين: 60,
  سبعون: 70,
  سبعين: 70,
  ثمانون: 80,
  ثمانين: 80,
  تسعون: 90,
  تسعين: 90
})
const AR_HUNDREDS: Record<string, number> = Object.assign(Object.create(null), {
  مئه: 100,
  مائه: 100,
  مئتان: 200,
  مئتين: 200,
  مائتان: 200,
  مائتين: 200,
  مئتا: 200,
  مائتا: 200,
  مئتي: 200,
  مائتي: 200
})
for (const [word, n] of Object.entries({ ثلاث: 3, اربع: 4, خمس: 5, ست: 6, سبع: 7, ثمان: 8, تسع: 9 })) {
  AR_HUNDREDS[`${word}مئه`] = n * 100
  AR_HUNDREDS[`${word}مائه`] = n * 100
}
/** Scale words; "آلاف"/"ملايين" are the plural after three to ten ("٩ آلاف"). */
const AR_SCALES: Record<string, number> = Object.assign(Object.create(null), {
  الف: 1e3,
  الفا: 1e3,
  الاف: 1e3,
  الفان: 1e3,
  الفين: 1e3,
  مليون: 1e6,
  مليونا: 1e6,
  ملايين: 1e6,
  مليونين: 1e6,
  مليار: 1e9,
  مليارات: 1e9
})
const AR_DUAL_SCALE = new Set(['الفان', 'الفين', 'مليونين'])

/**
 * The ordinal days of a month as Arabic dates write them, folded: "الأول من يوليو", "الحادي عشر من
 * مايو", "الثاني والعشرين من يونيو". The units, then the teens (unit + عشر) and the tens joined by و.
 */
const AR_ORDINAL_UNITS: Record<string, number> = Object.assign(Object.create(null), {
  الاول: 1,
  الحادي: 1,
  الثاني: 2,
  الثالث: 3,
  الرابع: 4,
  الخامس: 5,
  السادس: 6,
  السابع: 7,
  الثامن: 8,
  التاسع: 9,
  العاشر: 10
})
const AR_ORDINAL_TENS: Record<string, number> = Object.assign(Object.create(null), { العشرين: 20, الثلاثين: 30 })
/** Regex source for an Arabic ordinal day (1–31) in any spelling foldArabic joins; read it with arabicOrdinalDay. */
export const ARABIC_ORDINAL_DAY_SOURCE = (() => {
  const loose = (w: string) => w.replace(/ا/g, '[اأإآ]').replace(/ي$/, '[يى]')
  const units = Object.keys(AR_ORDINAL_UNITS).map(loose).join('|')
  const tens = Object.keys(AR_ORDINAL_TENS).map(loose).join('|')
  return `(?:(?:${units})(?: عشر| و(?:${tens}))?|${tens})`
})()

/** The day an Arabic ordinal stands for ("الأول" 1, "الحادي عشر" 11, "الثاني والعشرين" 22); null past 31 or unread. */
export function arabicOrdinalDay(text: string): number | null {
  const [first = '', second] = foldArabic(text.trim()).split(/\s+/)
  const ten = AR_ORDINAL_TENS[first]
  if (ten !== undefined && second === undefined) return ten
  const unit = AR_ORDINAL_UNITS[first]
  if (unit === undefined || (first === 'الحادي' && second === undefined)) return null
  if (second === undefined) return unit
  if (second === 'عشر' && unit < 10) return unit + 10
  const tens = second.startsWith('و') ? AR_ORDINAL_TENS[second.slice(1)] : undefined
  const day = tens !== undefined && unit < 10 ? tens + unit : null
  return day !== null && day <= 31 ? day : null
}

/** Vague amounts that stand where a number would ("عشرات القتلى", "مئات الجرحى"), folded, with their English reading. */
const AR_VAGUE: Record<string, string> = Object.assign(Object.create(null), {
  عشرات: 'dozens',
  مئات: 'hundreds',
  الاف: 'thousands',
  بضعه: 'several',
  بضع: 'several'
})

function arabicValue(stem: string): { n: number; kind: 'unit' | 'ten' | 'hundred' | 'scale' } | null {
  const u = AR_UNITS[stem]
  if (u !== undefined) return { n: u, kind: 'unit' }
  const t = AR_TENS[stem]
  if (t !== undefined) return { n: t, kind: 'ten' }
  const h = AR_HUNDREDS[stem]
  if (h !== undefined) return { n: h, kind: 'hundred' }
  const s = AR_SCALES[stem]
  if (s !== undefined) return { n: s, kind: 'scale' }
  return null
}

/** The vague word ("dozens", "hundreds", "thousands", "several") an Arabic word stands for, with or without its clitics; undefined otherwise. */
export function arabicVague(word: string): string | undefined {
  for (const r of cliticReadings(foldArabic(word))) {
    const v = AR_VAGUE[r.stem]
    if (v !== undefined) return v
  }
  return undefined
}

/**
 * Reads the Arabic (or digit) number at the start of `words`: "خمسة عشر" 15, "ثلاثة وعشرون" 23,
 * "مئة وعشرين" 120, "ثلاثة آلاف" 3000, "15 ألف" 15000, "ألفاً" 1000, "وثلاثة" 3 (the first word may
 * carry و ف ب ل). Later words join with "و" or as a teen or scale. `used` counts the words read;
 * null when the first word is not a number.
 */
export function readArabicNumber(words: readonly string[]): { value: number; used: number } | null {
  let total = 0
  let current = 0
  let used = 0
  let lastKind = ''
  for (let i = 0; i < words.length; i++) {
    const raw = words[i] ?? ''
    if (i === 0 && /^\d[\d,]*(\.\d+)?$/.test(raw)) {
      current = Number(raw.replace(/,/g, ''))
      used = 1
      lastKind = 'digits'
      continue
    }
    const folded = foldArabic(raw)
    // the first word may carry a conjunction or a preposition; later ones only "و" (or nothing)
    const readings =
      i === 0
        ? cliticReadings(folded).filter((r) => !r.prefixes.includes('ال'))
        : [
            { prefixes: [], stem: folded },
            ...(folded.startsWith('و') ? [{ prefixes: ['و'], stem: folded.slice(1) }] : [])
          ]
    let value: ReturnType<typeof arabicValue> = null
    let joined = false
    for (const r of readings) {
      value = arabicValue(r.stem)
      if (value) {
        joined = r.prefixes.includes('و')
        break
      }
    }
    if (!value) break
    if (i > 0) {
      // "خمسة عشر": a unit then ten is a teen; a scale follows a number directly; the rest join with و
      const teen = value.kind === 'unit' && value.n === 10 && lastKind === 'unit' && !joined
      const scale = value.kind === 'scale' && !joined && !AR_DUAL_SCALE.has(foldArabic(raw))
      // "ثلاث مئة": the hundreds written apart from their unit
      const hundreds = value.kind === 'hundred' && value.n === 100 && lastKind === 'unit' && !joined && current < 10
      if (hundreds) {
        current *= 100
        used++
        lastKind = 'hundred'
        continue
      }
      if (!teen && !scale && !joined) break
      if (teen) {
        current += 10
        used++
        lastKind = 'teen'
        continue
      }
    } else if (value.kind === 'scale' && foldArabic(raw).replace(/^[وفبل]/, '') === 'الاف') {
      // "آلاف" alone is "thousands", a vague amount, not 1000
      return null
    }
    if (value.kind === 'scale') {
      total += (current || 1) * value.n * (AR_DUAL_SCALE.has(foldArabic(raw).replace(/^[وفبل]/, '')) ? 2 : 1)
      current = 0
    } else current += value.n
    used++
    lastKind = value.kind
  }
  if (used === 0) return null
  return { value: total + current, used }
}
