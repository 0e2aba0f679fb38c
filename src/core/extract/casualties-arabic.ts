/**
 * Casualty counts in Arabic news copy, read word by word (the clitics و ف ب ل ال come off through
 * the text module's folding, numbers through its one table of number words). Shapes:
 * - an event noun or verb, then the count and the victims: "مقتل 24 مدنيا", "وإصابة 37 آخرين",
 *   "استشهاد 12 من منسوبي القوات", "قتل اكثر من 50 شخصا", "لقي 4 أشخاص مصرعهم", "مقتل عشرات
 *   الأشخاص"; without a count the victims' noun gives it: singular 1 ("مقتل عقيد", "وفاة طفلة",
 *   "مقتله"), dual 2 ("مقتل جنديين", "شخصان"), and nouns joined by و add up ("ضابط وثلاثة جنود" 4);
 * - a count, then an outcome noun: "١٥ قتيلا", "و47 جريحا", "ثمانية قتلى", "15 حالة وفاة", "36 جثة";
 * - a count and its victims, then a verb after them: "11 شخصا قتلوا", "1332 عراقيا لقوا مصرعهم",
 *   "أربعة من القادة من بين القتلى";
 * - a toll: "عدد القتلى بلغ 1332", "حصيلة القتلى … بلغت ألفاً", "عدد المصابين يتجاوز 50";
 * - a subgroup after "بينهم" takes the outcome of the count it belongs to ("بينهم نحو 20 طفلا").
 * Bounds: "أكثر من", "ما لا يقل عن", "يتجاوز", "على الأقل" after the victims → min only; "أقل من",
 * "ما يصل إلى" → max only; "نحو", "حوالي", "قرابة", "ما يقرب من" → the figure as stated.
 * Not read as casualties: a definite event noun with no count ("القتل", "الإصابة": the crime or the
 * notion), a negated one ("لم يصابوا", "أي إصابات"), a count after ب ("أصيب بأربع طلقات": bullets).
 * A noun in -ين with no count is read as a dual (2): unvoweled text cannot tell it from a plural.
 */
import type { CasualtyOutcome } from '@core/model'
import {
  ARABIC_QUALIFIERS,
  arabicVague,
  cliticReadings,
  foldArabic,
  readArabicNumber,
  type CliticReading
} from '@core/text'
import { casualtyValue, type Count } from './amounts'
import type { Candidate } from './spans'

type CasualtyCandidate = Extract<Candidate, { kind: 'casualty' }>

interface Token {
  raw: string
  start: number
  end: number
  /** folded (see foldArabic); '' for punctuation */
  fold: string
  /** a lone clitic written before digits ("و47", "بـ 101") */
  clitic?: string
  punct: boolean
  /** what the word alone says, shared by every token of the same spelling (see wordOf) */
  w: Word
  // Readings that depend on the words around: worked out once per token, on first use (every
  // token is tried as the start of each shape, and a count is asked for from several places).
  /** countAt() here, without and with `bi` */
  counts?: (CountAt | null)[]
  /** numberAt() here */
  number?: NumberAt | null
}

/**
 * A word's readings, worked out once per spelling on first use: the shapes ask the same questions
 * of the same words many times, and folding, clitic readings and number words were most of the
 * time of Arabic suggestions. They depend on the word alone, so they are kept across sentences.
 */
interface Word {
  fold: string
  readings?: CliticReading[]
  /** lookup() per table (see TABLES); null: not in it */
  found?: (Found | null)[]
  /** readArabicNumber([raw]) */
  lone?: { value: number; used: number } | null
  /** arabicVague(raw) */
  vague?: string | null
  /** pronounEvent() */
  pronoun?: RegExpExecArray | null
  /** isCasualtyWord() */
  casualty?: boolean
}

const WORDS = new Map<string, Word>()
/** Enough for the vocabulary of many articles; past it the cache starts again (memory stays bounded). */
const MAX_WORDS = 50_000

function wordOf(raw: string, word: boolean): Word {
  let w = WORDS.get(raw)
  if (!w) {
    if (WORDS.size >= MAX_WORDS) WORDS.clear()
    w = { fold: word ? foldArabic(raw) : '' }
    WORDS.set(raw, w)
  }
  return w
}

const TOKEN = /\d[\d,.]*\d|\d|[\u0621-\u064A\u0640\u064B-\u0652\u0670\u0671-\u06D3]+|[A-Za-z]+|[^\s]/g

function tokenize(text: string): Token[] {
  const out: Token[] = []
  TOKEN.lastIndex = 0
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const raw = m[0]
    const word = /^[\u0621-\u064A\u0640\u064B-\u0652\u0670\u0671-\u06D3\dA-Za-z]/.test(raw)
    const w = wordOf(raw, word)
    const tok: Token = { raw, start: m.index, end: m.index + raw.length, fold: w.fold, punct: !word, w }
    const prev = out[out.length - 1]
    // "و47": the conjunction or preposition written onto the digits
    if (
      /^\d/.test(raw) &&
      prev &&
      /^[وفبل]$/.test(prev.fold) &&
      (prev.end === m.index || text.slice(prev.end, m.index).trim() === '')
    ) {
      out.pop()
      tok.clitic = prev.fold
      tok.start = prev.start
    }
    // "(6) حالات": ministry statements put counts in brackets; the brackets belong to the number
    const digits = out[out.length - 1]
    if (raw === ')' && digits && /^\d/.test(digits.raw) && out[out.length - 2]?.raw === '(') {
      out.pop()
      const bracket = out.pop()!
      out.push({ ...digits, start: bracket.start, end: tok.end })
      continue
    }
    out.push(tok)
  }
  return out
}

// The closed class of casualty words, folded, without clitics. Event nouns and verbs take the
// victims after them; outcome nouns follow a count; "after" verbs follow the victims.
const EVENT: Record<string, CasualtyOutcome> = Object.assign(Object.create(null), {
  مقتل: 'killed',
  قتل: 'killed',
  يقتل: 'killed',
  تقتل: 'killed',
  قتلت: 'killed',
  استشهاد: 'killed',
  استشهد: 'killed',
  مصرع: 'killed',
  وفاه: 'killed',
  توفي: 'killed',
  توفيت: 'killed',
  اغتيال: 'killed',
  سقوط: 'killed',
  جثامين: 'killed',
  جثث: 'killed',
  انتشال: 'killed',
  لقي: 'killed',
  لقيت: 'killed',
  اودي: 'killed',
  اودت: 'killed',
  وافت: 'killed',
  يودي: 'killed',
  تودي: 'killed',
  اصابه: 'wounded',
  اصيب: 'wounded',
  اصيبت: 'wounded',
  يصيب: 'wounded',
  تصيب: 'wounded',
  اصاب: 'wounded',
  اصابت: 'wounded',
  جرح: 'wounded',
  جرحت: 'wounded',
  يجرح: 'wounded',
  اختطاف: 'captured',
  خطف: 'captured',
  اختطف: 'captured',
  اختطفت: 'captured',
  يخطف: 'captured',
  يخطفون: 'captured',
  احتجاز: 'captured',
  احتجز: 'captured',
  اسر: 'captured',
  فقدان: 'missing',
  اختفاء: 'missing',
  نزوح: 'displaced',
  تهجير: 'displaced',
  تشريد: 'displaced'
})
/** Event nouns that name one person's death or wound with a pronoun: "مقتله", "إصابتها", "وفاتهما". */
const EVENT_WITH_PRONOUN = /^(مقتل|مصرع|استشهاد|وفات|اصابت|اختطاف|اختفاء)(ه|ها|هما|هم|هن)$/
/** Words that only say the event happened; their victims must follow as a count or a noun. */
const FALL = new Set(['سقوط'])
/** People a fall ("سقوط") counts as victims with no outcome noun: "بسقوط 26 شخصا". */
const FALLEN_PEOPLE = new Set(['شخص', 'شخصا', 'اشخاص', 'شخصين'])
const NEEDS_COUNT = new Set(['سقوط', 'جثامين', 'جثث', 'انتشال', 'اودي', 'اودت', 'يودي', 'تودي', 'وافت'])
/** "لقي … مصرعه", "لقوا حتفهم": the verb means death only with مصرع or حتف after it. */
const MET = new Set(['لقي', 'لقيت', 'لقوا', 'لقيا'])
const CLAIMED = new Set(['اودي', 'اودت', 'يودي', 'تودي'])
/** "قتل" and its kin read both "killed" and "killing": a bare indefinite noun after them is the killer, not the victim. */
const AMBIGUOUS_VERB = new Set([
  'قتل',
  'يقتل',
  'تقتل',
  'قتلت',
  'جرح',
  'اصاب',
  'اصابت',
  'يصيب',
  'تصيب',
  'خطف',
  'اختطف',
  'اسر',
  'احتجز'
])

