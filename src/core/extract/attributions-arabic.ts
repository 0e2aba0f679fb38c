/**
 * Attributions in Arabic news copy: who says so. Arabic puts the verb first, so the reader finds a
 * reporting verb (text/attribution-words: قال، صرح، أعلن، أكد … with their clitics and endings) at
 * the head of a clause and reads its subject after it:
 * - "وصرح المتحدث الأمني لوزارة الداخلية", "قال مصدر أمني", "وقال جيم كرافت قائد شرطة لافاييت";
 * - before it after كان / لكن / إلا أن: "وكان مصدر أمني قد أفاد", "لكن البيت الأبيض أكد";
 * - none ("وأضاف أن", "وقالت لرويترز"): the subject is a pronoun and takes the last speaker;
 * - after "بحسب", "وفقا لـ", "طبقا لـ", "نقلا عن", "بحسب ما ذكر X", "على لسان X".
 * The speaker is the noun phrase up to the complement (أن، إن، :) or the report's occasion ("في
 * بيان", "أمس"): a person's name with the rank written before it when a title introduces one
 * ("اللواء منصور التركي", not "المتحدث الأمني … اللواء منصور التركي"), else the body or source as
 * written. "لـ" and an outlet after the speaker is the channel (`via`). Later mentions resolve back:
 * a surname ("كرافت"), a definite body ("الوزارة", "المصادر", "المرصد"), a statement ("البيان",
 * "التلفزيون"), an alias given in brackets ("يونامي"), a role written with a name ("رئيس الحكومة").
 * Not attributions: a negated verb ("ولم يكشف"), the paper's aside ("يذكر أن", "يشار إلى"), a
 * present verb without a named speaker ("تشير إلى أن"), a declaration ("أعلن الحداد"), a verse
 * ("قال الله تعالى"), "وفقا للنظام", participles continuing a sentence ("مضيفا أن").
 */
import {
  ARABIC_ACCORDING,
  ARABIC_BODIES,
  ARABIC_CALENDAR,
  ARABIC_CHANNELS,
  ARABIC_DECLARATIONS,
  ARABIC_NAME_ADJECTIVES,
  ARABIC_NAME_PARTICLES,
  ARABIC_NOT_SPEAKERS,
  ARABIC_OBJECTS,
  ARABIC_OCCASIONS,
  ARABIC_OUTLET_NOUNS,
  ARABIC_OUTLETS,
  ARABIC_PLACES,
  ARABIC_RANKS,
  ARABIC_ROLES,
  ARABIC_SOURCES,
  ARABIC_SPEAKER_STOPS,
  ARABIC_STATEMENTS,
  ARABIC_TIME_ADJECTIVES,
  ARABIC_TIME_NOUNS,
  REPORTING_FORMS,
  foldArabic,
  type ReportingForm
} from '@core/text'
import type { Candidate } from './spans'

type AttributionCandidate = Extract<Candidate, { kind: 'attribution' }>

interface Token {
  raw: string
  start: number
  end: number
  /** folded (foldArabic, no tatweel); '' for punctuation */
  fold: string
  punct: boolean
}

/** The cue tables, bound once: each word of the text is looked up in them. */
const ACCORDING: ReadonlyMap<string, string> = new Map(
  Object.entries(ARABIC_ACCORDING).map(([w, v]) => [foldArabic(w), v])
)
const FORMS = REPORTING_FORMS

const LETTERS = '\u0621-\u064A\u0640\u064B-\u0652\u0670\u0671-\u06D3'
const TOKEN = new RegExp(`[${LETTERS}]+|[A-Za-z]+|\\d+|\\n|[^\\s]`, 'g')
const WORD_START = new RegExp(`^[${LETTERS}A-Za-z\\d]`)
const QUOTES = /^[“”«»"„‟]$/
const TANWEEN_FATH = /\u064B/

function tokenize(text: string): Token[] {
  const out: Token[] = []
  TOKEN.lastIndex = 0
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const raw = m[0]
    const word = WORD_START.test(raw)
    out.push({
      raw,
      start: m.index,
      end: m.index + raw.length,
      fold: word ? foldArabic(raw).replace(/ـ/g, '') : '',
      punct: !word
    })
  }
  return out
}

const HEADS = [ARABIC_BODIES, ARABIC_SOURCES, ARABIC_ROLES, ARABIC_RANKS, ARABIC_OUTLETS, ARABIC_PLACES]
const TABLES = [...HEADS, ARABIC_STATEMENTS, ARABIC_SPEAKER_STOPS]
const inTables = (w: string) => TABLES.some((t) => t.has(w))
/** A noun that heads a speaker's phrase or its genitive: a body, source, role, rank, outlet, place. */
const inHeads = (w: string) => HEADS.some((t) => t.has(w))

/** The word without و/ف when it is not itself a table word ("وزارة", "والدة" keep theirs). */
function noConj(fold: string): string {
  if (fold.length <= 3 || !/^[وف]/.test(fold) || inTables(fold) || inTables(dropArticle(fold))) return fold
  return fold.slice(1)
}

// stems are looked up several times for each word of a phrase; a bounded cache keeps that one lookup
const STEMS = new Map<string, string>()

function dropArticle(fold: string): string {
  if (/^لل./.test(fold)) return fold.slice(2)
  if (/^ال../.test(fold)) return fold.slice(2)
  return fold
}

/** A word as tables hold it: no conjunction, no ب/ل/ك with the article, no article. */
function stem(fold: string): string {
  const cached = STEMS.get(fold)
  if (cached !== undefined) return cached
  const s = noConj(fold)
  const out = /^لل./.test(s) ? s.slice(2) : /^[بلك]ال./.test(s) ? s.slice(3) : dropArticle(s)
  if (STEMS.size > 20000) STEMS.clear()
  STEMS.set(fold, out)
  return out
}

function isIn(table: ReadonlySet<string>, fold: string): boolean {
  return table.has(fold) || table.has(stem(fold)) || table.has(noConj(fold))
}

const isDefinite = (fold: string) => /^(?:ال|لل|بال|كال)/.test(noConj(fold))
/** Adjectives a body's name takes: nisba forms ("الأمني", "التركية", "محليون"), feminine ones ("المسلحة"). */
const isNisba = (fold: string) => /(?:ي|يه|يون|يين|يان|يتان)$/.test(stem(fold)) && stem(fold).length >= 4
const isAdjective = (fold: string, definite: boolean) =>
  isNisba(fold) || isIn(ARABIC_NAME_ADJECTIVES, fold) || (definite && /ه$/.test(fold) && !inTables(stem(fold)))
const isComplement = (fold: string) => /^(?:[وف])?(?:ب|ل)?(?:ان|لان)(?:ه|ها|هم|هما|نا|ني)?$/.test(fold)
/** The occasion of speaking, with a pronoun on it or not: "في بيانها", "في لقائه". */
const isOccasion = (fold: string) =>
  ARABIC_OCCASIONS.has(fold) ||
  ARABIC_OCCASIONS.has(stem(fold)) ||
  ARABIC_OCCASIONS.has(stem(fold).replace(/(?:ه|ها|هم)$/, ''))
const hasPossessive = (fold: string) => /(?:ها|هم|هما|كم)$/.test(fold) && fold.length > 4

const DAY_WORDS = new Set(
  [
    ...ARABIC_CALENDAR.weekdays.flat(),
    ...Object.keys(ARABIC_CALENDAR.days),
    ...Object.keys(ARABIC_CALENDAR.dayParts)
  ].map((w) => foldArabic(w))
)
const isDay = (fold: string) => DAY_WORDS.has(fold) || DAY_WORDS.has(noConj(fold))

