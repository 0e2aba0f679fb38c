/**
 * Attributions in Arabic news copy: who says so. Arabic puts the verb first, so the reader finds a
 * reporting verb (text/attribution-words: قال، صرح، أعلن، أكد … with their clitics and endings) at
 * the head of a clause and reads its subject after it:
 * - "وصرح المتحدث الأمني لوزارة الداخلية", "قال مصدر أمني", "وقال جيم كرافت قائد شرطة لافاييت";
 * - before it after كان / لكن / إلا أن: "وكان مصدر أمني قد أفاد", "لكن البيت الأبيض أكد";
 * - none ("وأضاف أن", "وقالت لرويترز"): the subject is a pronoun and takes the last speaker;
 * - after "بحسب", "وفقا لـ", "طبقا لـ", "نقلا عن", "بحسب ما ذكر X", "على لسان X".
 * The speaker is the noun phrase up to the complement (أن، إن، :) or the report's occasion ("في
 * بيان", "أمس"): a person's name with the rank written before it when one is given ("اللواء منصور
 * التركي", not "المتحدث الأمني … اللواء منصور التركي"), else the body or source as written. "لـ" and
 * an outlet after it is the channel (`via`). Later mentions resolve back: a surname ("كرافت"), a
 * definite body ("الوزارة", "المصادر", "المرصد"), a statement ("البيان", "التلفزيون"), an alias
 * given in brackets ("يونامي"), a role written before a name ("رئيس الحكومة").
 * Not attributions: a negated verb ("ولم يكشف"), the paper's aside ("يذكر أن", "يشار إلى"), a
 * present verb without a named speaker ("تشير إلى أن"), a declaration ("أعلن الحداد"), a verse
 * ("قال الله تعالى"), "وفقا للنظام", participles continuing a sentence ("مضيفا أن").
 */
import {
  ARABIC_ACCORDING,
  ARABIC_BODIES,
  ARABIC_CALENDAR,
  ARABIC_CHANNELS,
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
  /** folded (foldArabic); '' for punctuation */
  fold: string
  punct: boolean
}

const TOKEN = /[\u0621-\u064A\u0640\u064B-\u0652\u0670\u0671-\u06D3]+|[A-Za-z]+|\d+|\n|[^\s]/g
const QUOTES = /^[“”«»"„‟]$/
/** Marks that end a clause for the speaker's phrase (a comma, a full stop, a colon, a dash, a line). */
const CLAUSE_END = /^[.,،;:؛!?؟\n–—-]$/

function tokenize(text: string): Token[] {
  const out: Token[] = []
  TOKEN.lastIndex = 0
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const raw = m[0]
    const word = /^[\u0621-\u064A\u0640\u064B-\u0652\u0670\u0671-\u06D3A-Za-z\d]/.test(raw)
    out.push({ raw, start: m.index, end: m.index + raw.length, fold: word ? foldArabic(raw).replace(/ـ/g, '') : '', punct: !word })
  }
  return out
}

const DAY_WORDS = new Set([
  ...ARABIC_CALENDAR.weekdays.flat(),
  ...Object.keys(ARABIC_CALENDAR.days),
  ...Object.keys(ARABIC_CALENDAR.dayParts)
].map((w) => foldArabic(w)))

/** A word without its conjunction (و ف), article (ال) and prepositions (ب ل), as tables hold it. */
function stem(fold: string): string {
  let s = fold
  if (/^[وف]./.test(s) && s.length > 3) s = s.slice(1)
  if (/^لل./.test(s)) return s.slice(2)
  if (/^[بلك]ال./.test(s)) return s.slice(3)
  if (/^ال../.test(s)) return s.slice(2)
  return s
}

/** The word without a leading و/ف when what is left is still a word. */
function noConj(fold: string): string {
  return /^[وف]../.test(fold) ? fold.slice(1) : fold
}

function isIn(table: ReadonlySet<string>, fold: string): boolean {
  return table.has(fold) || table.has(stem(fold)) || table.has(noConj(fold))
}

const isDefinite = (fold: string) => /^(?:[وف]?(?:ال|لل|بال|كال))/.test(fold)
/** Nisba and other adjectives: "الأمني", "التركية", "محليون", "عراقيين". */
const isNisba = (fold: string) => /(?:ي|يه|يون|يين|يان|يتان|يات)$/.test(stem(fold)) && stem(fold).length >= 4
const isComplement = (fold: string) => /^(?:[وف])?(?:ب|ل)?(?:ان|لان)(?:ه|ها|هم|هما|نا|ني)?$/.test(fold)
const isDay = (fold: string) => DAY_WORDS.has(fold) || DAY_WORDS.has(noConj(fold)) || DAY_WORDS.has('ال' + stem(fold))