const OUTCOME_NOUN: Record<string, CasualtyOutcome> = Object.assign(Object.create(null), {
  قتيل: 'killed',
  قتيلا: 'killed',
  قتلي: 'killed',
  ضحيه: 'killed',
  ضحايا: 'killed',
  جثه: 'killed',
  جثث: 'killed',
  جثمان: 'killed',
  جثامين: 'killed',
  وفيات: 'killed',
  وفاه: 'killed',
  جريح: 'wounded',
  جريحا: 'wounded',
  جرحي: 'wounded',
  مصاب: 'wounded',
  مصابا: 'wounded',
  مصابين: 'wounded',
  مصابون: 'wounded',
  مصابان: 'wounded',
  مصابه: 'wounded',
  مصابات: 'wounded',
  اصابات: 'wounded',
  اصابه: 'wounded',
  اسير: 'captured',
  اسيرا: 'captured',
  اسري: 'captured',
  رهينه: 'captured',
  رهائن: 'captured',
  مخطوف: 'captured',
  مخطوفين: 'captured',
  مفقود: 'missing',
  مفقودا: 'missing',
  مفقودين: 'missing',
  مفقودون: 'missing',
  نازح: 'displaced',
  نازحا: 'displaced',
  نازحين: 'displaced',
  نازحون: 'displaced',
  مشرد: 'displaced',
  مشردين: 'displaced'
})
/**
 * How a medical statement grades its cases ("3 حالات حرجة", "وحالة متوسطة", "حالتين خطيرتين"), or a
 * health ministry its infections ("(6) حالات إيجابية"): cases so graded are the wounded or the sick.
 */
const CASE_STATE = new Set([
  'حرجه',
  'خطيره',
  'خطره',
  'متوسطه',
  'طفيفه',
  'بسيطه',
  'ايجابيه',
  'حرجتين',
  'خطيرتين',
  'متوسطتين',
  'طفيفتين',
  'بسيطتين'
])
/** Outcome nouns in the dual, two victims with no number written: "بإصابتين", "قتيلين". */
const DUAL_OUTCOME: Record<string, CasualtyOutcome> = Object.assign(Object.create(null), {
  اصابتين: 'wounded',
  اصابتان: 'wounded',
  قتيلين: 'killed',
  قتيلان: 'killed',
  جريحين: 'wounded',
  جريحان: 'wounded'
})
/** Words beside a count that make its people the recovered or the discharged, not a toll: "شفاء 578 حالة", "29 مصابا خرجوا". */
const RECOVERED_BEFORE = new Set(['شفاء', 'وشفاء', 'تماثل', 'وتماثل', 'خروج', 'وخروج', 'تعافي', 'وتعافي'])
const RECOVERED_AFTER = new Set([
  'خرجوا',
  'غادروا',
  'غادرت',
  'غادر',
  'خرج',
  'تماثلوا',
  'تماثلت',
  'شفوا',
  'شفيت',
  'تعافوا'
])
/** Singular outcome nouns: with no count before them they are one victim ("ومصاب بمحافظة أسيوط"). */
const SINGULAR_OUTCOME = new Set(['قتيل', 'جريح', 'مصاب'])

const AFTER_VERB: Record<string, CasualtyOutcome> = Object.assign(Object.create(null), {
  قتلوا: 'killed',
  قتلا: 'killed',
  قتلتا: 'killed',
  قتل: 'killed',
  استشهدوا: 'killed',
  توفوا: 'killed',
  لقوا: 'killed',
  لقيا: 'killed',
  مقتولا: 'killed',
  مقتولين: 'killed',
  اصيبوا: 'wounded',
  اصيبا: 'wounded',
  جرحوا: 'wounded',
  جرحا: 'wounded',
  نزحوا: 'displaced'
})
/** Verbs after the victims that say two (dual ending): "شخصين قتلا". */
const DUAL_AFTER = new Set(['قتلا', 'قتلتا', 'لقيا', 'اصيبا', 'جرحا'])

/** Words that end a victims' phrase: prepositions, relatives, pronouns, particles, times. */
const STOP = new Set(
  (
    'في من علي عن الي حتي مع بعد قبل خلال اثر جراء نتيجه بسبب عند لدي منذ حيث التي الذي الذين اللذين اللتين هذا هذه ' +
    'ذلك تلك هو هي هم كل اي بعض غير قد كان كانت كانوا لم لا لن ما ان او ثم بين بينهم امس اليوم يوم مساء صباح ليله فيما ' +
    'بينما وفق حسب بحسب وفقا عقب اثناء داخل خارج قرب امام تحت فوق ضد نحو عدد اخري الان جميع معظم معظمهم اغلب اغلبهم ' +
    'وقال قال حالته حالتهم اصابات اصابه بجروح اخرين اخرون'
  ).split(' ')
)
const OTHERS = new Set(['اخرين', 'اخرون', 'اخري', 'غيرهم'])
const NEGATION = new Set(['لا', 'لم', 'لن', 'عدم', 'دون', 'بدون', 'اي', 'نفي', 'نفت', 'ينفي', 'تنفي'])

interface Qualifier {
  words: string[]
  bound: 'lower' | 'upper' | 'about'
}
const QUALIFIERS: Qualifier[] = (
  [
    // the hedges of core/text, one table for reading and judging alike
    ...ARABIC_QUALIFIERS.atLeast.map((w) => [w, 'lower'] as const),
    ...ARABIC_QUALIFIERS.atMost.map((w) => [w, 'upper'] as const),
    ...ARABIC_QUALIFIERS.about.map((w) => [w, 'about'] as const),
    // and a total said as it is ("ما مجموعه 49"): read as the figure stated
    ['ما مجموعه', 'about'] as const,
    ['مجموعه', 'about'] as const
  ] as const
)
  .map(([w, bound]) => ({ words: foldArabic(w).split(' '), bound }))
  // the longest first: "ما لا يزيد عن" before "يزيد عن"
  .sort((a, b) => b.words.length - a.words.length)
/** The qualifiers by their first word, in QUALIFIERS' order (the first that matches wins). */
const QUALIFIERS_BY_FIRST = new Map<string, number[]>()
QUALIFIERS.forEach((q, k) => QUALIFIERS_BY_FIRST.set(q.words[0]!, [...(QUALIFIERS_BY_FIRST.get(q.words[0]!) ?? []), k]))

const AT_LEAST = ['علي', 'الاقل']

interface CountAt {
  count: Count
  /** token index just after the count */
  next: number
}

interface NumberAt {
  value: number
  next: number
  bi: boolean
}