/** Words after which a verb heads its clause ("كما أشار", "وكانت ذكرت", "فيما أوضح", "الذي قال"). */
const OPENERS = new Set(
  [
    'كما',
    'ثم',
    'فيما',
    'بينما',
    'حين',
    'حيث',
    'قد',
    'وقد',
    'فقد',
    'كان',
    'كانت',
    'وكان',
    'وكانت',
    'لكن',
    'ولكن',
    'لكنه',
    'لكنها',
    'ما',
    'لما',
    'حسبما',
    'عندما',
    'اذ',
    'انه',
    'انها',
    'بدوره',
    'بدورها',
    'جانبه',
    'جانبها',
    'ناحيته',
    'ناحيتها',
    'عادت',
    'عاد'
  ].map(foldArabic)
)
const RELATIVES = new Set(['الذي', 'التي', 'اللذين', 'اللتين', 'الذين', 'اللذان'].map(foldArabic))
/** Before a subject that comes ahead of its verb: "وكان X قد قال", "لكن X قال", "إلا أن X شددت". */
const SUBJECT_FIRST = new Set(['كان', 'كانت', 'وكان', 'وكانت', 'لكن', 'ولكن'])
const NEGATIONS = new Set(['لم', 'ولم', 'لن', 'ولن', 'لا', 'ولا', 'فلم'])
/** Verbs that may take the words they report straight after them ("وأضاف: …", "وقال “…”", "واضاف تمت …"). */
const SPEECH = new Set(['قال', 'أضاف', 'تابع'])
/** Words after a verb that leave its subject a pronoun: a preposition, the occasion, the channel. */
const AFTER_PRONOUN = new Set([
  'الي',
  'علي',
  'عن',
  'في',
  'فيه',
  'فيها',
  'خلال',
  'امام',
  'عبر',
  'قوله',
  'بالقول',
  'ذلك',
  'كذلك',
  'ايضا'
])

interface Known {
  speaker: string
  /** the speaker's words as stems, for matching later mentions */
  stems: string[]
  /** the role written with a person's name ("رئيس الحكومة التركية"), as stems */
  role: string[]
  person: boolean
  /** two speakers joined ("المرصد وسكان"): pronouns take it, a later "المرصد" does not */
  joint: boolean
  /** an outlet's noun when named as one ("صحيفة"), for "الصحيفة" later */
  outlet?: string
  aliases: string[]
  /** the gender its verb agreed in ("قالت الوزارة"), when one did */
  feminine?: boolean
}

/** A speaker's phrase read after (or before) a verb. */
interface Phrase {
  /** tokens [from, to) the phrase covers */
  from: number
  to: number
  speaker: string
  stems: string[]
  role: string[]
  person: boolean
  /** its head is a body, a source, a role or rank: a subject, not an object */
  headed: boolean
  /** a name alone, in no table ("اردوغان", "عبود"): a subject only when the clause ends after it */
  bare: boolean
  definite: boolean
  joint: boolean
  alias?: string
  outlet?: string
  via?: string
  viaEnd?: number
  /** the body in a person's title, remembered for later mentions of it */
  body?: { speaker: string; stems: string[] }
  /** the person in a body's name ("مكتب الرئيس بول بيا"), remembered for a later "الرئيس" */
  member?: { speaker: string; stems: string[]; role: string[] }
}

type Resolved = { speaker: string; stems: string[]; person: boolean; joint?: boolean }

export class ArabicAttributionReader {
  private readonly tokens: Token[]
  private readonly known: Known[] = []
  /** the channel of the last attribution: "وقال آخر" after "نقل تلفزيون … على لسان شخص" is on it too */
  private lastVia: string | undefined
  /** "ووزارة الداخلية إذ تعلن ذلك … وتحذر": the body whose present verbs go on until the sentence ends */
  private statementSubject: { speaker: string; until: number } | undefined

  constructor(private readonly text: string) {
    this.tokens = tokenize(text)
  }

  /** Attribution suggestions, in text order. */
  read(): AttributionCandidate[] {
    const out: AttributionCandidate[] = []
    const t = this.tokens
    for (let i = 0; i < t.length; i++) {
      const tok = t[i] as Token
      if (tok.punct) continue
      const according =
        ACCORDING.get(tok.fold) ??
        (tok.fold.charCodeAt(0) === 0x648 || tok.fold.charCodeAt(0) === 0x641
          ? ACCORDING.get(tok.fold.slice(1))
          : undefined)
      if (according) {
        const found = this.according(i, according)
        if (found) {
          out.push(found.candidate)
          i = found.next - 1
        }
        continue
      }
      const form = this.formAt(i)
      if (!form) continue
      const found = this.verbAt(i, form)
      if (found && !form.verb.silent) out.push(found)
    }
    return this.mergeChannels(out)
  }

  private formAt(i: number): ReportingForm | undefined {
    const tok = this.tokens[i]
    if (!tok || tok.punct || TANWEEN_FATH.test(tok.raw)) return undefined
    const fold = tok.fold
    const form =
      FORMS.get(fold) ??
      (fold.charCodeAt(0) === 0x648 || fold.charCodeAt(0) === 0x641 ? FORMS.get(fold.slice(1)) : undefined)
    if (!form) return undefined
    // the dual "أكدا", "أشارا" is spelled like an accusative participle ("طالبا", "كشفا"): only with و or after a relative
    if (form.dual && !/^[وف]/.test(fold) && !RELATIVES.has(this.tokens[i - 1]?.fold ?? '')) return undefined
    return form
  }

  private word(i: number): Token | undefined {
    const t = this.tokens[i]
    return t && !t.punct ? t : undefined
  }

  private hasConj(i: number): boolean {
    const fold = this.tokens[i]?.fold ?? ''
    return /^[وف]/.test(fold) && !REPORTING_FORMS.has(fold)
  }

  /** The verb at `i` heads its clause: after a mark, with و/ف on it, or after an opener. */
  private heads(i: number): boolean {
    if (this.hasConj(i)) return true
    const prev = this.tokens[i - 1]
    if (!prev || prev.punct) return true
    return OPENERS.has(prev.fold) || RELATIVES.has(prev.fold)
  }

  private verbAt(i: number, form: ReportingForm): AttributionCandidate | null {
    const t = this.tokens
    const tok = t[i] as Token
    const lemma = form.verb.lemma
    const prev = this.word(i - 1)
    const negated = !!prev && NEGATIONS.has(prev.fold)
    if (form.verb.needs) return negated ? null : this.needing(i, form)
    let j = i + 1
    // time words between the verb and its subject: "كما ذكرت الجمعة مصادر رسمية"
    j = this.skipTime(j)
    if (negated) {
      // not suggested, but its subject is the "he" of the next sentence ("ولم يقل متحدث … وقال إنهم")
      const p = this.phraseAt(j)
      if (p && p.headed) this.remember(this.resolve(p), p)
      return null
    }
    const next = t[j]
    if (lemma === 'أعلن' && next && isIn(ARABIC_DECLARATIONS, next.fold)) return null
    if (
      form.verb.ambiguous &&
      !this.hasConj(i) &&
      !RELATIVES.has(prev?.fold ?? '') &&
      !(prev && OPENERS.has(prev.fold) && !['فيما', 'ما', 'لما'].includes(prev.fold))
    )
      return null
    const stated = form.present ? this.statedBy(i, lemma) : null
    if (stated) return stated
    const before = this.subjectBefore(i)
    if (before)
      return this.candidate(
        (t[before.from] as Token).start,
        tok.end,
        before.speaker,
        lemma,
        before.via ?? this.channelAfter(i + 1)
      )
    const opens = this.heads(i)
    if (next && (QUOTES.test(next.raw) || next.raw === '(')) {
      // "وأشار “لصور”": a quoted mention of a speaker; otherwise the quote is what was said
      const q = this.quoted(j)
      const who = q ? this.knownByName(q.text) : undefined
      if (who && opens) return this.candidate(tok.start, (t[q!.close] as Token).end, who.speaker, lemma, undefined)
    }
    // "أكد لـ«عكاظ» وكيل وزارة الصحة …", "صرح بذلك لـ"الوطن" المتحدث …": the channel before the subject
    const channelFirst = opens ? this.channelBeforeSubject(j) : null
    let after = channelFirst ? this.phraseAt(channelFirst.subject) : next && !next.punct ? this.phraseAt(j) : null
    if (channelFirst && !after?.headed) after = null
    if (!after && next && !next.punct && (hasPossessive(next.fold) || next.fold === 'ذلك')) {
      // the object first, then the subject: "تبنى بعضها تنظيم “داعش”"
      const subject = this.phraseAt(j + 1)
      if (subject && subject.headed) after = subject
    }
    if (after && !ARABIC_NOT_SPEAKERS.has(stem(next?.fold ?? ''))) {
      const resolved = this.resolve(after)
      const isKnown = resolved !== after
      const clean = after.via !== undefined || this.endsClause(after.to)
      let accept =
        after.headed || (isKnown && (after.definite || after.bare)) || (after.bare && clean && opens && !form.present)
      // a present verb reports only with a speaker named ("يقول الجيش"); "وتشير المعلومات" is findings
      if (form.present && !after.headed && !(isKnown && after.person)) accept = false
      if (!opens && !after.headed && !isKnown) accept = false
      if (form.verb.ambiguous && !isKnown && !(after.headed && this.complementAt(after.to))) accept = false
      // "وأعلنت الحكومة الحداد": the subject declares, it does not report
      if (lemma === 'أعلن' && isIn(ARABIC_DECLARATIONS, t[after.to]?.fold ?? '')) return null
      if (accept) {
        const end = after.viaEnd ?? (t[after.to - 1] as Token).end
        this.remember(resolved, after, singular(tok.fold, form) ? form.feminine : undefined)
        return this.candidate(
          tok.start,
          end,
          resolved.speaker,
          lemma,
          after.via ?? channelFirst?.via ?? this.channelAfter(after.to)
        )
      }
    }
    if (!opens || form.present) return null
    // no subject written: a pronoun, the last speaker
    if (!this.pronounFollows(j, form, !!after && after.headed)) return null
    if (form.object && RELATIVES.has(prev?.fold ?? '')) return null
    const who = this.recent(false, singular(tok.fold, form) ? form.feminine : undefined)
    if (!who) return null
    const via = this.viaAt(j)
    return this.candidate(tok.start, via?.end ?? tok.end, who.speaker, lemma, via?.via ?? this.channelAfter(j))
  }

