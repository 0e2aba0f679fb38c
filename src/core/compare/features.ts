/**
 * Sentence features for alignment and matching, computed once per article: a set of terms per
 * sentence (light stems, news synonyms folded, numbers as `#12`, months as `m:7`, name skeletons
 * as `~jbr` so transliterations meet), the day-dates a sentence mentions, and document frequencies
 * from which a pair of articles gets its IDF. Rare shared terms are what make two sentences report
 * the same thing; common ones ("al-Qaim" in a story about al-Qaim) weigh little.
 */
import {
  cliticReadings,
  ENGLISH_CALENDAR,
  englishNumberWord,
  foldArabic,
  parseNumber,
  segmentSentences,
  segmentTokens,
  type TextSpan,
  type Token
} from '@core/text'
import { nameSkeleton, plainLower, rememberNames } from './entities'
import { GROUP_WORDS_EN } from './tolls'

export interface SentenceFeatures extends TextSpan {
  /** index of the paragraph (blank-line separated) holding the sentence */
  para: number
  /** distinct terms, in first-seen order */
  terms: string[]
  /** day-dates mentioned, as day-of-year numbers (month*31+day), for "same event" checks */
  days: number[]
  /** terms of each clause (split at commas, dashes, semicolons) when the sentence has more than one */
  clauses: string[][]
}

export interface DocFeatures {
  text: string
  sentences: SentenceFeatures[]
  /** in how many sentences each term occurs */
  df: Map<string, number>
}

const ARABIC_LETTER = /[\u0600-\u06FF]/

const STOP = new Set(
  (
    'a an the and or but nor of in on at to for from by with as into onto over under about after before between during ' +
    'since until than then so too very is are was were be been being has have had having do does did it its this that ' +
    'these those there their they them he him his she her hers we us our you your i me my which who whom whose what when ' +
    'where while also not no any all some such other own same more most can could would should will shall may might must ' +
    'said say says saying told tell according added al el s t up out off one'
  ).split(' ')
)

/** News-copy synonyms folded to one term, so a reworded sentence still shares its key words. */
// Null-prototype dictionaries: looked up with words of imported text, where "constructor" or
// "__proto__" must find nothing rather than Object.prototype's members.
const SYNONYMS: Record<string, string> = Object.create(null)
for (const [term, words] of Object.entries({
  kill: 'kill killed killing kills died die dies dead death deaths slain slay slew fatality fatalities toll',
  wound: 'wound wounded wounding injure injured injuring injuries injury hurt',
  fighter:
    'fighter fighters militant militants element elements terrorist terrorists jihadist jihadists insurgent insurgents gunman gunmen extremist extremists',
  leader: 'leader leaders commander commanders leadership chief chiefs',
  isil: 'isil isis daesh islamic',
  strike:
    'strike strikes struck airstrike airstrikes bombed bomb bombing bombings hit raid raids shelled shelling targeted targeting',
  aircraft: 'aircraft warplane warplanes jet jets plane planes helicopter helicopters drone drones',
  meet: 'meet meeting meetings gathering gatherings gathered gather met',
  vehicle: 'vehicle vehicles car cars truck trucks',
  soldier: 'soldier soldiers troop troops',
  // the victim group's words (tolls.ts), so "four medics" and "15 members of medical staff" share a term
  medic: GROUP_WORDS_EN.medic,
  spokesman: 'spokesman spokeswoman spokesperson',
  defence: 'defence defense',
  stronghold:
    'stronghold strongholds bastion bastions outpost outposts foothold footholds hideout hideouts refuge refuges haven havens sanctuary',
  route: 'route routes conduit conduits corridor corridors lifeline lifelines',
  border: 'border borders frontier frontiers',
  town: 'town towns city cities',
  last: 'last final remaining',
  senior: 'senior top prominent',
  km: 'km kilometre kilometres kilometer kilometers',
  mile: 'mile miles mi'
})) {
  for (const w of words.split(' ')) SYNONYMS[w] = term
}