/** A word's entry in one of the tables, with the clitic reading that found it. */
interface Found {
  outcome: CasualtyOutcome
  stem: string
  definite: boolean
  prefixes: string[]
}

/** The folded word without a leading و/ف (the first word of a qualifier or count may carry one). */
function noConj(fold: string): string {
  return (fold[0] === 'و' || fold[0] === 'ف') && fold.length > 2 ? fold.slice(1) : fold
}

function wordsMatch(tokens: Token[], i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const t = tokens[i + k]
    if (!t || t.punct) return false
    if (t.fold !== words[k] && !(k === 0 && noConj(t.fold) === words[k])) return false
  }
  return true
}

/** A number at token i: digits with an optional scale word ("15 ألف"), or number words; `bi` when ب is written onto it. */
function numberAt(tokens: Token[], i: number): NumberAt | null {
  const tok = tokens[i]
  if (!tok) return null
  if (tok.number === undefined) tok.number = readNumberAt(tokens, i)
  return tok.number
}

function readNumberAt(tokens: Token[], i: number): NumberAt | null {
  const words: string[] = []
  for (let k = i; k < tokens.length && k < i + 6 && !tokens[k]!.punct; k++) words.push(tokens[k]!.raw)
  if (words.length === 0) return null
  const read = readArabicNumber(words)
  if (!read) return null
  const t = tokens[i]!
  return { value: read.value, next: i + read.used, bi: t.clitic === 'ب' || /^[وف]?ب/.test(t.fold) }
}

/**
 * A count at token i: an optional bound, then a number, a range ("بين 20 و30") or a vague amount
 * ("عشرات", "المئات", "عدد من"). A number with ب on it is an instrument or a price ("بأربع
 * طلقات") unless `bi` allows it (an outcome noun follows: "ب 101 قتيل").
 */
function countAt(tokens: Token[], i: number, bi = false): CountAt | null {
  const tok = tokens[i]
  if (!tok) return readCountAt(tokens, i, bi)
  const slot = bi ? 1 : 0
  tok.counts ??= [undefined as never, undefined as never]
  let c = tok.counts[slot]
  if (c === undefined) c = tok.counts[slot] = readCountAt(tokens, i, bi)
  return c
}

function readCountAt(tokens: Token[], i: number, bi: boolean): CountAt | null {
  let bound: Qualifier['bound'] | undefined
  let j = i
  // only the qualifiers whose first word is this one's (with or without و/ف) can match here
  const t = tokens[i]
  const byFold = t && !t.punct ? QUALIFIERS_BY_FIRST.get(t.fold) : undefined
  const byBare = t && !t.punct ? QUALIFIERS_BY_FIRST.get(noConj(t.fold)) : undefined
  if (byFold || byBare) {
    const order =
      byFold && byBare && byFold !== byBare
        ? [...new Set([...byFold, ...byBare])].sort((a, b) => a - b)
        : (byFold ?? byBare)!
    for (const k of order) {
      const q = QUALIFIERS[k]!
      if (wordsMatch(tokens, i, q.words)) {
        bound = q.bound
        j = i + q.words.length
        break
      }
    }
  }
  // "ما بين 10 و15": ما before بين says nothing more
  if (tokens[j]?.fold === 'ما' && noConj(tokens[j + 1]?.fold ?? '') === 'بين') j++
  const first = tokens[j]
  if (!first || first.punct) return null
  if (first.fold === 'من' && /^\d/.test(tokens[j + 1]?.raw ?? '')) {
    // "من 10 إلى 15 شخصا": a range; "من" before a lone number is partitive, so إلى must follow
    const a = numberAt(tokens, j + 1)
    const to = a ? tokens[a.next] : undefined
    const b = a && to && /^(الي|حتي)$/.test(to.fold) ? numberAt(tokens, a.next + 1) : null
    return a && b && a.value < b.value ? { count: { min: a.value, max: b.value }, next: b.next } : null
  }
  if (noConj(first.fold) === 'بين') {
    const a = numberAt(tokens, j + 1)
    if (!a) return null
    let k = a.next
    if (tokens[k]?.fold === 'او') k++
    const b = numberAt(tokens, k)
    if (b && a.value < b.value) return { count: { min: a.value, max: b.value }, next: b.next }
    return null
  }
  const n = numberAt(tokens, j)
  if (n) {
    if (n.bi && !bi && !bound) return null
    const v = n.value
    const count: Count =
      bound === 'lower'
        ? { min: v, amount: v }
        : bound === 'upper'
          ? { max: v, amount: v }
          : { min: v, max: v, amount: v }
    return { count, next: n.next }
  }
  const vague = vagueOf(first)
  if (vague) {
    let next = j + 1
    let label = vague
    if (vague !== 'thousands' && tokens[next] && vagueOf(tokens[next]!) === 'thousands') {
      label = `${vague === 'dozens' ? 'tens' : vague} of thousands`
      next++
    }
    return { count: { vague: label }, next }
  }
  // "عدد من", "عدد آخر", "العديد من", "الكثير من": a number of, many
  const bare = noConj(first.fold)
  const after = tokens[j + 1]?.fold ?? ''
  if (/^(عدد|العديد|عديد|الكثير)$/.test(bare) && /^(من|اخر|كبير|اخرين)$/.test(after)) {
    return { count: { vague: bare === 'عدد' ? 'عدد' : 'many' }, next: j + 2 }
  }
  if (/^(الكثيرون|كثيرون)$/.test(bare)) return { count: { vague: 'many' }, next: j + 1 }
  return null
}

function vagueOf(tok: Token): string | undefined {
  const w = tok.w
  if (w.vague === undefined) w.vague = arabicVague(tok.raw) ?? null
  return w.vague ?? undefined
}

/** readArabicNumber on the word alone. */
function loneNumber(tok: Token): { value: number; used: number } | null {
  const w = tok.w
  if (w.lone === undefined) w.lone = readArabicNumber([tok.raw])
  return w.lone
}

/** The tables lookup() reads, by slot in Token.found. */
const TABLES = [EVENT, OUTCOME_NOUN, AFTER_VERB]
/** Every stem of the tables: a word none of whose readings is here is in none of them (most words). */
const ANY_STEM = new Set(TABLES.flatMap((t) => Object.keys(t)))
const NOT_FOUND: (Found | null)[] = [null, null, null]

/** The lexicon entry of a word in one of its clitic readings; `definite` when ال was one of them. */
function lookup(tok: Token | undefined, table: Record<string, CasualtyOutcome>): Found | null {
  if (!tok || tok.punct) return null
  const slot = TABLES.indexOf(table)
  const w = tok.w
  if (!w.found) {
    w.readings ??= cliticReadings(w.fold)
    w.found = w.readings.some((r) => ANY_STEM.has(r.stem)) ? [] : NOT_FOUND
  }
  let f = w.found[slot]
  if (f === undefined) {
    f = null
    for (const r of w.readings!) {
      const outcome = table[r.stem]
      if (outcome) {
        f = { outcome, stem: r.stem, definite: r.prefixes.includes('ال'), prefixes: r.prefixes }
        break
      }
    }
    w.found[slot] = f
  }
  return f
}

function pronounEvent(tok: Token | undefined): RegExpExecArray | null {
  if (!tok || tok.punct) return null
  // "وفاته" is وفاة + ه; "ووفاته", "بمقتله", "لإصابتها" carry a clitic before it
  const w = tok.w
  if (w.pronoun === undefined) {
    // every pronoun ending (ه ها هما هم هن) has its ه among the last three letters
    const f = w.fold
    const n = f.length
    w.pronoun =
      f[n - 1] !== 'ه' && f[n - 2] !== 'ه' && f[n - 3] !== 'ه'
        ? null
        : (EVENT_WITH_PRONOUN.exec(f) ?? EVENT_WITH_PRONOUN.exec(noConj(f).replace(/^[بل]/, '')))
  }
  return w.pronoun
}

