/**
 * Attributions: who says so, in English. A cue is a verb of saying, writing, publishing or
 * reporting from the one table in src/core/text/speech-verbs.ts ("said", "confirmed", "reports",
 * "posted on Facebook", "released a statement", "urged", "is demanding", "has said"), "according
 * to X" or "as X put it". The speaker is the noun phrase before the verb — a name with its titles
 * ("Chad's Ambassador to France"), a name with appositives ("Christian Estrosi, a former mayor of
 * Nice and …, said", "Sen. X (R-Ga.) said"), a description ("the 30-year-old", "two Democratic
 * speechwriters") — or after it when inverted ("…, said the mayor"); "…, saying" and "… and said"
 * take the subject of their sentence; "who said" the noun before "who"; "Hillary Clinton Says" in a
 * title-case headline counts. "he"/"she" take the most recent person who spoke, "they" the most
 * recent group or organisation, "it" the most recent organisation or document; surnames take the
 * full name given earlier ("Rasul" → "Yahya Rasul"). One pass in text order, so resolution only
 * looks back.
 *
 * Not suggested (a journalist checks what someone stated): negated cues ("did not say", "declined
 * to comment"), future and modal ones ("will demand", "could call on"), passives without an agent
 * ("was told"), first person ("I said": the writer), and subjects that cannot speak ("Secret
 * Service protocol called", "new claims").
 */
import {
  englishSpeechVerb,
  ENGLISH_SPEECH_FORMS,
  parseNumber,
  PUBLISHED_OBJECT,
  WEEKDAY_NAMES,
  type SpeechVerb
} from '@core/text'
import type { Candidate } from './spans'
import {
  clauseStart,
  isAppositionChunk,
  isNamePhrase,
  isRolePhrase,
  key,
  offsetOfWord,
  phraseAfter,
  previousComma,
  quoteBefore,
  quoteWithin,
  quotations,
  sentenceBoundaries,
  sourceAfter,
  surnameKey,
  CONTENT_WORDS
} from './clauses'
import { isPastForm } from './tense'
import {
  ADVERB,
  ADVERB_ANY,
  BETWEEN,
  CLAUSE_VERBS,
  FUNCTION_END,
  NOT_STATED,
  NOT_SUBJECT,
  OPENERS,
  PASSIVE,
  PERFECT,
  PROGRESSIVE,
  PRONOUNS,
  isDateWord
} from './subject-words'
import { hasOrgWord, isAcronym, isCapitalised, isSpeakerNoun, isTitle, readSpeaker, type Speaker } from './names'
import { findArabicAttributions } from './attributions-arabic'

type AttributionCandidate = Extract<Candidate, { kind: 'attribution' }>
type AttributionValue = AttributionCandidate['value']