  /**
   * A body's statement in the present, as the interior ministry closes its statements: "ووزارة
   * الداخلية إذ تعلن عن ذلك لتؤكد … وتحذر في الوقت ذاته …". The subject stands before إذ; the
   * present verbs joined by و after it, to the end of the sentence, are its statements too.
   */
  private statedBy(i: number, lemma: string): AttributionCandidate | null {
    const t = this.tokens
    const tok = t[i] as Token
    const prev = t[i - 1]
    if (prev?.fold === 'اذ') {
      let from = i - 1
      while (from > 0 && i - 1 - from < 8 && !t[from - 1]?.punct) from--
      const read = this.phraseAt(from, i - 1)
      if (!read || !read.headed || read.to !== i - 1) return null
      // the phrase opens the sentence with و on it: "ووزارة الداخلية"
      const first = t[from] as Token
      const p = noConj(first.fold) !== first.fold ? { ...read, speaker: read.speaker.replace(/^[وف]/, '') } : read
      const resolved = this.resolve(p)
      this.remember(resolved, p)
      let until = i
      while (t[until] && !(t[until]?.punct && /[.؛!?]/.test(t[until]?.raw ?? ''))) until++
      this.statementSubject = { speaker: resolved.speaker, until }
      return this.candidate((t[from] as Token).start, tok.end, resolved.speaker, lemma, undefined)
    }
    const s = this.statementSubject
    if (s && i < s.until && this.hasConj(i) && !this.phraseAt(i + 1)?.headed)
      return this.candidate(tok.start, tok.end, s.speaker, lemma, undefined)
    return null
  }

  /** A channel right after the verb and before a named subject ("لـ«عكاظ» وكيل …"), "بذلك" allowed first. */
  private channelBeforeSubject(j: number): { via: string; subject: number } | null {
    const t = this.tokens
    let k = j
    if (t[k]?.fold === 'بذلك') k++
    const v = this.viaAt(k)
    if (!v) return null
    while (t[k] && (t[k] as Token).end <= v.end) k++
    const w = this.word(k)
    if (!w || isComplement(w.fold) || AFTER_PRONOUN.has(w.fold)) return null
    return { via: v.via, subject: k }
  }

  /** Past time words: "أمس", "الجمعة", "مساء", "الأسبوع الماضي". */
  private skipTime(j: number): number {
    const t = this.tokens
    for (;;) {
      const w = this.word(j)
      if (w && isDay(w.fold)) j++
      else if (w?.fold === 'اول' && (t[j + 1]?.fold === 'امس' || (t[j + 1]?.fold === 'من' && t[j + 2]?.fold === 'امس')))
        j += t[j + 1]?.fold === 'امس' ? 2 : 3
      else if (w && ARABIC_TIME_NOUNS.has(stem(w.fold)) && ARABIC_TIME_ADJECTIVES.has(t[j + 1]?.fold ?? '')) j += 2
      else return j
    }
  }

  /** A complement, a colon or a preposition of the report at `j`: what was said follows. */
  private complementAt(j: number): boolean {
    const tok = this.tokens[j]
    return !!tok && (tok.raw === ':' || (!tok.punct && (isComplement(tok.fold) || AFTER_PRONOUN.has(tok.fold))))
  }

  /** The phrase ending at `to` ends its clause: a mark, a complement, a stop, a channel, a time word. */
  private endsClause(to: number): boolean {
    const tok = this.tokens[to]
    if (!tok) return true
    if (tok.punct) return tok.raw !== '-'
    return (
      isComplement(tok.fold) ||
      isIn(ARABIC_SPEAKER_STOPS, tok.fold) ||
      isDay(tok.fold) ||
      AFTER_PRONOUN.has(tok.fold) ||
      (/^ل/.test(tok.fold) && isIn(ARABIC_OUTLETS, tok.fold.slice(1)))
    )
  }

  /** After a verb with no subject: a complement, a colon or quote, a preposition, the occasion, an object. */
  private pronounFollows(j: number, form: ReportingForm, phraseRead: boolean): boolean {
    const tok = this.tokens[j]
    if (!tok) return false
    if (tok.punct) return tok.raw === ':' || QUOTES.test(tok.raw) || tok.raw === '،' || tok.raw === ','
    if (
      isComplement(tok.fold) ||
      AFTER_PRONOUN.has(tok.fold) ||
      /^(?:ل|ب|عن|الي|علي)(?:ه|ها|هم|هما|نا)$/.test(tok.fold)
    )
      return true
    if (/^ل/.test(tok.fold) && isIn(ARABIC_OUTLETS, tok.fold.slice(1))) return true
    if (/^ب/.test(tok.fold) && !/^بال/.test(tok.fold) && !isIn(ARABIC_BODIES, tok.fold)) return true
    if (isIn(ARABIC_OBJECTS, tok.fold)) return true
    // a definite word after the verb is its subject; read as none, the verb has no speaker to give
    if (isDefinite(tok.fold)) return false
    if (form.object || form.verb.lemma === 'طالب' || form.verb.lemma === 'دعا')
      return !isIn(ARABIC_NOT_SPEAKERS, tok.fold)
    // "واضاف تمت الاستعانة …": speech verbs report what follows them
    return SPEECH.has(form.verb.lemma) && !phraseRead && !form.verb.ambiguous && !isDefinite(tok.fold)
  }

  /** "وكان مصدر أمني تونسي رفيع قد أفاد", "لكن البيت الأبيض أكد", "إلا أن المصادر الأمنية شددت". */
  private subjectBefore(i: number): Phrase | null {
    const t = this.tokens
    let end = i
    if (t[end - 1]?.fold === 'قد') end--
    for (let k = end - 1; k >= 0 && k >= end - 16; k--) {
      const tok = t[k] as Token
      if (tok.punct && !QUOTES.test(tok.raw) && tok.raw !== '(' && tok.raw !== ')') return null
      const opener =
        SUBJECT_FIRST.has(tok.fold) ||
        ((tok.fold === 'ان' || tok.fold === 'انه') && ['الا', 'غير'].includes(t[k - 1]?.fold ?? ''))
      if (!opener) continue
      if (k + 1 >= end) return null
      const p = this.phraseAt(k + 1, end)
      if (!p || (!p.headed && !p.bare)) return null
      if (!this.reachesVerb(p.to, end)) return null
      const resolved = this.resolve(p)
      this.remember(resolved, p)
      return { ...p, speaker: resolved.speaker }
    }
    return null
  }

  /** Between a subject read short and its verb only a place or a role may stand ("صاحب احد المتاجر قرب محطة دوكو قال"). */
  private reachesVerb(to: number, verb: number): boolean {
    if (to === verb) return true
    const t = this.tokens
    for (let k = to; k < verb; k++) if (t[k]?.punct) return false
    const at = t[to] as Token
    if (['قرب', 'في', 'داخل', 'امام'].includes(at.fold)) return verb - to <= 5
    // "وكان وحد الله مايار المتحدث باسم وزارة الصحة قال": a role after the name
    if (isIn(ARABIC_ROLES, at.fold)) {
      const role = this.phraseAt(to, verb)
      return !!role && role.to === verb
    }
    return false
  }