function isCasualtyWord(tok: Token | undefined): boolean {
  if (!tok) return false
  tok.w.casualty ??= !!(lookup(tok, EVENT) || lookup(tok, OUTCOME_NOUN) || lookup(tok, AFTER_VERB) || pronounEvent(tok))
  return tok.w.casualty
}

/** Could this word be part of the victims' phrase? Function words, numbers, casualty words, a conjunct (و…) or a prepositional phrase (ب…, لل…) end it. */
function victimWord(tok: Token | undefined, first: boolean): boolean {
  if (!tok || tok.punct || tok.clitic || /^[\dA-Za-z]/.test(tok.raw)) return false
  const f = tok.fold
  if (STOP.has(f) || (!first && f === 'من')) return false
  if (/^و/.test(f) || (/^ب/.test(f) && !/^(بن|بني)$/.test(f)) || /^لل/.test(f)) return false
  if (isCasualtyWord(tok) || loneNumber(tok) || /^(مصرع|حتف)/.test(f)) return false
  return true
}

/** The victims after token i: an optional partitive "من", then up to four words. `from` is the first word after "من". */
function victimsAt(tokens: Token[], i: number): { from: number; to: number; partitive: boolean } | null {
  const partitive = tokens[i]?.fold === 'من' && victimWord(tokens[i + 1], true)
  const from = partitive ? i + 1 : i
  let j = from
  while (j < tokens.length && j - from < 4 && victimWord(tokens[j], j === from)) j++
  return j > from ? { from, to: j, partitive } : null
}

/** How many a victims' noun with no count says: dual 2, "others" or a plural vague, else 1. */
function countOfNoun(fold: string): Count {
  const stem = fold.replace(/^ال/, '')
  if (OTHERS.has(stem)) return { vague: 'others' }
  if (stem === 'اخر') return { min: 1, max: 1 }
  if (stem.length >= 4 && /(ين|تان|تين)$/.test(stem)) return { min: 2, max: 2 }
  if (stem.length >= 5 && /ان$/.test(stem)) return { min: 2, max: 2 }
  // -ات plurals and the أفعال broken plural ("أشخاص", "أطفال") name several, not one
  if (
    (stem.length >= 4 && /ات$/.test(stem)) ||
    (stem.length === 5 && stem[0] === 'ا' && stem[3] === 'ا' && !stem.endsWith('ه'))
  )
    return { vague: 'unnumbered' }
  return { min: 1, max: 1 }
}

function addCounts(a: Count, b: Count): Count {
  if (a.vague || b.vague || a.min === undefined || b.min === undefined) return a
  const min = a.min + b.min
  if (a.max === undefined || b.max === undefined) return { min, amount: min }
  return { min, max: a.max + b.max, amount: min }
}

/**
 * A conjunct after the victims that adds to the count: "وثلاثة جنود", "و21 مسلحا" (its count), or
 * a lone noun "وجندي من تشاد", "وطفلين" (its number). A verbal noun or a word before a number
 * starts a new clause ("وتدمير 13 منزلا"), so it adds nothing.
 */
function conjunctAt(
  tokens: Token[],
  i: number,
  nounsToo: boolean,
  outcome: CasualtyOutcome
): { count: Count; to: number } | null {
  const t = tokens[i]
  if (!t || t.punct || !(t.clitic === 'و' || /^و/.test(t.fold))) return null
  // "من أسرة واحدة": "one", whose و is its own first letter, is an adjective, not "and"
  if (/^واحد/.test(t.fold)) return null
  // "وفاة شخص وحالة حرجة": graded cases are the next outcome, not more of the dead
  if (gradedGroup(tokens, i)) return null
  const c = countAt(tokens, i)
  if (c) {
    if (c.count.vague) return null
    // "مقتل 12 شخصا وأكثر من 30 جريحا": a count with an outcome noun of its own is the next toll, not
    // more victims ("إصابة حرجة وثلاث إصابات متوسطة" is one outcome, summed)
    const own = lookup(tokens[c.next], OUTCOME_NOUN) ?? lookup(tokens[c.next], EVENT)
    if (own && own.outcome !== outcome) return null
    const v = victimsAt(tokens, c.next)
    return { count: c.count, to: v ? v.to : c.next }
  }
  if (t.clitic || !nounsToo) return null
  const rest = t.fold.slice(1)
  if (rest.length < 3 || STOP.has(rest) || rest.startsWith('ال') || isCasualtyWord(t)) return null
  if (/^ت..ي.$/.test(rest) || /^است/.test(rest) || /^ا..ا.$/.test(rest) || /^ان.ا.$/.test(rest)) return null
  const next = tokens[i + 1]
  if (
    next &&
    !next.punct &&
    (/^\d/.test(next.raw) || loneNumber(next) || isCasualtyWord(next) || countAt(tokens, i + 1))
  )
    return null
  let to = i + 1
  while (to < tokens.length && to < i + 3 && victimWord(tokens[to], false)) to++
  return { count: countOfNoun(rest), to }
}

function atLeastAt(tokens: Token[], i: number): boolean {
  return wordsMatch(tokens, i, AT_LEAST)
}

function atLeast(count: Count): Count {
  return count.min !== undefined ? { min: count.min, amount: count.min } : count
}

/** An adjectival number after a noun: "مصابان اثنان", "إصابة واحدة", "المهاجمين الأربعة". */
function numeralAt(tokens: Token[], i: number): number | null {
  const t = tokens[i]
  // an adjectival number takes no conjunction: "وثلاثة" after a noun is a conjunct
  if (!t || t.punct || t.clitic || (/^[وفبلك]/.test(t.fold) && !/^واحد/.test(t.fold))) return null
  const read = readArabicNumber([t.fold.replace(/^ال/, '')])
  return read && read.value <= 10 ? read.value : null
}

function negated(tokens: Token[], i: number): boolean {
  for (let k = Math.max(0, i - 2); k < i; k++) if (NEGATION.has(tokens[k]?.fold ?? '')) return true
  return false
}

interface Reading {
  from: number
  to: number
  outcome: CasualtyOutcome
  count: Count
  who?: { from: number; to: number }
}

/** Index just after a "مصرع…"/"حتف…" within a few words of `i` (for "لقي … مصرعهم"), or -1. */
function deathNounAfter(tokens: Token[], i: number): number {
  for (let k = i; k < tokens.length && k < i + 8; k++) {
    const t = tokens[k]!
    if (t.punct && /[.؛:!?]/.test(t.raw)) return -1
    if (/^(مصرع|حتف)/.test(noConj(t.fold))) return k + 1
  }
  return -1
}

