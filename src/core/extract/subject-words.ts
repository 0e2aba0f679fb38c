/**
 * The English words that shape a speaker's subject phrase around a speech verb: what may stand
 * between a subject and its verb (adverbs, auxiliaries), what makes a cue no statement (modals,
 * negation), what opens a clause or a sentence without being its subject, and the dates that
 * name no one. The attribution reader (attributions.ts) asks these; the verbs themselves are in
 * src/core/text/speech-verbs.ts.
 */
import { ENGLISH_CALENDAR } from '@core/text'

/**
 * Weekdays and full month names, lower case, from the calendar table: "said Friday" names no one.
 * Months that are also first names (May, June, April, August) can speak.
 */
const CALENDAR_WORDS = new Set(
  [...ENGLISH_CALENDAR.weekdays.flat(), ...ENGLISH_CALENDAR.months.map((m) => m[0] ?? '')]
    .map((w) => w.toLowerCase())
    .filter((w) => !/^(?:may|june|april|august)$/.test(w))
)
export const isDateWord = (w: string): boolean => CALENDAR_WORDS.has(w.toLowerCase().replace(/[.,]$/, ''))

const ADVERB_FORM = /^\p{Ll}{3,}ly$/u
const ADVERB_ANY_FORM = /^\p{Ll}+ly$/u
/** Nouns in -ly that are no adverbs ("attorneys for the family said"). */
const NOT_ADVERB = new Set(
  'family ally assembly rally supply monopoly anomaly butterfly bully belly jelly folly lily tally reply italy holly gully homily'.split(
    ' '
  )
)
export const ADVERB = { test: (w: string): boolean => ADVERB_FORM.test(w) && !NOT_ADVERB.has(w.toLowerCase()) }
export const ADVERB_ANY = { test: (w: string): boolean => ADVERB_ANY_FORM.test(w) && !NOT_ADVERB.has(w.toLowerCase()) }

/** Words allowed between the subject and its verb, dropped from the subject. */
export const BETWEEN = new Set([
  'also',
  'however',
  'almost',
  'nearly',
  'largely',
  'mostly',
  'widely',
  'later',
  'earlier',
  'previously',
  'separately',
  'further',
  'then',
  'again',
  'recently',
  'publicly',
  'officially',
  'repeatedly',
  'initially',
  'subsequently',
  'once',
  'now',
  'quickly',
  'reportedly',
  'often',
  'long',
  'still',
  'already',
  'just',
  'first',
  'since',
  'even',
  'too',
  'herself',
  'himself',
  'themselves',
  'itself',
  'once',
  'ago',
  'today',
  'yesterday',
  'tonight',
  'again',
  'always'
])
/** A closed class of words, matched whole and in any case (a Set: cheaper to build and to ask than an alternation). */
function wordSet(list: string): { test: (word: string) => boolean } {
  const set = new Set(list.split(' '))
  return { test: (word) => set.has(word.toLowerCase()) }
}
export const PERFECT = wordSet(`has have had 've ’ve`)
export const PROGRESSIVE = wordSet(`is are was were am been be`)
export const PASSIVE = wordSet(`is are was were be been being get gets got gotten`)
/** A modal, an infinitive or "do" before the verb: nothing was stated yet, or it is a question ("will demand", "to say"). */
export const NOT_STATED = wordSet(
  `will would could can may might should must shall to do does did not never n’t n't cannot won’t won't don’t don't didn’t didn't doesn’t doesn't wouldn’t wouldn't couldn’t couldn't hasn’t hasn't haven’t haven't isn’t isn't wasn’t wasn't declined refused refuses declines let let's`
)
/** A subject containing one of these is a clause, not a speaker ("it is said", "could say"). */
export const CLAUSE_VERBS = wordSet(
  `is are was were be been being will would can could should may might must do does did to not never there i you this these those has have had`
)
export const FUNCTION_END = wordSet(
  `the a an of to and or in on at for by with from as that its his her their my our your than before after about into without while when if because`
)
/** Conjunctions and sentence adverbs that may open a subject clause: dropped ("But Megan Hester said"). */
export const OPENERS = wordSet(
  `and but yet so or then however still now meanwhile instead perhaps also indeed thus nonetheless moreover finally later earlier afterwards afterward separately previously initially subsequently`
)
/** Words that open a sentence without being its subject ("In March Trump said", "Asked about …"). */
export const NOT_SUBJECT = wordSet(
  `in on at after before when if as while since during this that there it last earlier later then meanwhile however still yet for with without from despite although though because under over asked speaking according by to of what how why where once unlike like even here among amid following until instead so and but or a an both no not all some each every many one two three such these those his her their its our my your we i you`
)
export const PRONOUNS = wordSet(`he she they it`)
