/**
 * Years: in digits where the words around make the figure a year ("in 1978", "fiscal 1989",
 * "mid-1996", "عام 2015", "في2013"; "2000 people" is a count), in words ("in nineteen
 * seventy-nine", "the year two thousand"; the words' values come from src/core/text's number
 * words), decades ("the 1990s", "the late 1970s", "the '90s": ISO 8601's `199`) and centuries
 * ("the 20th century", "the 1800s": `19`, `18`).
 */
import { parseNumber, parseOrdinal } from '@core/text'
import type { Ymd } from './calendar'
import { dateCandidate, matchesWhere, modOf, reading, type DateFinding, type Reading } from './date-values'

export const YEAR = '(?:1[89]\\d\\d|20\\d\\d)(?![\\d-])'
/** A word that may be an English ordinal or number word ("eighth", "twenty-first"); its value is checked in code. */
export const WORD = '\\p{Ll}+(?:-\\p{Ll}+)?'
/** A year in words: "nineteen ninety-six", "two thousand and one", "twenty fifteen" (checked by yearInWords). */
export const YEAR_WORDS = `(?:(?:nineteen|eighteen|twenty)[ -]${WORD}|two thousand(?:(?: and)? ${WORD})?)`

/** A bare year in a date-like position: after a preposition or determiner, or in a year range. */
const BARE_YEAR = new RegExp(
  `(?<![\\p{L}\\d,.$£€#/:]|(?<!(?:[Mm]id|[Pp]ost|[Pp]re))-)(?<y>${YEAR})(?![\\p{L}%]|[.,]\\d|/)`,
  'gu'
)
const YEAR_BEFORE =
  /(?:^|[^\p{L}])(?:in|since|until|till|by|of|from|during|before|after|between|and|or|to|through|early|late|mid|the|a|an|its|his|her|their|this|that|fiscal|year|post|pre|In|Since|By|From|Until|During|Before|After|Between|The|A|An|Fiscal)[ -]$|[(–-]$|[\u0600-\u06FF] ?$/u
/** Words after a four-digit figure that make it a count or a code, not a year. */
const YEAR_AFTER_COUNT =
  /^ (?:(?:[\p{L}-]+ ){0,2}(?:people|persons|civilians|fighters|militants|troops|soldiers|men|women|children|families|residents|refugees|vehicles|homes|houses|km|kilometres|kilometers|miles|metres|meters|tonnes|tons|hectares|dollars|euros|members|votes|words|pages|شخص|قتيل|جريح|مدني|طن|كيلومتر|كم|دولار|ريال))(?![\p{L}])|^(?:-year|\s?%| per ?cent)/iu

/** Years in words after a word that makes them a year ("in nineteen seventy-nine", "the year two thousand"). */
const WORDS_YEAR = new RegExp(
  `(?<![\\p{L}])(?<lead>(?:in|of|since|until|by|from|In|Since|By|the year) )(?<yw>${YEAR_WORDS})(?![\\p{L}-])`,
  'gu'
)

/** Decades and centuries: "the 1990s", "the late 1970s", "the '90s", "the 1800s", "the 20th century", "the twenty-first century". */
const DECADE = new RegExp(
  `(?<![\\p{L}\\d])(?:(?:the )?(?<mod>early|mid|late)[- ])?(?:(?<c>1[5-9]|20)(?<d>\\d)0s|['’](?<d2>\\d)0s)(?![\\p{L}])` +
    `|(?<![\\p{L}])(?:the )?(?:(?<mod2>early|mid|late)[- ])?(?<n>\\d{1,2}(?:st|nd|rd|th)|${WORD}) century(?![\\p{L}])`,
  'gu'
)

/** A year in words ("nineteen ninety-six" → 1996, "two thousand and one" → 2001); null when the words are not one. */
export function yearInWords(words: string): number | null {
  const w = words.toLowerCase().trim()
  if (w.startsWith('two thousand')) return parseNumber(w)
  const [hi, ...rest] = w.split(/[ -](.*)/s)
  const century = parseNumber(hi ?? '')
  const tail = parseNumber(rest.join('').trim())
  if (century === null || tail === null || century < 10 || century > 20 || tail < 1 || tail > 99) return null
  return century * 100 + tail
}

/** Years, decades and centuries in one sentence-sized `text`, appended to `out`. */
export function findYears(text: string, pub: Ymd | null, out: DateFinding[]): void {
  for (const m of matchesWhere(/1[89]\d\d|20\d\d/, BARE_YEAR, text)) {
    const before = text.slice(Math.max(0, m.index - 12), m.index)
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40)
    const startOfLine = m.index === 0 || text[m.index - 1] === '\n'
    if (!(YEAR_BEFORE.test(before) || startOfLine) || YEAR_AFTER_COUNT.test(after)) continue
    // Hijri years stand in Arabic copy with هـ (hijri.ts); a Gregorian one may carry م
    if (/^ ?(?:هـ|ه)(?![\p{L}])/u.test(after)) continue
    const lead =
      /(?:(?<fiscal>fiscal(?: year)? )|(?<mod>early|late|mid|مطلع|بداية|أوائل|منتصف|نهاية|أواخر)[ -]|(?<ar>عام|العام|سنة) )$/iu.exec(
        before
      )
    const start = m.index - (lead ? lead[0].length : 0)
    const mod = lead?.groups?.mod ? modOf(lead.groups.mod) : undefined
    const v = reading(m[0], 'year')
    out.push(dateCandidate(text, start, m.index + m[0].length, mod ? { ...v, mod } : v))
  }
  for (const m of matchesWhere(/nineteen|eighteen|twenty|thousand/, WORDS_YEAR, text)) {
    const y = yearInWords(m.groups?.yw ?? '')
    if (y === null || y < 1000) continue
    const lead = m.groups?.lead ?? ''
    const start = m.index + (lead === 'the year ' ? 0 : lead.length)
    out.push(dateCandidate(text, start, m.index + m[0].length, reading(String(y), 'year')))
  }
  for (const m of matchesWhere(/\d0s|century/, DECADE, text)) {
    const g = m.groups ?? {}
    const mod = (g.mod ?? g.mod2) ? modOf(g.mod ?? g.mod2 ?? '') : undefined
    let v: Reading | null = null
    if (g.n) {
      const n = parseOrdinal(g.n)
      if (n !== null && n >= 1 && n <= 21) v = reading(String(n - 1).padStart(2, '0'), 'century')
    } else if (g.c && g.d === '0' && Number(g.c) < 20) v = reading(g.c, 'century')
    else if (g.c) v = reading(`${g.c}${g.d}`, 'decade')
    else if (g.d2) {
      // "the '90s": the latest such decade not after the publication year (or the 1900s without one)
      const y = pub ? pub.y : 1999
      const c = Number(g.d2) * 10 <= y % 100 ? Math.floor(y / 100) : Math.floor(y / 100) - 1
      v = reading(`${c}${g.d2}`, 'decade')
    }
    if (v) out.push(dateCandidate(text, m.index, m.index + m[0].length, mod ? { ...v, mod } : v))
  }
}
