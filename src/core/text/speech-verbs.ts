/**
 * English verbs of saying, writing, publishing and reporting — the cue words of attributions —
 * once: each lemma with its inflections and how it behaves. The attribution reader
 * (extract/attributions.ts) reads only this table; a reader for another language keeps its own
 * table beside this one (an Arabic one does not share English inflection).
 *
 * What is in it: verbs whose content a source stands behind and a fact-checker can put to them
 * ("said", "confirmed", "tweeted", "urged", "accused"). What is not: states of mind ("believe",
 * "hope"), evidence ("shows", "found"), naming ("known as"): nobody stated anything.
 */

/** How much a verb needs after it before it is a statement. */
export type SpeechObject =
  /** a statement whatever follows ("said", "denied", "urged") */
  | 'free'
  /** only with a quotation, "for"/"on"/"out", or "X a …" after it: "called for", "called it “a disgrace”", not "a town called Rawa" */
  | 'call'
  /** only with what was published after it: "released a statement", "posted on Facebook", "issued a warning" */
  | 'publish'
  /** only with content after it: "that", "whether", a quotation or a colon ("charged that", "questioned whether", "agreed that") */
  | 'content'
  /** only "of", "about", "out", "on" after it ("spoke of the legacy"), not "spoke for an hour" */
  | 'topic'
  /** only before a quotation, a colon or the end of the clause ("she continued: …"), not "continued to campaign" */
  | 'quote'
  /** only with "as" or a quotation after it ("described the plan as …") */
  | 'as'

export interface SpeechVerb {
  lemma: string
  form: 'base' | 's' | 'past' | 'ing'
  /** may stand before its speaker: "…, said the mayor", "…, added Rep. X" */
  invert: boolean
  object: SpeechObject
  /** its base and -s forms are also a noun ("a claim", "reports of"): they need a subject that is clearly one */
  noun: boolean
}

interface Entry {
  /** the lemma and, when they are not regular, its -s, past and -ing forms */
  forms: string
  invert?: boolean
  object?: SpeechObject
}

/** Lemmas whose base and -s forms are nouns as often as verbs ("the report", "his claims", "calls for"). */
const NOUNS = new Set([
  'report',
  'claim',
  'call',
  'charge',
  'question',
  'demand',
  'comment',
  'remark',
  'promise',
  'pledge',
  'vow',
  'post',
  'tweet',
  'estimate',
  'broadcast',
  'quote',
  'answer',
  'reply',
  'counter',
  'dispute',
  'release',
  'issue',
  'praise',
  'blame',
  'echo',
  'label',
  'note',
  'stress',
  'reference',
  'outline',
  'joke',
  'boast',
  'lament',
  'retort',
  'shout',
  'yell',
  'hail',
  'blast',
  'slam',
  'caution',
  'recount',
  'retweet',
  'state',
  'quip',
  'mention',
  'repeat'
])

/**
 * The table. `forms` is "lemma" for a regular verb, or "lemma s-form past ing-form
 * [participle]" where spelling rules do not give them (doubled consonants, irregular pasts).
 */
