/**
 * Casualty counts: who was killed, wounded, captured, went missing or was displaced, and how many.
 * English, four shapes cover wire copy: a verb before the count ("killing at least 20 people"),
 * the count before the outcome ("13 were injured", "At least 20 militants died", "Six civilians
 * including a child were among the dead"), a single victim ("A policeman was killed") and a toll
 * ("the death toll rose to 31", "put the death toll at 31"). The rules match the sentence as
 * markCounts leaves it (lower-case, each count one mark; see amounts.ts) and read values from the
 * text itself. Arabic has its own word-by-word grammar (casualties-arabic.ts) over the same value
 * shape, number tables and bounds. The span runs from the verb or count to the end of the
 * victims' phrase, which becomes `who`.
 */
import type { CasualtyOutcome } from '@core/model'
import { casualtyValue, COUNT_MARK, groupsIn, markCounts, readCount, type Count } from './amounts'
import { matchesOf, type Candidate } from './spans'
import { monthNumber, NON_VICTIM, NP, NP_WORD } from './words'
import { pattern } from './pattern'
import { findArabicCasualties } from './casualties-arabic'

const ARABIC_LETTER = /[\u0621-\u064A]/

type CasualtyCandidate = Extract<Candidate, { kind: 'casualty' }>

// The English rules match the sentence as markCounts leaves it (lower-case, counts marked).
const C = `${COUNT_MARK}(?!%)`
/** A count must not continue a word, a figure, a price or a code ("$20", "No.5", "3/4"). */
const COUNT_START = "(?<![\\p{L}\\d$£€#/.,'’-])"
const OF_NP = `(?: of (?:them|those|whom)(?![\\p{L}])| of(?: the| its| their| his| her)? ${NP}| ${NP})`
/**
 * Before a passive outcome the victims' phrase may be longer, as the verb after it ends it: "38
 * members of government forces were killed", "40 Syrian soldiers and pro-regime fighters were
 * killed" (an active verb's object has no such end: "killed 12 people and destroyed homes").
 */
const PASSIVE_NP = `(?: of (?:them|those|whom)(?![\\p{L}])| of(?: the| its| their| his| her)? ${NP}| ${NP}(?: (?:of|from)(?: the| its| their)? ${NP})?(?: and (?:other )?${NP})?)`
/** "including five children", "including five children and two women" (at most three such items) */
const INCLUDED = `(?:${C}|an?)(?: ${NP})?`
const INCLUDING = `(?:(?:,| [-–—]{1,2})? including ${INCLUDED}(?:(?:,| and|, and) ${INCLUDED}){0,2}(?: [-–—]{1,2}(?= ))?)`

const ACTIVE_VERBS =
  'killed (?:or|and) (?:wounded|injured)|killing (?:or|and) (?:wounding|injuring)|' +
  'killed|killing|kills|kill|wounded|wounding|wounds|injured|injuring|injures|captured|capturing|abducted|abducting|' +
  'kidnapped|kidnapping|displaced|displacing|(?:claimed|claiming|took|taking) the lives of|' +
  'executed|executing|executes|execute|massacred|massacring|beheaded|beheading'

/** "A policeman was killed", "One soldier has been wounded": a single victim in the passive. */
const SINGLE = pattern(
  `(?<![\\p{L}\\d-])(?<a>an?|${COUNT_MARK}) (?<np>(?:\\d+-year-old )?${NP}) (?:(?:was|has been|had been|is) (?:(?:reportedly|also|later) )?(?<out>killed|wounded|injured|shot dead|slain|captured|abducted|kidnapped)|(?<died>died))(?![\\p{L}-])`,
  'gud'
)

const ACTIVE = pattern(
  `(?<![\\p{L}-])(?<verb>${ACTIVE_VERBS}) (?:also )?(?:all )?(?:(?<count>${C})(?<more> more)?(?<np>${OF_NP})?|(?<a>an?) (?<np1>${NP}))(?<incl>${INCLUDING})?`,
  'gud'
)

const PASSIVE_OUTCOMES =
  'killed (?:or |and )?(?:wounded|injured)|killed|shot dead|slain|executed|massacred|beheaded|dead|died|die|wounded|injured|hurt|captured|missing|' +
  'displaced|perished|lost their lives|abducted|kidnapped|taken prisoner|taken hostage|deaths|fatalities|casualties|injuries|martyrs|martyred'
const AUX =
  '(?:(?:were|was|are|is) (?:(?:also|identified|counted|listed|named) )?among (?:those|the)|were|was|are|is|have been|has been|had been|had|have|has|remain|remained|remain|lay|lie|are still|were still)' +
  '(?: (?:reported|reportedly|confirmed|feared|believed|thought|said|also|later|all|now))?(?: to have been| to be)? '