  /** Verbs that report only with a word after them: "تحدث عن", "أصدر بيانا", "نقلت عنه وكالة", "نقل … على لسان X". */
  private needing(i: number, form: ReportingForm): AttributionCandidate | null {
    const t = this.tokens
    const tok = t[i] as Token
    const needs = new Set((form.verb.needs ?? []).map(foldArabic))
    const lemma = form.verb.lemma
    const fits = (w: Token | undefined) => !!w && !w.punct && (needs.has(w.fold) || needs.has(stem(w.fold)))
    if (needs.has('لسان')) {
      // "نقل تلفزيون «سي إن إن» أمس على لسان شخص …", "ونشرت الصحيفة على لسان متحدث …"
      for (let k = i + 1; k < i + 10 && t[k]; k++) {
        if (t[k]?.fold === 'لسان' && t[k - 1]?.fold === 'علي') {
          const p = this.phraseAt(k + 1)
          if (!p) return null
          const channel = this.phraseAt(i + 1, k - 1)
          const via = channel ? this.resolve(channel).speaker : undefined
          const resolved = this.resolve(p)
          this.remember(resolved, p)
          return this.candidate(tok.start, (t[p.to - 1] as Token).end, resolved.speaker, 'قال', via)
        }
        if (t[k]?.punct && !QUOTES.test(t[k]?.raw ?? '')) break
      }
    }
    const next = t[i + 1]
    if (!next || next.punct) return null
    if (lemma === 'نقل') {
      if (!/^عن(ه|ها|هم)$/.test(next.fold)) return this.relayed(i)
      // "ونقلت عنها وكالة الصحافة الفرنسية": the pronoun is the speaker, the subject the channel
      const channel = this.phraseAt(i + 2)
      const who = this.recent(false, /ها$/.test(next.fold))
      if (!channel || !who) return null
      return this.candidate(tok.start, (t[channel.to - 1] as Token).end, who.speaker, lemma, channel.speaker)
    }
    if (!this.heads(i)) return null
    // "تحدثت مصادر عسكرية عن", "وكانت وزارة الصحة قد أصدرت بيانا", "وجه ناشطون … نداء"
    const before = this.subjectBefore(i)
    if (before)
      return fits(next)
        ? this.candidate((t[before.from] as Token).start, tok.end, before.speaker, lemma, before.via)
        : null
    if (fits(next)) {
      // "كما تحدثت عن تقدمها": the last speaker
      const who = this.recent(false, singular(tok.fold, form) ? form.feminine : undefined)
      return who ? this.candidate(tok.start, tok.end, who.speaker, lemma, undefined) : null
    }
    const p = this.phraseAt(i + 1)
    if (!p || (!p.headed && !p.bare)) return null
    const resolved = this.resolve(p)
    // a speaker named without the word ("وتحدثت سوزان رايس، مستشارة …"): the "she" of what follows
    this.remember(resolved, p)
    const after = t[p.to]
    if (!fits(after) || !p.headed) return null
    const end = lemma === 'وجه' ? (after as Token).end : (t[p.to - 1] as Token).end
    return this.candidate(tok.start, end, resolved.speaker, lemma === 'وجه' ? 'وجه نداء' : lemma, p.via)
  }

  /**
   * "ونقلت وكالة رويترز عن مصادر أمنية قولها …", "ونقل المرصد عن سكان محليين أن …": the one quoted
   * after عن is the speaker, the subject that relays them the channel.
   */
  private relayed(i: number): AttributionCandidate | null {
    const t = this.tokens
    if (!this.heads(i)) return null
    const channel = this.phraseAt(i + 1)
    if (!channel || !channel.headed || t[channel.to]?.fold !== 'عن') return null
    const p = this.phraseAt(channel.to + 1)
    if (!p || (!p.headed && !p.bare)) return null
    const via = this.resolve(channel).speaker
    const resolved = this.resolve(p)
    this.remember(resolved, p)
    const tok = t[i] as Token
    return this.candidate(tok.start, (t[p.to - 1] as Token).end, resolved.speaker, 'نقل', via)
  }

  /** "بحسب X", "وفقا لـX", "بحسب ما ذكر X", "وفقا لما ذكره X", "نقلا عن X". */
  private according(i: number, verb: string): { candidate: AttributionCandidate; next: number } | null {
    const t = this.tokens
    const tok = t[i] as Token
    let j = i + 1
    if (verb === 'نقلا عن') {
      if (t[j]?.fold !== 'عن') return null
      j++
    }
    let stripFirst = false
    // "وفق" governs its noun directly ("وفق المرصد السوري"), as "بحسب" does; "وفقا" takes لـ
    const direct = verb === 'بحسب' || verb === 'نقلا عن' || /(?:^|^و)وفق$/.test(tok.fold)
    if (t[j]?.raw === 'لـ' || t[j]?.fold === 'ل') j++
    else if (!direct) {
      if (!/^ل/.test(t[j]?.fold ?? '')) return null
      stripFirst = true
    }
    const next = t[j]
    if (!next || next.punct) return null
    // "بحسب ما أفادت X", "حسبما ذكر X", "وفقا لما ذكره X"
    const what = /ما$/.test(tok.fold) ? j : next.fold === 'ما' || next.fold === 'لما' ? j + 1 : -1
    if (what >= 0) {
      const form = this.formAt(what)
      if (!form) return null
      let k = what + 1
      if (['به', 'بها', 'عنه'].includes(t[k]?.fold ?? '')) k++
      k = this.skipTime(k)
      const p = this.phraseAt(k)
      if (!p || (!p.headed && !p.bare)) return null
      const resolved = this.resolve(p)
      this.remember(resolved, p)
      const end = p.viaEnd ?? (t[p.to - 1] as Token).end
      return { candidate: this.candidate(tok.start, end, resolved.speaker, form.verb.lemma, p.via), next: p.to }
    }
    const p = this.phraseAt(j, Infinity, stripFirst)
    if (!p) return null
    let speaker: Phrase | null = p
    const head = stem(stripFirst ? dropPreposition(next.fold) : next.fold)
    if (isStatement(head)) speaker = this.ownerOf(j, p, head)
    if (!speaker) return null
    const resolved = this.resolve(speaker)
    if (!speaker.headed && resolved === speaker) return null
    this.remember(resolved, speaker)
    const to = Math.max(p.to, speaker.to)
    return {
      candidate: this.candidate(tok.start, (t[to - 1] as Token).end, resolved.speaker, verb, undefined),
      next: to
    }
  }

  /** Whose statement or count: the body after it ("بحسب حصيلة أعلنتها هيئة …"), or the last speaker for "دعواه", "المصدر نفسه". */
  private ownerOf(j: number, p: Phrase, head: string): Phrase | null {
    const t = this.tokens
    if (hasPronoun(head)) {
      const who = this.recent()
      return who
        ? { ...p, speaker: who.speaker, stems: who.stems, headed: true, definite: true, person: who.person }
        : null
    }
    let k = j + 1
    if (this.formAt(k)) k++
    else if (t[k]?.fold === 'الصادره' && t[k + 1]?.fold === 'عن') k += 2
    const after = t[k]
    if (!after || after.punct) {
      if (p.alias) return { ...p, speaker: p.alias, stems: [foldArabic(p.alias)], headed: true }
      return null
    }
    const owner = this.phraseAt(k, Infinity, /^ل/.test(after.fold) && !isDefinite(after.fold))
    return owner ? { ...owner, from: p.from } : null
  }

  /** "ووفقا لوكالة الأنباء الفرنسية، قال X" and "أعلنته وكالة دوغان نقلا عن شهود": one attribution with its channel. */
  private mergeChannels(found: AttributionCandidate[]): AttributionCandidate[] {
    const out: AttributionCandidate[] = []
    for (const c of found) {
      const last = out[out.length - 1]
      const gap = last ? this.text.slice(last.end, c.start) : ''
      if (last && gap.length <= 3 && /^[\s،,]*$/.test(gap)) {
        const outlet = isOutletName(last.value.speaker)
        if ((last.value.verb === 'وفقا ل' || last.value.verb === 'بحسب') && outlet && /[،,]/.test(gap)) {
          out[out.length - 1] = { ...c, start: last.start, value: { ...c.value, via: last.value.speaker } }
          continue
        }
        if (c.value.verb === 'نقلا عن') {
          const value = { ...c.value }
          if (outlet) value.via = last.value.speaker
          out[out.length - 1] = { ...c, start: last.start, value }
          continue
        }
      }
      out.push(c)
    }
    return out
  }