/** Unicode patterns used in hot paths, compiled once (a bundler may turn a literal with \p{…} into `new RegExp` at each use). */
const LOWER_START = /^\p{Ll}/u
const INITIALS = /^(?:\p{Lu}\.)+$/u
const LONG_WORD = /^\p{L}{4,}/u
const CAPITAL_PARTICIPLE = /^\p{Lu}\p{Ll}+(?:ed|ing)$/u
const CAPITAL_PLURAL = /^\p{Lu}\p{Ll}+(?:crats|cans|ists|ans|ers)$/u
const UPPER_START = /^\p{Lu}/u
const ALL_CAPITALS = /^\p{Lu}+$/u
const PRESENT_S = /^\p{Ll}{3,}s$/u
const PARTICIPLE = /^\p{Ll}+(?:ed|ing)$/u
const LEADING_MARKS = /^[^\p{L}\p{N}]+/u
const CONTRACTION = /^(\p{L}+)['’](?:s|re)$/u
const SUBJECT_START = /^(?:\p{Lu}|the\b)/u
const LETTER_SPACE = /\p{L} $/u
const WHAT_BEFORE = /(?:^|[^\p{L}])what +$/u
const RELATIVE_BEFORE = /(?:^|[^\p{L}])(who|which|that) +$/u
const QUOTE_SUBJECT_CHAR = /[\p{L}\p{M}. -]/u
const STATEMENT_PHRASE =
  /^(?:the |a |an )?(?:(\p{L}+)['’]s |((?:\p{Lu}[\p{L}.&-]*(?: |$))+))?(statement|report|communique|communiqué|announcement|spokesman|spokeswoman|spokesperson)$/u
const NOMINAL = /^the (\p{Ll}+)$/u
const CALLED_X_A = /^ (?:[\p{L}’'.-]+ ){1,9}(?:a|an)\b/u
/** "called on Monday for", "called yesterday on": a call for something, made on a day. */
const CALLED_ON_DAY = new RegExp(`^ (?:on |last |this )?(?:${WEEKDAY_NAMES.join('|')}|today|yesterday) (?:for|on)\\b`)
const AS_AFTER = /^(?: [\p{L}’'-]+){1,8} as\b/u
const NAMED_VIA = /^ ((?:the )?(?:\p{Lu}[\p{L}\p{M}'’.&-]*)(?: (?:\p{Lu}[\p{L}\p{M}'’.&-]*|of|al-\p{L}+))*)/u
const AUDIENCE =
  /^ ((?:a |the )?(?:reporters|journalists|lawmakers|parliament|state television|state media|state TV|local media|the media|the press|television|news conference|press conference|briefing|residents|a news conference|a press conference|a briefing|supporters|the crowd|a crowd|an audience|the audience|an interviewer|the committee|me|us))(?![\p{L}])/u
const ENDS_IN_INITIAL = /(?:^|[ .])\p{Lu}\.\p{Lu}$/u
const PER_SOURCE = /^ (?:(?:the|a|an) )?\p{Lu}|^ the \p{Ll}/u

/** A poll's share as a subject: "Another 19 percent", "Only 52 percent of registered voters". */
const SHARE =
  /^(?:another|only|nearly|about|roughly|almost|just|some|fully)?\s?(\d+(?:\.\d+)? (?:percent|per cent)(?: of [a-z][a-z -]{2,40})?)$/i

/**
 * Candidate cue words: a whole run of ASCII letters (the table is English) that is a form of the
 * table, "according", "per" or a phrase verb's first word; word edges beyond ASCII are checked by
 * hand. One alternation finds the few hundred cues of a long text without visiting its other
 * words (fast on long texts, and on the first call, when every visited word ran interpreted).
 */
const TOKEN = new RegExp(
  `(?<![A-Za-z])(?:${[...ENGLISH_SPEECH_FORMS.filter((f) => f.length >= 3 && /^[a-z]+$/.test(f)), 'according', 'per', 'points', 'pointed', 'pointing', 'point', 'putting', 'puts', 'put'].join('|')})(?![A-Za-z])`,
  'gi'
)
const WORD_CHAR = /[\p{L}\p{M}'’-]/u
const WORD_SPLIT = / +/
/**
 * A speaker noun and what describes it, ending a run-on clause just before its verb: "a group
 * tracking the violence", "sources close to the group", "a monitor based in Britain" (groups:
 * the phrase, its determiner, the speaker noun).
 */
const DESCRIBED_SPEAKER =
  /(?:^|\s)((?:(the|a|an) )?(?:(?!(?:the|a|an|and|or|but|while|when|as|in|on|at|to|of|for|from|with|by|that|which|who)\s)[\p{Ll}-]+ ){0,2}?([\p{Ll}-]+) (?:[\p{Ll}]+ing|close to|familiar with|based in|linked to|affiliated with|loyal to|opposed to) (?:(?:the|a|an) )?(?:[\p{L}-]+ ?){1,3}?)\s*$/u
/** Places, which a description may follow too ("the city close to an old police station"), but which do not speak. */
const PLACE_NOUN =
  /^(?:city|town|village|area|region|province|district|country|station|base|border|camp|neighbou?rhood|capital|street|road|market|hospital|school|building|site)s?$/
/** Function words that end a run-on clause's last noun phrase (see unpunctuated). */
const STOP =
  /^(?:and|or|but|that|which|who|whom|whose|when|while|as|than|in|on|at|to|for|from|with|by|of|near|under|against|about|into|over|after|before|since|during|its|his|her|their|our|the|a|an|this|these|those|not|no)$/

interface Known {
  name: string
  kind: 'person' | 'org' | 'group' | 'thing'
  /** where it was named */
  at: number
}

/** What a speaker phrase is for pronouns: a person (he/she), an organisation (it/they), a group (they), a document (it). */
function kindOf(s: Speaker): Known['kind'] {
  if (s.person) return 'person'
  if (s.org && !LOWER_START.test(s.speaker.split(' ').pop() ?? '')) return 'org'
  const all = s.speaker.split(' ')
  const cut = all.findIndex(
    (w, i) => i > 0 && /^(?:of|for|to|at|from|in|with)$/.test(w) && LOWER_START.test(all[i - 1] ?? '')
  )
  const words = cut > 0 ? all.slice(0, cut) : all
  const head = words[words.length - 1] ?? ''
  if (LOWER_START.test(head)) {
    if (
      /^(?:statement|report|letter|memo|study|poll|survey|ad|advertisement|video|website|article|column|complaint|filing|lawsuit|book|analysis|tweet|release|transcript|document|resolution|indictment|ruling|film|spot|editorial|communiqu[eé]|announcement)$/.test(
        head
      )
    )
      return 'thing'
    if (
      /^(?:campaign|committee|ministry|government|administration|agency|department|company|group|union|party|network|newspaper|paper|station|channel|army|military|council|court|board|office|school|university|church|coalition|alliance|organi[sz]ation|foundation|institute|cent(?:er|re)|commission|panel|caucus|senate|congress|city|county|state|family|police|media|press|authorities)$/.test(
        head
      )
    )
      return 'org'
    if (
      /[^su]s$|^(?:people|men|women|children|police|staff|troops|all|both|many|others|several|most|some|few)$/.test(
        head
      )
    )
      return 'group'
    return isSpeakerNoun(head) ? 'person' : 'thing'
  }
  if (CAPITAL_PLURAL.test(head) || / and /.test(s.speaker)) return 'group'
  return isAcronym(head) || hasOrgWord(words) ? 'org' : 'person'
}

/**
 * The name a speaker phrase holds when its commas were stripped or it carries a description:
 * "Rami Abdel Rahman the head" and "Suleiman Youssef a writer" (an appositive run on), "Qamishli
 * resident Suleiman Youssef" and "Observatory chief Rami Abdel Rahman" (a role noun before a full
 * name), "Britain-based Syrian Observatory for Human Rights" (where it is based is no part of its
 * name). What is cut becomes the role.
 */
function runOnName(s: Speaker): Speaker {
  let words = s.speaker.split(' ')
  if (/^the$/i.test(words[0] ?? '') && words.length > 2) words = words.slice(1)
  const cut: string[] = []
  const det = words.findIndex((w, i) => i > 0 && /^(?:a|an|the)$/.test(w) && isCapitalised(words[i - 1] ?? ''))
  if (det > 0 && det < words.length - 1 && LOWER_START.test(words[words.length - 1] ?? '')) {
    cut.push(words.slice(det).join(' '))
    words = words.slice(0, det)
  }
  if (words.length >= 2 && /^[\p{L}]+[- ]?based$/iu.test(words[0] ?? '') && isCapitalised(words[1] ?? '')) {
    cut.unshift(words[0] as string)
    words = words.slice(1)
  } else if (words.length >= 3 && /^based$/i.test(words[1] ?? '') && isCapitalised(words[2] ?? '')) {
    cut.unshift(words.slice(0, 2).join(' '))
    words = words.slice(2)
  }
  // "the Syrian Observatory for Human Rights monitor", "AFP news agency": an organisation's name and what it is
  const kindAt = words.findIndex((w, i) => i > 0 && LOWER_START.test(w) && !/^(?:of|for|and|al|bin)$/.test(w))
  if (
    kindAt > 0 &&
    /^(?:(?:news )?agency|monitor(?:ing group)?|group|organi[sz]ation|watchdog|website|newspaper|daily|channel|broadcaster|network)$/.test(
      words.slice(kindAt).join(' ')
    ) &&
    (hasOrgWord(words.slice(0, kindAt)) || (kindAt === 1 && isAcronym(words[0] ?? '')))
  ) {
    cut.push(words.slice(kindAt).join(' '))
    words = words.slice(0, kindAt)
  }
  // a role noun followed by a name of two capitalised words or more: the name speaks
  for (let i = words.length - 3; i >= 0; i--) {
    const w = words[i] ?? ''
    const rest = words.slice(i + 1)
    if (
      (isSpeakerNoun(w) || isTitle(w)) &&
      !isCapitalised(rest[0] ?? '') === false &&
      rest.every((x) => isCapitalised(x) || /^(?:al|bin|ibn|abu|de|van|von)$/.test(x)) &&
      !hasOrgWord(rest) &&
      !isTitle(rest[0] ?? '')
    ) {
      cut.unshift(words.slice(0, i + 1).join(' '))
      words = rest
      break
    }
  }
  // "Wird Furati head of press office at Fastaqim …" read as the body's words: the name before the role speaks
  const lead = /^((?:\p{Lu}[\p{L}'’-]+ ){1,3}\p{Lu}[\p{L}'’-]+) (\p{Ll}[\p{L}-]*)\b.* (?:at|of|for|in)$/u.exec(
    s.role ?? ''
  )
  if (cut.length === 0 && lead && isSpeakerNoun(lead[2] ?? '') && !hasOrgWord((lead[1] ?? '').split(' ')))
    return {
      ...s,
      speaker: lead[1] ?? '',
      role: `${(s.role ?? '').slice((lead[1] ?? '').length + 1)} ${s.speaker}`,
      person: true,
      org: false
    }
  if (cut.length === 0) return s
  const role = [s.role, ...cut].filter((r): r is string => !!r).join(', ')
  return { ...s, speaker: words.join(' '), role, person: s.person || !hasOrgWord(words) }
}

export class AttributionReader {
  private readonly known: Known[] = []
  /** the text with party tags ("(R-Ga.)", ", R-Ky.,") blanked, same length: clause geometry reads this */
  private readonly view: string
  /** quotations of the text as [open, close) ranges, found once when first needed */
  private quotes: Array<[number, number]> | null = null
  /** sentence boundaries of the view, found once when first needed */
  private boundaries: number[] | null = null
  /** where the last suggestion ended and who spoke, for "…, he said, adding" */
  private last: { end: number; speaker: Speaker } | null = null

  constructor(private readonly text: string) {
    this.view = text
      .replace(/ ?\((?:[DRI]|[DRI]-[A-Z][\p{L}.]*(?:-[A-Z][\p{L}.]*)?|[A-Z]{2,5})\)/gu, (m) => ' '.repeat(m.length))
      .replace(/, [DRI]-[A-Z][\p{L}.]*(?:-[A-Z][\p{L}.]*)?,/gu, (m) => ' '.repeat(m.length))
  }

  /** Attribution suggestions, in text order. */
  read(): AttributionCandidate[] {
    const out: AttributionCandidate[] = []
    const text = this.text
    TOKEN.lastIndex = 0
    for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
      const word = m[0]
      const lower = word.charCodeAt(0) < 97 ? word.toLowerCase() : word
      let found: AttributionCandidate | null = null
      if (lower === 'according') {
        if (text.startsWith(' to ', m.index + word.length)) found = this.according(m.index, m.index + word.length + 3)
      } else if (word === 'per') {
        // "per the health ministry", "per Reuters"; not "$5 per person", "per cent"
        const after = text.slice(m.index + 3, m.index + 40)
        if (
          PER_SOURCE.test(after) &&
          !/^ (?:(?:a|an|the) )?(?:cent|capita|person|head|day|week|month|year|hour|minute|share|unit|barrel|tonne?|kilo|litre|liter|gallon|mile|kilometre|kilometer|household|family|child|student|vote)\b/i.test(
            after
          )
        )
          found = this.according(m.index, m.index + 3, 'per')
      } else {
        const verb = englishSpeechVerb(lower) ?? this.phraseVerb(lower, m.index + word.length)
        if (!verb || WORD_CHAR.test(text[m.index - 1] ?? '') || WORD_CHAR.test(text[m.index + word.length] ?? ''))
          continue
        if (word !== lower) {
          if (word !== (word[0] ?? '') + lower.slice(1)) continue
          if (!this.inHeadline(m.index)) {
            if (this.sentenceOpens(m.index)) found = this.opening(m.index, word.length, verb)
            if (found) out.push(found)
            continue
          }
        }
        found = this.at(m.index, word.length, verb) ?? this.unpunctuated(m.index, word.length, verb)
      }
      if (found) out.push(found)
    }
    return out
  }

  /** Whether a quotation closes just before the subject of the verb at `index` ("“…,” he continued"). */
  private afterQuote(index: number): boolean {
    let k = index - 1
    while (k > index - 40 && k > 0 && QUOTE_SUBJECT_CHAR.test(this.view[k] ?? '')) k--
    while (k > 0 && /[\s,]/.test(this.view[k] ?? '')) k--
    return /[”"'’»]/.test(this.view[k] ?? '')
  }

  /** Where the sentence holding `pos` starts (after its boundary; 400 characters back at most, else -1), from the boundaries found once. */
  private sentenceStart(pos: number): number {
    const b = (this.boundaries ??= sentenceBoundaries(this.view))
    let lo = 0
    let hi = b.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((b[mid] ?? 0) < pos) lo = mid + 1
      else hi = mid
    }
    const last = lo > 0 ? (b[lo - 1] as number) : -1
    if (last >= pos - 400) return last + 1
    return pos - 400 <= 0 ? 0 : -1
  }

  /** Whether a sentence opens at `index` (after a full stop, a line break or the start). */
  private sentenceOpens(index: number): boolean {
    return /(?:^|[.!?]["”’']?\s+|\n\s*)$/.test(this.view.slice(Math.max(0, index - 4), index))
  }

  /**
   * A speech verb opening a sentence: "Said Ellis: …" (the speaker after it), "Bemoaning the
   * “phony system,” Trump accused …" (the subject after the participle's clause).
   */
  private opening(index: number, length: number, verb: SpeechVerb): AttributionCandidate | null {
    const verbName = this.text.slice(index, index + length).toLowerCase()
    if (verb.invert && (verb.form === 'past' || verb.form === 's'))
      return this.speakerAfter(index, verbName, index + length)
    // "Speaking at a rally, Trump says": the participle must be a statement by itself ("spoke of", not "at")
    if (verb.form !== 'ing' || !this.objectFits(verb, verbName, index + length)) return null
    const comma = this.view.slice(index, index + 160).search(/,\s/)
    if (comma < 0) return null
    const subject = this.subjectAt(index + comma + 1, index + comma + 120)
    return subject ? this.finish(subject.speaker, index, index + length, verbName, index, index + length) : null
  }

  /** Cues of more than one word whose first word is not a speech verb alone: "pointed out", "put it", "put the toll at". */
  private phraseVerb(lower: string, end: number): SpeechVerb | undefined {
    const after = this.text.slice(end, end + 24)
    if (/^point(?:s|ed|ing)?$/.test(lower) && /^ out\b/.test(after))
      return {
        lemma: 'point out',
        form: lower === 'point' ? 'base' : lower.endsWith('s') ? 's' : lower.endsWith('ing') ? 'ing' : 'past',
        invert: false,
        object: 'free',
        noun: false
      }
    if (/^(?:put|puts|putting)$/.test(lower) && /^ (?:it\b|the (?:death )?toll at\b)/.test(after))
      return {
        lemma: 'put',
        form: lower === 'puts' ? 's' : lower === 'putting' ? 'ing' : 'past',
        invert: false,
        object: 'free',
        noun: false
      }
    return undefined
  }

  /** A title-case line ("Hillary Clinton Says …"): a headline, where verbs are capitalised too. */
  private inHeadline(index: number): boolean {
    const from = this.text.lastIndexOf('\n', index) + 1
    let to = this.text.indexOf('\n', index)
    if (to < 0) to = this.text.length
    if (to - from > 200) return false
    const words = this.text
      .slice(from, to)
      .split(/\s+/)
      .filter((w) => LONG_WORD.test(w))
    return words.length >= 3 && words.filter((w) => UPPER_START.test(w)).length >= 0.8 * words.length
  }

  private remember(s: Speaker, at: number): void {
    this.known.push({ name: s.speaker, kind: kindOf(s), at })
    if (this.known.length > 50) this.known.shift()
  }

  /** The most recent speaker matching `test`, searching back. */
  private recent(test: (k: Known) => boolean): Known | undefined {
    for (let k = this.known.length - 1; k >= 0; k--) if (test(this.known[k] as Known)) return this.known[k]
    return undefined
  }

  /**
   * A pronoun's speaker: he/she a person, they a group or organisation, it an organisation or a
   * document — the nearest before `at` of the speakers found and the subjects of the sentences
   * since ("Rakeyia Scott can be heard yelling … “Don't shoot him,” she says").
   */
  private pronoun(word: string, at: number): Speaker | null {
    const p = word.toLowerCase()
    const test =
      p === 'they'
        ? (k: Known['kind']) => k === 'group' || k === 'org'
        : p === 'it'
          ? (k: Known['kind']) => k === 'org' || k === 'thing'
          : (k: Known['kind']) => k === 'person'
    const who = this.recent((k) => test(k.kind) && k.at < at)
    const subject = this.subjectBefore(at, who?.at ?? -1, test)
    if (subject) return subject
    if (!who) return null
    return { speaker: who.name, from: 0, person: who.kind === 'person', org: who.kind === 'org' }
  }

  /** The subject of the nearest sentence opening after `limit` and before `at` that passes `test` (a few sentences back at most). */
  private subjectBefore(at: number, limit: number, test: (k: Known['kind']) => boolean): Speaker | null {
    let pos = at
    for (let n = 0; n < 6; n++) {
      const start = this.sentenceStart(pos)
      if (start < 0 || start <= limit) return null
      // a sentence inside a quotation, or a headline in capitals, has no subject to carry on
      const opens = this.view.slice(start, start + 3).trimStart()
      const found = /^[“"'‘]/.test(opens) || this.insideQuote(start + 1) ? null : this.subjectAt(start, at, false)
      if (
        found &&
        found.start < at &&
        found.start > limit &&
        test(kindOf(found.speaker)) &&
        this.clearSubject(found.speaker, found.start)
      )
        return found.speaker
      if (start === 0) return null
      pos = start - 1
    }
    return null
  }

  /** Resolves pronouns, surnames, "the ministry", "the command's statement" to earlier speakers. */
  private resolve(s: Speaker, words: readonly string[], at = this.text.length): Speaker | null {
    const phrase = words.join(' ')
    const lower = phrase.toLowerCase()
    if (PRONOUNS.test(lower)) return this.pronoun(lower, at)
    const statement = STATEMENT_PHRASE.exec(phrase)
    if (statement) {
      // "the IMF report": the organisation named before its document speaks
      const named = statement[2]?.trim()
      if (named) return { ...s, speaker: named, org: true, person: false }
      const owner = statement[1]?.toLowerCase()
      // a report without an owner is the report's word, not the last organisation's
      if (!owner && statement[3] === 'report') return s
      const found = owner
        ? this.recent((k) =>
            key(k.name)
              .split(/[\s-]+/)
              .includes(owner)
          )
        : this.recent((k) => k.kind === 'org')
      if (found) return { ...s, speaker: found.name, org: found.kind === 'org', person: found.kind === 'person' }
      return owner ? { ...s, speaker: owner } : s
    }
    const nominal = NOMINAL.exec(phrase)
    if (nominal) {
      const head = nominal[1] ?? ''
      const found = this.recent(
        (k) =>
          k.kind !== 'person' &&
          key(k.name)
            .split(/[\s-]+/)
            .includes(head) &&
          k.name.toLowerCase() !== head
      )
      if (found) return { ...s, speaker: found.name, org: found.kind === 'org', person: false }
      return s
    }
    // "the Coalition said" after "The Syrian Coalition condemned": one word of an organisation named before
    const one = s.speaker.replace(/^the /i, '')
    if (!s.person && !one.includes(' ') && isCapitalised(one) && hasOrgWord([one.toLowerCase()])) {
      const org = this.recent(
        (k) =>
          k.kind === 'org' &&
          k.name.includes(' ') &&
          k.name.split(' ').some((w) => w.toLowerCase() === one.toLowerCase())
      )
      if (org) return { ...s, speaker: org.name, org: true, person: false }
    }
    if (!s.person && !s.org && s.speaker.split(' ').length === 1 && isCapitalised(s.speaker)) {
      const surname = surnameKey(s.speaker)
      const found = this.recent(
        (k) => k.kind === 'person' && k.name.includes(' ') && surnameKey(k.name.split(' ').pop() ?? '') === surname
      )
      if (found) return { ...s, speaker: found.name, person: true }
    }
    // a surname of two words ("Al Huseini" for "Abdullah Al Huseini", "Abdel Rahman")
    const two = s.speaker.split(' ')
    if (!s.org && two.length === 2 && two.every((w) => isCapitalised(w))) {
      const found = this.recent(
        (k) => k.kind === 'person' && k.name.length > s.speaker.length && k.name.endsWith(` ${s.speaker}`)
      )
      if (found) return { ...s, speaker: found.name, person: true }
    }
    return s
  }

  /** Whether what follows the verb makes it a statement (see SpeechObject). */
  private objectFits(verb: SpeechVerb, word: string, verbEnd: number): boolean {
    const after = this.text.slice(verbEnd, verbEnd + 80)
    const c0 = after[0] ?? ''
    const w1 = /^ ([a-z]+)/.exec(after)?.[1] ?? ''
    // "estimates of the harvest", "claims of fraud" are nouns; "reported by X" is X's report; "said of the plan" is speech
    if (w1 === 'of' && (verb.form === 's' || verb.form === 'base') && verb.object !== 'topic' && verb.lemma !== 'say')
      return false
    if (w1 === 'by' && (verb.form === 'past' || verb.form === 'ing') && !/^ by [a-z]+ing\b/.test(after)) return false
    const content = () => c0 === ',' || c0 === ':' || c0 === '.' || c0 === ';' || CONTENT_WORDS.has(w1) || quoteNext()
    const quoteNext = () => /^[,:]?\s*(?:[“"]|'')/.test(after)
    switch (verb.object) {
      case 'free':
        if (verb.lemma === 'estimate' || verb.lemma === 'report' || verb.lemma === 'note' || verb.lemma === 'state')
          return !(w1 === 'as' || w1 === 'to' || /^ in the\b/.test(after))
        return true
      case 'call':
        return (
          w1 === 'for' ||
          w1 === 'on' ||
          w1 === 'out' ||
          quoteWithin(after, 60) ||
          CALLED_X_A.test(after) ||
          CALLED_ON_DAY.test(after)
        )
      case 'publish':
        return PUBLISHED_OBJECT.test(after)
      case 'content':
        if (verb.lemma === 'agree') return !(w1 === 'to' || w1 === 'on' || w1 === 'upon')
        return content()
      case 'topic':
        return /^(?: [a-z]+ly)? (?:of|about|out|on)\b/.test(after)
      case 'quote':
        return content()
      case 'as':
        return quoteWithin(after, 60) || AS_AFTER.test(after)
    }
  }

  private at(index: number, length: number, verb: SpeechVerb): AttributionCandidate | null {
    const view = this.view
    const verbText = this.text.slice(index, index + length).toLowerCase()
    let verbEnd = index + length
    if (verb.lemma === 'point out') verbEnd = this.text.indexOf('out', verbEnd) + 3
    if (verb.lemma === 'put') {
      const m = /^ (?:it\b|the (?:death )?toll at\b)/.exec(this.text.slice(verbEnd, verbEnd + 24))
      verbEnd += m ? m[0].length : 0
    }
    const fits = this.objectFits(verb, verbText, verbEnd)
    // what a verb needs after it may have come before it instead: "“…,” he continued" / "“…,” said X"
    if (
      !fits &&
      !((verb.object === 'content' || verb.object === 'quote' || verb.object === 'as') && this.afterQuote(index))
    )
      return null
    if (verb.object === 'publish' && fits)
      verbEnd += PUBLISHED_OBJECT.exec(this.text.slice(verbEnd, verbEnd + 80))?.[0].length ?? 0
    const verbName = verb.lemma === 'put' ? 'put' : verb.lemma === 'point out' ? 'pointed out' : verbText

    const clause = clauseStart(view, index)
    if (clause < 0) return null
    // "what he called a “brazen breach”", "the so-called": naming, not a statement
    if (verb.lemma === 'call' && WHAT_BEFORE.test(view.slice(Math.max(0, clause - 6), clause))) return null
    const leading = view.slice(clause, index)
    let words = leading
      .trim()
      .split(WORD_SPLIT)
      .filter((w) => w !== '')
    // "he’s denouncing": the contraction is the auxiliary
    const lastWord = words[words.length - 1] ?? ''
    if (/^I['’]m$/.test(lastWord)) return null
    const contraction = CONTRACTION.exec(lastWord)
    if (contraction && verb.form === 'ing' && PRONOUNS.test(contraction[1] ?? ''))
      words = [...words.slice(0, -1), contraction[1] as string, 'is']
    const adverb = (w: string) => BETWEEN.has(w.toLowerCase()) || ADVERB.test(w)
    const dropAdverbs = () => {
      while (words.length > 0 && adverb(words[words.length - 1] ?? '')) words = words.slice(0, -1)
    }
    dropAdverbs()
    let aux = false
    const prev = () => words[words.length - 1] ?? ''
    if (
      prev() === 'to' &&
      /^(?:continues|continued|continue|went|goes|go)$/.test(
        words[words.length - 2] === 'on' ? (words[words.length - 3] ?? '') : (words[words.length - 2] ?? '')
      )
    ) {
      words = words.slice(0, words[words.length - 2] === 'on' ? -3 : -2)
      dropAdverbs()
    }
    if (NOT_STATED.test(prev())) return null
    if (verb.form === 'past' && PERFECT.test(prev())) {
      words = words.slice(0, -1)
      aux = true
    } else if (verb.form === 'past' && PASSIVE.test(prev())) return null
    else if (verb.form === 'ing' && PROGRESSIVE.test(prev())) {
      words = words.slice(0, -1)
      if (PERFECT.test(prev())) words = words.slice(0, -1)
      aux = true
    }
    dropAdverbs()
    if (aux && NOT_STATED.test(prev())) return null
    // "who in 2010 said", "Sanders on Tuesday said": a time phrase is no part of the subject
    for (let k = Math.max(0, words.length - 4); k < words.length; k++) {
      if (
        /^(?:in|on|at|last|this|earlier|since|during)$/i.test(words[k] ?? '') &&
        words
          .slice(k + 1)
          .every(
            (w) =>
              /^\d{1,4}[,.]?$|^(?:week|month|year|morning|afternoon|evening|night|weekend)$/i.test(w) || isDateWord(w)
          )
      ) {
        words = words.slice(0, k)
        break
      }
    }
    dropAdverbs()
    if (/^(?:I|we|you)$/.test(prev()) || /^(?:I|we|you)$/i.test(words.join(' '))) return null
    if (words.length === 0) return this.inverted(index, verb, verbName, verbEnd, clause)
    if (/^(?:and|but)$/i.test(prev())) {
      const content = /^(?: that\b|[,:]?\s*[“"])/.test(this.text.slice(verbEnd, verbEnd + 4))
      return verb.form === 'past' || (verb.form === 's' && (content || !verb.noun))
        ? this.coordinated(index, verbName, verbEnd)
        : null
    }
    if (verb.form === 'ing' && !aux && !this.participleSubject(words)) return null
    // the subject itself: conjunctions and sentence adverbs before it, and dates after it, dropped
    let first = 0
    while (first < words.length - 1 && OPENERS.test(words[first] ?? '')) first++
    words = words.slice(first)
    while (words.length > 1 && (isDateWord(prev()) || /^(?:on|last|this|in)$/i.test(prev()))) words = words.slice(0, -1)
    if (words.length === 0) return null
    if (words.length === 1 && PRONOUNS.test(words[0] ?? '')) {
      if (verb.form === 'base' && !/^they$/i.test(words[0] ?? '')) return null
      const at = this.wordOffset(clause, leading, first)
      if (this.insideQuote(at)) return null
      const s = this.pronoun(words[0] ?? '', at)
      return s ? this.finish(s, at, verbEnd, verbName, clause, verbEnd) : null
    }
    // "to" between capitals is a title's ("Ambassador to France"), elsewhere an infinitive's
    const clauseWord = (w: string, i: number) =>
      CLAUSE_VERBS.test(w) && !(w === 'to' && isCapitalised(words[i - 1] ?? '') && isCapitalised(words[i + 1] ?? ''))
    if (words.length > 12 || words.some((w, i) => clauseWord(w, i) || PRONOUNS.test(w)) || FUNCTION_END.test(prev()))
      return null
    if (/['’]s$/.test(prev()) || ADVERB_ANY.test(prev())) return null
    if (words.length === 1 && /^(the|a|an|so|having|it)$/i.test(words[0] ?? '')) return null
    // a poll's share speaks for its respondents: "73 percent said", "Only 52 percent of registered voters agreed"
    const share = SHARE.exec(words.join(' '))
    if (share)
      return this.finish(
        { speaker: share[1] ?? '', from: 0, person: false, org: false },
        this.wordOffset(clause, leading, first),
        verbEnd,
        verbName,
        clause,
        verbEnd
      )
    if (words.some((w) => /\d/.test(w) && !/^\d+-year-old$/.test(w))) return null
    const verbish = (w: string) => PARTICIPLE.test(w) && !isSpeakerNoun(w)
    let lastVerbish = words.length - 1
    while (lastVerbish >= 0 && !verbish(words[lastVerbish] ?? '')) lastVerbish--
    // "The US-led coalition battling the terrorists has called": a determiner's phrase keeps its head (readSpeaker cuts the participle)
    if (lastVerbish >= 0 && !/^(?:the|a|an)$/i.test(words[0] ?? '')) {
      const tail = words.slice(lastVerbish + 1)
      // "retired Air Force general Lloyd Newton": an -ed word before a name describes it
      const named = isCapitalised(prev()) && tail.some((w) => isCapitalised(w))
      if (/^(?:the|a|an)$/i.test(tail[0] ?? '') && tail.length > 1) {
        first += lastVerbish + 1
        words = tail
      } else if (!named) return null
    }

    const read = this.speakerOf(
      words.map((w) => w.replace(LEADING_MARKS, '')),
      verb.form === 'base' || verb.form === 'past'
    )
    if (!read || !this.canSpeak(read)) return null
    // "Pagliano's Fifth Amendment claims", "many Republican claims": a noun, not a verb
    if (
      verb.noun &&
      (verb.form === 's' || verb.form === 'base') &&
      (words.some((w) => /['’]s$/.test(w)) ||
        (words.length > 1 &&
          /^(?:many|some|several|few|these|those|his|her|its|their|our|my|your|such|other|new|recent|earlier|false|repeated|similar|no|any|all)$/i.test(
            words[0] ?? ''
          )))
    )
      return null
    if (verb.form === 'base' && kindOf(read) !== 'group' && !/^(?:people|police|staff|media)$/i.test(prev()))
      return null
    if (verb.form === 's' && kindOf(read) === 'group' && !read.org) return null
    const s = this.resolve(read, words)
    if (!s) return null
    const wordStart = this.wordOffset(clause, leading, first + s.from)
    return this.finish(s, wordStart, verbEnd, verbName, clause, verbEnd)
  }

  /**
   * Copy whose commas were stripped (wire text scraped into datasets, FA-KES: "… in Aleppo city a
   * monitor said Friday", "… fighting Assad it said", "… close to an old police station said the
   * Observatory"): the clause before the verb runs on from the report itself, so `at` finds no
   * subject. The speaker is then the short noun phrase just before the verb — a determiner's
   * phrase, a capitalised name, a plural speaker noun or a pronoun — or, when none is there, the
   * phrase after an invertible verb. Only stated cues ("said", "reports"): modal, negated, passive
   * and perfect ones are left to `at`.
   */
  private unpunctuated(index: number, length: number, verb: SpeechVerb): AttributionCandidate | null {
    if (verb.form !== 'past' && verb.form !== 's') return null
    if (verb.lemma === 'point out' || verb.lemma === 'put') return null
    // "she calls it", "it called": naming as often as saying
    if (verb.object === 'call') return null
    // "Trump's comments", "the reports": nouns, unless a name says it ("… AFP news agency reports")
    const nounForm = verb.noun && verb.form === 's'
    const verbName = this.text.slice(index, index + length).toLowerCase()
    const verbEnd = index + length
    const fits = this.objectFits(verb, verbName, verbEnd)
    if (!fits && !((verb.object === 'content' || verb.object === 'quote') && this.afterQuote(index))) return null
    const back = this.view.slice(Math.max(0, index - 120), index)
    const stop = Math.max(...[...'.,;:!?"“”()'].map((c) => back.lastIndexOf(c)))
    const stretch = back.slice(stop + 1)
    const words = stretch.split(WORD_SPLIT).filter((w) => w !== '')
    // a run-on clause only: a short stretch after a boundary is `at`'s to read
    if (words.length < 4) return null
    let end = words.length
    while (end > 0 && (BETWEEN.has((words[end - 1] ?? '').toLowerCase()) || ADVERB.test(words[end - 1] ?? ''))) end--
    const prev = words[end - 1] ?? ''
    if (NOT_STATED.test(prev) || PASSIVE.test(prev) || PERFECT.test(prev) || /^(?:I|we|you)$/i.test(prev)) return null
    const offsetOf = (i: number) => index - stretch.length + this.wordOffset(0, stretch, i)
    if (PRONOUNS.test(prev)) {
      if (nounForm) return null
      const at = offsetOf(end - 1)
      if (this.insideQuote(at)) return null
      const s = this.pronoun(prev, at)
      return s ? this.finish(s, at, verbEnd, verbName, at, verbEnd) : null
    }
    const capital = (w: string) => isCapitalised(w) && !isDateWord(w) && !NOT_SUBJECT.test(w)
    let k = end
    while (k > 0 && end - k < 6) {
      const w = words[k - 1] ?? ''
      if (capital(w) || isAcronym(w)) k--
      else if (/^(?:of|for)$/.test(w) && k < end && capital(words[k] ?? '') && capital(words[k - 2] ?? '')) k--
      else if (/^[\p{Ll}][\p{Ll}-]+$/u.test(w) && !CLAUSE_VERBS.test(w) && !PARTICIPLE.test(w) && !STOP.test(w)) k--
      else break
    }
    const determiner = /^(?:the|a|an)$/i.test(words[k - 1] ?? '')
    let tail = words.slice(k, end)
    // lower-case words before a name describe it ("activist Mansoor Hussain"): the name is the speaker
    const firstCapital = tail.findIndex((w) => capital(w) || isAcronym(w))
    if (firstCapital > 0 && !determiner) tail = tail.slice(firstCapital)
    const head = tail[tail.length - 1] ?? ''
    const speaks = (w: string) => isSpeakerNoun(w) || /^(?:media|police|staff|press)$/.test(w)
    const described = (t: readonly string[]) =>
      t.length > 0 && LOWER_START.test(head) && speaks(head) && (determiner || /s$|^(?:media|police|staff)$/.test(head))
    // "… and Raqqa local media reported": a place before a plural description is no part of it
    const lower = tail.findIndex((w) => LOWER_START.test(w))
    if (!determiner && lower > 0 && described(tail.slice(lower))) tail = tail.slice(lower)
    // "AFP news agency", "Homs governor": a name and the noun it qualifies
    const named = tail.length > 0 && capital(tail[0] ?? '') && (capital(head) || speaks(head))
    const from = end - tail.length
    const before = words[from - 1 - (determiner && from === k ? 1 : 0)] ?? ''
    const possessive = tail.some((w) => /['’]s$/.test(w))
    // "… killing eight fighters said X": a counted phrase is the object of the clause, not its speaker
    if (tail.some((w) => /\d/.test(w) || parseNumber(w) !== null || /^(?:dozens|hundreds|thousands|scores)$/i.test(w)))
      return verb.invert ? this.runOnSpeakerAfter(verbName, index, verbEnd) : null
    if (
      (named || (described(tail) && !nounForm)) &&
      !(nounForm && possessive) &&
      !/^(?:in|on|at|to|for|from|with|by|of|near|under|against|about|into|over)$/i.test(before)
    ) {
      const read = this.speakerOf(tail, verb.form === 'past')
      if (read && this.canSpeak(read)) {
        const s = this.resolve(read, determiner && from === k ? [words[k - 1] ?? 'the', ...tail] : tail)
        if (s) {
          const start = offsetOf(determiner && from === k ? from - 1 : from)
          return this.finish(s, start, verbEnd, verbName, start, verbEnd)
        }
      }
    }
    // "… a group tracking the violence said", "… sources close to the group told Reuters": a speaker
    // noun with the phrase that describes it
    const inverted = verb.invert ? this.runOnSpeakerAfter(verbName, index, verbEnd) : null
    if (inverted) return inverted
    const described2 = DESCRIBED_SPEAKER.exec(stretch)
    const noun = described2?.[3] ?? ''
    if (
      described2 &&
      !nounForm &&
      isSpeakerNoun(noun) &&
      !PLACE_NOUN.test(noun) &&
      (described2[2] || /s$/.test(noun))
    ) {
      const phrase = (described2[1] ?? '').trim()
      const start = index - stretch.length + (described2.index ?? 0) + described2[0].indexOf(phrase)
      const s: Speaker = { speaker: phrase.replace(/^(?:the|a|an) /i, ''), from: 0, person: false, org: false }
      return this.finish(s, start, verbEnd, verbName, start, verbEnd)
    }
    return verb.invert ? this.runOnSpeakerAfter(verbName, index, verbEnd) : null
  }

  /**
   * "… said the Observatory a Britain-based group", "… said Observatory chief Rami Abdel Rahman":
   * the speaker after an inverted verb in copy without commas ends where an appositive ("a …"),
   * a preposition or a punctuation mark begins.
   */
  private runOnSpeakerAfter(verbName: string, index: number, verbEnd: number): AttributionCandidate | null {
    const after = /^ ((?:the )?[^\s.,;:!?"“”()]+(?: [^\s.,;:!?"“”()]+){0,5})/.exec(
      this.view.slice(verbEnd, verbEnd + 100)
    )
    if (!after) return null
    const all = (after[1] ?? '').split(' ')
    const end = all.findIndex((w, i) => i > 0 && (STOP.test(w) || (i > 1 && LOWER_START.test(w) && !isTitle(w))))
    const words = end > 0 ? all.slice(0, end) : all
    const bare = /^the$/i.test(words[0] ?? '') ? words.slice(1) : words
    if (bare.length === 0 || !isCapitalised(bare[0] ?? '') || isDateWord(bare[0] ?? '')) return null
    const read = readSpeaker(bare)
    if (!read || !this.canSpeak(read)) return null
    const s = this.resolve(read, bare)
    if (!s) return null
    return this.finish(s, index, verbEnd + 1 + words.join(' ').length, verbName, index, null)
  }

  /**
   * The speaker a subject phrase names: "Mr. Grassley and Mr. Leahy" (both, for a plural verb),
   * "The Tax Policy Center at the Urban Institute" and "Chad's Ambassador to France" (one name
   * across its preposition), "the business side of TV" (nobody: a side does not speak), else
   * readSpeaker's reading.
   */
  private speakerOf(words: readonly string[], plural: boolean): Speaker | null {
    const and = words.lastIndexOf('and')
    if (plural && and > 0 && and < words.length - 1) {
      const left = readSpeaker(words.slice(0, and))
      const right = readSpeaker(words.slice(and + 1))
      if (
        left &&
        right &&
        this.canSpeak(left) &&
        this.canSpeak(right) &&
        (isCapitalised(words[and - 1] ?? '') ||
          isCapitalised(words[words.length - 1] ?? '') ||
          isSpeakerNoun(words[and - 1] ?? ''))
      ) {
        return { speaker: `${left.speaker} and ${right.speaker}`, from: left.from, person: false, org: false }
      }
    }
    let run = words.length
    while (run > 0 && (isCapitalised(words[run - 1] ?? '') || isTitle(words[run - 1] ?? ''))) run--
    if (run > 0 && run < words.length) {
      const p = /^(?:the|a|an)$/.test(words[run - 1] ?? '') ? run - 2 : run - 1
      const prep = words[p] ?? ''
      const head = words[p - 1] ?? ''
      if (p >= 1 && /^(?:of|on|in|at|for|from|with|to|about|near|under|by)$/.test(prep)) {
        if (isCapitalised(head) && !/['’]s$/.test(head)) {
          let first = p - 1
          while (first > 0 && (isCapitalised(words[first - 1] ?? '') || isTitle(words[first - 1] ?? ''))) first--
          const name = words.slice(first).map((w) => w.replace(/[,;]$/, ''))
          const person = name.some((w) => isTitle(w)) && !hasOrgWord(name)
          return {
            speaker: name.join(' '),
            from: first > 0 && /^(?:the|a|an)$/i.test(words[first - 1] ?? '') ? first - 1 : first,
            person,
            org: !person
          }
        }
        const quantity =
          /^(?:one|some|most|many|none|each|all|both|several|two|three|four|five|any|half|majority|members?)$/.test(
            head
          )
        if (LOWER_START.test(head) && !isSpeakerNoun(head) && !quantity) return null
        // "advisers to Mr. Obama", "a spokesman for the Interior Ministry": the description, with whom it speaks for
        if (LOWER_START.test(head) && !quantity && !hasOrgWord([head]) && p - 1 <= 3) {
          const lead = /^(?:the|a|an)$/i.test(words[0] ?? '') ? 1 : 0
          return { speaker: words.slice(lead).join(' '), from: 0, person: false, org: false }
        }
      }
    }
    return readSpeaker(words)
  }

  /** A subject clear enough to stand for a later pronoun: a full name, a titled one, a description, or a name that already spoke. */
  private clearSubject(s: Speaker, at: number): boolean {
    if (this.inHeadline(at)) return false
    const words = s.speaker.split(' ')
    if (words.length >= 2 || s.role)
      return !words.some((w) => /['’](?:s|re|d|ll|ve|m)$|n['’]t$/.test(w)) && !words.every((w) => ALL_CAPITALS.test(w))
    if (LOWER_START.test(s.speaker)) return true
    return this.known.some((k) => k.name === s.speaker || k.name.endsWith(` ${s.speaker}`))
  }

  /** Whether `pos` is inside a quotation opened earlier in its paragraph ("… “he said this, he tweeted that.”"). */
  private insideQuote(pos: number): boolean {
    const q = (this.quotes ??= quotations(this.text))
    let lo = 0
    let hi = q.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((q[mid]?.[0] ?? 0) < pos) lo = mid + 1
      else hi = mid
    }
    const last = q[lo - 1]
    return last !== undefined && pos < last[1]
  }

  /** A speaker phrase that can speak: a name, an organisation, or a description whose head is a speaker noun. */
  private canSpeak(s: Speaker): boolean {
    const head = s.speaker.split(' ').pop() ?? ''
    if (!isCapitalised(head) && !/^\d/.test(head)) return isSpeakerNoun(head)
    if (s.person || s.org) return true
    if (isCapitalised(head)) return !isDateWord(head) && !NOT_SUBJECT.test(head)
    return isSpeakerNoun(head)
  }

  /** "Trump saying", "with Hillary Clinton asking": a participle speaks for a name just before it. */
  private participleSubject(words: readonly string[]): boolean {
    const w = words[words.length - 1] ?? ''
    return isCapitalised(w) && !NOT_SUBJECT.test(w) && !isDateWord(w)
  }

  /** Offset of the `n`th word of `leading` (which starts at `base`). */
  private wordOffset(base: number, leading: string, n: number): number {
    const re = /\S+/g
    let i = 0
    for (let m = re.exec(leading); m; m = re.exec(leading)) {
      if (i === n) return base + m.index
      i++
    }
    return base + leading.length
  }

  /**
   * The subject of the clause holding `pos`: the speaker found earlier in its sentence ("…, he
   * said, adding"), else the noun phrase the clause before the comma opens with ("Trump revised
   * his plan, promising"), else the one the sentence opens with.
   */
  private sentenceSubject(pos: number, useLast = true): { speaker: Speaker; start: number } | null {
    const start = this.sentenceStart(pos)
    if (start < 0) return null
    if (useLast && this.last && this.last.end > start && this.last.end <= pos)
      return { speaker: this.last.speaker, start: -1 }
    const comma = previousComma(this.view, pos)
    if (comma > start) {
      const found = this.subjectAt(comma, pos)
      if (found) return found
    }
    return this.subjectAt(start, pos)
  }

  /**
   * The noun phrase `view[from, to)` opens with, read up to its verb: "Democratic presidential
   * nominee Hillary Clinton chimed in" → Hillary Clinton; "The GOP candidate did not" → GOP
   * candidate; a pronoun is resolved. Null when the clause opens otherwise ("In March, …").
   */
  private subjectAt(from: number, to: number, resolvePronoun = true): { speaker: Speaker; start: number } | null {
    const chunk = this.view.slice(from, Math.min(to, from + 240))
    const re = /[^\s]+/g
    const words: string[] = []
    const offsets: number[] = []
    for (let m = re.exec(chunk); m && words.length < 14; m = re.exec(chunk)) {
      words.push(m[0].replace(/^[“"‘'(]+/, ''))
      offsets.push(from + m.index + (m[0].length - m[0].replace(/^[“"‘'(]+/, '').length))
    }
    let first = 0
    while (first < words.length - 1 && (OPENERS.test(words[first] ?? '') || words[first] === '')) first++
    const w0 = (words[first] ?? '').replace(/[,;:]$/, '')
    if (PRONOUNS.test(w0)) {
      if (!resolvePronoun) return null
      const s = this.pronoun(w0, offsets[first] ?? from)
      return s ? { speaker: s, start: offsets[first] ?? from } : null
    }
    if (
      NOT_SUBJECT.test(w0) ||
      isDateWord(w0) ||
      !SUBJECT_START.test(w0) ||
      CAPITAL_PARTICIPLE.test(w0) ||
      englishSpeechVerb(w0.toLowerCase())
    )
      return null
    let n = first
    for (; n < words.length; n++) {
      const w = words[n] ?? ''
      const bareWord = w.replace(/[,;:.]$/, '')
      if (n > first && LOWER_START.test(w)) {
        if (
          CLAUSE_VERBS.test(bareWord) ||
          BETWEEN.has(bareWord) ||
          ADVERB.test(bareWord) ||
          isPastForm(bareWord) ||
          englishSpeechVerb(bareWord) ||
          NOT_SUBJECT.test(bareWord) ||
          /^(?:and|or|but)$/.test(bareWord)
        ) {
          if (!(/^(?:of|for)$/.test(bareWord) && isCapitalised(words[n + 1] ?? ''))) break
        }
      }
      if (w !== bareWord && !(w.endsWith('.') && (isTitle(w) || INITIALS.test(w)))) {
        n++
        break
      }
    }
    const np = words.slice(first, n).map((w) => (isTitle(w) || INITIALS.test(w) ? w : w.replace(/[,;:.]$/, '')))
    if (np.length === 0 || np.length > 8 || (np.length === 1 && /^the$/i.test(np[0] ?? ''))) return null
    // "Get those jokes off": one capitalised word is a subject only with a verb (or an appositive) after it
    const next = (words[n] ?? '').replace(/[,;:.]$/, '')
    if (
      np.length === 1 &&
      !(words[n - 1] ?? '').endsWith(',') &&
      !(
        /^(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|does|did|do)$/.test(next) ||
        isPastForm(next) ||
        englishSpeechVerb(next) ||
        PRESENT_S.test(next)
      )
    )
      return null
    const read = this.speakerOf(np, false)
    if (!read || !this.canSpeak(read)) return null
    const s = this.resolve(read, np)
    return s ? { speaker: s, start: offsets[first + s.from] ?? from } : null
  }

  /** "… and said": the subject of the sentence spoke. */
  private coordinated(index: number, verbName: string, verbEnd: number): AttributionCandidate | null {
    const clause = clauseStart(this.view, index)
    // "… when law enforcement and campus security located her and told her": that clause's subject or none
    if (
      clause > 0 &&
      LETTER_SPACE.test(this.view.slice(clause - 2, clause)) &&
      !/(?:^|[^a-z])as $/.test(this.view.slice(clause - 4, clause))
    ) {
      const own = this.subjectAt(clause, index)
      return own ? this.finish(own.speaker, index, verbEnd, verbName, index, verbEnd) : null
    }
    const subject = this.sentenceSubject(index)
    if (!subject) return null
    return this.finish(subject.speaker, index, verbEnd, verbName, index, verbEnd)
  }

  /** The outlet or audience after "told": "told Diyaruna", "told reporters", "told a news conference". */
  private via(from: number): { via: string | undefined; end: number } | null {
    const after = this.text.slice(from, from + 80)
    const named = NAMED_VIA.exec(after)
    if (named) {
      // a token ending in a full stop ends the name unless it is an initialism ("U.N."): "told Tolo TV. He said"
      const tokens: string[] = []
      for (const t of (named[1] ?? '').split(' ')) {
        tokens.push(t)
        if (t.endsWith('.') && !INITIALS.test(t)) break
      }
      const v = tokens.join(' ').replace(/[.,]$/, '')
      if (isDateWord(v)) return { via: undefined, end: from }
      return { via: v.replace(/^the /, ''), end: from + 1 + v.length }
    }
    const audience = AUDIENCE.exec(after)
    if (audience)
      return { via: (audience[1] ?? '').replace(/^(the|a|an) /, ''), end: from + 1 + (audience[1] ?? '').length }
    return { via: undefined, end: from }
  }

  /**
   * Nothing between the clause boundary and the verb: "…, saying", "who said", "…, said Maj. Gen.
   * X", "X, a spokesman for Y, said".
   */
  private inverted(
    index: number,
    verb: SpeechVerb,
    verbName: string,
    verbEnd: number,
    clause: number
  ): AttributionCandidate | null {
    const view = this.view
    if (verb.form === 'ing') {
      if (view[clause - 1] !== ',') return null
      const subject = this.sentenceSubject(clause - 1)
      return subject ? this.finish(subject.speaker, index, verbEnd, verbName, index, verbEnd) : null
    }
    if (verb.form === 'base') return null
    const relative = RELATIVE_BEFORE.exec(view.slice(Math.max(0, clause - 8), clause))
    if (relative)
      return this.relative(
        index,
        verbName,
        verbEnd,
        clause - (relative[0].length - relative[0].indexOf(relative[1] ?? ''))
      )
    const before = this.appositive(verbName, verbEnd, clause) ?? this.apposition(verbName, verbEnd, clause)
    if (before) return before
    return verb.invert ? this.speakerAfter(index, verbName, verbEnd) : null
  }

  /** "an architect who said", "Rendell, who served as chairman, agreed": the noun before "who" spoke. */
  private relative(index: number, verbName: string, verbEnd: number, whoAt: number): AttributionCandidate | null {
    const view = this.view
    let end = whoAt
    while (end > 0 && view[end - 1] === ' ') end--
    const comma = view[end - 1] === ','
    const from = comma ? previousComma(view, end - 1) : clauseStart(view, end)
    const start = from < 0 && comma ? clauseStart(view, end - 1) : from
    if (start < 0) return null
    let words = view
      .slice(start, comma ? end - 1 : end)
      .trim()
      .split(WORD_SPLIT)
      .filter(Boolean)
    // the noun phrase that ends there: back to a verb, a clause word or a preposition after a noun
    let k = words.length
    while (k > 0 && words.length - k < 7) {
      const w = (words[k - 1] ?? '').replace(/[,;]$/, '')
      if (
        LOWER_START.test(w) &&
        (CLAUSE_VERBS.test(w) ||
          isPastForm(w) ||
          englishSpeechVerb(w) ||
          /^(?:to|and|or|but|than|as|like|with|by|from|about|into|onto|upon|over|after|before|because|while|when|if|that|which|who)$/.test(
            w
          ))
      )
        break
      k--
    }
    words = words.slice(k)
    // "pay an architect who": the phrase starts at its determiner
    const det = words.findIndex((w, i) => i > 0 && /^(?:a|an|the)$/i.test(w))
    if (det > 0 && LOWER_START.test(words[det - 1] ?? '')) words = words.slice(det)
    if (words.length === 0 || words.length > 10 || FUNCTION_END.test(words[words.length - 1] ?? '')) return null
    const read = readSpeaker(words)
    if (!read || !this.canSpeak(read)) return null
    const s = this.resolve(read, words)
    return s ? this.finish(s, whoAt, verbEnd, verbName, index, verbEnd) : null
  }

  /** "…, said Maj. Gen. Abdul Karim Khalaf, a retired Iraqi military officer." / "says the 30-year-old" */
  private speakerAfter(index: number, verb: string, verbEnd: number): AttributionCandidate | null {
    const text = this.view
    const after = text.slice(verbEnd, verbEnd + 120)
    const phrase = phraseAfter(after)
    if (!phrase) return null
    let words = phrase.split(' ')
    const w0 = words[0] ?? ''
    if (
      isDateWord(w0) ||
      /^(?:today|yesterday|tonight|it|that|this|there|he|she|they|we|i|you|in|on|at|of|to|for|with)$/i.test(w0)
    )
      return null
    // a description after the verb is short and opens with a determiner or is a speaker noun ("said the 30-year-old", "said one Democratic source", "said officials")
    if (
      LOWER_START.test(w0) &&
      !/^(?:the|a|an|one|another|two|three|four|several|some|many|most|both|all|senior|local|other)$/.test(w0) &&
      !(words.length <= 3 && isSpeakerNoun(words[words.length - 1] ?? ''))
    )
      return null
    if (words.length === 1 && /^(?:one|another|some|many|most|both|all|several|other)$/i.test(w0)) return null
    if (words.some((w) => CLAUSE_VERBS.test(w))) return null
    while (words.length > 1 && FUNCTION_END.test(words[words.length - 1] ?? '')) words = words.slice(0, -1)
    const read = readSpeaker(words)
    if (!read || !this.canSpeak(read)) return null
    const s = this.resolve(read, words)
    if (!s) return null
    const exact = words.join(' ')
    const appositive = /^, ((?:a|an|the) [^,.;]{3,80}?)(?=[,.;])/.exec(
      text.slice(verbEnd + 1 + exact.length, verbEnd + 140)
    )
    const role = [s.role, appositive?.[1]].filter((r): r is string => !!r).join(', ')
    return this.finish({ ...s, ...(role ? { role } : {}) }, index, verbEnd + 1 + exact.length, verb, index, null)
  }

  /** "X, a spokesman for Y, said" / "a spokesman for Y, X, said" / "Haditha's mayor, X, said". */
  private appositive(verb: string, verbEnd: number, clause: number): AttributionCandidate | null {
    const text = this.view
    if (text[clause - 1] !== ',') return null
    const inner = previousComma(text, clause - 1)
    const outer = inner > 0 ? clauseStart(text, inner - 1) : -1
    if (inner < 0 || outer < 0) return null
    const chunk1 = text.slice(inner, clause - 1).trim()
    const chunk2 = text.slice(outer, inner - 1).trim()
    const w1 = chunk1.split(WORD_SPLIT)
    const w2 = chunk2.split(WORD_SPLIT)
    const outerStart = outer + (text.slice(outer).length - text.slice(outer).trimStart().length)
    // "Ahmad Omid, 23, said": an age in apposition to a name
    if (/^\d{1,3}$/.test(chunk1) && isNamePhrase(w2.slice(-2))) {
      const r = readSpeaker(w2)
      if (r) return this.finish(r, outerStart + offsetOfWord(chunk2, r.from), verbEnd, verb, verbEnd, verbEnd)
    }
    if (w1.length > 12 || w2.length > 10 || w1.some((w) => /\d/.test(w))) return null
    if (isRolePhrase(w1) && isNamePhrase(w2.slice(-2))) {
      const r = readSpeaker(w2)
      if (!r) return null
      const s = this.resolve(r, w2) ?? r
      return this.finish(
        { ...s, role: [s.role, chunk1].filter(Boolean).join(', ') },
        outerStart + offsetOfWord(chunk2, s.from),
        verbEnd,
        verb,
        verbEnd,
        verbEnd
      )
    }
    if (isNamePhrase(w1) && isRolePhrase(w2)) {
      const r = readSpeaker(w1)
      if (!r) return null
      return this.finish(
        { ...r, role: chunk2.replace(/^(a|an|the) /i, '') },
        outerStart,
        verbEnd,
        verb,
        verbEnd,
        verbEnd
      )
    }
    return null
  }

  /**
   * Longer appositions: "Scott Pruitt, the Republican attorney general of Oklahoma, one of the
   * states suing the EPA, said", "Richard Revesz, director of the Institute …, said", "Johnnie
   * Wilson, of Springfield, Va., said", "Trump, speaking to a veterans group, said". Up to four
   * comma chunks between the name and the verb, each one a description (it opens with a
   * lower-case word, a number or "of"), a relative clause or a place ("Va.").
   */
  private apposition(verb: string, verbEnd: number, clause: number): AttributionCandidate | null {
    const view = this.view
    if (view[clause - 1] !== ',') return null
    let end = clause - 1
    const described: string[] = []
    for (let n = 0; n < 5; n++) {
      const inner = previousComma(view, end)
      const start = inner >= 0 ? inner : clauseStart(view, end)
      if (start < 0) return null
      const chunk = view.slice(start, end)
      const trimmed = chunk.trim()
      if (n > 0 && inner >= 0 && isAppositionChunk(trimmed)) {
        described.unshift(trimmed)
        end = inner - 1
        continue
      }
      if (n === 0) {
        if (!isAppositionChunk(trimmed) || inner < 0) return null
        described.unshift(trimmed)
        end = inner - 1
        continue
      }
      // the chunk holding the name: its capitalised run at the end
      const words = trimmed.split(WORD_SPLIT).filter(Boolean)
      if (words.length === 0 || words.length > 12) return null
      const read = readSpeaker(words)
      if (!read || !(read.person || read.org || (isCapitalised(read.speaker) && this.canSpeak(read)))) return null
      if (!isCapitalised(words[words.length - 1] ?? '')) return null
      const s = this.resolve(read, words) ?? read
      const lead = chunk.length - chunk.trimStart().length
      const role = [s.role, described.join(', ').replace(/^(?:a|an|the) /i, '')].filter(Boolean).join(', ')
      return this.finish(
        { ...s, ...(role ? { role } : {}) },
        start + lead + offsetOfWord(trimmed, s.from),
        verbEnd,
        verb,
        verbEnd,
        verbEnd
      )
    }
    return null
  }

  /** Builds the candidate; `told` takes its audience as `via`; the speaker is remembered for later pronouns. */
  private finish(
    s: Speaker,
    start: number,
    end: number,
    verb: string,
    quoteAt: number,
    viaFrom: number | null
  ): AttributionCandidate {
    s = runOnName(s)
    const value: AttributionValue = { speaker: s.speaker, verb }
    if (s.role) value.role = s.role
    if (viaFrom !== null && /^(?:told|tells|telling)$/.test(verb)) {
      const via = this.via(viaFrom)
      if (via?.via) value.via = via.via
      if (via) end = Math.max(end, via.end)
    }
    const quote = quoteBefore(this.text, quoteAt === end ? start : quoteAt)
    if (quote) value.quote = quote
    this.remember(s, start)
    this.last = { end, speaker: s }
    return { kind: 'attribution', start, end, value }
  }

  /** "according to X" up to the end of the phrase; the speaker is its first member. */
  private according(index: number, verbEnd: number, verb = 'according to'): AttributionCandidate | null {
    const after = this.text.slice(verbEnd, verbEnd + 160)
    // full stops inside initialisms ("the U.N.") do not end the source
    const m = sourceAfter(after)
    if (!m) return null
    // the source ends where a relative clause about it starts ("two officials who spoke on condition …")
    let phrase = m.trim().split(/ (?:who|which|that|whose) /)[0] ?? ''
    if (ENDS_IN_INITIAL.test(phrase) && after[1 + phrase.length] === '.') phrase += '.'
    let words = phrase.split(WORD_SPLIT)
    // copy without commas runs the source into the report: "according to the bulletin Jabhat al-Nusra
    // terrorists executed …", "According to the ANF News media outlet 12 Daesh members were killed"
    // (a cut only where a clause follows, a verb after the cut: "the nonpartisan Congressional Budget Office" stays whole)
    const finite = (w: string) => LOWER_START.test(w) && (isPastForm(w) || /^(?:were|was|is|are|has|have|had)$/.test(w))
    const runOn = words.findIndex(
      (w, i) =>
        i > 0 &&
        (/\d/.test(w) ||
          parseNumber(w) !== null ||
          (isCapitalised(w) && LOWER_START.test(words[i - 1] ?? '') && !STOP.test(words[i - 1] ?? ''))) &&
        words.slice(i + 1).some(finite)
    )
    if (runOn > 0) {
      words = words.slice(0, runOn)
      phrase = words.join(' ')
    }
    if (words.length > 12) return null
    const source =
      phrase
        .replace(
          /^(?:a|an|the) (?:statement|report|tally|count|figures|data|estimates?|toll|list|survey) (?:from|by|of|issued by|released by|published by|compiled by) /i,
          ''
        )
        .split(/ and | as well as | who /)[0] ?? ''
    const sw = source.trim().split(WORD_SPLIT)
    const read = readSpeaker(sw)
    if (!read || (verb === 'per' && !this.canSpeak(read))) return null
    const s = this.resolve(read, sw) ?? read
    phrase = phrase.trim()
    const value: AttributionValue = { speaker: s.speaker, verb }
    if (s.role) value.role = s.role
    this.remember(s, index)
    return { kind: 'attribution', start: index, end: verbEnd + 1 + phrase.length, value }
  }
}

const ARABIC_LETTER = /[\u0621-\u064A]/

/** Attribution suggestions in `text`, in text order; Arabic copy is read by its own reader. */
export function findAttributions(text: string): AttributionCandidate[] {
  const found = new AttributionReader(text).read()
  if (!ARABIC_LETTER.test(text)) return found
  return [...found, ...findArabicAttributions(text)].sort((a, b) => a.start - b.start || a.end - b.end)
}