const MONTHS: Record<string, number> = Object.create(null)
// every English month form core/text knows (January, Jan; September, Sept, Sep), lower case
ENGLISH_CALENDAR.months.forEach((forms, i) => {
  for (const form of forms) MONTHS[form.toLowerCase()] = i + 1
})
delete MONTHS['may'] // "may" is far more often the verb; the full month still needs a day beside it
const MONTH_WORDS = new Set(Object.keys(MONTHS))
/**
 * The first two letters of every month word (and "may"), as (first | 32) * 128 + (second | 32):
 * "| 32" lower-cases an ASCII letter and maps no other character onto one. Only "İ" and "K" lower-case
 * from beyond ASCII into it, to "i" and "k", which are neither first nor second letter of a month.
 */
const MONTH_STARTS = new Set([...MONTH_WORDS, 'may'].map((m) => m.charCodeAt(0) * 128 + m.charCodeAt(1)))

/** A very light English stemmer: plural, -ing, -ed; enough to meet "crossing" with "crossed". */
export function stem(word: string): string {
  let w = word
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y'
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3)
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2)
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is'))
    return w.slice(0, -1)
  else return w
  return w.length > 2 && w.at(-1) === w.at(-2) && !/[aeiouls]/.test(w.at(-1)!) ? w.slice(0, -1) : w
}

/** The number a token stands for ("1,500", "29th", "twelve"), or null. */
export function tokenNumber(token: string): number | null {
  const t = token.toLowerCase()
  const m = /^(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:st|nd|rd|th)?$/.exec(t)
  if (m) return Number(m[1]!.replace(/,/g, ''))
  return englishNumberWord(t) ?? null
}

/** The month number of a token ("Aug", "August"), or null. */
export function tokenMonth(token: string): number | null {
  // asked of every token (daysIn): most cannot be a month by their first two letters, so skip the lower-casing
  const c0 = token.charCodeAt(0)
  const c1 = token.charCodeAt(1)
  if (c0 > 127 || c1 > 127 || !MONTH_STARTS.has((c0 | 32) * 128 + (c1 | 32))) return null
  const t = token.toLowerCase().replace(/\.$/, '')
  return MONTH_WORDS.has(t) ? MONTHS[t]! : t === 'may' ? 5 : null
}

/**
 * Terms per distinct word, memoised: an article repeats its vocabulary, and folding a word (NFD,
 * stem, skeleton) costs far more than a lookup. Bounded so a long session cannot grow it forever.
 */
const memo = new Map<string, readonly string[]>()
const MEMO_LIMIT = 200_000

/** Terms of one word: the folded stem, plus the name skeleton of a capitalised word. Shared: do not modify. */
function termsOfWord(raw: string): readonly string[] {
  let terms = memo.get(raw)
  if (!terms) {
    const fresh: string[] = []
    foldWord(raw, fresh)
    if (memo.size >= MEMO_LIMIT) memo.clear()
    memo.set(raw, fresh)
    terms = fresh
  }
  return terms
}

/** termsOfWord(raw), appended to `out`. */
function wordTerms(raw: string, out: string[]): void {
  for (const t of termsOfWord(raw)) out.push(t)
}

/**
 * Arabic news-copy words folded to one term (foldArabic spellings, clitics off, a final tanween
 * alif or plural ending dropped before the lookup): "مقتل", "قتلى", "قتيلا" all say kill.
 */
const ARABIC_SYNONYMS: Record<string, string> = Object.create(null)
for (const [term, words] of Object.entries({
  kill: 'قتل مقتل قتلي قتيل قتلو قتلت استشهاد استشهد شهيد شهداء مصرع وفاه وفيات ضحايا ضحيه حتفه',
  wound: 'اصيب اصابه اصابات اصيبو اصيبت جرحي جريح جرح مصاب مصابين',
  blast: 'انفجار تفجير انتحاري مفخخه عبوه',
  strike: 'غاره غارات قصف',
  attack: 'هجوم هجمات اعتداء اعتداءات'
})) {
  for (const w of words.split(' ')) ARABIC_SYNONYMS[w] = term
}
/** Folded Arabic words too common to say what a sentence reports (prepositions, pronouns, "said"). */
const ARABIC_STOP = new Set(
  'في من علي الي عن ان انه التي الذي الذين هذا هذه ذلك تلك كان كانت قد ما لا لم او ثم بعد قبل عند مع حيث كما قال وقال قالت اضاف واضاف بين خلال اي كل وفق وفقا حسب اليوم امس'.split(
    ' '
  )
)

