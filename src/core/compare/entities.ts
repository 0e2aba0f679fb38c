/**
 * Names across outlets: the same person, place or body spelled differently. Arabic names reach
 * English copy through several transliterations (al-Juburi / al-Jabouri, Falluja / Fallujah,
 * Qaim / Kaim), so names are compared by a consonant skeleton and a small edit distance rather
 * than by spelling. Also: speakers and organisations as sources ("the Defence Ministry" vs
 * "Ministry of Defence"), which different-source verdicts depend on.
 */
import { ENGLISH_CALENDAR, WEEKDAY_NAMES, segmentTokens, type TextSpan, type Token } from '@core/text'

/** Arabic article and kinship particles that outlets attach, hyphenate or drop at will. */
const PARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'an', 'bin', 'ibn', 'bint', 'ben', 'b'])

/**
 * A bounded memo for pure string functions: a comparison asks about the same few hundred names and
 * speakers thousands of times (every claim pair), and folding a word (NFD, regex passes) costs far
 * more than a lookup. Cleared when full, so a long session cannot grow it forever.
 */
function memoize<T>(fn: (s: string) => T, limit = 50_000): (s: string) => T {
  const cache = new Map<string, T>()
  return (s: string) => {
    let v = cache.get(s)
    if (v === undefined) {
      v = fn(s)
      if (cache.size >= limit) cache.clear()
      cache.set(s, v)
    }
    return v
  }
}

/**
 * A bounded memo for a symmetric predicate on two strings, keyed by the pair in sorted order.
 * Two levels of maps rather than one keyed by "a\u0000b": looking up strings the caller already
 * holds reuses their cached hashes, where a joined key is a new string to build and hash per call.
 */
function memoizePair(fn: (a: string, b: string) => boolean, limit: number): (a: string, b: string) => boolean {
  const cache = new Map<string, Map<string, boolean>>()
  let size = 0
  return (a: string, b: string) => {
    const x = a < b ? a : b
    const y = a < b ? b : a
    let inner = cache.get(x)
    let v = inner?.get(y)
    if (v === undefined) {
      v = fn(a, b)
      if (size >= limit) {
        cache.clear()
        size = 0
        inner = undefined
      }
      if (!inner) cache.set(x, (inner = new Map()))
      inner.set(y, v)
      size++
    }
    return v
  }
}

const ASCII_LOWER = /^[a-z]*$/

/** Lower case without diacritics: "Ḥusayba" → "husayba". */
export const plainLower = memoize((word: string): string =>
  ASCII_LOWER.test(word) ? word : word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
)

/**
 * The consonant skeleton of a name: the first letter, then consonants only, with the usual
 * transliteration variants folded (q/k/c, ph/f, gh/g, kh/k, dh/d, th/t, sh/s, a final h after a
 * vowel dropped) and doubled letters collapsed. "Juburi" and "Jabouri" both give "jbr".
 */
export const nameSkeleton = memoize((word: string): string => {
  let s = plainLower(word).replace(/[^a-z]/g, '')
  if (s === '') return ''
  s = s
    .replace(/([aeiou])h$/, '$1')
    .replace(/ph/g, 'f')
    .replace(/[kgdts]h/g, (m) => m[0]!)
    .replace(/ck|q|c/g, 'k')
    .replace(/dj/g, 'j')
    .replace(/w/g, 'u')
  const first = s[0]!
  const rest = s.slice(1).replace(/[aeiouy]/g, '')
  return (first + rest).replace(/(.)\1+/g, '$1')
})

/** Levenshtein distance, capped: returns `cap + 1` as soon as the distance must exceed `cap`. */
export function editDistance(a: string, b: string, cap = 3): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
      row.push(v)
      if (v < best) best = v
    }
    if (best > cap) return cap + 1
    prev = row
  }
  return prev[b.length]!
}

