/**
 * Who is speaking: splits the words before or after a speech verb into a speaker, a role and the
 * part worth highlighting. "Interior Ministry spokesman Brig. Gen. Saad Maan" → speaker "Saad
 * Maan", role "Interior Ministry spokesman Brig. Gen.", highlighted from "Brig.". Ranks and
 * lower-case roles directly before a name stay in the highlight ("security adviser X"); the
 * organisation a role belongs to does not, as a reader checks the person, not the ministry.
 */

import { ARABIC_BODIES, ARABIC_OUTLETS, foldArabic, NAME_TITLES } from '@core/text'

/** Ranks and titles that precede a name (with or without a full stop). */
const TITLES = new Set([
  ...NAME_TITLES,
  'shaikh',
  'general',
  'brigadier',
  'colonel',
  'major',
  'lieutenant',
  'captain',
  'sergeant',
  'admiral',
  'commander',
  'president',
  'minister',
  'prime',
  'premier',
  'governor',
  'mayor',
  'senator',
  'secretary',
  'ambassador',
  'judge',
  'imam',
  'ayatollah',
  'king',
  'prince',
  'emir',
  'sultan',
  'pope',
  'chancellor',
  'chief',
  'deputy',
  'vice',
  'foreign',
  'defence',
  'defense',
  'interior',
  'staff-gen',
  'field',
  'marshal'
])

/** Words that make a capitalised run an organisation rather than a person. */
const ORG_WORDS = new Set([
  'ministry',
  'command',
  'army',
  'forces',
  'force',
  'council',
  'police',
  'agency',
  'office',
  'department',
  'committee',
  'coalition',
  'government',
  'organization',
  'organisation',
  'observatory',
  'union',
  'nations',
  'front',
  'state',
  'party',
  'group',
  'network',
  'service',
  'services',
  'authority',
  'authorities',
  'corps',
  'brigade',
  'brigades',
  'unit',
  'center',
  'centre',
  'institute',
  'news',
  'press',
  'times',
  'post',
  'tv',
  'television',
  'radio',
  'reuters',
  'agence',
  'france-presse',
  'associated',
  'watch',
  'international',
  'commission',
  'court',
  'bank',
  'fund',
  'red',
  'crescent',
  'cross',
  'hospital',
  'university',
  'company',
  'mission',
  'embassy',
  'assembly',
  'parliament',
  'cabinet',
  'directorate',
  'headquarters',
  'movement',
  'alliance',
  'federation',
  'association',
  'board',
  'bureau',
  'administration',
  'military',
  'pentagon',
  'kremlin',
  'house',
  'guard',
  'guards',
  'militia',
  'battalion',
  'division'
])

/**
 * Lower-case heads a description of a speaker ends in ("a senior official", "the 30-year-old",
 * "two Democratic speechwriters", "the ad"): people, groups, outlets and documents. Agent nouns
 * (-er, -or, -ist, -ian, -man) count without being listed; anything else ("protocol", "new") does
 * not speak.
 */