/** The term of one Arabic word: a number, a synonym through any clitic reading, else the barest stem. */
function foldArabicWord(raw: string, out: string[]): void {
  const n = parseNumber(raw)
  if (n !== null) {
    out.push('#' + n)
    return
  }
  const readings = cliticReadings(foldArabic(raw))
  const bare = (w: string) => w.replace(/(?<=..)ا$/, '').replace(/(?<=...)(ين|ون|ات)$/, '')
  for (const { stem: r } of readings) {
    const term = ARABIC_SYNONYMS[r] ?? ARABIC_SYNONYMS[bare(r)]
    if (term) {
      out.push(term)
      return
    }
    if (ARABIC_STOP.has(r)) return
  }
  // the stem without "and" and "the"; ب ل ك come off only before ال ("بالإقليم"), since names
  // begin with them as often ("كابل", "لافاييت", "لبنان")
  const plain = [...readings]
    .reverse()
    .find(
      (r) =>
        r.stem.length >= 3 &&
        (r.prefixes.every((p) => p === 'و' || p === 'ف' || p === 'ال') || r.prefixes.includes('ال'))
    )
  const stem = bare((plain ?? readings[0]!).stem)
  out.push(stem)
  // and its consonants, so two spellings of a name meet ("كابل", "كابول")
  if (stem.length >= 4) {
    const skeleton = stem.replace(/(?<=.)[اوي]/g, '')
    if (skeleton !== stem && skeleton.length >= 3) out.push('~' + skeleton)
  }
}