  /** A channel named later in the clause: "في بيان على صفحته على موقع فيسبوك", "في تصريح نشرته وكالة …". */
  private channelAfter(from: number): string | undefined {
    const t = this.tokens
    for (let k = from; k < from + 12 && t[k]; k++) {
      const tok = t[k] as Token
      if (tok.punct && !QUOTES.test(tok.raw)) return undefined
      if (isComplement(tok.fold)) return undefined
      if (ARABIC_CHANNELS.has(tok.fold) && (t[k - 1]?.fold === 'علي' || t[k - 1]?.fold === 'موقع')) return tok.raw
      // "وقال أدهم باشو وهو سياسي محلي لرويترز"
      const via = /^ل/.test(tok.fold) ? this.viaAt(k) : null
      if (via) return via.via
      if (/^(?:نشرته|نشرتها|بثته|بثتها|اوردته|اوردتها)$/.test(tok.fold)) {
        const p = this.phraseAt(k + 1)
        return p ? p.speaker : undefined
      }
    }
    return undefined
  }

  /** "لرويترز", "لوكالة الأنباء الألمانية", "لـ"الوطن"", "لفرانس برس": the channel right after the speaker. */
  private viaAt(j: number): { via: string; end: number } | null {
    const t = this.tokens
    const tok = t[j]
    if (!tok) return null
    if ((tok.raw === 'لـ' || tok.fold === 'ل') && QUOTES.test(t[j + 1]?.raw ?? '')) {
      const q = this.quoted(j + 1)
      return q ? { via: q.text, end: (t[q.close] as Token).end } : null
    }
    if (tok.punct || !/^ل/.test(tok.fold) || !isIn(ARABIC_OUTLETS, dropPreposition(tok.fold))) return null
    const words = [tok.raw.replace(/^ل+ـ?/, (m) => (m.startsWith('لل') ? 'ال' : ''))]
    let end = tok.end
    for (let k = j + 1; k < j + 5 && t[k]; k++) {
      const w = t[k] as Token
      if (w.punct || isComplement(w.fold) || isIn(ARABIC_SPEAKER_STOPS, w.fold) || isDay(w.fold)) break
      if (
        !(isDefinite(w.fold) && !/^[وبل]/.test(w.fold)) &&
        !isIn(ARABIC_OUTLETS, w.fold) &&
        !/^[A-Za-z]/.test(w.raw) &&
        !/برس$/.test(w.fold)
      )
        break
      words.push(w.raw)
      end = w.end
    }
    return { via: words.join(' '), end }
  }

  /** A quoted stretch starting at the quote mark `open`: its text and the closing mark's index. */
  private quoted(open: number): { text: string; close: number } | null {
    const t = this.tokens
    for (let k = open + 1; k < open + 8 && t[k]; k++) {
      const tok = t[k] as Token
      if (QUOTES.test(tok.raw) || tok.raw === ')') {
        if (k === open + 1) return null
        return { text: this.text.slice((t[open + 1] as Token).start, (t[k - 1] as Token).end).trim(), close: k }
      }
      if (tok.punct && tok.raw !== '-') return null
    }
    return null
  }