const SPEAKER_NOUNS = new Set([
  'official',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'source',
  'police',
  'witness',
  'witnesses',
  'resident',
  'expert',
  'analyst',
  'critic',
  'advocate',
  'aide',
  'adviser',
  'advisor',
  'lawmaker',
  'senator',
  'congressman',
  'congresswoman',
  'representative',
  'president',
  'chair',
  'chairman',
  'chairwoman',
  'director',
  'minister',
  'secretary',
  'governor',
  'mayor',
  'judge',
  'attorney',
  'lawyer',
  'prosecutor',
  'detective',
  'officer',
  'doctor',
  'medic',
  'nurse',
  'scientist',
  'economist',
  'professor',
  'parent',
  'student',
  'voter',
  'people',
  'supporter',
  'opponent',
  'protester',
  'activist',
  'member',
  'democrat',
  'republican',
  'diplomat',
  'ambassador',
  'envoy',
  'commander',
  'general',
  'soldier',
  'troops',
  'militant',
  'insurgent',
  'survivor',
  'victim',
  'relative',
  'mother',
  'father',
  'wife',
  'husband',
  'son',
  'daughter',
  'brother',
  'sister',
  'friend',
  'family',
  'families',
  'neighbor',
  'neighbour',
  'owner',
  'employee',
  'executive',
  'ceo',
  'founder',
  'head',
  'chief',
  'deputy',
  'staff',
  'staffer',
  'surrogate',
  'strategist',
  'pollster',
  'pundit',
  'man',
  'men',
  'woman',
  'women',
  'boy',
  'girl',
  'child',
  'children',
  'everyone',
  'nominee',
  'candidate',
  'rival',
  'challenger',
  'incumbent',
  'host',
  'anchor',
  'narrator',
  'journalist',
  'columnist',
  'editorial',
  'authorities',
  'campaign',
  'committee',
  'ministry',
  'government',
  'administration',
  'agency',
  'department',
  'company',
  'group',
  'union',
  'party',
  'network',
  'newspaper',
  'paper',
  'station',
  'channel',
  'army',
  'military',
  'council',
  'court',
  'board',
  'office',
  'school',
  'university',
  'church',
  'coalition',
  'alliance',
  'organization',
  'organisation',
  'foundation',
  'institute',
  'center',
  'centre',
  'commission',
  'panel',
  'caucus',
  'senate',
  'congress',
  'city',
  'county',
  'state',
  'statement',
  'report',
  'letter',
  'memo',
  'study',
  'poll',
  'survey',
  'ad',
  'advertisement',
  'video',
  'website',
  'article',
  'column',
  'complaint',
  'filing',
  'lawsuit',
  'book',
  'analysis',
  'tweet',
  'release',
  'transcript',
  'document',
  'resolution',
  'indictment',
  'ruling',
  'film',
  'spot',
  'communique',
  'communiqué',
  'announcement',
  'guard',
  'media',
  'press',
  'all',
  'both',
  'many',
  'others',
  'several',
  'most',
  'some',
  'few',
  'proponents',
  'opponents',
  'experts',
  'locals',
  'democrats',
  'republicans',
  'conservatives',
  'liberals',
  'progressives',
  'americans',
  'veteran',
  'guest',
  'panelist',
  'architect',
  'fund',
  'listeners',
  'audience',
  'crowd',
  'public',
  'team',
  'camp',
  'brief',
  'submission',
  'individual',
  'individuals',
  'analyses',
  'clip',
  'slide',
  'chart',
  'footage',
  'recording',
  'email',
  'message',
  'percent',
  'attorneys',
  'aides',
  'advisers',
  'officials',
  'sources',
  'leaders',
  'diplomats'
])
/** Adjectives and determiners that look like agent nouns or plurals and never head a speaker phrase. */
const NOT_SPEAKER = new Set(
  'other former latter further whether never ever however over under after sooner later earlier this its his was has is as us thus various previous serious obvious numerous famous less unless across press cancer number water order matter power border corner dinner winter summer chapter character computer river weather layer hunger danger murder banner finger tower error floor door color colour honor honour labor labour favor favour motor sector factor mirror horror humor humour terror tumor tumour manner offer answer shelter theater theatre silver rubber thunder ladder filter trigger cluster meter poster barrier fewer lower higher bigger greater better larger smaller older younger newer stronger weaker longer shorter together rather either neither another quarter minor major prior interior exterior superior inferior senior junior elementary important significant relevant different recent current present constant distant pleasant brilliant vibrant dominant elegant abundant redundant reluctant resistant urgent silent violent patient efficient sufficient apparent consistent persistent independent excellent frequent permanent prominent competent confident evident innocent magnificent intelligent transparent decent adjacent guarantee committee'.split(
    ' '
  )
)