const PASSIVE = pattern(
  `${COUNT_START}(?<count>${C})(?<more> more)?(?<np>${PASSIVE_NP})?(?<incl>${INCLUDING},?)? (?<aux>${AUX})?(?<out>${PASSIVE_OUTCOMES})(?![\\p{L}-])`,
  'gud'
)

/**
 * The first of two counts that share one outcome: "At least 16 civilians and three children have
 * been killed", "Five children and four medical staff killed" (the second count is PASSIVE's own).
 */
const COORDINATED = pattern(
  `${COUNT_START}(?<count>${C})(?<np> ${NP})(?= and ${C}(?: ${NP})?(?<incl>${INCLUDING},?)? (?<aux>${AUX})?(?<out>${PASSIVE_OUTCOMES})(?![\\p{L}-]))`,
  'gud'
)

/** "Six civilians including a child were among at least 22 people killed": a group among a toll told after it (the toll is its own claim). */
const AMONG = pattern(
  `${COUNT_START}(?<count>${C})(?<np>${OF_NP})?(?<incl>${INCLUDING},?)? (?:were|was|are|is) (?:also )?among` +
    `(?= (?:(?:at least|more than|some|about|nearly|around) )?${C}(?: ${NP_WORD}){0,2}? (?<out>killed|dead|wounded|injured)(?![\\p{L}-]))`,
  'gud'
)

const TOLL = pattern(
  `(?<![\\p{L}])(?:(?<verb>put|puts|putting|placed|placing|places|raised|raising|brought|bringing|pushed|pushing|took|taking) )?(?:the )?` +
    `(?<toll>(?:(?<tk>death|casualty|fatality|injury) )?toll|number of (?<nk>dead|deaths|people killed|fatalities|casualties|wounded|injured|people injured))` +
    `(?:(?: (?!(?:rose|risen|at|to|of)\\b)[\\p{L}\\d'’\\x01\\x02-]+){0,12}?)` +
    ` (?:(?:has |had |have )?(?:rose|risen|climbed|increased|jumped|reached|hit|stood|stands|stand|was|is|passed|exceeded|surpassed|grew|soared|rising|climbing) (?:to |at )?|at |to |of )` +
    `(?<count>${C})`,
  'gud'
)

/**
 * Military copy's word for killing ("eliminated 70 terrorists", "the elimination of 34 militants",
 * "20 militants were eliminated") and the noun of killing ("the killing of 12 civilians"). What is
 * eliminated is killed only when it is fighters: positions, vehicles and threats are eliminated too.
 */
const ELIMINATED = pattern(
  `(?<![\\p{L}-])(?:(?<verb>eliminated|eliminating|eliminates|eliminate|(?:the )?elimination of|(?:the )?(?:killings?|deaths?|injur(?:y|ies)|wounding) of) (?<count>${C})(?<np> ${NP})?` +
    `|${COUNT_START}(?<count2>${C})(?<np2> ${NP}) (?:were|was|have been|had been|has been) (?:reportedly |also )?eliminated)(?![\\p{L}-])`,
  'gud'
)
/**
 * The dead counted as bodies ("carted away at least 100 bodies", "recovered 12 bodies from the
 * rubble", "found the bodies of 30 men"): a toll in rescue workers' and monitors' words.
 */
const BODIES = pattern(
  `(?<![\\p{L}-])(?:recovered|retrieved|pulled out|pulled|carted away|found|collected|counted|received|buried|unearthed|exhumed) ` +
    `(?:(?<count>${C}) (?<np>(?:dead )?(?:bodies|corpses))|(?:the )?(?<np2>bodies|corpses) of (?<count2>${C})(?<np3> ${NP})?)(?![\\p{L}-])`,
  'gud'
)
/** Verbs of killing that are also said of plans and orders ("executed two attacks"): their victims must be people. */
const KILLING_PEOPLE_ONLY = /^(?:execut|massacr|behead)/i
const PEOPLE =
  /^(?:[\p{L}-]+ ){0,3}?(?:people|persons|civilians|children|women|men|villagers|residents|prisoners|hostages|detainees|captives|members|workers|families|relatives|boys|girls|policemen|officers|guards|soldiers|troops|terrorists?|militants?|fighters?|insurgents?|gunmen|jihadists?|extremists?|rebels?|mercenaries)$/iu
/** The fighters a count of the eliminated must name (the head of its victims' phrase). */
const FIGHTERS =
  /^(?:[\p{L}-]+ ){0,3}?(?:terrorists?|militants?|fighters?|insurgents?|gunmen|jihadists?|extremists?|rebels?|mercenaries|bandits|attackers|soldiers|troops|servicemen)$/iu