/** The parts of a name that identify it: words split at hyphens, particles dropped, plain lower case. Shared: do not modify. */
export const nameParts: (name: string) => readonly string[] = memoize((name: string): readonly string[] =>
  name
    .split(/[\s\-\u2010\u2011]+/)
    .map((w) =>
      plainLower(w)
        .replace(/['\u2019]s$/, '')
        .replace(/[^\p{L}\p{N}]/gu, '')
    )
    .filter((w) => w !== '' && !PARTICLES.has(w))
)

/** partsAlike's answers by pair: the same few name parts meet again in every claim pair of two articles. */
const partsAlikeCached = memoizePair((a, b) => partsAlikeUncached(a, b), 100_000)

/** Whether two name parts are one name transliterated two ways. */
export function partsAlike(a: string, b: string): boolean {
  return a === b || partsAlikeCached(a, b)
}

function partsAlikeUncached(a: string, b: string): boolean {
  const sa = nameSkeleton(a)
  if (sa.length >= 2 && sa === nameSkeleton(b)) return true
  const longer = Math.max(a.length, b.length)
  return longer >= 5 && editDistance(a, b, 2) <= Math.floor(longer / 4)
}

/**
 * How well two names agree, 0..1: the share of the shorter name's parts found in the longer one.
 * "Sami Jassem al-Jabouri" vs "Sami Jassem Mohammed al-Juburi" → 1; "Abu Taha al-Azzawi" vs
 * "Abu Bakr al-Baghdadi" → 1/3.
 */
export function nameSimilarity(a: string, b: string): number {
  return partsSimilarity(nameParts(a), nameParts(b))
}

/** nameSimilarity on names already split by nameParts. */
export function partsSimilarity(pa: readonly string[], pb: readonly string[]): number {
  if (pa.length === 0 || pb.length === 0) return 0
  const [short, long] = pa.length <= pb.length ? [pa, pb] : [pb, pa]
  const used = new Set<number>()
  let found = 0
  for (const p of short) {
    const k = long.findIndex((q, i) => !used.has(i) && partsAlike(p, q))
    if (k >= 0) {
      used.add(k)
      found++
    }
  }
  return found / short.length
}

/** Words that start a capitalised run without being part of a name (sentence openers, months, weekdays). */
const NOT_NAMES = new Set([
  ...(
    'the a an in on at of for and but or as by to from with after before among during since while when where this that these those ' +
    'his her its their our he she it they we i there here if however according also other others some many most all both each ' +
    'said says told recent iraqi'
  ).split(' '),
  ...ENGLISH_CALENDAR.months.flat().map((m) => m.toLowerCase()),
  ...WEEKDAY_NAMES.map((d) => d.toLowerCase())
])
/** Lower-case words allowed inside a name ("Ministry of Interior", "Abu Bakr al-Baghdadi"). */
const CONNECTORS = new Set(['of', 'al', 'el', 'bin', 'ibn', 'bint', 'de', 'la', 'du', 'van', 'von', 'abu'])

/** Mentions of names in `text`: runs of capitalised words, with the sentence opener and month names stripped. */
export function findNames(text: string, sentences: readonly TextSpan[]): (TextSpan & { text: string })[] {
  const out: (TextSpan & { text: string })[] = []
  for (const sentence of sentences) {
    // a comparison asks for the names of the same sentences several times (shared names, dates' support)
    const cached = namesCache.get(sentence)
    if (cached && cached.text === text && cached.start === sentence.start && cached.end === sentence.end) {
      out.push(...cached.names)
      continue
    }
    const names = namesInSentence(text, sentence)
    namesCache.set(sentence, { text, start: sentence.start, end: sentence.end, names })
    out.push(...names)
  }
  return out
}

const namesCache = new WeakMap<
  TextSpan,
  { text: string; start: number; end: number; names: readonly (TextSpan & { text: string })[] }
>()

/**
 * Reads the names of a sentence from its tokens (segmentTokens(text, sentence.start, sentence.end)),
 * which analyzeText has at hand, and keeps them for findNames: every sentence's names are asked for
 * in a comparison, and keeping the names rather than the tokens lets the tokens die young.
 */
export function rememberNames(text: string, sentence: TextSpan, tokens: readonly Token[]): void {
  namesCache.set(sentence, {
    text,
    start: sentence.start,
    end: sentence.end,
    names: namesInSentence(text, sentence, tokens)
  })
}
/** A capital first letter, or a capital after an Arabic article ("al-Qaim"). Asked of every word: ASCII is decided by its code. */
function isCap(w: string): boolean {
  const c = w.charCodeAt(0)
  if (c >= 65 && c <= 90) return true
  if (c < 128 && c !== 97 && c !== 101) return false
  return /^\p{Lu}/u.test(w) || /^(al|el|ad|as|ash|az)[\-\u2010\u2011]\p{Lu}/u.test(w)
}

function namesInSentence(
  text: string,
  sentence: TextSpan,
  tokens: readonly Token[] = segmentTokens(text, sentence.start, sentence.end)
): (TextSpan & { text: string })[] {
  const out: (TextSpan & { text: string })[] = []
  let i = 0
  while (i < tokens.length) {
    if (!isCap(tokens[i]!.text)) {
      i++
      continue
    }
    let j = i + 1
    while (j < tokens.length) {
      // the gap must be one space (compared in place: a slice per word pair was much of the garbage)
      const gapAt = tokens[j - 1]!.end
      if (tokens[j]!.start !== gapAt + 1 || text.charCodeAt(gapAt) !== 32) break
      const w = tokens[j]!.text
      if (isCap(w)) j++
      else if (CONNECTORS.has(w) && j + 1 < tokens.length && isCap(tokens[j + 1]!.text)) j += 2
      else break
    }
    let s = i
    while (s < j && NOT_NAMES.has(tokens[s]!.text.toLowerCase())) s++
    let e = j
    while (e > s && (NOT_NAMES.has(tokens[e - 1]!.text.toLowerCase()) || CONNECTORS.has(tokens[e - 1]!.text))) e--
    // a lone capitalised word opening a sentence is usually just the opener ("Recent strikes")
    const lone = e - s === 1 && s === 0 && !/[\-\u2010\u2011]/.test(tokens[s]!.text)
    if (e > s && !lone && nameParts(text.slice(tokens[s]!.start, tokens[e - 1]!.end)).some((p) => p.length >= 3)) {
      const start = tokens[s]!.start
      const end = tokens[e - 1]!.end
      out.push({ start, end, text: text.slice(start, end).replace(/['\u2019]s$/, '') })
    }
    i = j
  }
  return out
}

/** Role and title words that do not change who a source is ("spokesman Brig. Gen. Saad Maan" = "Saad Maan"). */
const SOURCE_NOISE = new Set(
  (
    'the a an of s brig gen brigadier general maj major lt col colonel staff chief spokesman spokeswoman spokesperson ' +
    'official officials mr mrs dr minister adviser advisor security iraqi'
  ).split(' ')
)
// Null-prototype dictionaries: looked up with words of imported text, where "constructor" or
// "__proto__" must find nothing rather than Object.prototype's members.
const SOURCE_SYNONYMS: Record<string, string> = Object.assign(Object.create(null), {
  defense: 'defence',
  ministry: 'ministry',
  mod: 'defence',
  moi: 'interior'
})

/** A source as a set of identifying words: "the Ministry of Defence" and "Defence Ministry" give the same set. */
export const sourceWords: (source: string) => readonly string[] = memoize((source: string): readonly string[] => {
  const words = plainLower(source)
    .replace(/['\u2019]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '')
    .map((w) => SOURCE_SYNONYMS[w] ?? w)
  const kept = words.filter((w) => !SOURCE_NOISE.has(w) && !PARTICLES.has(w))
  return [...new Set(kept.length > 0 ? kept : words)].sort()
})

/**
 * Whether two sources are the same speaker or body: one's identifying words contained in the
 * other's ("coalition" / "US-led coalition"), or the same name transliterated. Answers are kept by
 * pair of speakers (symmetric).
 */
export const sameSource: (a: string, b: string) => boolean = memoizePair((a, b) => sameSourceUncached(a, b), 50_000)

function sameSourceUncached(a: string, b: string): boolean {
  const wa = sourceWords(a)
  const wb = sourceWords(b)
  if (wa.length === 0 || wb.length === 0) return false
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa]
  if (short.every((w) => long.some((v) => v === w || partsAlike(w, v)))) return true
  return nameSimilarity(wa.join(' '), wb.join(' ')) === 1
}

/** Speakers that only point back at a source named earlier: "the command", "the statement", "he". */
const ANAPHORS = new Set([
  'command',
  'ministry',
  'statement',
  'army',
  'military',
  'spokesman',
  'he',
  'she',
  'they',
  'it',
  'official',
  'source',
  'sources',
  'agency',
  'police',
  'office',
  'coalition'
])

/** Whether `speaker` is an anaphor, and the head word an antecedent must contain ('' = any source). */
export const anaphorHead = memoize((speaker: string): { head: string } | null => {
  const words = plainLower(speaker)
    .replace(/['\u2019]s\b/g, '')
    .split(/[^\p{L}]+/u)
    .filter((w) => w && w !== 'the' && w !== 'its' && w !== 'his' && w !== 'her')
  if (words.length === 0 || !words.every((w) => ANAPHORS.has(w))) return null
  const head = words.find((w) => !['statement', 'he', 'she', 'they', 'it', 'official', 'source', 'sources'].includes(w))
  return { head: head ?? '' }
})

/** Words of sources that name no one in particular. */
const UNNAMED = new Set(
  'officials official sources source local military security government iraqi us western witnesses witness residents people analysts experts observers unnamed reports report diplomats medics doctors police'.split(
    ' '
  )
)

/** Whether a source names no one in particular ("officials", "local officials", "military sources"). */
export const unnamedSource = memoize((speaker: string): boolean => {
  const words = plainLower(speaker)
    .split(/[^\p{L}]+/u)
    .filter((w) => w && w !== 'the' && w !== 'a' && w !== 'some' && w !== 'other')
  return words.length === 0 || words.every((w) => UNNAMED.has(w))
})

/**
 * Whether two lists of names (from findNames) share a person-like name: at least two parts
 * matching (Sami Jassem al-Juburi ~ Sami Jassem al-Jabouri). One-word places ("al-Qaim") run
 * through a whole story and say nothing about which event a sentence tells.
 */
export function shareFullName(a: readonly string[], b: readonly string[]): boolean {
  const pb = b.map(nameParts).filter((p) => p.length >= 2)
  if (pb.length === 0) return false
  return a.map(nameParts).some((pa) => pa.length >= 2 && pb.some((q) => partsSimilarity(pa, q) === 1))
}
