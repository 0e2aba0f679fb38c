/**
 * Attributions on PolNeAR: which annotated attributions are claims a journalist wants, where a
 * suggestion may find one, and when our speaker names the gold Source.
 *
 * Counted: an attribution whose cue is a verb of saying, writing, publishing or reporting — a
 * statement someone stands behind that a fact-checker can check against them ("said", "told",
 * "according to", "tweeted", "denied", "accused", "called for") — and that names its source.
 * Not counted (and a suggestion on one counts neither way): states of mind and wishes ("think",
 * "believe", "want", "hopes"), evidence ("shows", "found", "suggests", "reveals": what a poll or a
 * document says is a figure to check, not a person's word), naming ("known as"), bare punctuation
 * and prepositions as cues (":", "―", "in"), negated cues ("did not say", "declined to comment":
 * nothing was stated), and attributions without an annotated source (no one to check the words
 * against).
 */
import { suggestClaims } from '@core/extract'
import type { BratAttribution, BratDoc, BratSpan } from './brat'
import { normalizeName, scoreSpanGold, type Span, type SpanGold, type SpanScore } from './score'

/** Lemmas of the cues counted as attribution claims. */
export const COUNTED_CUES = [
  'say',
  'tell',
  'according to',
  'report',
  'announce',
  'confirm',
  'write',
  'post',
  'tweet',
  'quote',
  'urge',
  'release',
  'add',
  'claim',
  'deny',
  'warn',
  'state',
  'note',
  'explain',
  'argue',
  'insist',
  'declare',
  'assert',
  'acknowledge',
  'admit',
  'allege',
  'ask',
  'answer',
  'reply',
  'respond',
  'mention',
  'describe',
  'call',
  'cite',
  'comment',
  'remark',
  'promise',
  'pledge',
  'vow',
  'accuse',
  'charge',
  'blame',
  'criticize',
  'criticise',
  'condemn',
  'praise',
  'blast',
  'slam',
  'testify',
  'disclose',
  'emphasize',
  'emphasise',
  'stress',
  'point out',
  'concede',
  'contend',
  'reiterate',
  'repeat',
  'echo',
  'demand',
  'propose',
  'recommend',
  'predict',
  'estimate',
  'counter',
  'retort',
  'joke',
  'quip',
  'boast',
  'brag',
  'complain',
  'lament',
  'question',
  'dispute',
  'rebut',
  'refute',
  'concur',
  'agree',
  'express',
  'speak',
  'publish',
  'broadcast',
  'inform',
  'advise',
  'caution',
  'threaten',
  'assure',
  'reassure',
  'swear',
  'tout',
  'shout',
  'yell',
  'scream',
  'exclaim',
  'recount',
  'recall',
  'characterize',
  'characterise',
  'label',
  'dub',
  'brand',
  'continue',
  'put it',
  'proclaim',
  'observe',
  'conclude',
  'bemoan',
  'decry',
  'scold',
  'chastise',
  'lambaste',
  'implore',
  'exhort',
  'plead',
  'laud',
  'hail',
  'deride',
  'denounce',
  'mock',
  'protest',
  'retweet',
  'recite',
  'maintain',
  'issue',
  'unveil',
  'outline',
  'reference'
] as const

/** Cue lemmas seen in PolNeAR that are deliberately not counted, for the --verbose listing. */
export const NOT_COUNTED_CUES = [
  'think',
  'believe',
  'feel',
  'know',
  'want',
  'hope',
  'wish',
  'expect',
  'plan',
  'intend',
  'worry',
  'fear',
  'seem',
  'appear',
  'show',
  'find',
  'suggest',
  'indicate',
  'reveal',
  'document',
  'see',
  'known as',
  'consider',
  'support',
  'oppose',
  'endorse',
  'decide',
  'refuse',
  'try',
  'seek',
  'understand',
  'view',
  'rate',
  'doubt',
  'suspect',
  'learn',
  'discuss',
  'chant',
  'sing'
] as const