/** Shape 1: an event noun or verb at i, then the count and the victims, or the victims alone. */
function afterEvent(tokens: Token[], i: number): Reading | null {
  const ev = lookup(tokens[i], EVENT)
  if (!ev || negated(tokens, i)) return null
  // "بتقتل الناس": ب on a present-tense verb is colloquial ("who kill people"), no toll
  if (ev.prefixes.includes('ب') && /^[يت]/.test(ev.stem) && !ev.stem.startsWith('توفي')) return null
  let outcome = ev.outcome
  let j = i + 1
  // "وافت المنية 467 حالة": death came to them
  if (ev.stem === 'وافت') {
    if (tokens[j]?.fold !== 'المنيه') return null
    j++
  }
  // "أقدم / فلان على قتل / فلان": the interior ministry's statements set names off with a slash
  if (tokens[j]?.raw === '/' && !tokens[j + 1]?.punct) j++
  // "أقدم على قتل فلان": after على the verb is a verbal noun, and the noun after it its victim
  const verbalNoun = tokens[i - 1]?.fold === 'علي'
  const second = lookup(tokens[j], EVENT)
  if (second && second.prefixes[0] === 'و' && second.outcome !== outcome && !second.definite) {
    // "مقتل وإصابة 10"
    outcome = 'killed_or_wounded'
    j++
  }
  if (CLAIMED.has(ev.stem) && (tokens[j]?.fold === 'بحياه' || tokens[j]?.fold === 'ب')) j++
  // "وقتل فيه 12 شخصا", "قتلا خلاله 21 سائحا": a preposition with a pronoun between verb and count
  if (/^(فيه|فيها|فيهم|خلاله|خلالها)$/.test(tokens[j]?.fold ?? '') && countAt(tokens, j + 1)) j++
  let r: Reading | null = null
  const c = countAt(tokens, j, CLAIMED.has(ev.stem))
  if (c) {
    let count = c.count
    let end = c.next
    let who: Reading['who']
    if (c.count.vague && tokens[end]?.fold === 'من' && lookup(tokens[end + 1], OUTCOME_NOUN)) end++
    const closing = lookup(tokens[end], OUTCOME_NOUN)
    const v = closing ? null : victimsAt(tokens, end)
    // "سقوط" is a fall: of victims only when an outcome noun says so ("سقوط 27 قتيلا") or people fell
    // ("وكركوك بسقوط 26 شخصا": killed; "سقوط 26 شخصا بين قتيل وجريح"), not of shells
    if (FALL.has(ev.stem) && !closing) {
      if (!v || !FALLEN_PEOPLE.has(tokens[v.from]!.fold)) return null
      const k = v.to
      const both =
        noConj(tokens[k]?.fold ?? '') === 'بين' &&
        lookup(tokens[k + 1], OUTCOME_NOUN) &&
        lookup(tokens[k + 2], OUTCOME_NOUN)
      return both
        ? { from: i, to: k + 3, outcome: 'killed_or_wounded', count, who: { from: v.from, to: v.to } }
        : { from: i, to: v.to, outcome, count, who: { from: v.from, to: v.to } }
    }
    if (closing) {
      if (!(closing.prefixes[0] === 'و') && (!closing.definite || c.count.vague)) {
        // "أسفر عن سقوط 27 قتيلا": the outcome noun closes the phrase and names the outcome
        if (NEEDS_COUNT.has(ev.stem)) outcome = closing.outcome
        end++
        const both = lookup(tokens[end], OUTCOME_NOUN)
        if (both && both.prefixes[0] === 'و' && both.outcome !== closing.outcome) {
          // "عدد من الضحايا والجرحى"
          outcome = 'killed_or_wounded'
          end++
        }
      }
    } else if (v) {
      who = { from: v.from, to: v.to }
      end = v.to
      for (
        let conj = conjunctAt(tokens, end, !v.partitive, outcome);
        conj;
        conj = conjunctAt(tokens, end, !v.partitive, outcome)
      ) {
        count = addCounts(count, conj.count)
        end = conj.to
        who = { from: v.from, to: end }
      }
    } else if (tokens[end]?.fold === 'اخرين' || tokens[end]?.fold === 'اخرون') end++
    if (atLeastAt(tokens, end)) {
      count = atLeast(count)
      end += 2
    }
    r = { from: i, to: end, outcome, count, ...(who ? { who } : {}) }
  } else if (!ev.definite && !NEEDS_COUNT.has(ev.stem)) {
    // no count: the victims' noun says how many
    const v = victimsAt(tokens, j)
    if (!v || v.partitive) return null
    let count = countOfNoun(tokens[v.from]!.fold)
    let end = v.to
    const n = numeralAt(tokens, end)
    if (n !== null) {
      count = { min: n, max: n, amount: n }
      end++
    }
    let joined = false
    // a lone noun joins only a short indefinite phrase ("فتاة وطفلين"), not a name or a possessive ("مؤسسها الملا محمد عمر وخلاف …")
    const nounsToo =
      v.to - v.from <= 2 &&
      !tokens[v.from]!.fold.startsWith('ال') &&
      !/(ها|هم|هما|ه)$/.test(tokens[v.from]!.raw.slice(3))
    for (
      let conj = conjunctAt(tokens, end, nounsToo, outcome);
      conj;
      conj = conjunctAt(tokens, end, nounsToo, outcome)
    ) {
      count = addCounts(count, conj.count)
      end = conj.to
      joined = true
    }
    // after a verb that reads both ways, a bare indefinite noun is the killer ("قتل مسلح … شخصين") or a compound ("قتل عمد")
    if (
      AMBIGUOUS_VERB.has(ev.stem) &&
      !verbalNoun &&
      !tokens[v.from]!.fold.startsWith('ال') &&
      !joined &&
      count.min !== 2
    )
      return objectAfterKiller(tokens, i, v.to, outcome)
    if (count.vague) return null
    // a feminine adjective agrees with the event noun ("وفاة رسمية", "إصابة خطيرة"): no victim named
    if (/يه$/.test(tokens[v.from]!.fold) && !joined) return null
    if (atLeastAt(tokens, end)) {
      count = atLeast(count)
      end += 2
    }
    r = { from: i, to: end, outcome, count, who: { from: v.from, to: end } }
  }
  if (!r) return null
  if (MET.has(ev.stem)) {
    const death = deathNounAfter(tokens, r.to)
    if (death < 0) return null
    r.to = death
  }
  // "سقوط عدد من الضحايا والجرحى": both outcomes named
  if (ev.stem === 'سقوط' && tokens.slice(i, r.to + 2).some((t) => /^(والجرحي|والمصابين|جرحي)$/.test(t.fold)))
    r.outcome = 'killed_or_wounded'
  return r
}

/** Duals of people, folded: with no count written, the object a killer's verb takes ("قتل مسلح … شخصين"). */
const PERSON_DUALS = new Set(['شخصين', 'رجلين', 'امراتين', 'طفلين', 'جنديين', 'شرطيين', 'مواطنين', 'طالبين', 'شقيقين'])
/** How far past the killer a verb's object is looked for: a place phrase, "في لافاييت (ولاية لويزيانا)". */
const PLACE_PHRASE_WORDS = 7

/**
 * "قتل مسلح في لافاييت (ولاية لويزيانا) شخصين": verb, killer, a place phrase, then the victims. Only
 * where a preposition follows the killer, and the object is a count with its victims or a dual of
 * people, before any comma, full stop or other casualty word; `at` is the token after the killer.
 */
function objectAfterKiller(tokens: Token[], i: number, at: number, outcome: CasualtyOutcome): Reading | null {
  if (tokens[at]?.fold !== 'في') return null
  for (let k = at + 2; k < tokens.length && k <= at + PLACE_PHRASE_WORDS; k++) {
    const t = tokens[k]!
    if (t.punct) {
      if (t.raw === '(' || t.raw === ')') continue
      return null
    }
    if (isCasualtyWord(t)) return null
    const c = /^\d/.test(t.raw) || loneNumber(t) ? countAt(tokens, k) : null
    if (c && !c.count.vague) {
      const v = victimsAt(tokens, c.next)
      if (!v || v.partitive) return null
      return { from: i, to: v.to, outcome, count: c.count, who: { from: v.from, to: v.to } }
    }
    if (PERSON_DUALS.has(t.fold))
      return { from: i, to: k + 1, outcome, count: { min: 2, max: 2 }, who: { from: k, to: k + 1 } }
  }
  return null
}