/** Words after which a verb heads its clause ("كما أشار", "وكانت ذكرت", "فيما أوضح", "الذي قال"). */
const OPENERS = new Set(['كما', 'ثم', 'فيما', 'بينما', 'حين', 'حيث', 'قد', 'وقد', 'فقد', 'كان', 'كانت', 'وكان', 'وكانت', 'لكن', 'ولكن', 'لكنه', 'لكنها', 'الذي', 'التي', 'اللذين', 'اللتين', 'الذين', 'ما', 'لما', 'حسبما', 'عندما', 'اذ', 'انه', 'انها', 'بدوره', 'بدورها', 'جانبه', 'جانبها', 'ناحيته', 'ناحيتها', 'عادت', 'عاد'].map(foldArabic))
/** Before a subject that comes ahead of its verb: "وكان X قد قال", "لكن X قال", "إلا أن X شددت". */
const SUBJECT_FIRST = new Set(['كان', 'كانت', 'وكان', 'وكانت', 'لكن', 'ولكن', 'فيما', 'بينما'])
const NEGATIONS = new Set(['لم', 'ولم', 'لن', 'ولن', 'لا', 'ولا', 'فلم'])

interface Known {
  speaker: string
  /** the speaker's words as stems, for matching later mentions */
  stems: string[]
  /** the role written with a person's name ("رئيس الحكومة التركية"), as stems */
  role: string[]
  person: boolean
  feminine: boolean
  /** an outlet's noun when named as one ("صحيفة"), for "الصحيفة" later */
  outlet?: string
  aliases: string[]
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
  /** the head is a body, a source, a role or a known speaker: a subject, not an object */
  headed: boolean
  definite: boolean
  alias?: string
  outlet?: string
  via?: string
  viaEnd?: number
}