export const CUE_RULE_REASON =
  'counted: verbs of saying, writing, publishing and reporting, whose content a named source stands behind and a fact-checker can put to them; ' +
  'not counted: states of mind and wishes, evidence (what a poll or document shows is a figure, not a word), naming, punctuation or prepositions as cues, negated cues, and attributions with no annotated source'

const COUNTED = new Set<string>(COUNTED_CUES)
const PHRASES = COUNTED_CUES.filter((c) => c.includes(' '))
const IRREGULAR: Record<string, string> = {
  said: 'say',
  says: 'say',
  told: 'tell',
  wrote: 'write',
  written: 'write',
  spoke: 'speak',
  spoken: 'speak',
  swore: 'swear',
  sworn: 'swear',
  pointed: 'point',
  put: 'put'
}
const NEGATION = /\b(not|never|no longer|declined|refused|refuses|declines)\b|n[’']t\b/i

/** Candidate lemmas of an English verb form: the form itself and what stripping an inflection leaves. */
export function lemmaCandidates(word: string): string[] {
  const w = word.toLowerCase()
  const out = [w]
  const irregular = IRREGULAR[w]
  if (irregular) out.push(irregular)
  const strip = (suffix: string, add = '') => {
    if (w.length > suffix.length + 1 && w.endsWith(suffix)) {
      const stem = w.slice(0, -suffix.length)
      out.push(stem + add)
      // a doubled final consonant ("slammed", "quipping") is the inflection's, not the stem's
      if (!add && /([bdglmnprt])\1$/.test(stem)) out.push(stem.slice(0, -1))
    }
  }
  strip('ies', 'y')
  strip('ied', 'y')
  strip('es')
  strip('s')
  strip('ed')
  strip('d')
  strip('ing')
  strip('ing', 'e')
  return out
}

/** Whether a PolNeAR cue (its text, fragments joined) is one we count; see the module comment. */
export function isCountedCue(cue: string): boolean {
  const text = cue.toLowerCase().replace(/\s+/g, ' ').trim()
  if (NEGATION.test(text)) return false
  const words = text.split(/[^a-z’'-]+/).filter(Boolean)
  for (const phrase of PHRASES) {
    const [first, ...rest] = phrase.split(' ')
    for (let i = 0; i < words.length; i++) {
      if (lemmaCandidates(words[i] ?? '').includes(first ?? '') && rest.every((r, k) => words[i + 1 + k] === r))
        return true
    }
  }
  return words.some((w) => lemmaCandidates(w).some((l) => COUNTED.has(l) && !l.includes(' ')))
}

const SINGULAR_PRONOUNS = new Set(['he', 'she', 'i', 'it', 'him', 'her', 'me'])
const PLURAL_PRONOUNS = new Set(['they', 'we', 'them', 'us', 'you'])
/** Relative pronouns as sources ("…, who said"): pronouns too, never an antecedent. */
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that'])
/** Heads that are things, not people: "he" or "she" never stands for them. */
const NON_PERSON = new Set([
  'tweet',
  'statement',
  'report',
  'poll',
  'study',
  'survey',
  'letter',
  'document',
  'article',
  'ad',
  'video',
  'email',
  'memo',
  'book',
  'analysis',
  'data',
  'website',
  'post',
  'release',
  'complaint',
  'filing',
  'lawsuit',
  'story',
  'speech',
  'interview',
  'plan',
  'proposal',
  'bill',
  'law',
  'order',
  'rule',
  'message',
  'page',
  'site',
  'show',
  'program',
  'programme'
])
/** Nouns that stand for several people and take "they" ("the campaign said … they"). */
const COLLECTIVE = new Set([
  'campaign',
  'administration',
  'committee',
  'party',
  'group',
  'company',
  'government',
  'team',
  'court',
  'police',
  'staff',
  'agency',
  'department',
  'organization',
  'organisation',
  'office',
  'board',
  'council',
  'congress',
  'senate',
  'house',
  'media',
  'press',
  'network'
])

/** The pronoun a source is, if it is one (lower case), else null. */
export function pronounOf(source: string): string | null {
  const n = normalizeName(source) ?? ''
  return SINGULAR_PRONOUNS.has(n) || PLURAL_PRONOUNS.has(n) || RELATIVE_PRONOUNS.has(n) ? n : null
}

/** Words after which a noun phrase stops being about its head ("a spokesman for the campaign"). */
const CUT = /,|\s(?:of|for|at|from|in|with|who|which|that|on|to)\s+(?=[a-z])/

/**
 * The head of a noun phrase: the last word before a comma, a relative clause or a prepositional
 * phrase that starts with a lower-case word ("Secretary of State John Kerry" keeps "Kerry"; "a
 * spokesman for the campaign" gives "spokesman"), normalised, with a plural -s dropped.
 */
export function headOf(phrase: string): string {
  const first = phrase.split(CUT)[0] ?? phrase
  const words = (normalizeName(first) ?? '').split(' ').filter(Boolean)
  const last = words[words.length - 1] ?? ''
  return last.length > 3 && /[^s]s$/.test(last) ? last.slice(0, -1) : last
}

/**
 * The heads a source may be named by: the head of each of its appositives, parenthesised asides
 * dropped ("The state's campaign chairman, Phil Lovas," → chairman, Lovas; "Rep. G.K. Butterfield
 * (D-N.C.), head of the caucus" → Butterfield, head).
 */
export function headsOf(phrase: string): string[] {
  return phrase
    .replace(/\([^)]*\)/g, ' ')
    .split(',')
    .map((part) => headOf(part))
    .filter(Boolean)
}

/**
 * Whether our speaker names the same source as a gold Source span: equal once normalised (case,
 * leading article, possessive, punctuation), or our head is the head of the gold phrase or of one
 * of its appositives ("Hillary Clinton" / "Clinton", "The Post" / "The New York Post",
 * "Republican nominee Donald Trump" / "Donald Trump", "Phil Lovas" / "the chairman, Phil Lovas").
 */
export function sameSpeaker(ours: string | undefined, gold: string): boolean {
  if (!ours) return false
  const a = normalizeName(ours)
  const b = normalizeName(gold)
  if (!a || !b) return false
  return a === b || headsOf(gold).includes(headOf(ours))
}

function isPlural(source: string): boolean {
  const chunk = (source.split(CUT)[0] ?? source).trim()
  const last = chunk.split(/\s+/).pop() ?? ''
  // "officials", "sources"; capitalised plurals of groups ("Democrats", "Republicans"), not names ("Sanders")
  return /^[a-z].*[^su]s$/.test(last) || /^[A-Z][a-z]+(?:crats|cans|ists|ans)$/.test(last)
}

/** Whether a pronoun can stand for a source: "they"/"we" a plural or collective one, "it" a singular or collective one, "he"/"she" a singular one. */
function agrees(pronoun: string, source: string): boolean {
  const collective = COLLECTIVE.has(headOf(source))
  if (PLURAL_PRONOUNS.has(pronoun)) return isPlural(source) || collective
  if (pronoun === 'it' || RELATIVE_PRONOUNS.has(pronoun)) return !isPlural(source)
  return !isPlural(source) && !collective && !NON_PERSON.has(headOf(source))
}

/**
 * The antecedent of a pronoun source: the nearest earlier gold Source that is not a pronoun and
 * agrees in number ("he"/"she" a singular person, "they"/"we" a plural or collective, "it" not a plural). Gender
 * is not checked: that takes a lexicon of first names we do not have, and PolNeAR's sources
 * alternate between few people, so number and nearness pick the referent in most cases.
 */
export function antecedentOf(pronoun: string, earlier: readonly string[]): string | null {
  for (let i = earlier.length - 1; i >= 0; i--) {
    const s = earlier[i] as string
    if (!pronounOf(s) && agrees(pronoun, s)) return s
  }
  return null
}

/** What our speaker is checked against for one gold Source. */
export interface SpeakerGold {
  source: string
  /** for a pronoun source: its antecedent among the earlier gold sources, or null when there is none */
  antecedent?: string | null
}

/**
 * Speaker right: for a pronoun source, ours must name its antecedent; only when there is none is
 * repeating the pronoun right (a journalist needs the name, and "he said" names no one).
 */
export function speakerRight(ours: string | undefined, want: SpeakerGold): boolean {
  if (want.antecedent === undefined) return sameSpeaker(ours, want.source)
  if (want.antecedent === null) return normalizeName(ours) === normalizeName(want.source)
  return sameSpeaker(ours, want.antecedent)
}

/** A suggested attribution: its span and speaker. */
export interface FoundAttribution extends Span {
  speaker?: string
  text: string
}

export function ourAttributions(text: string, publishedAt?: string): FoundAttribution[] {
  const out: FoundAttribution[] = []
  for (const c of suggestClaims({ text, ...(publishedAt ? { publishedAt } : {}) })) {
    if (c.kind === 'attribution')
      out.push({ start: c.anchor.start, end: c.anchor.end, speaker: c.value.speaker, text: c.anchor.exact })
  }
  return out
}

const cueText = (a: BratAttribution) => (a.cue ? a.cue.text : '')

/**
 * Where a suggestion may find an attribution: any fragment of its cue, or the source and cue as
 * one span when they stand together (no part of the content between them, within 80 characters).
 */
export function attributionSpans(a: BratAttribution): Span[] {
  const spans: Span[] = [...(a.cue?.fragments ?? [])]
  const { cue, source, content } = a
  if (cue && source) {
    const start = Math.min(cue.fragments[0]!.start, source.fragments[0]!.start)
    const end = Math.max(
      cue.fragments[cue.fragments.length - 1]!.end,
      source.fragments[source.fragments.length - 1]!.end
    )
    const between = (content?.fragments ?? []).some((f) => f.start < end && f.end > start)
    const gap =
      Math.max(cue.fragments[0]!.start, source.fragments[0]!.start) -
      Math.min(cue.fragments[cue.fragments.length - 1]!.end, source.fragments[source.fragments.length - 1]!.end)
    if (!between && gap <= 80) spans.push({ start, end })
  }
  return spans
}

/** A PolNeAR document's gold: counted attributions (with their speaker gold) and the spans that count neither way. */
export function attributionGold(doc: BratDoc): {
  gold: Array<SpanGold<SpeakerGold>>
  ignore: Span[]
  notCounted: Array<{ cue: string; why: 'cue' | 'no source' }>
} {
  const withCue = doc.attributions
    .filter((a) => a.cue)
    .sort((x, y) => x.cue!.fragments[0]!.start - y.cue!.fragments[0]!.start)
  const sources = doc.attributions
    .map((a) => a.source)
    .filter((s): s is BratSpan => s !== undefined)
    .sort((x, y) => x.fragments[0]!.start - y.fragments[0]!.start)
  const gold: Array<SpanGold<SpeakerGold>> = []
  const ignore: Span[] = []
  const notCounted: Array<{ cue: string; why: 'cue' | 'no source' }> = []
  for (const a of withCue) {
    const spans = attributionSpans(a)
    const counted = isCountedCue(cueText(a))
    if (!a.source || !counted) {
      ignore.push(...spans)
      notCounted.push({ cue: cueText(a), why: counted ? 'no source' : 'cue' })
      continue
    }
    const source = a.source.text
    const want: SpeakerGold = { source }
    const pronoun = pronounOf(source)
    if (pronoun) {
      const at = a.source.fragments[0]!.start
      want.antecedent = antecedentOf(
        pronoun,
        sources.filter((s) => s.fragments[0]!.start < at).map((s) => s.text)
      )
    }
    gold.push({ spans, required: true, value: want, label: `${source} ${cueText(a)}` })
  }
  return { gold, ignore, notCounted }
}

/** Scores our attribution suggestions on one PolNeAR document; value accuracy is "speaker right". */
export function scoreAttributions(
  doc: BratDoc,
  found: readonly FoundAttribution[]
): SpanScore<FoundAttribution, SpeakerGold> {
  const { gold, ignore } = attributionGold(doc)
  return scoreSpanGold('attribution', gold, found, ignore, (s, want) => speakerRight(s.speaker, want))
}