function foldWord(raw: string, out: string[]): void {
  if (ARABIC_LETTER.test(raw)) {
    foldArabicWord(raw, out)
    return
  }
  const n = tokenNumber(raw)
  if (n !== null) {
    out.push('#' + n)
    return
  }
  const month = tokenMonth(raw)
  if (month !== null && raw.toLowerCase() !== 'may') {
    out.push('m:' + month)
    return
  }
  for (const part of raw.split(/[\-\u2010\u2011]/)) {
    const lower = plainLower(part)
      .replace(/['\u2019]s$/, '')
      .replace(/['\u2019.]/g, '')
    if (lower === '') continue
    if (raw === 'IS' || raw === 'ISIS' || raw === 'ISIL') {
      out.push('isil')
      continue
    }
    if (STOP.has(lower)) continue
    out.push(SYNONYMS[lower] ?? stem(lower))
    if (/^\p{Lu}/u.test(part) && !SYNONYMS[lower]) {
      const sk = nameSkeleton(lower)
      if (sk.length >= 3) out.push('~' + sk)
    }
  }
}

/** Day-dates in a token list: "July 29th", "29 July", "Aug. 14" → month*31+day. */
function daysIn(tokens: readonly string[]): number[] {
  const days: number[] = []
  for (let i = 0; i < tokens.length; i++) {
    const month = tokenMonth(tokens[i]!)
    if (month === null || tokens[i]!.toLowerCase() === 'may') continue
    for (const k of [i + 1, i - 1]) {
      const d = k >= 0 && k < tokens.length ? tokenNumber(tokens[k]!) : null
      if (d !== null && Number.isInteger(d) && d >= 1 && d <= 31 && /^\d/.test(tokens[k]!)) {
        days.push(month * 31 + d)
        break
      }
    }
  }
  return days
}

/**
 * When each term was last seen by `distinct` (a call number): one lasting map instead of a Set per
 * sentence and clause. Cleared when it grows past MEMO_LIMIT, like the memo.
 */
const lastSeen = new Map<string, number>()
let call = 0

/** The distinct strings of a list in first-seen order ([...new Set(list)] without a Set per call). */
function distinct(list: readonly string[]): string[] {
  if (lastSeen.size >= MEMO_LIMIT) lastSeen.clear()
  const now = ++call
  const out: string[] = []
  for (let k = 0; k < list.length; k++) {
    const t = list[k]!
    if (lastSeen.get(t) === now) continue
    lastSeen.set(t, now)
    out.push(t)
  }
  return out
}

/** Terms of a stretch of text (a sentence, a claim's phrase), distinct and in order. */
export function termsOf(text: string, from = 0, to = text.length): string[] {
  const out: string[] = []
  for (const t of segmentTokens(text, from, to)) wordTerms(t.text, out)
  return distinct(out)
}

/** Clause boundaries: a comma, semicolon, colon or dash followed by a space, or a parenthesis. */
const CLAUSE_BREAK = /[,;:()\u060C\u061B]\s|\s[-\u2013\u2014]{1,2}\s/g

/**
 * Term lists of the clauses of a sentence with at least three terms each; empty for a one-clause
 * sentence. `tokens` are the sentence's tokens: no token spans a clause break (a break is
 * punctuation or a dash followed by white space), so each clause's tokens are those starting in it,
 * the same as tokenising the clause alone. `tokenTerms` are the tokens' terms (termsOfWord), read
 * once for the sentence and its clauses.
 */
function clausesOf(
  text: string,
  span: TextSpan,
  tokens: readonly Token[],
  tokenTerms: readonly (readonly string[])[]
): string[][] {
  const s = text.slice(span.start, span.end)
  const out: string[][] = []
  let k = 0
  const clause = (to: number) => {
    const terms: string[] = []
    while (k < tokens.length && tokens[k]!.start - span.start < to) for (const t of tokenTerms[k++]!) terms.push(t)
    out.push(distinct(terms))
  }
  CLAUSE_BREAK.lastIndex = 0
  for (let m = CLAUSE_BREAK.exec(s); m; m = CLAUSE_BREAK.exec(s)) {
    clause(m.index)
    // tokens between the break's start and its end: none (see above), but stay exact if one were
    while (k < tokens.length && tokens[k]!.start - span.start < m.index + m[0].length) k++
  }
  if (out.length === 0) return []
  clause(s.length)
  return out.filter((c) => c.length >= 3)
}

/** Features of every sentence of `text`, and the document frequencies of their terms. */
export function analyzeText(text: string): DocFeatures {
  const sentences: SentenceFeatures[] = []
  const df = new Map<string, number>()
  let para = 0
  let offset = 0
  for (const paragraph of text.split(/\n{2,}/)) {
    const pStart = text.indexOf(paragraph, offset)
    offset = pStart + paragraph.length
    for (const span of segmentSentences(text, pStart, offset)) {
      const found = segmentTokens(text, span.start, span.end)
      const tokens = found.map((t) => t.text)
      const tokenTerms = tokens.map(termsOfWord)
      const terms: string[] = []
      for (const ts of tokenTerms) for (const t of ts) terms.push(t)
      const unique = distinct(terms)
      for (const term of unique) df.set(term, (df.get(term) ?? 0) + 1)
      const sentence: SentenceFeatures = {
        ...span,
        para,
        terms: unique,
        days: daysIn(tokens),
        clauses: clausesOf(text, span, found, tokenTerms)
      }
      rememberNames(text, sentence, found)
      sentences.push(sentence)
    }
    para++
  }
  return { text, sentences, df }
}

/** IDF weights for comparing two documents: log(1 + N/df) over the sentences of both. */
export function pairIdf(a: DocFeatures, b: DocFeatures): Map<string, number> {
  const n = a.sentences.length + b.sentences.length
  const idf = new Map<string, number>()
  for (const doc of [a, b]) {
    for (const term of doc.df.keys()) {
      if (idf.has(term)) continue
      const df = (a.df.get(term) ?? 0) + (b.df.get(term) ?? 0)
      idf.set(term, Math.log(1 + n / df))
    }
  }
  return idf
}

/** Total IDF weight of a term list. */
export function weightOf(terms: readonly string[], idf: ReadonlyMap<string, number>): number {
  let w = 0
  for (const t of terms) w += idf.get(t) ?? 0
  return w
}

/**
 * Weighted overlap of two term sets, 0..1: shared IDF weight over the geometric mean of each
 * side's weight (a cosine on binary IDF-weighted vectors), so a short sentence fully contained in a
 * long one still scores well.
 */
export function similarity(
  a: readonly string[],
  b: ReadonlySet<string>,
  idf: ReadonlyMap<string, number>,
  wa: number,
  wb: number
): number {
  if (wa <= 0 || wb <= 0) return 0
  let shared = 0
  for (const t of a) if (b.has(t)) shared += idf.get(t) ?? 0
  return shared / Math.sqrt(wa * wb)
}