/** Shape 2: a count at i, then an outcome noun ("١٥ قتيلا", "27 شخصًا مصابًا", "15 حالة وفاة", "عشرات الجرحى"). */
function countThenOutcome(tokens: Token[], i: number): Reading | null {
  const c = countAt(tokens, i, true)
  if (!c) return null
  let j = c.next
  let outcome: CasualtyOutcome | undefined
  let who: Reading['who']
  if (c.count.vague && tokens[j]?.fold === 'من') j++
  const direct = lookup(tokens[j], OUTCOME_NOUN)
  if (direct && (!direct.definite || c.count.vague)) {
    outcome = direct.outcome
    j++
  } else if (/^(حاله|حالات)$/.test(tokens[j]?.fold ?? '') && lookup(tokens[j + 1], OUTCOME_NOUN)) {
    outcome = lookup(tokens[j + 1], OUTCOME_NOUN)!.outcome
    j += 2
  } else if (/^(حاله|حالات)$/.test(tokens[j]?.fold ?? '') && /^(لعدد|بعدد)$/.test(tokens[i - 1]?.fold ?? '')) {
    // "سجلت إصابات اختناق مختلفة لعدد 15 حالة": the outcome noun comes first, the count of cases after
    for (let k = i - 2; k >= 0 && k >= i - 6 && !tokens[k]!.punct; k--) {
      const o = lookup(tokens[k], OUTCOME_NOUN)
      if (o && !o.definite) return { from: k, to: j + 1, outcome: o.outcome, count: c.count }
    }
    return null
  } else if (victimWord(tokens[j], true)) {
    const o = lookup(tokens[j + 1], OUTCOME_NOUN)
    if (o && !o.definite && /^مصاب/.test(o.stem)) {
      who = { from: j, to: j + 1 }
      outcome = o.outcome
      j += 2
    }
  }
  if (!outcome) return null
  if (tokens[i]?.clitic === 'ب' && !c.count.min && !c.count.max) return null
  let count = c.count
  if (tokens[j]?.fold === 'اخرين' || tokens[j]?.fold === 'اخرون') j++
  if (atLeastAt(tokens, j)) {
    count = atLeast(count)
    j += 2
  }
  // "844 قتيلا من العراقيين المدنيين"
  if (tokens[j]?.fold === 'من') {
    const v = victimsAt(tokens, j)
    if (v?.partitive) {
      who = { from: v.from, to: v.to }
      j = v.to
    }
  }
  return { from: i, to: j, outcome, count, ...(who ? { who } : {}) }
}

/** Shape 2b: an outcome noun with its numeral after it ("مصابان اثنان"), "حالتي وفاة", or a lone singular in a list ("ومصاب بمحافظة أسيوط"). */
function loneOutcome(tokens: Token[], i: number): Reading | null {
  const tok = tokens[i]!
  const cases = /^(حاله|حالتي|حالتين|حالتان)$/.exec(noConj(tok.fold))
  if (cases) {
    const o = lookup(tokens[i + 1], OUTCOME_NOUN)
    if (!o || o.definite) return null
    const n = cases[1] === 'حاله' ? 1 : 2
    return { from: i, to: i + 2, outcome: o.outcome, count: { min: n, max: n } }
  }
  const dual = DUAL_OUTCOME[noConj(tok.fold).replace(/^[بل]/, '')]
  if (dual && !negated(tokens, i)) return { from: i, to: i + 1, outcome: dual, count: { min: 2, max: 2 } }
  const o = lookup(tok, OUTCOME_NOUN)
  if (!o || o.definite || negated(tokens, i) || noConj(tokens[i - 1]?.fold ?? '') === 'بين') return null
  const n = numeralAt(tokens, i + 1)
  if (n !== null) return { from: i, to: i + 2, outcome: o.outcome, count: { min: n, max: n } }
  if (SINGULAR_OUTCOME.has(o.stem) && o.prefixes[0] === 'و' && !lookup(tokens[i + 1], OUTCOME_NOUN))
    return { from: i, to: i + 1, outcome: o.outcome, count: { min: 1, max: 1 } }
  return null
}

/** One group of graded cases at i: "3 حالات حرجة", "وحالة متوسطة", "حالتين متوسطتين", "حالة إصابة خطيرة". */
function gradedGroup(tokens: Token[], i: number): { count: Count; to: number } | null {
  const c = countAt(tokens, i)
  let count: Count
  let j: number
  if (c) {
    if (c.count.vague || !/^(حاله|حالات)$/.test(tokens[c.next]?.fold ?? '')) return null
    count = c.count
    j = c.next + 1
  } else {
    const m = /^(حاله|حالتي|حالتين|حالتان)$/.exec(noConj(tokens[i]?.fold ?? ''))
    if (!m || tokens[i]!.punct) return null
    const n = m[1] === 'حاله' ? 1 : 2
    count = { min: n, max: n, amount: n }
    j = i + 1
  }
  if (lookup(tokens[j], OUTCOME_NOUN)?.outcome === 'wounded') j++
  return CASE_STATE.has(tokens[j]?.fold ?? '') ? { count, to: j + 1 } : null
}

/**
 * Shape 2c: cases graded by a medical statement, one outcome summed over its grades: "الحادث أسفر
 * عن حالة إصابة خطيرة وثلاث حالات متوسطة" (4 wounded), "و3 حالات حرجة". Not "وهو في حالة حرجة",
 * the state of someone already counted.
 */
function gradedCases(tokens: Token[], i: number): Reading | null {
  if (/^و?(في|هو|هي)$/.test(tokens[i - 1]?.fold ?? '')) return null
  const first = gradedGroup(tokens, i)
  if (!first) return null
  let count = first.count
  let to = first.to
  for (let t = tokens[to]; t && (t.clitic === 'و' || /^و/.test(t.fold)); t = tokens[to]) {
    const next = gradedGroup(tokens, to)
    if (!next) break
    count = addCounts(count, next.count)
    to = next.to
  }
  return { from: i, to, outcome: 'wounded', count }
}

/** Shape 3: a verb (or "من بين القتلى") at i that follows its victims; the count is before it. */
function beforeVerb(tokens: Token[], i: number): Reading | null {
  const tok = tokens[i]!
  let after = lookup(tok, AFTER_VERB)
  let verb = i
  let end = i + 1
  if (!after && noConj(tok.fold) === 'بين' && tokens[i - 1]?.fold === 'من') {
    const o = lookup(tokens[i + 1], OUTCOME_NOUN)
    if (!o?.definite) return null
    after = o
    verb = i - 1
    end = i + 2
  }
  if (!after && noConj(tok.fold) === 'سقطوا' && tokens[i + 1]?.fold === 'بين') {
    // "سقطوا بين قتيل وجريح"
    const k = lookup(tokens[i + 2], OUTCOME_NOUN)
    const w = lookup(tokens[i + 3], OUTCOME_NOUN)
    if (!k || !w || k.outcome === w.outcome) return null
    after = { outcome: 'killed_or_wounded', stem: 'سقطوا', definite: false, prefixes: [] }
    end = i + 4
  }
  // "العشرات سقطوا قتلى": fell, with the outcome noun after the verb
  let fell = false
  if (!after && /^سقط(وا)?$/.test(noConj(tok.fold))) {
    const o = lookup(tokens[i + 1], OUTCOME_NOUN)
    if (!o || o.definite) return null
    after = { outcome: o.outcome, stem: 'سقطوا', definite: false, prefixes: [] }
    end = i + 2
    fell = true
  }
  // "مسلحان وقتلا": a verb with و after its subject is the subject acting, not victims
  if (!after || (verb === i && after.prefixes.length > 0) || negated(tokens, verb)) return null
  let outcome = after.outcome
  const other = tokens[end]?.fold === 'او' ? lookup(tokens[end + 1], AFTER_VERB) : null
  if (other && other.outcome !== outcome) {
    // "أصيبوا أو قتلوا"
    outcome = 'killed_or_wounded'
    end += 2
  }
  if (MET.has(after.stem)) {
    const death = deathNounAfter(tokens, end)
    if (death < 0) return null
    end = death
  }
  // a singular verb after its subject agrees with one person: a plural count before it is another clause's
  if (after.stem !== 'قتل' && after.stem !== 'مقتولا') {
    const found = countBefore(tokens, verb, fell)
    if (found)
      return { from: found.from, to: end, outcome, count: found.count, ...(found.who ? { who: found.who } : {}) }
  }
  const bare = nounBefore(tokens, verb, after.stem)
  return bare ? { from: bare.from, to: end, outcome, count: bare.count, who: { from: bare.from, to: verb } } : null
}