  /**
   * The noun phrase of a speaker starting at token `j` (ending before `limit`): body, source, role or
   * name words with their adjectives, genitives and affiliations ("لوزارة الداخلية", "بمنطقة جازان",
   * "في مستشفى"), up to a stop. `stripFirst`: the first word carries a preposition ("لوكالة").
   */
  private phraseAt(j: number, limit = Infinity, stripFirst = false): Phrase | null {
    const t = this.tokens
    if (!t[j] || t[j]?.punct) return null
    const words: Token[] = []
    let headKind: 'body' | 'source' | 'role' | 'rank' | 'name' | 'outlet' | 'other' = 'other'
    let nameFrom = -1
    let nameTo = -1
    let rankAt = -1
    let rankRun = 0
    let roleSeen = false
    /** the last word expects a genitive (an indefinite noun in construct, a preposition) */
    let open = false
    let lastPrepUnknown = false
    let indefinite = true
    let joint = false
    let alias: string | undefined
    let quotedName: string | undefined
    let via: { via: string; end: number } | null = null
    /** a name's apposition: "جيم كرافت قائد شرطة لافاييت" */
    let apposition: Phrase | null = null
    let k = j
    let to = j
    const push = (tok: Token, nextOpen: boolean) => {
      words.push(tok)
      k++
      to = k
      open = nextOpen
    }
    const foldAt = (n: number) => (n === j && stripFirst ? dropPreposition((t[n] as Token).fold) : (t[n] as Token).fold)
    /** an indefinite genitive is itself in construct when a noun follows it ("هيئة أركان الجيش", "دائرة صحة محافظة الانبار") */
    const genitiveOpen = (n: number) => {
      const w = t[n]
      return (
        !!w &&
        !w.punct &&
        (isDefinite(w.fold) || inHeads(stem(w.fold))) &&
        !isIn(ARABIC_SPEAKER_STOPS, w.fold) &&
        !isComplement(w.fold) &&
        !isDay(w.fold)
      )
    }
    const isOutletWord = (f: string, raw: string) =>
      /^ل/.test(f) && (isIn(ARABIC_OUTLETS, dropPreposition(f)) || raw === 'لـ')
    while (k < limit && t[k]) {
      const tok = t[k] as Token
      if (tok.punct) {
        if (!(QUOTES.test(tok.raw) || tok.raw === '(') || words.length === 0) break
        const q = this.quoted(k)
        if (!q) break
        if (headKind === 'outlet' && words.length === 1) quotedName = q.text
        else if (open) words.push(...t.slice(k + 1, q.close))
        else if (roleSeen && nameFrom < 0) quotedName = q.text
        else alias = q.text
        // "صحيفة «أدفارتايزر»" and "مدير عام مكتب الصحة “الخضر لصور”" name the speaker; "تنظيم “داعش”",
        // "مؤسس “أديان”" are genitives; "بعثة الأمم المتحدة (يونامي)" gives an alias
        k = q.close + 1
        to = k
        open = false
        if (quotedName) break
        continue
      }
      const f = foldAt(k)
      const first = words.length === 0
      const inName = nameFrom >= 0 && nameTo < 0
      const nameDue = inName || (nameFrom < 0 && rankAt >= 0 && rankAt + rankRun === words.length - 1)
      const next = t[k + 1]
      const nextUnknown =
        !!next &&
        !next.punct &&
        !isDefinite(next.fold) &&
        !inHeads(stem(next.fold)) &&
        !isComplement(next.fold) &&
        !isDay(next.fold)
      // "علي" is the name Ali where a name is due, "على" the preposition
      const ali =
        tok.raw === 'علي' &&
        (nameDue || (roleSeen && !open) || (first && !!next && !next.punct && !isComplement(next.fold)))
      if (!ali && isIn(ARABIC_SPEAKER_STOPS, f) && !ARABIC_NAME_PARTICLES.has(f)) break
      if (isComplement(f) || isDay(f) || /^\d/.test(f) || REPORTING_FORMS.has(f) || REPORTING_FORMS.has(noConj(f)))
        break
      const def = isDefinite(f)
      const rank = isIn(ARABIC_RANKS, f) || f === 'د'
      const role = isIn(ARABIC_ROLES, f)
      const source = isIn(ARABIC_SOURCES, f)
      const body = isIn(ARABIC_BODIES, f) || isIn(ARABIC_PLACES, f)
      const outletNoun = isIn(ARABIC_OUTLET_NOUNS, f)
      const known = rank || role || source || body || outletNoun || isIn(ARABIC_OUTLETS, f)
      const conj = !first && noConj(f) !== f && /^و/.test(f)
      const afterPrepUnknown = lastPrepUnknown
      lastPrepUnknown = false
      if (first) {
        if (!ali && (/^(?:في|من|الي|علي|عن|ب|ل)$/.test(f) || isIn(ARABIC_OBJECTS, f) || hasPossessive(f))) return null
        if (!stripFirst && /^[لب]/.test(f) && !inTables(f) && prepositionOf(f, true)) return null
        // "له", "بها", "عنه": a preposition with a pronoun, never a subject
        if (f.length <= 2 || /^(?:ل|ب|من|عن|الي|علي|في|مع|عند|لدي|منه)(?:ه|ها|هم|هما|ي|نا|كم)$/.test(f)) return null
        if (!known && !def && (isIn(ARABIC_NAME_ADJECTIVES, f) || isIn(ARABIC_NOT_SPEAKERS, f))) return null
        headKind = rank
          ? 'rank'
          : role
            ? 'role'
            : source
              ? 'source'
              : outletNoun && !def
                ? 'outlet'
                : body || isIn(ARABIC_OUTLETS, f)
                  ? 'body'
                  : def || isStatement(stem(f))
                    ? 'other'
                    : 'name'
        if (headKind === 'name') nameFrom = 0
        if (rank) rankAt = 0
        roleSeen = role
        indefinite = !def
        push(tok, !def && known)
        continue
      }
      if (inName && /^(?:عبد|ابو|ابي|بن|بنت|ال)$/.test(words[words.length - 1]?.fold ?? '')) {
        // "عبد الحي", "أبو بكر", "بن هامل": the particle's noun belongs to the name
        push(tok, false)
        continue
      }
      if (inName) {
        if (role || body || source || rank) {
          nameTo = words.length
          // a name then its title: the title is the name's apposition, read for its span and channel
          if (headKind === 'name' && role && !prepositionOf(f, true)) apposition = this.phraseAt(k, limit)
          break
        }
        // a ب/ل word after two names is a preposition ("الرئيس الكيني اوهورو كينياتا بوجود تهديد")
        const prepAfterName = /^[لب]/.test(f) && (/^(?:لل|بال|لال)/.test(f) || words.length - nameFrom >= 2)
        if (isOutletWord(f, tok.raw) || f.length < 2 || /^(?:في|من|عن)$/.test(f) || prepAfterName) {
          nameTo = words.length
          break
        }
        if (def && !/^(?:ال|وال)/.test(f)) {
          nameTo = words.length
          break
        }
        const prevWord = words[words.length - 1]?.fold ?? ''
        if (def && !/^(?:عبد|ابو|ابي)$/.test(prevWord) && !ARABIC_NAME_PARTICLES.has(f)) {
          // a family name with ال ends the name ("خالد السهلي"); a noun after the name does not belong to it
          if (isNisba(f) || this.endsClause(k + 1) || isIn(ARABIC_ROLES, t[k + 1]?.fold ?? '')) push(tok, false)
          nameTo = words.length
          break
        }
        push(tok, false)
        continue
      }
      if (nameFrom >= 0) break
      if (nameDue && nameFrom < 0 && rank) {
        // "اللواء الركن جعفر محمد سعد": a run of ranks is kept whole before the name
        rankRun++
        push(tok, false)
        continue
      }
      if (nameDue) {
        nameFrom = words.length
        push(tok, false)
        // "المقدم القرني": a name begun with ال is the family name alone
        if (def) nameTo = words.length
        continue
      }
      if ((tok.raw === 'لـ' || f === 'ل') && QUOTES.test(next?.raw ?? '')) {
        via = this.viaAt(k)
        break
      }
      if (f.length < 2) break
      if (conj) {
        // coordination: "مسؤول محلي ومصادر بالشرطة", "مكتب الصحة والسكان", "الأمنية والطبية"
        const rest = f.slice(1)
        const restDef = isDefinite(rest)
        const ok = inTables(stem(rest)) || (restDef && !open) || isAdjective(rest, restDef) || /^ب/.test(rest)
        if (!ok || isIn(ARABIC_SPEAKER_STOPS, f)) break
        if (inTables(stem(rest)) && !restDef) joint = true
        push(tok, false)
        continue
      }
      if (isOutletWord(f, tok.raw) && !open) {
        via = this.viaAt(k)
        break
      }
      // "الرئيس بول بيا إن": after a complete title, a ب-word, an unknown word and the clause's end are a name
      const twoWordName = roleSeen && !open && nextUnknown && this.endsClause(k + 2)
      const prep = /^[لب]/.test(f) && !known ? prepositionOf(f, afterPrepUnknown || twoWordName) : ''
      if (prep) {
        const inner = dropPreposition(f)
        if (isOccasion(inner) || (prep === 'ب' && isIn(ARABIC_OBJECTS, inner))) break
        // an affiliation: "لوزارة الداخلية", "بمنطقة جازان", "باسم الشرطة", "لحقوق الإنسان"
        // a noun in ة is in construct with the word after it ("لصحة جدة"), not a place a name follows ("بجازان بيشي")
        lastPrepUnknown = !isDefinite(inner) && !inTables(stem(inner)) && inner !== 'اسم' && !/ة$/.test(tok.raw)
        push(tok, !isDefinite(inner))
        indefinite = false
        continue
      }
      if (f === 'في' || f === 'من') {
        if (!next || next.punct || isOccasion(next.fold) || isDay(next.fold) || isComplement(next.fold)) break
        if (f === 'من') {
          if (next.fold === 'اجل') {
            push(tok, true)
            push(next, true)
            continue
          }
          // "مسؤول من قبيلة تبو", "مصدر من داخل الحكومة": a source's affiliation
          const affiliation =
            words.length === 1 && headKind === 'source' && indefinite && !/(?:ه|ها|هم|هما)$/.test(next.raw)
          if (!affiliation && !/^مقرب/.test(stem(words[words.length - 1]?.fold ?? ''))) break
        }
        push(tok, true)
        continue
      }
      if (rank) {
        // "اللواء الركن جعفر محمد سعد": a run of ranks is kept whole before the name
        rankAt = words.length
        rankRun = 0
        push(tok, false)
        continue
      }
      if (roleSeen && !def && (afterPrepUnknown || !open) && (!known || (role && nextUnknown))) {
        // the name after a role's phrase: "المتحدث باسم البيت الأبيض جوش إيرنست", "… بجازان بيشي الصرخي",
        // "… الشمالية مساعد غالي العنزي"
        nameFrom = words.length
        push(tok, false)
        continue
      }
      if (known) {
        if (!open && !def && role && roleSeen && headKind === 'role') {
          // titles one after another: "وزير الشؤون الاجتماعية وزير الثقافة والإعلام بالنيابة …"
          push(tok, true)
          continue
        }
        if (!open && !def) {
          // a new indefinite noun after a complete phrase starts another phrase: "… والصحة وكالة فرانس برس"
          if (isIn(ARABIC_OUTLETS, f)) {
            const channel = this.phraseAt(k)
            if (channel) via = { via: channel.speaker, end: (t[channel.to - 1] as Token).end }
          }
          break
        }
        roleSeen = roleSeen || role
        push(tok, !def)
        continue
      }
      if (def) {
        // after a noun in construct its genitive; after a complete phrase only an adjective; "القريب من" places it
        if (/^(?:القريب|القريبه)$/.test(f) && next?.fold === 'من') break
        if (!open && (!isAdjective(f, true) || isIn(ARABIC_OBJECTS, f))) break
        push(tok, false)
        indefinite = false
        continue
      }
      if (open && !afterPrepUnknown) {
        // a proper genitive: "شرطة لافاييت", "منطقة جازان", "صحيفة حريت"
        if (headKind === 'outlet' && words.length === 1) nameFrom = 1
        // "مسؤول من قبيلة تبو إن": a name the clause ends on is the genitive's own
        const afterFrom = words[words.length - 1]?.fold === 'من'
        push(tok, genitiveOpen(k + 1) || (afterFrom && nextUnknown && this.endsClause(k + 2)))
        continue
      }
      if (isAdjective(f, false) && indefinite && !afterPrepUnknown) {
        // "مصادر أمنية عراقية", "مسؤولان تركيان كبيران", "سكان محليون"; "مدير عام تعليم الخرج" stays in construct
        const prevRole = words.length === 1 && headKind === 'role'
        push(tok, prevRole && genitiveOpen(k + 1))
        continue
      }
      break
    }
    if (words.length === 0) return null
    if (nameFrom >= 0 && nameTo < 0) nameTo = words.length
    const titleAt = (n: number) =>
      (isIn(ARABIC_ROLES, t[n]?.fold ?? '') || isIn(ARABIC_RANKS, t[n]?.fold ?? '')) &&
      !prepositionOf(t[n]?.fold ?? '', true)
    if (headKind === 'name' && !apposition && to < limit && titleAt(to)) apposition = this.phraseAt(to, limit)
    if (headKind === 'other' && words.length <= 3 && (t[to]?.raw === '،' || t[to]?.raw === ',') && titleAt(to + 1)) {
      // "قال المنجي الرحوي، عضو تحالف الجبهة الشعبية": a name written with ال, then its title
      headKind = 'name'
      nameFrom = 0
      nameTo = words.length
      apposition = this.phraseAt(to + 1, limit)
    }
    if (
      (headKind === 'role' || headKind === 'rank') &&
      nameFrom < 0 &&
      !quotedName &&
      (t[to]?.raw === '،' || t[to]?.raw === ',') &&
      to + 1 < limit
    ) {
      // "صرح المتحدث باسم الداخلية التونسية، محمد علي العروي، أن …": the name after the title, set off by commas
      const named = this.phraseAt(to + 1, limit)
      if (
        named &&
        named.bare &&
        named.to - named.from <= 4 &&
        (t[named.to]?.raw === '،' || t[named.to]?.raw === ',' || this.endsClause(named.to))
      ) {
        return this.finishPhrase({
          from: j,
          to: named.to,
          speaker: named.speaker,
          stems: named.stems,
          role: words.map((w) => stem(w.fold)),
          person: true,
          headed: true,
          bare: false,
          definite: true,
          joint: false,
          alias,
          outlet: undefined,
          via: named.via ? { via: named.via, end: named.viaEnd ?? 0 } : null,
          body: this.bodyOf(words)
        })
      }
    }
    if (apposition) {
      to = apposition.to
      if (apposition.via) via = { via: apposition.via, end: apposition.viaEnd ?? (t[to - 1] as Token).end }
    }
    if (!via && !quotedName) via = this.viaAt(to)
    const clean = (ws: Token[]) =>
      ws
        .map((w) => (w === t[j] && stripFirst ? rawWithoutPreposition(w.raw) : w.raw))
        .join(' ')
        .replace(/ـ/g, '')
    const stemOf = (w: Token) => stem(w === t[j] && stripFirst ? dropPreposition(w.fold) : w.fold)
    let speakerWords = words
    let person = false
    let role: Token[] = []
    let member: Phrase['member']
    const outlet = headKind === 'outlet' ? stem(words[0]?.fold ?? '') : undefined
    if (quotedName) {
      const isPerson = roleSeen && headKind !== 'outlet' && headKind !== 'body'
      return this.finishPhrase({
        from: j,
        to,
        speaker: quotedName,
        stems: [foldArabic(quotedName)],
        role: words.map(stemOf),
        person: isPerson,
        headed: true,
        bare: false,
        definite: true,
        joint,
        alias,
        outlet,
        via,
        body: isPerson ? this.bodyOf(words) : undefined
      })
    }
    if (
      nameFrom > 0 &&
      nameTo === nameFrom + 1 &&
      rankAt + rankRun !== nameFrom - 1 &&
      headKind !== 'outlet' &&
      !this.endsClause(to) &&
      !apposition
    ) {
      // one unknown word after a title that the clause does not end on is its object, not a name: "أكد وزير الخارجية القطري حرص …"
      to = t.indexOf(words[nameFrom - 1] as Token, j) + 1
      words.length = nameFrom
      nameFrom = -1
    }
    if (nameFrom >= 0 && nameTo > nameFrom) {
      const from = rankAt >= 0 && rankAt + rankRun === nameFrom - 1 ? rankAt : nameFrom
      if (headKind === 'source') speakerWords = words.slice(0, nameFrom)
      else if (headKind === 'body') {
        speakerWords = words
        member = {
          speaker: clean(words.slice(nameFrom, nameTo)),
          stems: words.slice(nameFrom, nameTo).map(stemOf),
          role: words
            .slice(0, nameFrom)
            .filter((w) => isIn(ARABIC_ROLES, w.fold))
            .map(stemOf)
        }
      } else if (headKind === 'outlet') speakerWords = words.slice(nameFrom, nameTo)
      else {
        speakerWords = words.slice(from, nameTo)
        person = true
        role = [...words.slice(0, from), ...words.slice(nameTo)]
      }
    }
    while (speakerWords.length > 1 && /^(?:في|من|عن|اجل)$/.test(speakerWords[speakerWords.length - 1]?.fold ?? ''))
      speakerWords = speakerWords.slice(0, -1)
    if (speakerWords.length === 0) return null
    // a surname alone, written with ال: "وأضاف البلوي:"
    const surname =
      headKind === 'other' &&
      words.length === 1 &&
      /^ال..+ي$/.test(words[0]?.fold ?? '') &&
      (isNisba(words[0]?.fold ?? '') || this.endsClause(to))
    if (surname) headKind = 'name'
    // a plural noun in -ات is not a name ("بتحفظات", "تصريحات")
    if (headKind === 'name' && !apposition && /ات$/.test(words[0]?.fold ?? '')) return null
    const bare = headKind === 'name' && !apposition
    return this.finishPhrase({
      from: j,
      to,
      speaker: clean(speakerWords),
      stems: speakerWords.map(stemOf),
      role: apposition ? apposition.stems : role.map(stemOf),
      person: person || headKind === 'name',
      headed: (headKind !== 'other' && headKind !== 'name') || !!apposition,
      bare,
      definite: words.some((w) => isDefinite(w.fold)),
      joint,
      alias,
      outlet,
      via,
      body: person ? this.bodyOf(role) : undefined,
      member
    })
  }

