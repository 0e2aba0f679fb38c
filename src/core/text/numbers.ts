/**
 * Numbers as news copy writes them: digits of any script Arabic-language pages use, thousands
 * separators, number words ("twenty-five", "a dozen", "two hundred and forty"), scale words
 * ("1.5 million") and ordinals ("29th", "third"). Claim suggestion reads counts, dates and
 * distances through these, so "١٢", "12" and "twelve" mean the same everywhere.
 */

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
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, dozen: 12
})
const TENS: Record<string, number> = Object.assign(Object.create(null), {
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90
})
const SCALES: Record<string, number> = Object.assign(Object.create(null), { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, m: 1e6, bn: 1e9 })

const ORDINAL_WORDS: Record<string, number> = Object.assign(Object.create(null), {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30
})

const UNIT_WORD = 'one|two|three|four|five|six|seven|eight|nine'
const SMALL_WORD =
  `(?:(?:twenty|thirty|fou?rty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:${UNIT_WORD})\\b)?` +
  `|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|${UNIT_WORD}|zero)`

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
  return parseNumberWords(t)
}

/** "two hundred and forty thousand" → 240000; "half a dozen" → 6; null when a word is not a number word. */
function parseNumberWords(t: string): number | null {
  if (t === 'half a dozen') return 6
  const words = t.replace(/-/g, ' ').split(/\s+/)
  let total = 0
  let current = 0
  let seen = false
  for (const w of words) {
    if (w === 'and') continue
    // "a dozen", "a hundred": the article stands for one, which the scale or unit supplies
    if (w === 'a' || w === 'an') continue
    const unit = UNITS[w] ?? TENS[w]
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