/**
 * The count before a verb that follows its victims, scanning back up to 14 words (not past a full
 * stop or another casualty word). A count right after "بينهم" is a subgroup, so the one before it
 * is taken ("22 مسلحا، بينهم أربعة قادة، قتلوا" → 22).
 */
function countBefore(
  tokens: Token[],
  verb: number,
  vagueAlone = false
): { from: number; count: Count; who?: { from: number; to: number } } | null {
  for (let k = verb - 1; k >= 0 && k >= verb - 14; k--) {
    const t = tokens[k]!
    if (t.punct && /[.؛:!?«»"()]/.test(t.raw)) return null
    if (k < verb - 1 && isCasualtyWord(t)) return null
    const c = countAt(tokens, k)
    if (!c || c.next > verb) continue
    if (/^(بينهم|منهم)$/.test(noConj(tokens[k - 1]?.fold ?? ''))) continue
    // a bound may start a word or a few earlier ("ما لا يقل عن ستة")
    let from = k
    let count = c.count
    for (let q = Math.max(0, k - 4); q < k; q++) {
      const b = countAt(tokens, q)
      if (b && b.next === c.next) {
        from = q
        count = b.count
        break
      }
    }
    const v = victimsAt(tokens, c.next)
    const who = v && v.to <= verb ? { from: v.from, to: v.to } : undefined
    if (count.vague && !who && !(vagueAlone && c.next === verb)) return null
    for (let a = c.next; a < verb; a++) if (atLeastAt(tokens, a)) count = atLeast(count)
    return { from, count, ...(who ? { who } : {}) }
  }
  return null
}

/** The victims' nouns right before a verb, with no count: "وكلهم قتلوا", "شخصين قتلا", "امرأة وطفلا من بين الجرحى", "أن جنديا أميركيا قتل". */
function nounBefore(tokens: Token[], verb: number, stem: string): { from: number; count: Count } | null {
  const prev = tokens[verb - 1]
  if (!prev || prev.punct) return null
  if (/^(كلهم|جميعهم)$/.test(noConj(prev.fold))) return { from: verb, count: { vague: 'all' } }
  const n = numeralAt(tokens, verb - 1)
  if (n !== null && prev.fold.startsWith('ال') && victimWord(tokens[verb - 2], true)) {
    // "جميع المهاجمين الأربعة قتلوا"
    return { from: tokens[verb - 3]?.fold === 'جميع' ? verb - 3 : verb - 2, count: { min: n, max: n } }
  }
  if (/^و/.test(prev.fold)) {
    // "امرأة وطفلا": a noun, و + a noun
    const first = tokens[verb - 2]
    if (!first || !victimWord(first, true)) return null
    const sum = addCounts(countOfNoun(first.fold), countOfNoun(prev.fold.slice(1)))
    const before = tokens[verb - 3]
    if (sum.vague || (before && !before.punct && !STOP.has(before.fold))) return null
    return { from: verb - 2, count: sum }
  }
  if (!victimWord(prev, true)) return null
  if (DUAL_AFTER.has(stem)) {
    // "ضابطي صف في قوة الدرك قتلا": the verb's dual ending is the count
    let k = verb - 1
    while (k > verb - 3 && victimWord(tokens[k - 1], true)) k--
    return { from: k, count: { min: 2, max: 2 } }
  }
  if (countOfNoun(prev.fold).min === 2) return { from: verb - 1, count: { min: 2, max: 2 } }
  if (stem === 'قتل' || stem === 'مقتولا') {
    // "أن جنديا أميركيا قتل", "رائد البقشي مقتولا": one person
    let k = verb - 1
    while (k > verb - 3 && victimWord(tokens[k - 1], true)) k--
    if (stem === 'مقتولا' || /^(ان|انه)$/.test(tokens[k - 1]?.fold ?? '')) return { from: k, count: { min: 1, max: 1 } }
  }
  return null
}

/** Shape 3b: "تعرض اثنين من رجال الأمن للإصابة", "تعرض مواطن للإصابة": subjected to wounding or killing. */
function subjectedTo(tokens: Token[], i: number): Reading | null {
  if (!/^تعرض(ت|وا|ا)?$/.test(noConj(tokens[i]!.fold))) return null
  for (let k = i + 1; k < tokens.length && k < i + 8; k++) {
    const t = tokens[k]!
    if (t.punct) return null
    const m = /^لل(اصابه|قتل|اختطاف|خطف)$/.exec(t.fold)
    if (!m) continue
    const outcome: CasualtyOutcome = m[1] === 'اصابه' ? 'wounded' : m[1] === 'قتل' ? 'killed' : 'captured'
    const c = countAt(tokens, i + 1)
    const v = victimsAt(tokens, c ? c.next : i + 1)
    if (!c && !v) return null
    const count = c ? c.count : countOfNoun(tokens[v!.from]!.fold)
    if (count.vague && !c) return null
    return { from: i, to: k + 1, outcome, count, ...(v && v.to <= k ? { who: { from: v.from, to: v.to } } : {}) }
  }
  return null
}

/** Shape 4: a toll at i: "عدد القتلى بلغ 1332", "بلغ عدد الجرحى 2108 جرحى", "حصيلة القتلى … بلغت ألفاً". */
function toll(tokens: Token[], i: number): Reading | null {
  if (!/^(عدد|حصيله|مجموع)$/.test(noConj(tokens[i]!.fold))) return null
  // "عدد حالات الإصابة": the cases of an outcome
  const head = /^(حالات|حاله)$/.test(tokens[i + 1]?.fold ?? '') ? i + 2 : i + 1
  const o = lookup(tokens[head], OUTCOME_NOUN)
  if (!o) return null
  let outcome: CasualtyOutcome = o.stem === 'ضحايا' ? 'killed_or_wounded' : o.outcome
  for (let k = head + 1; k < tokens.length && k < i + 16; k++) {
    const t = tokens[k]!
    if (t.punct && /[.؛:!?]/.test(t.raw)) return null
    const c = countAt(tokens, k)
    if (!c) continue
    // "المسجلة منذ شهر يونيو 2012 إلى 1059 حالة": a year on the way to the figure
    const v = c.count.min ?? c.count.max ?? 0
    if (v >= 1900 && v <= 2100 && !/^(الي|بلغ|بلغت)$/.test(tokens[k - 1]?.fold ?? '')) continue
    let end = c.next
    const named = lookup(tokens[end], OUTCOME_NOUN)
    if (named && !named.definite) {
      outcome = named.outcome
      end++
    } else if (victimWord(tokens[end], true)) end++
    let count = c.count
    if (atLeastAt(tokens, end)) {
      count = atLeast(count)
      end += 2
    }
    return { from: i, to: end, outcome, count }
  }
  return null
}

/** Shape 5: a search for the missing, "والبحث جار عن ستة آخرين على الأقل". */
function searchFor(tokens: Token[], i: number): Reading | null {
  if (noConj(tokens[i]!.fold) !== 'البحث') return null
  let j = i + 1
  if (/^(جار|جاري|جاريا|مستمر|متواصل|يتواصل|مستمرا)$/.test(tokens[j]?.fold ?? '')) j++
  if (tokens[j]?.fold !== 'عن') return null
  const c = countAt(tokens, j + 1)
  if (!c || c.count.vague) return null
  let end = c.next
  let count = c.count
  let who: Reading['who']
  if (OTHERS.has(tokens[end]?.fold ?? '')) end++
  else {
    const v = victimsAt(tokens, end)
    if (!v || v.partitive) return null
    who = { from: v.from, to: v.to }
    end = v.to
  }
  if (atLeastAt(tokens, end)) {
    count = atLeast(count)
    end += 2
  }
  return { from: i, to: end, outcome: 'missing', count, ...(who ? { who } : {}) }
}

/** Shape 1b: the event noun with a pronoun, one or two people already named: "ما أدى إلى مقتله", "وفاتهما". */
function withPronoun(tokens: Token[], i: number): Reading | null {
  const m = pronounEvent(tokens[i])
  if (!m || negated(tokens, i)) return null
  const stem = m[1]!
  const outcome: CasualtyOutcome =
    stem === 'اصابت' ? 'wounded' : stem === 'اختطاف' ? 'captured' : stem === 'اختفاء' ? 'missing' : 'killed'
  const p = m[2]!
  if (p === 'هم' || p === 'هن') return null
  const n = p === 'هما' ? 2 : 1
  return { from: i, to: i + 1, outcome, count: { min: n, max: n } }
}

/** Casualty suggestions in Arabic `text` (digits already ASCII), left to right. */
export function findArabicCasualties(text: string): CasualtyCandidate[] {
  const tokens = tokenize(text)
  // every shape starts from a casualty word (an event, an outcome noun, a verb after the victims,
  // "مقتله"; "للإصابة" is one too) and "بينهم" needs a reading before it: most sentences have none
  // graded cases ("3 حالات حرجة") and a search ("والبحث جار عن ستة") need no casualty word
  if (!tokens.some((t) => isCasualtyWord(t) || /^و?(حالات|حاله|حالتين|حالتي|البحث)$/.test(t.fold))) return []
  const readings: Reading[] = []
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.punct) continue
    let r =
      toll(tokens, i) ??
      afterEvent(tokens, i) ??
      gradedCases(tokens, i) ??
      countThenOutcome(tokens, i) ??
      withPronoun(tokens, i) ??
      loneOutcome(tokens, i) ??
      beforeVerb(tokens, i) ??
      subjectedTo(tokens, i) ??
      searchFor(tokens, i)
    if (!r) {
      // a subgroup: "بينهم نحو 20 طفلا" takes the outcome of the count it belongs to
      const last = readings[readings.length - 1]
      if (
        noConj(tokens[i]!.fold) === 'بينهم' &&
        last &&
        last.to <= i &&
        tokens[i]!.start - tokens[last.to - 1]!.end < 200
      ) {
        const c = countAt(tokens, i + 1)
        const v = c && !c.count.vague ? victimsAt(tokens, c.next) : null
        if (c && v && !isCasualtyWord(tokens[v.to]))
          r = { from: i, to: v.to, outcome: last.outcome, count: c.count, who: { from: v.from, to: v.to } }
      }
    }
    if (!r || r.to <= r.from || recovered(tokens, r)) continue
    // "وفاة 12 شخصا … لترتفع بذلك حصيلة الضحايا إلى 26": victims counted after deaths are the dead
    if (r.outcome === 'killed_or_wounded' && noConj(tokens[r.from]!.fold) === 'حصيله') {
      const last = readings[readings.length - 1]
      if (last?.outcome === 'killed' && !readings.some((x) => x.outcome !== 'killed')) r.outcome = 'killed'
    }
    readings.push(r)
    // shape 3 reaches back over words already passed; every shape moves on past its span
    i = Math.max(i, r.to - 1)
  }
  const more = readings.flatMap((r) => continuations(tokens, r))
  return [...readings, ...more.filter((m) => !readings.some((r) => r.from < m.to && m.from < r.to))]
    .sort((a, b) => a.from - b.from)
    .map((r) => {
      const who =
        r.who && r.who.to > r.who.from ? text.slice(tokens[r.who.from]!.start, tokens[r.who.to - 1]!.end) : undefined
      return {
        kind: 'casualty' as const,
        start: tokens[r.from]!.start,
        end: tokens[r.to - 1]!.end,
        value: casualtyValue(r.outcome, r.count, who)
      }
    })
}