/**
 * Words a number names rather than counts after ("aged 40", "page 3"), and capitalised ones of
 * a name ("Brigade 93", "Flight 17", "Resolution 2254"; not "the brigade 30 soldiers" run on).
 */
const UNIT_NUMBER = {
  test: (before: string): boolean =>
    /\b(?:aged?|No\.?|number|page|route|flight)\s*$/i.test(before) ||
    /\b(?:Brigade|Division|Battalion|Regiment|Squadron|Unit|Corps|Platoon|Resolution|Highway|Route|Flight|Article|Chapter|Section)\s*$/.test(
      before
    )
}

function outcomeOf(word: string): CasualtyOutcome | null {
  const w = word.toLowerCase()
  if (/kill\w* (?:(or|and) )?(wound|injur)/.test(w) || w === 'casualties' || w === 'casualty')
    return 'killed_or_wounded'
  if (
    /^(kill|dead|died|die|death|perished|lost|fatalit|claim|took|taking|toll|people killed|martyr|execut|massacr|behead|shot dead|slain|bodies|corpses)/.test(
      w
    )
  )
    return 'killed'
  if (/^(wound|injur|hurt|people injured)/.test(w)) return 'wounded'
  if (/^(captur|abduct|kidnap|taken)/.test(w)) return 'captured'
  if (w === 'missing') return 'missing'
  if (/^displac/.test(w)) return 'displaced'
  return null
}

/** A four-digit 1800–2100 figure after "in", "the", "since" … is a year, not a count. */
function looksLikeYear(count: string, before: string): boolean {
  return (
    /^(1[89]\d\d|20\d\d)$/.test(count) &&
    /\b(in|the|a|an|since|of|by|until|from|during|before|after|and|mid-?)\s*$/i.test(before)
  )
}

/** Victims' phrase: drops a trailing verb-like word after a plural ("civilians gathered"). */
function trimVictims(np: string): string {
  const words = np.trim().split(' ')
  for (let i = 1; i < words.length; i++) {
    if (/(ed|ing)$/i.test(words[i] ?? '') && /s$/i.test(words[i - 1] ?? '')) return words.slice(0, i).join(' ')
  }
  return words.join(' ')
}

function victimsOk(np: string | undefined): boolean {
  if (!np) return true
  const first =
    np
      .trim()
      .replace(/^of( the| its| their| his| her)? /i, '')
      .split(' ')[0]
      ?.toLowerCase() ?? ''
  return !NON_VICTIM.has(first)
}

function make(
  start: number,
  end: number,
  outcome: CasualtyOutcome,
  count: Count,
  who: string | undefined
): CasualtyCandidate {
  return { kind: 'casualty', start, end, value: casualtyValue(outcome, count, who) }
}

/** Parses the victims' phrase and its "including …" tail into `who`, returning how much of `np` is kept. */
function victims(np: string | undefined, incl: string | undefined): { who: string | undefined; kept: string } {
  const head = np ? trimVictims(np.replace(/^ of (them|those|whom)$/i, '')) : ''
  const trimmedAway = np !== undefined && head.length < np.trim().length
  // (a dashed aside, " - including three children -", reads as the comma's)
  const tail =
    !trimmedAway && incl
      ? incl
          .replace(/^(?:,| [-–—]{1,2})? /, '')
          .replace(/ [-–—]{1,2}$/, '')
          .replace(/,$/, '')
      : ''
  const who = [head.replace(/^of (the |its |their |his |her )?/i, ''), tail]
    .filter((s) => s.trim() !== '')
    .join(' ')
    .trim()
  const kept = trimmedAway ? ' ' + head : (np ?? '') + (incl && !trimmedAway ? incl.replace(/,$/, '') : '')
  return { who: who || undefined, kept }
}

