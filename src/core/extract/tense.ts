/**
 * Which way a date without a year or a week points: "the ministry said on Tuesday" looks back,
 * "the minister will visit on Tuesday" ahead. Read from the nearest tense marker before the date
 * in its clause (then just after it): a future marker (will, 'll, shall, would, going to, plans
 * to, scheduled, expected, due to, set to, سوف, من المقرر) points ahead unless a past auxiliary
 * leads it ("had been due to expire Friday"); a past form (said, was, had, a verb in -ed, an
 * irregular past from the closed class of English irregular verbs) points back, unless it is a
 * participle after a future auxiliary ("will be named … in December"). No marker: null, and the
 * caller takes the nearest date.
 */
import type { Direction } from './calendar'

/** Words that point ahead by themselves, and the pairs that do ("going to", "plans to", "set to"). */
const FUTURE_WORDS = new Set([
  'will',
  "'ll",
  '’ll',
  'shall',
  'would',
  'planned',
  'planning',
  'scheduled',
  'expected',
  'slated',
  'سوف',
  'يعتزم',
  'تعتزم',
  'المقبل',
  'المقبلة',
  'القادم',
  'القادمة'
])
const FUTURE_BEFORE_TO = new Set(['going', 'plan', 'plans', 'set', 'intend', 'intends', 'is', 'are'])
/** "due to expire", "due to meet": due to with a verb; "due to the war" is a cause. */
const DUE_VERBS = new Set([
  'be',
  'expire',
  'start',
  'begin',
  'meet',
  'arrive',
  'return',
  'take',
  'hold',
  'open',
  'close',
  'end',
  'vote',
  'resume',
  'visit',
  'leave',
  'sign',
  'appear'
])
/** The closed class of common English irregular past forms (regular ones end in -ed). */
const IRREGULAR_PAST = new Set(
  (
    'said told was were had did made took came went gave found left met held began brought thought knew saw got led fled ' +
    'fought sent spent won lost kept built heard felt stood wrote spoke broke chose drove rose fell flew threw struck ' +
    'shot sold paid laid sought caught taught bought became ran sat hung swore stole withdrew arose bore tore ' +
    'understood upheld withheld wore overthrew underwent ago last earlier yesterday'
  ).split(' ')
)
/** Words in -ed that are not past forms. */
const NOT_PAST = new Set([
  'need',
  'speed',
  'indeed',
  'feed',
  'seed',
  'hundred',
  'proceed',
  'exceed',
  'succeed',
  'bleed',
  'breed',
  'creed',
  'greed',
  'shed',
  'bed',
  'red',
  'wed',
  'embed'
])
/** Whether a lower-case word is a past form: an irregular past or a verb in -ed (the attribution reader ends a subject there). */
export function isPastForm(word: string): boolean {
  return IRREGULAR_PAST.has(word) || (word.length > 3 && word.endsWith('ed') && !NOT_PAST.has(word))
}
const PAST_AUX = new Set(['had', 'has', 'have', 'was', 'were'])
const PRESENT_AUX = new Set(['is', 'are', 'am', 'being'])
const FUTURE_AUX = new Set(['will', 'would', 'shall', 'to', "'ll", '’ll'])
const WORDS = /[\p{L}'’]+/gu

/** The direction word `i` of `w` gives, or null. */
function classify(w: readonly string[], i: number): Direction {
  const word = w[i] as string
  const prev = w[i - 1] ?? ''
  const prev2 = w[i - 2] ?? ''
  const pastAux = PAST_AUX.has(prev) || (prev === 'been' && PAST_AUX.has(prev2))
  let future =
    FUTURE_WORDS.has(word) ||
    (word === 'to' && FUTURE_BEFORE_TO.has(prev)) ||
    (word === 'due' && (/^\d/.test(w[i + 1] ?? '') || (w[i + 1] === 'to' && DUE_VERBS.has(w[i + 2] ?? ''))))
  if (word === 'المقرر' && prev === 'من') future = true
  if (word === 'soon' || word === 'early') future = prev === 'as' && w[i + 1] === 'as'
  if (future) return pastAux && !['will', 'would', 'shall'].includes(word) ? 'past' : 'future'
  if (!IRREGULAR_PAST.has(word) && !(word.length > 3 && word.endsWith('ed') && !NOT_PAST.has(word))) return null
  // "will be named", "to be held" look ahead; "to have caused", "would have won" are perfects and look back
  const aux = (FUTURE_AUX.has(prev) && prev !== 'to') || (prev === 'be' && FUTURE_AUX.has(prev2))
  if (aux) return 'future'
  // a participle after is/are ("when the case is heard in May") is a present passive: no direction
  return PRESENT_AUX.has(prev) ? null : 'past'
}

function wordsOf(s: string): string[] {
  return (s.toLowerCase().match(WORDS) ?? []) as string[]
}

/** Prepositions that put a date ahead of what the clause tells: "extended to Nov. 6", "payable Dec. 7", "by February". */
const AHEAD = new Set(['to', 'until', 'till', 'through', 'by', 'before', 'effective', 'payable', 'due', 'starting'])
/**
 * How many words around a date the tense is read from: a marker further off belongs to another
 * verb of the sentence ("NATO has decided to admit Poland, Hungary and the Czech Republic in early
 * March"), and then the nearest date is the better guess.
 */
const WORDS_BEFORE = 6
const WORDS_AFTER = 5

/**
 * The direction of the date at [start, end) of `text` from the tense of its clause; null when
 * nothing says. `deadline`: the date is a month or a day of a month, which a preposition such as
 * "by" or "until" puts ahead ("payable Dec. 7"); a weekday or a quarter after one is not
 * ("by Monday, officials had hardened", "due to its third-quarter loss").
 */
export function directionAt(text: string, start: number, end: number, deadline = false): Direction {
  const head = text.slice(Math.max(0, start - 100), start)
  const cut = Math.max(
    head.lastIndexOf('. '),
    head.lastIndexOf('; '),
    head.lastIndexOf('? '),
    head.lastIndexOf('! '),
    head.lastIndexOf('.\n'),
    head.lastIndexOf(', ')
  )
  const before = wordsOf(cut >= 0 ? head.slice(cut + 2) : head)
  const lead = before[before.length - 1] ?? ''
  // "from Aug. 26 to Oct. 20" is a range, not a deadline
  const range = lead === 'to' && before.includes('from')
  if (deadline && AHEAD.has(lead) && !range && !(lead === 'by' && PAST_AUX.has(before[before.length - 3] ?? '')))
    return 'future'
  for (let i = before.length - 1; i >= Math.max(0, before.length - WORDS_BEFORE); i--) {
    const d = classify(before, i)
    if (d) return d
  }
  // a date that opens its clause takes the verb after it: "In January, the company brought in …"
  const tail =
    before.length <= 1
      ? (/^,?[^;.!?]{0,50}/.exec(text.slice(end))?.[0] ?? '')
      : (/^[^,;.!?]{0,40}/.exec(text.slice(end))?.[0] ?? '')
  const after = wordsOf(tail).slice(0, WORDS_AFTER)
  for (let i = 0; i < after.length; i++) {
    const d = classify(after, i)
    if (d) return d
  }
  return null
}