/** The recovered and the discharged are no toll: "شفاء (578) حالة مصابة", "29 مصاباً خرجوا من المستشفيات". */
function recovered(tokens: Token[], r: Reading): boolean {
  for (let k = r.from - 1; k >= 0 && k >= r.from - 2; k--) if (RECOVERED_BEFORE.has(tokens[k]!.fold)) return true
  // "أربعة مصابين خرج ثلاثة منهم": some of them left, the four are still the toll
  return RECOVERED_AFTER.has(tokens[r.to]?.fold ?? '') && !countAt(tokens, r.to + 1)
}

/** A noun's consonants without ال, long vowels and endings: "أشخاص", "شخصين" and "شخص" share "شخص". */
function nounKey(fold: string): string {
  return fold
    .replace(/^و?(ال)?/, '')
    .replace(/(ين|ون|ان|ا)$/, '')
    .replace(/[اوي]/g, '')
    .slice(0, 3)
}

/**
 * More victims of the same outcome after a place or a group: "أودت بحياة سبعة أشخاص في اقليم
 * بالوشيستان … وثلاثة أشخاص بإقليم البنجاب وشخصين في اقليم جيلجيت", "مقتل 17 فردا من القوات المسلحة
 * بينهم 4 ضباط، وأكثر من مائة فرد من العناصر الإرهابية". A count joined by و whose victims' noun is the
 * reading's own is its own claim, until a full stop or another casualty word; victims a verb follows
 * ("و5 أشخاص أصيبوا") belong to that verb.
 */
function continuations(tokens: Token[], r: Reading): Reading[] {
  if (!r.who || r.count.vague) return []
  const key = nounKey(tokens[r.who.from]!.fold)
  if (key.length < 3) return []
  const out: Reading[] = []
  for (let k = r.to; k < tokens.length && k < r.to + 14; k++) {
    const t = tokens[k]!
    if (t.punct && /[.؛:!?«»"]/.test(t.raw)) break
    if (t.punct) continue
    if (isCasualtyWord(t)) break
    if (!(t.clitic === 'و' || /^و/.test(t.fold)) || /^واحد/.test(t.fold)) continue
    const c = countAt(tokens, k)
    let reading: Reading | null = null
    if (c && !c.count.vague) {
      const v = victimsAt(tokens, c.next)
      if (v && !v.partitive && nounKey(tokens[v.from]!.fold) === key)
        reading = { from: k, to: v.to, outcome: r.outcome, count: c.count, who: { from: v.from, to: v.to } }
    } else if (!t.clitic && nounKey(t.fold) === key && countOfNoun(t.fold.slice(1)).min === 2) {
      reading = { from: k, to: k + 1, outcome: r.outcome, count: { min: 2, max: 2 }, who: { from: k, to: k + 1 } }
    }
    if (!reading) continue
    if (isCasualtyWord(tokens[reading.to]) || isCasualtyWord(tokens[reading.to + 1])) break
    out.push(reading)
    k = reading.to - 1
  }
  return out
}