/** Whether a lower-case head word names someone who can speak (see SPEAKER_NOUNS). */
export function isSpeakerNoun(word: string): boolean {
  const w = word.toLowerCase().replace(/['’]s$/, '')
  if (SPEAKER_NOUNS.has(w) || ORG_WORDS.has(w)) return true
  if (NOT_SPEAKER.has(w)) return w === 'press'
  const singular = w.replace(/(?:ies)$/, 'y').replace(/(?<=[^su])s$/, '')
  if (SPEAKER_NOUNS.has(singular)) return true
  return AGENT_NOUN.test(singular) || /^\d+-year-old$/.test(w)
}

/** Unicode patterns used in hot paths, compiled once (a bundler may turn a literal with \\p{…} into `new RegExp` at each use). */
const AGENT_NOUN = /^\p{L}{2,}(?:er|or|ist|ian|man|men|woman|women|person|people|ant|ee)$/u
const CAPITALISED = /^(?:\p{Lu}|(?:al|el|ad|as|ash|an|ar|at|az)-\p{Lu})/u
const ACRONYM = /^\p{Lu}{2,}s?$/u
const INITIAL = /^\p{Lu}\.$/u
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*$/u
const ING_WORD = /^\p{Ll}+ing$/u
/** Particles inside Arabic and European names ("Abu Bakr al-Baghdadi", "bin Salman", "van der"). */
const NAME_PARTICLES = new Set([
  'bin',
  'ibn',
  'al',
  'el',
  'abu',
  'abd',
  'de',
  'del',
  'da',
  'van',
  'von',
  'der',
  'bint',
  'ould'
])
/** Lower-case links inside an organisation's name ("Ministry of the Interior"). */
const ORG_LINKS = new Set(['of', 'for', 'the', 'and', 'on', 'in'])

const DETERMINERS = /^(?:the|a|an)$/i
/** Lower-case words that are not part of a role ("in" of "Mission in Afghanistan"). */
const FUNCTION_WORDS = /^(?:the|a|an|in|of|for|and|at|on|with|from|by|to|as|or)$/

export interface Speaker {
  /** the speaker's name or description, without determiner */
  speaker: string
  role?: string
  /** index into the phrase's words where the highlight starts */
  from: number
  person: boolean
  org: boolean
}

export function isCapitalised(word: string): boolean {
  return CAPITALISED.test(word)
}

function bare(word: string): string {
  return word.toLowerCase().replace(/[.,]$/, '')
}

export function isTitle(word: string): boolean {
  return TITLES.has(bare(word))
}

export function hasOrgWord(words: readonly string[]): boolean {
  return words.some((w) => ORG_WORDS.has(bare(w).replace(/['’]s$/, '')))
}

/**
 * Whether a speaker's name names an organisation ("Joint Operations Command", "AFP", "وزارة
 * الداخلية") rather than a person, by the same words the attribution readers use.
 */
export function isOrganisationName(name: string): boolean {
  const words = name.trim().split(/\s+/).filter(Boolean)
  if (words.length === 0) return false
  if (/[\u0600-\u06FF]/.test(words[0]!)) {
    // Arabic names its head first ("مسؤول في مديرية…" is an official; "وزارة الداخلية" a ministry)
    const first = foldArabic(words[0]!)
    return [first, first.replace(/^(?:و|ف|ب|ل)?ال/, '')].some((w) => ARABIC_BODIES.has(w) || ARABIC_OUTLETS.has(w))
  }
  // English names its head last, before any "of …" ("Interior Ministry spokesman", "an official of the ministry")
  const of = words.findIndex((w, i) => i > 0 && /^(?:of|at|in|for|from|with)$/i.test(w))
  const head = words[(of > 0 ? of : words.length) - 1]!
  return hasOrgWord([head]) || isAcronym(head)
}

/** All-capital initialisms (AFP, ISIL, UN) name organisations. */
export function isAcronym(word: string): boolean {
  return ACRONYM.test(word.replace(/[.’']/g, ''))
}

/** Reads a speaker phrase ("Iraqi Joint Operations Command spokesman Brig. Gen. Yahya Rasul"). */
export function readSpeaker(words: readonly string[]): Speaker | null {
  if (words.length === 0) return null
  // the capitalised run at the end: a name, perhaps with titles, or an organisation
  const leadDeterminer = DETERMINERS.test(words[0] ?? '') ? 1 : 0
  let i = words.length
  while (i > leadDeterminer) {
    const w = words[i - 1] ?? ''
    if (isCapitalised(w) || INITIAL.test(w)) i--
    else if (
      (NAME_PARTICLES.has(w.toLowerCase()) || ORG_LINKS.has(w)) &&
      i > 1 &&
      i < words.length &&
      isCapitalised(words[i - 2] ?? '')
    )
      i--
    else break
  }
  while (i < words.length && ORG_LINKS.has(words[i] ?? '')) i++
  const run = words.slice(i)
  if (run.length === 0) return describe(words, leadDeterminer)
  const runIsOrg =
    hasOrgWord(run) || run.every(isAcronym) || (i > 0 && /^(the)$/i.test(words[i - 1] ?? '') && run.length > 1)
  if (runIsOrg) {
    // a lower-case role after an organisation ("Interior Ministry spokesman") is a person's role
    return {
      speaker: stripDeterminer(words.slice(i)).join(' '),
      from: leadDeterminer && i === 1 ? 0 : i,
      person: false,
      org: true
    }
  }
  // titles at the head of the run ("Brig. Gen."), the name after them
  let nameStart = i
  for (let k = i; k < words.length - 1; k++) if (isTitle(words[k] ?? '')) nameStart = k + 1
  const name = words.slice(nameStart)
  if (name.length === 0) return null
  let from = nameStart
  while (from > i && isTitle(words[from - 1] ?? '')) from--
  if (nameStart === i) {
    // no rank: lower-case role words directly before the name belong to the highlight ("security adviser X")
    let k = i
    while (k > leadDeterminer && LOWER_WORD.test(words[k - 1] ?? '') && !FUNCTION_WORDS.test(words[k - 1] ?? '')) k--
    from = k
  }
  const role = stripDeterminer(words.slice(0, nameStart)).join(' ')
  const person = name.length >= 2 && !name.every(isAcronym)
  const speaker: Speaker = { speaker: name.join(' '), from, person, org: !person && name.every(isAcronym) }
  if (role) speaker.role = role
  return speaker
}

function stripDeterminer(words: readonly string[]): readonly string[] {
  return DETERMINERS.test(words[0] ?? '') ? words.slice(1) : words
}

/**
 * A description rather than a name ("officials", "the Iraqi army", "The US-led coalition battling
 * the terrorists"): the speaker is its head, cut before a participle or relative clause.
 */
function describe(words: readonly string[], leadDeterminer: number): Speaker | null {
  const body = words.slice(leadDeterminer)
  let end = body.length
  for (let k = 1; k < body.length; k++) {
    const w = body[k] ?? ''
    if (ING_WORD.test(w) || /^(who|which|that|based|in|from|at|with|on)$/.test(w)) {
      end = k
      break
    }
  }
  const head = body.slice(0, end)
  if (head.length === 0) return null
  return { speaker: head.join(' '), from: 0, person: false, org: hasOrgWord(head) }
}