/** Casualty suggestions in `text` (digits already ASCII), in no particular order. */
export function findCasualties(text: string): CasualtyCandidate[] {
  const out: CasualtyCandidate[] = []
  const marked = markCounts(text)
  for (const m of matchesOf(ACTIVE, marked)) {
    const g = groupsIn(text, m)
    const outcome = outcomeOf(g.verb ?? '')
    const count = g.a ? { min: 1, max: 1 } : readCount(g.count ?? '')
    const np = g.a ? ' ' + (g.np1 ?? '') : g.np
    if (!outcome || !count || !victimsOk(np)) continue
    if (g.a && /^(few|number|group|handful|total|dozen)$/i.test(np?.trim().split(' ')[0] ?? '')) continue
    if (KILLING_PEOPLE_ONLY.test(g.verb ?? '') && (g.a || (np !== undefined && !PEOPLE.test(trimVictims(np.trim())))))
      continue
    if (g.count && looksLikeYear(g.count, '')) continue
    const { who, kept } = victims(np, g.incl)
    const start = m.index
    const end = start + m[0].length - ((np ?? '') + (g.incl ?? '')).length + kept.length
    out.push(make(start, end, outcome, count, who))
  }
  const among = new Set(matchesOf(AMONG, marked))
  for (const m of [...matchesOf(PASSIVE, marked), ...among, ...matchesOf(COORDINATED, marked)]) {
    const g = groupsIn(text, m)
    const outcome = outcomeOf(g.out ?? '')
    const count = readCount(g.count ?? '')
    if (!outcome || !count || !victimsOk(g.np)) continue
    if (KILLING_PEOPLE_ONLY.test(g.out ?? '') && !PEOPLE.test(trimVictims(g.np?.trim() ?? ''))) continue
    const before = text.slice(Math.max(0, m.index - 12), m.index)
    if (looksLikeYear(g.count ?? '', before) || monthNumber(/(\p{L}+\.?)\s*$/u.exec(before)?.[1] ?? '') > 0) continue
    // an identifier, not a count: "Brigade 93 fighters", "Flight 17", "Resolution 2254", "Highway 5"
    if (UNIT_NUMBER.test(before)) continue
    // "12 gunmen killed 5 people" is active: the outcome is a verb with an object after it
    if (
      !g.aux &&
      !among.has(m) &&
      /^(killed|wounded|injured|hurt|captured|abducted|kidnapped|displaced|executed|massacred|beheaded)$/i.test(
        g.out ?? ''
      )
    ) {
      // (lower-cased: a title-case headline capitalises its prepositions, "Three Killed In Airstrike")
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20).toLowerCase()
      // ("6 dead and 22 injured were claimed": a verb after it makes the outcome a noun)
      if (
        /^ (?:\d|(?!(?:in|on|at|and|or|by|during|after|before|when|while|as|since|near|across|from|with|overnight|yesterday|today|last|this|early|late|so|over|outside|inside|including|according|were|was|are|is|have|has|had)(?![\p{L}]))\p{L})/u.test(
          after
        )
      )
        continue
    }
    // a vague word alone before "dead"/"deaths" ("several deaths") is too weak to suggest
    if (
      count.vague &&
      !g.np &&
      !g.aux &&
      /^(deaths|fatalities|casualties|injuries|dead)$/i.test(g.out ?? '') &&
      /^(several|a few)$/.test(count.vague)
    )
      continue
    const who = g.np ? victims(g.np, g.incl).who : undefined
    out.push(make(m.index, m.index + m[0].length, outcome, count, who))
  }
  for (const m of matchesOf(ELIMINATED, marked)) {
    const g = groupsIn(text, m)
    const count = readCount(g.count ?? g.count2 ?? '')
    const np = (g.np ?? g.np2)?.trim()
    // "the killing of 12 civilians", "the death of eight", "the injury of 89": nouns of the outcome, any victims
    const noun = /^(?:the )?(?:killings?|deaths?|injur(?:y|ies)|wounding) of$/i.test(g.verb ?? '')
    if (!count || (noun ? !victimsOk(np) : !np || !FIGHTERS.test(trimVictims(np)))) continue
    const outcome = /injur|wound/i.test(g.verb ?? '') ? 'wounded' : 'killed'
    out.push(make(m.index, m.index + m[0].length, outcome, count, np ? trimVictims(np) : undefined))
  }
  for (const m of matchesOf(BODIES, marked)) {
    const g = groupsIn(text, m)
    const count = readCount(g.count ?? g.count2 ?? '')
    if (!count) continue
    out.push(make(m.index, m.index + m[0].length, 'killed', count, g.np3 ? trimVictims(g.np3.trim()) : undefined))
  }
  for (const m of matchesOf(SINGLE, marked)) {
    const g = groupsIn(text, m)
    const outcome = outcomeOf(g.out ?? g.died ?? '')
    if (!/^an?$/i.test(g.a ?? '') && readCount(g.a ?? '')?.min !== 1) continue
    if (!outcome || !victimsOk(g.np) || /^(few|number|group|handful|total|dozen|lot)\b/i.test(g.np ?? '')) continue
    out.push(make(m.index, m.index + m[0].length, outcome, { min: 1, max: 1 }, g.np))
  }
  for (const m of matchesOf(TOLL, marked)) {
    const g = groupsIn(text, m)
    const count = readCount(g.count ?? '')
    if (!count || count.vague) continue
    const outcome = outcomeOf(g.tk ?? g.nk ?? 'toll')
    if (!outcome) continue
    const start = g.verb ? m.index : (m.indices?.groups?.toll?.[0] ?? m.index)
    out.push(make(start, m.index + m[0].length, outcome, count, undefined))
  }
  if (ARABIC_LETTER.test(text)) out.push(...findArabicCasualties(text))
  return out
}