export class ArabicAttributionReader {
  private readonly tokens: Token[]
  private readonly known: Known[] = []

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
      const according = ARABIC_ACCORDING[noConj(tok.fold)] ?? ARABIC_ACCORDING[tok.fold]
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
      const found = this.verbAt(i, form, out)
      if (found && !form.verb.silent) out.push(found)
    }
    return this.mergeChannels(out)
  }

  private formAt(i: number): ReportingForm | undefined {
    const fold = this.tokens[i]?.fold ?? ''
    return REPORTING_FORMS.get(fold) ?? (/^[وف]/.test(fold) ? REPORTING_FORMS.get(fold.slice(1)) : undefined)
  }

  private word(i: number): Token | undefined {
    const t = this.tokens[i]
    return t && !t.punct ? t : undefined
  }

  /** The verb at `i` heads its clause: after a mark, with و/ف on it, or after an opener. */
  private heads(i: number): boolean {
    const tok = this.tokens[i] as Token
    if (/^[وف]/.test(tok.fold) && !REPORTING_FORMS.has(tok.fold)) return true
    const prev = this.tokens[i - 1]
    if (!prev || prev.punct) return true
    return OPENERS.has(prev.fold)
  }

  private verbAt(i: number, form: ReportingForm, out: AttributionCandidate[]): AttributionCandidate | null {
    const t = this.tokens
    const tok = t[i] as Token
    const prev = this.word(i - 1)
    if (prev && NEGATIONS.has(prev.fold)) return null
    // "يذكر أن", "ويشار إلى": the paper's aside in the passive-like present with nothing named
    const lemma = form.verb.lemma
    let j = i + 1
    const needs = form.verb.needs
    if (needs) return this.needing(i, form, out)
    // time words between the verb and its subject: "كما ذكرت الجمعة مصادر رسمية"
    while (this.word(j) && isDay((t[j] as Token).fold)) j++
    const before = this.subjectBefore(i)
    if (before) return this.emit(before.from, tok.end, before, lemma, this.channelAfter(i + 1))
    const after = this.phraseAt(j)
    const opens = this.heads(i)
    if (after && after.headed && !ARABIC_NOT_SPEAKERS.has(stem(t[j]?.fold ?? ''))) {
      if (form.present && !after.definite && !after.person) return null
      if (!opens && !after.headed) return null
      const resolved = this.resolve(after)
      const end = after.viaEnd ?? (t[after.to - 1] as Token).end
      const via = after.via ?? this.channelAfter(after.to)
      this.remember(resolved, after, form.feminine)
      return this.candidate(tok.start, end, resolved.speaker, lemma, via)
    }
    if (after && !after.headed && opens && !form.present && !form.verb.ambiguous && !isIn(ARABIC_OBJECTS, t[j]?.fold ?? '') && !this.isComplementAt(j)) {
      // an unknown name after the verb: "وقال اردوغان", "وأكد عبود"
      if (ARABIC_NOT_SPEAKERS.has(stem(t[j]?.fold ?? ''))) return null
      const resolved = this.resolve(after)
      const end = after.viaEnd ?? (t[after.to - 1] as Token).end
      this.remember(resolved, after, form.feminine)
      return this.candidate(tok.start, end, resolved.speaker, lemma, after.via ?? this.channelAfter(after.to))
    }
    if (!opens || form.present) return null
    // no subject written: a pronoun, the last speaker
    if (!this.pronounFollows(j, form)) return null
    const who = this.recent(form.feminine)
    if (!who) return null
    const via = this.viaAt(j)
    return this.candidate(tok.start, via?.end ?? tok.end, who.speaker, lemma, via?.via ?? this.channelAfter(j))
  }

  private isComplementAt(j: number): boolean {
    const tok = this.tokens[j]
    return !!tok && !tok.punct && isComplement(tok.fold)
  }

  /** After a verb with no subject: a complement, a colon or quote, a preposition, the occasion, an object. */
  private pronounFollows(j: number, form: ReportingForm): boolean {
    const tok = this.tokens[j]
    if (!tok) return false
    if (tok.punct) return tok.raw === ':' || QUOTES.test(tok.raw) || tok.raw === '،' || tok.raw === ','
    if (isComplement(tok.fold)) return true
    const s = stem(tok.fold)
    if (['الي', 'علي', 'عن', 'في', 'خلال', 'امام', 'عبر', 'قوله', 'بالقول'].includes(tok.fold)) return true
    if (/^ل/.test(tok.fold) && isIn(ARABIC_OUTLETS, tok.fold.slice(1))) return true
    if (/^ب/.test(tok.fold) && !/^بال/.test(tok.fold)) return true
    if (form.verb.object || form.verb.lemma === 'طالب' || form.verb.lemma === 'دعا') return !isIn(ARABIC_NOT_SPEAKERS, s)
    return isIn(ARABIC_OBJECTS, tok.fold)
  }

  /** "وكان مصدر أمني تونسي رفيع قد أفاد", "لكن البيت الأبيض أكد", "إلا أن المصادر الأمنية شددت". */
  private subjectBefore(i: number): Phrase | null {
    const t = this.tokens
    let end = i
    if (t[end - 1]?.fold === 'قد') end--
    for (let k = end - 1; k >= 0 && k >= end - 14; k--) {
      const tok = t[k] as Token
      if (tok.punct && !QUOTES.test(tok.raw) && tok.raw !== '(' && tok.raw !== ')') {
        return null
      }
      const opener = SUBJECT_FIRST.has(tok.fold) || ((tok.fold === 'ان' || tok.fold === 'انه') && ['الا', 'غير'].includes(t[k - 1]?.fold ?? ''))
      if (!opener) continue
      if (k + 1 >= end) return null
      const p = this.phraseAt(k + 1, end)
      if (!p || !p.headed) return null
      // the phrase must run up to the verb (a stop inside it means it is not the subject)
      if (!this.reachesVerb(p.to, end)) return null
      const resolved = this.resolve(p)
      this.remember(resolved, p, false)
      return { ...p, speaker: resolved.speaker }
    }
    return null
  }

  /** Only place words may sit between a subject read short and its verb ("صاحب احد المتاجر قرب محطة دوكو قال"). */
  private reachesVerb(to: number, verb: number): boolean {
    if (to === verb) return true
    const t = this.tokens
    if (!['قرب', 'في', 'داخل', 'امام'].includes(t[to]?.fold ?? '')) {
      // a name after a role: "المتحدث باسم حاكم ولاية قندوز عبد الودود وحيدي قال"
      return false
    }
    for (let k = to; k < verb; k++) if (t[k]?.punct) return false
    return verb - to <= 5
  }

  /** Verbs that report only with a word after them: "تحدث عن", "أصدر بيانا", "نقلت عنه وكالة", "نقل … على لسان X". */
  private needing(i: number, form: ReportingForm, out: AttributionCandidate[]): AttributionCandidate | null {
    const t = this.tokens
    const tok = t[i] as Token
    const needs = new Set((form.verb.needs ?? []).map(foldArabic))
    const lemma = form.verb.lemma
    if (needs.has('لسان')) {
      // "نقل تلفزيون «سي إن إن» أمس على لسان شخص …", "ونشرت الصحيفة على لسان متحدث …"
      for (let k = i + 1; k < i + 10 && t[k]; k++) {
        if (t[k]?.fold === 'لسان' && t[k - 1]?.fold === 'علي') {
          const p = this.phraseAt(k + 1)
          if (!p) return null
          const channel = this.phraseAt(i + 1, k - 1)
          const via = channel ? this.resolve(channel).speaker : undefined
          const resolved = this.resolve(p)
          this.remember(resolved, p, false)
          return this.candidate(tok.start, (t[p.to - 1] as Token).end, resolved.speaker, 'قال', via)
        }
        if (t[k]?.punct && !QUOTES.test(t[k]?.raw ?? '')) break
      }
    }
    const next = t[i + 1]
    if (!next || next.punct) return null
    if (lemma === 'نقل') {
      // "ونقلت عنها وكالة الصحافة الفرنسية": the pronoun is the speaker, the subject the channel
      if (!/^عن(ه|ها|هم)$/.test(next.fold)) return null
      const channel = this.phraseAt(i + 2)
      const who = this.recent(/ها$/.test(next.fold))
      if (!channel || !who) return null
      return this.candidate(tok.start, (t[channel.to - 1] as Token).end, who.speaker, lemma, this.resolve(channel).speaker)
    }
    if (this.word(i - 1) && NEGATIONS.has(t[i - 1]?.fold ?? '')) return null
    if (!this.heads(i)) return null
    // "تحدثت مصادر عسكرية عن", "وكانت وزارة الصحة قد أصدرت بيانا", "وجه ناشطون … نداء"
    const before = this.subjectBefore(i)
    if (before) {
      if (!needs.has(stem(next.fold)) && !needs.has(next.fold)) return null
      return this.emit(before.from, tok.end, before, lemma, undefined)
    }
    const p = this.phraseAt(i + 1)
    if (!p || !p.headed) return null
    const after = t[p.to]
    if (!after || (!needs.has(after.fold) && !needs.has(stem(after.fold)))) return null
    void out
    const resolved = this.resolve(p)
    this.remember(resolved, p, form.feminine)
    const end = lemma === 'وجه' ? after.end : (t[p.to - 1] as Token).end
    return this.candidate(tok.start, end, resolved.speaker, lemma === 'وجه' ? 'وجه نداء' : lemma, p.via)
  }

  private emit(from: number, end: number, p: Phrase, lemma: string, via: string | undefined): AttributionCandidate {
    return this.candidate((this.tokens[from] as Token).start, end, p.speaker, lemma, p.via ?? via)
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
    if (t[j]?.raw === 'لـ' || t[j]?.fold === 'ل') j++
    const next = t[j]
    if (!next || next.punct) return null
    // "بحسب ما أفادت X", "حسبما ذكر X", "وفقا لما ذكره X", "على ما أعلنته X"
    const viaWhat = /ما$/.test(tok.fold) ? j : next.fold === 'ما' || next.fold === 'لما' ? j + 1 : -1
    if (viaWhat >= 0) {
      const form = this.formAt(viaWhat)
      if (!form) return null
      let k = viaWhat + 1
      if (['به', 'بها', 'عنه'].includes(t[k]?.fold ?? '')) k++
      while (this.word(k) && isDay((t[k] as Token).fold)) k++
      const p = this.phraseAt(k)
      if (!p || !p.headed) return null
      const resolved = this.resolve(p)
      this.remember(resolved, p, form.feminine)
      const end = p.viaEnd ?? (t[p.to - 1] as Token).end
      return { candidate: this.candidate(tok.start, end, resolved.speaker, form.verb.lemma, p.via), next: p.to }
    }
    if (verb !== 'بحسب' && verb !== 'نقلا عن' && !/^ل/.test(next.fold) && t[j - 1]?.raw !== 'لـ') return null
    const p = this.phraseAt(j)
    if (!p) return null
    let speaker: Phrase | null = p
    const headStem = stem(t[j]?.fold ?? '')
    if (ARABIC_STATEMENTS.has(headStem) || ARABIC_STATEMENTS.has(headStem.replace(/(?:ه|ها|هم)$/, ''))) {
      // "بحسب حصيلة أعلنتها هيئة …", "بحسب تعداد لوكالة …", "وبحسب الإحصائيات الصادرة عن مؤسسة …"
      speaker = this.ownerOf(j, p)
    }
    if (!speaker || (!speaker.headed && !this.knownPerson(speaker))) return null
    const resolved = this.resolve(speaker)
    this.remember(resolved, speaker, false)
    return { candidate: this.candidate(tok.start, (t[Math.max(p.to, speaker.to) - 1] as Token).end, resolved.speaker, verb, undefined), next: Math.max(p.to, speaker.to) }
  }

  /** Whose statement or count: the body after it, or the last speaker for "دعواه", "المصدر نفسه". */
  private ownerOf(j: number, p: Phrase): Phrase | null {
    const t = this.tokens
    const head = t[j] as Token
    if (/(?:ه|ها)$/.test(head.fold) && ARABIC_STATEMENTS.has(stem(head.fold).replace(/(?:ه|ها)$/, ''))) {
      const who = this.recent(/ها$/.test(head.fold))
      return who ? { ...p, speaker: who.speaker, stems: who.stems, headed: true, definite: true, person: who.person } : null
    }
    let k = j + 1
    // "أعلنتها", "الصادرة عن", "الذي … ": the maker of the count
    if (t[k] && this.formAt(k)) k++
    else if (t[k]?.fold === 'الصادره' && t[k + 1]?.fold === 'عن') k += 2
    if (k >= p.to && (t[k]?.punct || !t[k])) {
      // the statement alone: "بحسب البيان", or a name in quotes "إحصائية «يونامي»"
      if (p.alias) return { ...p, speaker: p.alias, stems: [foldArabic(p.alias)], headed: true }
      const who = isDefinite(head.fold) ? this.recent(false, true) : undefined
      return who ? { ...p, speaker: who.speaker, stems: who.stems, headed: true } : null
    }
    const owner = this.phraseAt(k)
    return owner ? { ...owner, from: p.from } : null
  }

  /** "ووفقا لوكالة الأنباء الفرنسية، قال X" and "أعلنته وكالة دوغان نقلا عن شهود": one attribution with its channel. */
  private mergeChannels(found: AttributionCandidate[]): AttributionCandidate[] {
    const out: AttributionCandidate[] = []
    for (const c of found) {
      const last = out[out.length - 1]
      if (last && c.start - last.end <= 3 && /^[\s،,]*$/.test(this.text.slice(last.end, c.start))) {
        const outlet = isOutletName(last.value.speaker)
        if ((last.value.verb === 'وفقا ل' || last.value.verb === 'بحسب') && outlet && /^[\s]*[،,]/.test(this.text.slice(last.end, c.start))) {
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
      if (tok.punct && tok.raw !== '“' && tok.raw !== '”' && !QUOTES.test(tok.raw)) return undefined
      if (isComplement(tok.fold)) return undefined
      if (ARABIC_CHANNELS.has(tok.fold) && (t[k - 1]?.fold === 'علي' || t[k - 1]?.fold === 'موقع')) return tok.raw
      if (/^(?:نشرته|نشرتها|بثته|بثتها|اوردته|اوردتها)$/.test(tok.fold)) {
        const p = this.phraseAt(k + 1)
        return p ? p.speaker : undefined
      }
    }
    return undefined
  }

  /** "لرويترز", "لوكالة الأنباء الألمانية", "لـ"الوطن"": the channel right after the speaker. */
  private viaAt(j: number): { via: string; end: number } | null {
    const t = this.tokens
    const tok = t[j]
    if (!tok) return null
    if ((tok.raw === 'لـ' || tok.fold === 'ل') && t[j + 1] && QUOTES.test(t[j + 1]?.raw ?? '')) {
      const q = this.quoted(j + 1)
      return q ? { via: q.text, end: (t[q.close] as Token).end } : null
    }
    if (tok.punct || !/^ل/.test(tok.fold) || /^لل/.test(tok.fold)) {
      if (!/^لل/.test(tok.fold)) return null
    }
    const first = tok.fold.slice(1)
    if (!isIn(ARABIC_OUTLETS, first) && !isIn(ARABIC_OUTLETS, tok.fold.replace(/^لل/, ''))) return null
    const words = [tok.raw.replace(/^ل(?:ـ)?/, '')]
    let end = tok.end
    for (let k = j + 1; k < j + 5 && t[k]; k++) {
      const w = t[k] as Token
      if (w.punct || isComplement(w.fold) || isIn(ARABIC_SPEAKER_STOPS, w.fold) || isDay(w.fold) || /^[وبل]/.test(w.fold) && !isDefinite(w.fold)) break
      if (!isDefinite(w.fold) && !isIn(ARABIC_OUTLETS, w.fold) && !/^[A-Za-z]/.test(w.raw) && !/برس$/.test(w.fold)) break
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
   * name words, their adjectives, genitives and affiliations ("لوزارة الداخلية", "بمنطقة جازan", "في
   * مستشفى"), up to a stop. The speaker is the name with its rank when a role introduces one.
   */
  private phraseAt(j: number, limit = Infinity): Phrase | null {
    const t = this.tokens
    const first = t[j]
    if (!first) return null
    let k = j
    let headKind: 'body' | 'source' | 'role' | 'rank' | 'name' | 'outlet' | 'other' = 'other'
    let nameFrom = -1
    let nameTo = -1
    let rankFrom = -1
    let roleSeen = false
    let lastDefinite = false
    let lastConstruct = false
    let alias: string | undefined
    let via: { via: string; end: number } | null = null
    let quotedName: string | undefined
    let to = j
    const words: Token[] = []
    while (k < limit && t[k]) {
      const tok = t[k] as Token
      if (tok.punct) {
        if ((QUOTES.test(tok.raw) || tok.raw === '(') && (words.length > 0 || k === j)) {
          const q = this.quoted(k)
          if (!q) break
          if (words.length === 0 || (roleSeen && nameFrom < 0) || headKind === 'outlet') {
            quotedName = q.text
            if (words.length === 0) headKind = 'name'
          } else alias = q.text
          k = q.close + 1
          to = k
          if (quotedName && headKind !== 'outlet' && words.length > 0) break
          continue
        }
        break
      }
      const f = tok.fold
      const s = stem(f)
      if (words.length === 0) {
        if (isIn(ARABIC_SPEAKER_STOPS, f) || isComplement(f) || isDay(f) || /^\d/.test(f)) return null
        if (/^(?:في|من|الي|علي|عن|ب|ل)$/.test(f)) return null
      } else {
        if (isIn(ARABIC_SPEAKER_STOPS, f) && !ARABIC_NAME_PARTICLES.has(f) || isComplement(f) || isDay(f) || /^\d/.test(f)) break
      }
      const conj = /^[وف]/.test(f) && f.length > 3 && !isIn(ARABIC_ROLES, f) && !isIn(ARABIC_SOURCES, f) && !REPORTING_FORMS.has(f) ? f[0] : ''
      const rest = conj ? f.slice(1) : f
      const prep = /^(?:لل|بال)/.test(rest) ? rest[0] : /^[لب]/.test(rest) && !isIn(ARABIC_BODIES, rest) && !isIn(ARABIC_SOURCES, rest) && !isIn(ARABIC_ROLES, rest) && rest !== 'بن' && rest.length > 3 ? rest[0] : ''
      const def = isDefinite(rest) || /^لل/.test(rest)
      const bare = stem(rest)
      if (words.length > 0 && conj) {
        if (REPORTING_FORMS.has(rest) || ARABIC_SPEAKER_STOPS.has(f)) break
        // coordination: "مسؤول محلي ومصادر بالشرطة", "وزارة الداخلية والصحة", "أمنية وطبية"
        const ok = isIn(ARABIC_SOURCES, rest) || isIn(ARABIC_BODIES, rest) || (def && (lastDefinite || isNisba(rest))) || (isNisba(rest) && !lastDefinite) || (/^ب/.test(rest) && words.length > 0)
        if (!ok || (nameFrom >= 0 && headKind !== 'source' && headKind !== 'body')) break
        words.push(tok)
        k++
        to = k
        lastDefinite = def
        continue
      }
      if (prep && words.length > 0) {
        if (prep === 'ل' && (isIn(ARABIC_OUTLETS, rest.slice(1)) || isIn(ARABIC_OUTLETS, bare))) {
          via = this.viaAt(k)
          break
        }
        if (ARABIC_OCCASIONS.has(bare) || ARABIC_OBJECTS.has(bare) || ARABIC_OBJECTS.has(rest.slice(1))) break
        if (nameFrom >= 0 && nameTo < 0) nameTo = words.length
        // an affiliation: "لوزارة الداخلية", "بمنطقة جازان", "باسم الشرطة"
        words.push(tok)
        k++
        to = k
        lastDefinite = def
        lastConstruct = !def && (isIn(ARABIC_PLACES, rest.slice(1)) || isIn(ARABIC_BODIES, rest.slice(1)))
        continue
      }
      if (words.length > 0 && (f === 'في' || f === 'من')) {
        const n = t[k + 1]
        if (!n || n.punct || ARABIC_OCCASIONS.has(stem(n.fold)) || ARABIC_OCCASIONS.has(n.fold) || isDay(n.fold) || isComplement(n.fold)) break
        if (f === 'من' && !['مقرب', 'مقربه', 'مقربون', 'مقربين', 'قريب', 'قريبه'].includes(stem(t[k - 1]?.fold ?? ''))) break
        if (nameFrom >= 0 && nameTo < 0) nameTo = words.length
        words.push(tok)
        k++
        to = k
        lastDefinite = false
        lastConstruct = true
        continue
      }
      const isRank = isIn(ARABIC_RANKS, f) || f === 'د'
      const isRole = isIn(ARABIC_ROLES, f)
      const isSource = isIn(ARABIC_SOURCES, f)
      const isBody = isIn(ARABIC_BODIES, f) || isIn(ARABIC_PLACES, f)
      const isOutletNoun = isIn(ARABIC_OUTLET_NOUNS, f)
      if (words.length === 0) {
        if (isIn(ARABIC_OBJECTS, f)) return null
        headKind = isRank ? 'rank' : isRole ? 'role' : isSource ? 'source' : isOutletNoun && !def ? 'outlet' : isBody || isIn(ARABIC_OUTLETS, f) ? 'body' : def ? 'other' : 'name'
        if (headKind === 'name') nameFrom = 0
        if (isRank) rankFrom = 0
        if (isRole) roleSeen = true
        words.push(tok)
        k++
        to = k
        lastDefinite = def
        lastConstruct = !def && (isBody || isRole || isSource || isRank || isOutletNoun)
        continue
      }
      if (nameFrom >= 0 && nameTo < 0) {
        // inside a name: its parts, a family name with ال ends it, a role or body ends it
        if (isRole || isBody || isSource || isRank || (def && isIn(ARABIC_ROLES, f))) {
          nameTo = words.length
          if (headKind === 'name') break
          words.push(tok)
          k++
          to = k
          roleSeen = roleSeen || isRole
          lastDefinite = def
          lastConstruct = !def
          continue
        }
        if (REPORTING_FORMS.has(f)) break
        words.push(tok)
        k++
        to = k
        if (def && !ARABIC_NAME_PARTICLES.has(f) && !/^عبد/.test(f)) {
          nameTo = words.length
          if (headKind === 'name') break
        }
        continue
      }
      if (isRank) {
        if (nameFrom >= 0) break
        rankFrom = words.length
        words.push(tok)
        k++
        to = k
        lastConstruct = false
        lastDefinite = true
        continue
      }
      if (rankFrom >= 0 && nameFrom < 0 && !def) {
        nameFrom = words.length
        words.push(tok)
        k++
        to = k
        continue
      }
      if (isRole || isBody || isSource || isOutletNoun) {
        if (nameFrom >= 0) break
        words.push(tok)
        k++
        to = k
        roleSeen = roleSeen || isRole
        lastDefinite = def
        lastConstruct = !def
        continue
      }
      if (def) {
        // an adjective or a genitive: "وزارة الداخلية التركية", "المتحدث الأمني"
        const adjective = isNisba(f) || isIn(ARABIC_NAME_ADJECTIVES, f)
        if (!lastConstruct && !adjective && !(lastDefinite && roleSeen && false)) {
          if (!(headKind === 'role' || headKind === 'rank') || !lastDefinite) break
          // "المتحدث باسم البيت الأبيض": a definite body word after a role's genitive
          if (!isIn(ARABIC_BODIES, f)) break
        }
        words.push(tok)
        k++
        to = k
        lastDefinite = true
        lastConstruct = false
        continue
      }
      // indefinite and in no table
      const adjective = isNisba(f) || isIn(ARABIC_NAME_ADJECTIVES, f)
      if (adjective && !lastDefinite && (headKind === 'source' || headKind === 'body' || headKind === 'role' || headKind === 'outlet')) {
        words.push(tok)
        k++
        to = k
        lastConstruct = false
        continue
      }
      if (lastConstruct) {
        // a proper genitive: "شرطة لافاييت", "منطقة جازان", "صحيفة حريت"
        if (headKind === 'outlet' && words.length === 1) {
          nameFrom = 1
          words.push(tok)
          k++
          to = k
          continue
        }
        words.push(tok)
        k++
        to = k
        lastConstruct = false
        lastDefinite = true
        continue
      }
      if (roleSeen || (headKind === 'body' && roleSeen)) {
        nameFrom = words.length
        words.push(tok)
        k++
        to = k
        continue
      }
      break
    }
    if (words.length === 0 && !quotedName) return null
    if (nameFrom >= 0 && nameTo < 0) nameTo = words.length
    // drop function words and prepositions left at the end
    let end = words.length
    while (end > 0 && /^(?:في|من|عن)$/.test(words[end - 1]?.fold ?? '')) end--
    const clean = (ws: Token[]) => ws.map((w) => w.raw.replace(/ـ/g, '')).join(' ')
    let speakerWords = words.slice(0, end)
    let person = false
    const roleWords: Token[] = []
    if (quotedName && (roleSeen || headKind === 'outlet' || headKind === 'name')) {
      const roleStems = words.map((w) => stem(w.fold))
      return this.finishPhrase(j, to, quotedName, [foldArabic(quotedName)], roleStems, headKind !== 'outlet' && headKind !== 'body', true, true, alias, headKind === 'outlet' ? stem(words[0]?.fold ?? '') : undefined, via)
    }
    if (nameFrom >= 0) {
      const name = words.slice(rankFrom >= 0 && rankFrom === nameFrom - 1 ? rankFrom : nameFrom, nameTo)
      if (headKind === 'source') speakerWords = words.slice(0, nameFrom)
      else if (headKind === 'body' && nameFrom > 0) speakerWords = words.slice(0, end)
      else if (headKind === 'outlet') speakerWords = words.slice(nameFrom, nameTo)
      else {
        speakerWords = name
        person = true
        roleWords.push(...words.slice(0, rankFrom >= 0 && rankFrom === nameFrom - 1 ? rankFrom : nameFrom), ...words.slice(nameTo))
      }
    }
    while (speakerWords.length > 1 && /^(?:في|من|عن|و)$/.test(speakerWords[speakerWords.length - 1]?.fold ?? '')) speakerWords = speakerWords.slice(0, -1)
    if (speakerWords.length === 0) return null
    const headed = headKind !== 'other' && headKind !== 'name'
    const definite = words.some((w) => isDefinite(w.fold)) || headKind === 'name'
    return this.finishPhrase(j, to, clean(speakerWords), speakerWords.map((w) => stem(w.fold)), roleWords.map((w) => stem(w.fold)), person || (headKind === 'name'), headed || person, definite, alias, headKind === 'outlet' ? stem(words[0]?.fold ?? '') : undefined, via, headKind === 'name')
  }

  private finishPhrase(
    from: number,
    to: number,
    speaker: string,
    stems: string[],
    role: string[],
    person: boolean,
    headed: boolean,
    definite: boolean,
    alias: string | undefined,
    outlet: string | undefined,
    via: { via: string; end: number } | null,
    bareName = false
  ): Phrase {
    const p: Phrase = { from, to, speaker: speaker.replace(/[“”«»"()]/g, '').replace(/\s+/g, ' ').trim(), stems, role, person, headed: headed && !bareName, definite }
    if (alias) p.alias = alias.replace(/[“”«»"]/g, '').trim()
    if (outlet) p.outlet = outlet
    if (via) {
      p.via = via.via
      p.viaEnd = via.end
    }
    return p
  }

  private knownPerson(p: Phrase): boolean {
    return this.resolve(p) !== p
  }

  /** A later mention of an earlier speaker: alias, surname, definite body, statement, role. */
  private resolve(p: Phrase): { speaker: string; stems: string[]; person: boolean; feminine?: boolean } {
    const stems = p.stems.filter((s) => !ARABIC_RANKS.has(s))
    const spoken = foldArabic(p.speaker)
    for (let k = this.known.length - 1; k >= 0; k--) {
      const kn = this.known[k] as Known
      if (kn.aliases.some((a) => foldArabic(a) === spoken)) return kn
    }
    if (stems.length === 0) return p
    // a statement or broadcast speaks for the last body: "وأضاف البيان", "وقال التلفزيون", "الصحيفة"
    if (p.definite && stems.length <= 2 && ARABIC_STATEMENTS.has(stems[0] as string)) {
      if (stems.length === 2) {
        const owner = this.matchBody([stems[1] as string])
        if (owner) return owner
      }
      const outlet = [...this.known].reverse().find((kn) => kn.outlet === stems[0])
      if (outlet) return outlet
      const body = this.recent(false, true)
      if (body) return body
    }
    // a surname or the end of a name given before: "كرافت", "اللواء التركي", "داود اوغلو"
    for (let k = this.known.length - 1; k >= 0; k--) {
      const kn = this.known[k] as Known
      if (!kn.person || stems.length >= kn.stems.length) continue
      const tail = kn.stems.slice(kn.stems.length - stems.length)
      if (tail.join(' ') === stems.join(' ')) return kn
    }
    if (!p.definite || p.person) return p
    // a role written with a name: "رئيس الحكومة", "رئيس الاستئناف", "المتحدث باسم المؤسسة …"
    for (let k = this.known.length - 1; k >= 0; k--) {
      const kn = this.known[k] as Known
      if (!kn.person || kn.role.length < 2 || stems.length < 2) continue
      const n = Math.min(kn.role.length, stems.length, 3)
      if (kn.role.slice(0, n).join(' ') === stems.slice(0, n).join(' ')) return kn
    }
    const body = this.matchBody(stems)
    return body ?? p
  }

  /** The last body or source whose words the mention repeats in order: "المصادر", "الوزارة", "المصدر الأمني". */
  private matchBody(stems: readonly string[]): Known | undefined {
    for (let k = this.known.length - 1; k >= 0; k--) {
      const kn = this.known[k] as Known
      if (kn.person) continue
      if (kn.stems[0] === stems[0] || (stems.length === 1 && kn.stems[kn.stems.length - 1] === stems[0])) {
        let at = 0
        for (const s of kn.stems) if (s === stems[at]) at++
        if (at === stems.length || (stems.length === 1 && kn.stems.includes(stems[0] as string))) return kn
      }
    }
    return undefined
  }

  private remember(resolved: { speaker: string; stems: string[]; person: boolean }, p: Phrase, feminine: boolean): void {
    const existing = this.known.findIndex((kn) => kn.speaker === resolved.speaker)
    const prior = existing >= 0 ? this.known.splice(existing, 1)[0] : undefined
    const kn: Known = prior ?? { speaker: resolved.speaker, stems: resolved.stems, role: p.role, person: resolved.person, feminine, aliases: [] }
    if (p.alias && !kn.aliases.includes(p.alias)) kn.aliases.push(p.alias)
    if (p.outlet && !kn.outlet) kn.outlet = p.outlet
    if (p.role.length > kn.role.length && resolved === (p as unknown)) kn.role = p.role
    this.known.push(kn)
    if (this.known.length > 40) this.known.shift()
  }

  /** The last speaker (a body when `body`); `feminine` prefers one a feminine verb fits. */
  private recent(feminine: boolean, body = false): Known | undefined {
    for (let k = this.known.length - 1; k >= 0; k--) {
      const kn = this.known[k] as Known
      if (body && kn.person) continue
      void feminine
      return kn
    }
    return undefined
  }

  private candidate(start: number, end: number, speaker: string, verb: string, via: string | undefined): AttributionCandidate {
    const value: AttributionCandidate['value'] = { speaker, verb }
    if (via) value.via = via.replace(/[“”«»"]/g, '').trim()
    return { kind: 'attribution', start, end, value }
  }
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