const ENTRIES: readonly Entry[] = [
  { forms: 'say says said saying', invert: true },
  { forms: 'tell tells told telling' },
  { forms: 'write writes wrote writing written', invert: true },
  { forms: 'add', invert: true },
  { forms: 'explain', invert: true },
  { forms: 'note', invert: true },
  { forms: 'ask', invert: true },
  { forms: 'argue', invert: true },
  { forms: 'insist', invert: true },
  { forms: 'recall', invert: true, object: 'content' },
  { forms: 'continue', invert: true, object: 'quote' },
  { forms: 'reply replies replied replying', invert: true },
  { forms: 'respond', invert: true },
  { forms: 'answer', invert: true, object: 'quote' },
  { forms: 'observe', invert: true, object: 'content' },
  { forms: 'declare', invert: true },
  { forms: 'warn', invert: true },
  { forms: 'tweet', invert: true },
  { forms: 'report', invert: true },
  { forms: 'announce', invert: true },
  { forms: 'confirm' },
  { forms: 'deny denies denied denying' },
  { forms: 'claim', invert: true },
  { forms: 'state', object: 'content' },
  { forms: 'assert' },
  { forms: 'acknowledge' },
  { forms: 'admit admits admitted admitting' },
  { forms: 'allege' },
  { forms: 'mention' },
  { forms: 'cite' },
  { forms: 'quote' },
  { forms: 'comment', invert: true },
  { forms: 'remark', invert: true },
  { forms: 'promise' },
  { forms: 'pledge' },
  { forms: 'vow' },
  { forms: 'threaten' },
  { forms: 'urge' },
  { forms: 'implore' },
  { forms: 'exhort' },
  { forms: 'plead pleads pleaded pleading' },
  { forms: 'demand' },
  { forms: 'propose' },
  { forms: 'recommend' },
  { forms: 'predict' },
  { forms: 'estimate' },
  { forms: 'accuse' },
  { forms: 'blame' },
  { forms: 'criticize' },
  { forms: 'criticise' },
  { forms: 'condemn' },
  { forms: 'denounce' },
  { forms: 'decry decries decried decrying' },
  { forms: 'praise' },
  { forms: 'hail' },
  { forms: 'laud' },
  { forms: 'blast' },
  { forms: 'slam slams slammed slamming' },
  { forms: 'mock' },
  { forms: 'deride' },
  { forms: 'scold' },
  { forms: 'chastise' },
  { forms: 'lambaste' },
  { forms: 'bemoan' },
  { forms: 'lament' },
  { forms: 'complain' },
  { forms: 'boast', invert: true },
  { forms: 'brag brags bragged bragging' },
  { forms: 'joke', invert: true },
  { forms: 'quip quips quipped quipping', invert: true },
  { forms: 'testify testifies testified testifying' },
  { forms: 'disclose' },
  { forms: 'emphasize' },
  { forms: 'emphasise' },
  { forms: 'stress' },
  { forms: 'concede' },
  { forms: 'contend' },
  { forms: 'reiterate' },
  { forms: 'repeat' },
  { forms: 'echo echoes echoed echoing' },
  { forms: 'counter', invert: true, object: 'content' },
  { forms: 'retort', invert: true },
  { forms: 'dispute' },
  { forms: 'rebut rebuts rebutted rebutting' },
  { forms: 'refute' },
  { forms: 'express' },
  { forms: 'inform' },
  { forms: 'advise' },
  { forms: 'caution' },
  { forms: 'assure' },
  { forms: 'reassure' },
  { forms: 'swear swears swore swearing sworn' },
  { forms: 'tout' },
  { forms: 'shout', invert: true },
  { forms: 'yell', invert: true },
  { forms: 'exclaim', invert: true },
  { forms: 'recount' },
  { forms: 'proclaim' },
  { forms: 'conclude', object: 'content' },
  { forms: 'maintain', object: 'content' },
  { forms: 'publish' },
  { forms: 'broadcast broadcasts broadcast broadcasting' },
  { forms: 'retweet' },
  { forms: 'outline' },
  { forms: 'reference' },
  { forms: 'unveil' },
  { forms: 'label labels labeled labeling' },
  { forms: 'dub dubs dubbed dubbing' },
  { forms: 'call', object: 'call' },
  { forms: 'release', object: 'publish' },
  { forms: 'issue', object: 'publish' },
  { forms: 'post', object: 'publish' },
  { forms: 'charge', object: 'content' },
  { forms: 'question', object: 'content' },
  { forms: 'agree', object: 'content' },
  { forms: 'speak speaks spoke speaking spoken', object: 'topic' },
  { forms: 'brand', object: 'call' },
  { forms: 'describe', object: 'as' },
  { forms: 'characterize', object: 'as' }
]

/** Regular inflections: "urge" → urges, urged, urging; "deny" is listed in full. */
function inflect(lemma: string): [string, string, string] {
  if (/(?:s|sh|ch|x|z|o)$/.test(lemma)) return [`${lemma}es`, `${lemma}ed`, `${lemma}ing`]
  if (lemma.endsWith('e')) return [`${lemma}s`, `${lemma}d`, `${lemma.slice(0, -1)}ing`]
  return [`${lemma}s`, `${lemma}ed`, `${lemma}ing`]
}

const FORMS = new Map<string, SpeechVerb>()
for (const e of ENTRIES) {
  const given = e.forms.split(' ')
  const lemma = given[0] as string
  const [s, past, ing] = given.length >= 4 ? (given.slice(1, 4) as [string, string, string]) : inflect(lemma)
  // an irregular participle ("spoken") reads as the past: "has spoken", never a passive here
  const participle = given[4] ?? past
  const base = { lemma, invert: e.invert ?? false, object: e.object ?? 'free', noun: NOUNS.has(lemma) }
  for (const [word, form] of [
    [lemma, 'base'],
    [s, 's'],
    [past, 'past'],
    [ing, 'ing'],
    [participle, 'past']
  ] as const) {
    if (!FORMS.has(word)) FORMS.set(word, { ...base, form })
  }
}

/** The speech verb a lower-case English word is a form of, or undefined. */
export function englishSpeechVerb(word: string): SpeechVerb | undefined {
  return FORMS.get(word)
}

/** Every form of the table (lower case), longest first: for a pattern that finds the cue words of a text at once. */
export const ENGLISH_SPEECH_FORMS: readonly string[] = [...FORMS.keys()].sort(
  (a, b) => b.length - a.length || (a < b ? -1 : 1)
)

/** Every lemma of the table, for documentation and tests. */
export const ENGLISH_SPEECH_LEMMAS: readonly string[] = ENTRIES.map((e) => e.forms.split(' ')[0] as string)

/** What can be published: "released a statement", "issued a warning", "posted on Facebook". */
export const PUBLISHED_OBJECT =
  /^ (?:on (?:Facebook|Twitter|Instagram|YouTube|social media|(?:its|his|her|their) (?:website|blog|Facebook|Twitter|page|account)|the (?:internet|web))|online|(?:a|an|the|its|his|her|their)(?: [\p{L}-]+){0,3}? (?:statement|letter|video|report|list|tally|figures|data|details|message|note|photo|photograph|picture|tweet|transcript|memo|paper|ad|advertisement|communiqu[eé]|warning|appeal|call|denial|apology|response|rebuttal|plea|ultimatum|threat|update|summary|estimate|findings|analysis|results|toll|figure|clarification|correction|press release|declaration|announcement|comment|comments|remarks|reply|order|directive|guidance|advisory|alert)s?)(?![\p{L}])/u