  /** The body named in a person's title ("المتحدث باسم وزارة الداخلية الأفغانية" → the ministry), for a later "وقالت وزارة الداخلية". */
  private bodyOf(role: readonly Token[]): { speaker: string; stems: string[] } | undefined {
    const at = role.findIndex(
      (w) => isIn(ARABIC_BODIES, dropPreposition(w.fold)) && !isIn(ARABIC_PLACES, dropPreposition(w.fold))
    )
    if (at < 0) return undefined
    const ws = role.slice(at).filter((w) => !/^(?:في|من)$/.test(w.fold))
    if (ws.length < 2) return undefined
    return {
      speaker: ws
        .map((w, n) => (n === 0 ? rawWithoutPreposition(w.raw) : w.raw))
        .join(' ')
        .replace(/ـ/g, ''),
      stems: ws.map((w) => stem(dropPreposition(w.fold)))
    }
  }

  private finishPhrase(
    p: Omit<Phrase, 'via' | 'viaEnd' | 'alias' | 'outlet' | 'body' | 'member'> & {
      alias: string | undefined
      outlet: string | undefined
      via: { via: string; end: number } | null
      body: Phrase['body'] | undefined
      member?: Phrase['member']
    }
  ): Phrase {
    const { alias, outlet, via, body, member, ...rest } = p
    const out: Phrase = {
      ...rest,
      speaker: p.speaker
        .replace(/[“”«»"()]/g, '')
        .replace(/\s+/g, ' ')
        .trim()
    }
    if (alias) out.alias = alias.replace(/[“”«»"]/g, '').trim()
    if (outlet) out.outlet = outlet
    if (body) out.body = body
    if (member && member.role.length > 0) out.member = member
    if (via) {
      out.via = via.via
      out.viaEnd = via.end
    }
    return out
  }

  /** A speaker named earlier, by the words given: "لصور" → "الخضر لصور". */
  private knownByName(text: string): Known | undefined {
    const stems = text.split(/\s+/).map((w) => stem(foldArabic(w)))
    for (let k = this.known.length - 1; k >= 0; k--) {
      const kn = this.known[k] as Known
      if (kn.aliases.some((a) => foldArabic(a) === foldArabic(text))) return kn
      if (
        kn.stems.length >= stems.length &&
        kn.stems.slice(kn.stems.length - stems.length).join(' ') === stems.join(' ')
      )
        return kn
    }
    return undefined
  }

  /** A later mention of an earlier speaker: alias, statement, surname, role, definite body; else the phrase itself. */
  private resolve(p: Phrase): Resolved {
    const stems = p.stems.filter((s) => !ARABIC_RANKS.has(s))
    const spoken = foldArabic(p.speaker)
    for (let k = this.known.length - 1; k >= 0; k--) {
      const kn = this.known[k] as Known
      if (kn.aliases.some((a) => foldArabic(a) === spoken)) return kn
    }
    if (stems.length === 0) return p
    // a statement or broadcast speaks for the last body: "وأضاف البيان", "وقال التلفزيون", "الصحيفة"
    if (
      p.definite &&
      stems.length <= 3 &&
      (isStatement(stems[0] as string) || (stems.length === 1 && ARABIC_OUTLET_NOUNS.has(stems[0] as string)))
    ) {
      if (stems.length >= 2) {
        const owner = this.matchBody(stems.slice(1), true)
        if (owner) return owner
      }
      const outlet = [...this.known].reverse().find((kn) => kn.outlet === stems[0])
      if (outlet) return outlet
      const body = this.recent(true)
      if (body) return body
    }
    // a surname or the end of a name given before: "كرافت", "اللواء التركي", "داود اوغلو"
    if (p.bare || p.person || stems.length <= 2) {
      for (let k = this.known.length - 1; k >= 0; k--) {
        const kn = this.known[k] as Known
        if (!kn.person || stems.length >= kn.stems.length) continue
        if (kn.stems.slice(kn.stems.length - stems.length).join(' ') === stems.join(' ')) return kn
      }
    }
    if (p.bare) return this.matchBody(stems, false) ?? this.namedBefore(p, stems) ?? p
    if (p.person) return p
    // a title alone: "الرئيس" for the last person given it ("مكتب الرئيس بول بيا", "الرئيس التركي رجب طيب أردوغان")
    if (p.definite && stems.length === 1 && ARABIC_ROLES.has(stems[0] as string)) {
      for (let k = this.known.length - 1; k >= 0; k--) {
        const kn = this.known[k] as Known
        if (kn.person && kn.role[0] === stems[0]) return kn
      }
    }
    // a role written with a name: "رئيس الحكومة", "رئيس الاستئناف", "المتحدث باسم المؤسسة …"
    if (p.definite && stems.length >= 2) {
      for (let k = this.known.length - 1; k >= 0; k--) {
        const kn = this.known[k] as Known
        if (!kn.person || kn.role.length < 2) continue
        const n = Math.min(kn.role.length, stems.length, 3)
        if (kn.role.slice(0, n).join(' ') === stems.slice(0, n).join(' ')) return kn
      }
    }
    return (
      this.matchBody(stems, p.definite) ??
      (p.definite && stems.length === 1 ? this.namedBefore(p, stems) : undefined) ??
      p
    )
  }

  /**
   * A body the text named in full before, though not as a speaker: "طالبان" or "الحركة" for an earlier
   * "حركة طالبان", "التنظيم" for "تنظيم داعش" (the body's noun, then its proper name).
   */
  private namedBefore(p: Phrase, stems: readonly string[]): Resolved | undefined {
    if (stems.length !== 1) return undefined
    const t = this.tokens
    const word = stems[0] as string
    const bareName = p.bare
    for (let k = p.from - 1; k >= 1 && k >= p.from - 600; k--) {
      const tok = t[k] as Token
      if (tok.punct) continue
      const head = t[k - 1] as Token
      const pair = bareName
        ? stem(tok.fold) === word &&
          !isDefinite(tok.fold) &&
          ARABIC_BODIES.has(stem(dropPreposition(head.fold))) &&
          !isDefinite(dropPreposition(head.fold))
        : stem(dropPreposition(head.fold)) === word &&
          !isDefinite(dropPreposition(head.fold)) &&
          !isDefinite(tok.fold) &&
          !inTables(stem(tok.fold)) &&
          ARABIC_BODIES.has(word)
      if (!pair || head.punct) continue
      const speaker = `${rawWithoutPreposition(head.raw)} ${tok.raw}`.replace(/ـ/g, '')
      return { speaker, stems: [stem(dropPreposition(head.fold)), stem(tok.fold)], person: false }
    }
    return undefined
  }

  /**
   * The last body or source whose words a mention repeats in order from its head: "المصادر",
   * "الوزارة", "المصدر الأمني", "وزارة الداخلية" (for "وزارة الداخلية الأفغانية"); a proper name alone
   * may be the end of one ("طالبان" for "حركة طالبان").
   */
  private matchBody(stems: readonly string[], definite: boolean): Known | undefined {
    for (let k = this.known.length - 1; k >= 0; k--) {
      const kn = this.known[k] as Known
      if (kn.person || kn.joint) continue
      if (definite && kn.stems[0] === stems[0] && kn.stems.length >= stems.length) {
        let at = 0
        for (const s of kn.stems) if (s === stems[at]) at++
        if (at === stems.length) return kn
      }
      if (!definite && stems.length === 1 && kn.stems.length > 1 && kn.stems[kn.stems.length - 1] === stems[0])
        return kn
    }
    return undefined
  }

  private remember(resolved: Resolved, p: Phrase, feminine?: boolean): void {
    if (p.body && !this.known.some((kn) => kn.speaker === p.body?.speaker))
      this.known.push({ ...p.body, role: [], person: false, joint: false, aliases: [] })
    if (p.member && !this.known.some((kn) => kn.speaker === p.member?.speaker))
      this.known.push({ ...p.member, person: true, joint: false, aliases: [] })
    const existing = this.known.findIndex((kn) => kn.speaker === resolved.speaker)
    const prior = existing >= 0 ? this.known.splice(existing, 1)[0] : undefined
    const kn: Known = prior ?? {
      speaker: resolved.speaker,
      stems: resolved.stems,
      role: resolved === p ? p.role : [],
      person: resolved.person,
      joint: p.joint,
      aliases: []
    }
    if (p.alias && !kn.aliases.includes(p.alias)) kn.aliases.push(p.alias)
    if (p.outlet && !kn.outlet) kn.outlet = p.outlet
    if (feminine !== undefined && kn.feminine === undefined) kn.feminine = feminine
    this.known.push(kn)
    if (this.known.length > 40) this.known.shift()
  }

  /**
   * The last speaker (the last body when `body`); for a pronoun, the last one its verb agrees with
   * (`feminine`: "وقالت" takes the ministry or the sources, "وقال" the spokesman), else the last.
   */
  private recent(body = false, feminine?: boolean): Known | undefined {
    let last: Known | undefined
    for (let k = this.known.length - 1; k >= 0; k--) {
      const kn = this.known[k] as Known
      if (body && kn.person) continue
      if (feminine === undefined) return kn
      last ??= kn
      if (genderOf(kn) === feminine) return kn
      if (this.known.length - k >= 4) break
    }
    return last
  }

  private candidate(
    start: number,
    end: number,
    speaker: string,
    verb: string,
    via: string | undefined
  ): AttributionCandidate {
    if (!via && /^(?:اخر|اخري|ثالث|ثالثه|رابع|رابعه)$/.test(foldArabic(speaker))) via = this.lastVia
    this.lastVia = via
    const value: AttributionCandidate['value'] = { speaker, verb }
    if (via) value.via = via.replace(/[“”«»"]/g, '').trim()
    return { kind: 'attribution', start, end, value }
  }
}

/** A verb form whose subject is one person or body ("قال", "قالت"), not two or more ("قالوا", "أكدا"). */
function singular(fold: string, form: ReportingForm): boolean {
  return !form.dual && !/(?:وا|ون|ان)$/.test(fold)
}

/** The gender a speaker takes: as its verb agreed, else feminine for ة and the plurals of things ("مصادر", "السلطات"). */
function genderOf(kn: Known): boolean {
  if (kn.feminine !== undefined) return kn.feminine
  const head = kn.stems[0] ?? ''
  return /ه$/.test(head) || /^(?:مصادر|سلطات|قوات|وسائل|اجهزه|جهات|وكالات)$/.test(head)
}

/** The word without the ل or ب written onto it ("لوكالة" → "وكالة", "للأمم" → "الأمم"). */
function dropPreposition(fold: string): string {
  if (/^لل/.test(fold)) return 'ال' + fold.slice(2)
  return fold.replace(/^[لب]ـ?/, '')
}

function rawWithoutPreposition(raw: string): string {
  if (/^لل/.test(raw)) return 'ال' + raw.slice(2)
  return raw.replace(/^[لب]ـ?/, '')
}

/**
 * Whether a word written with ل/ب on it is a preposition and its noun: always with the article or a
 * table word ("بالمحافظة", "لوزارة"); an unknown word after one is taken as a name when `nameDue`
 * ("بجازان بيشي الصرخي": a place, then the name).
 */
function prepositionOf(fold: string, nameDue: boolean): string {
  if (/^(?:لل|بال|لال)/.test(fold)) return fold[0] as string
  const inner = fold.slice(1)
  if (inner.length < 2) return ''
  if (inTables(inner) || inTables(stem(inner)) || inner === 'اسم') return fold[0] as string
  return nameDue ? '' : (fold[0] as string)
}

function isStatement(s: string): boolean {
  return ARABIC_STATEMENTS.has(s) || hasPronoun(s)
}

/** A statement noun with a pronoun on it: "دعواه", "بيانها", "حديثه". */
function hasPronoun(s: string): boolean {
  const m = /^(.{3,}?)(?:ه|ها|هم)$/.exec(s)
  if (!m) return false
  const base = m[1] as string
  return (
    ARABIC_STATEMENTS.has(base) ||
    ARABIC_STATEMENTS.has(base.replace(/ا$/, 'ي')) ||
    ARABIC_STATEMENTS.has(base.replace(/ت$/, 'ه'))
  )
}

/** A wire or paper named as a source ("وكالة الأنباء الفرنسية", "رويترز"): a channel when another speaker follows. */
function isOutletName(speaker: string): boolean {
  const first = speaker.split(' ')[0] ?? ''
  return isIn(ARABIC_OUTLETS, foldArabic(first))
}

/** Arabic attribution suggestions in `text` (UTF-16 offsets), in text order. */
export function findArabicAttributions(text: string): AttributionCandidate[] {
  return new ArabicAttributionReader(text).read()
}
