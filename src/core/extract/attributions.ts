/**
 * Attributions: who says so. "X said", "said X", "X told Y" (Y is `via`), "according to X",
 * "X announced / reported / estimated / accused / called / put the toll at". The speaker is read
 * from the clause before the verb (or after it when inverted), with its role; "he said" and "the
 * ministry said" take the most recent fitting named speaker, surnames take the full name given
 * earlier ("Rasul" → "Yahya Rasul"). One pass in text order, so resolution only looks back.
 */
import { matchesOf, type Candidate } from './spans'
import { clauseStart, isNamePhrase, isRolePhrase, key, offsetOfWord, previousComma, quoteBefore, surnameKey } from './clauses'
import { isCapitalised, readSpeaker, type Speaker } from './names'
import { findArabicAttributions } from './attributions-arabic'

type AttributionCandidate = Extract<Candidate, { kind: 'attribution' }>
type AttributionValue = AttributionCandidate['value']

const VERB = new RegExp(
  "(?<![\\p{L}'’-])(?<verb>said|says|say|told|tells|announced|announces|reported|estimated|estimates|estimate|" +
    'accused|accuses|called|stated|added|confirmed|confirms|claimed|warned|warns|declared|insisted|explained|denied|' +
    'denies|wrote|noted|puts? the (?:death )?toll at|putting the (?:death )?toll at|[Aa]ccording to)(?![\\p{L}])',
  'gu'
)

/** Verbs that may come before their speaker ("…, said Maj. Gen. X"). */
const INVERTIBLE = new Set(['said', 'says', 'added', 'wrote', 'explained', 'noted', 'told'])
/** Words allowed between the subject and its verb, dropped from the subject. */
const BETWEEN = new Set(['has', 'have', 'had', 'also', 'later', 'earlier', 'previously', 'separately', 'further', 'then', 'again', 'recently', 'publicly', 'officially', 'repeatedly', 'initially', 'subsequently', 'once', 'now', 'quickly', 'reportedly'])
/** A subject containing one of these is a clause, not a speaker ("it is said", "could say"). */
const CLAUSE_VERBS = /^(is|are|was|were|be|been|being|will|would|can|could|should|may|might|must|do|does|did|to|not|never|it|there|we|i|you|they|this|these|those)$/i
const FUNCTION_END = /^(the|a|an|of|to|and|or|in|on|at|for|by|with|from|as|that|its|his|her|their)$/i
const WORD_SPLIT = / +/

interface Known {
  name: string
  person: boolean
  org: boolean
}

export class AttributionReader {
  private readonly known: Known[] = []

  constructor(private readonly text: string) {}

  /** Attribution suggestions, in text order. */
  read(): AttributionCandidate[] {
    const out: AttributionCandidate[] = []
    for (const m of matchesOf(VERB, this.text)) {
      const found = this.at(m.index, m[0])
      if (found) out.push(found)
    }
    return out
  }

  private remember(name: string, person: boolean, org: boolean): void {
    this.known.push({ name, person, org })
    if (this.known.length > 50) this.known.shift()
  }

  /** The most recent speaker matching `test`, searching back. */
  private recent(test: (k: Known) => boolean): Known | undefined {
    for (let k = this.known.length - 1; k >= 0; k--) if (test(this.known[k] as Known)) return this.known[k]
    return undefined
  }

  /** Resolves surnames, "the ministry", "the command's statement" and pronouns to earlier speakers. */
  private resolve(s: Speaker, words: readonly string[]): Speaker | null {
    const phrase = words.join(' ')
    const lower = phrase.toLowerCase()
    if (/^(he|she)$/.test(lower)) {
      const who = this.recent((k) => k.person)
      return who ? { speaker: who.name, from: 0, person: true, org: false } : null
    }
    const statement = /^(?:the |a |an )?(?:(\p{L}+)['’]s )?(?:statement|report|communique|communiqué|announcement|spokesman|spokeswoman|spokesperson)$/iu.exec(phrase)
    if (statement) {
      const owner = statement[1]?.toLowerCase()
      const found = owner ? this.recent((k) => key(k.name).split(/[\s-]+/).includes(owner)) : this.recent((k) => k.org)
      if (found) return { ...s, speaker: found.name, org: found.org, person: found.person }
      return owner ? { ...s, speaker: owner } : s
    }
    const nominal = /^the (\p{Ll}+)$/u.exec(phrase)
    if (nominal) {
      const head = nominal[1] ?? ''
      const found = this.recent((k) => key(k.name).split(/[\s-]+/).includes(head) && k.name.toLowerCase() !== head)
      if (found) return { ...s, speaker: found.name, org: found.org, person: found.person }
      return s
    }
    if (!s.person && !s.org && s.speaker.split(' ').length === 1 && isCapitalised(s.speaker)) {
      const surname = surnameKey(s.speaker)
      const found = this.recent((k) => k.person && surnameKey(k.name.split(' ').pop() ?? '') === surname)
      if (found) return { ...s, speaker: found.name, person: true }
    }
    return s
  }

  private at(index: number, verbText: string): AttributionCandidate | null {
    const text = this.text
    const verb = verbText.replace(/^According/, 'according').replace(/^(put|puts|putting) the .*/, 'put')
    const verbEnd = index + verbText.length
    if (verb === 'according to') return this.according(index, verbEnd)

    const clause = clauseStart(text, index)
    if (clause < 0) return null
    const leading = text.slice(clause, index)
    let words = leading.trim().split(WORD_SPLIT).filter((w) => w !== '')
    while (words.length > 0 && BETWEEN.has((words[words.length - 1] ?? '').toLowerCase())) words = words.slice(0, -1)
    if (words.length === 0) return this.inverted(index, verb, verbEnd, clause)
    if (words.length > 12 || words.some((w) => CLAUSE_VERBS.test(w)) || FUNCTION_END.test(words[words.length - 1] ?? '')) return null
    if (/^(they|it|we|i|you)$/i.test(words.join(' '))) return null
    if (/['’]s$/.test(words[words.length - 1] ?? '') || /^\p{Ll}+ly$/u.test(words[words.length - 1] ?? '')) return null
    if (words.length === 1 && /^(the|a|an|so|having)$/i.test(words[0] ?? '')) return null
    if (words.some((w) => /\d/.test(w)) && !/^(he|she)$/i.test(words[0] ?? '')) return null
    if (!this.verbFits(verb, verbEnd)) return null

    const read = readSpeaker(words)
    if (!read) return null
    const s = this.resolve(read, words)
    if (!s) return null
    const wordStart = this.wordOffset(clause, leading, s.from)
    const via = verb === 'told' || verb === 'tells' ? this.via(verbEnd) : null
    const end = via ? via.end : verbEnd
    const value: AttributionValue = { speaker: s.speaker, verb }
    if (s.role) value.role = s.role
    if (via?.via) value.via = via.via
    const quote = quoteBefore(text, clause)
    if (quote) value.quote = quote
    this.remember(s.speaker, s.person, s.org)
    return { kind: 'attribution', start: wordStart, end, value }
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

  /** "called" is a statement only with a quotation or "for"/"on" after it ("called the assault “the last big fight”"). */
  private verbFits(verb: string, verbEnd: number): boolean {
    const after = this.text.slice(verbEnd, verbEnd + 80)
    if (/^(estimates|says|warns|denies|confirms|announces|accuses|estimate|say)$/.test(verb) && /^ of\b/.test(after)) return false
    if (verb === 'called') return /^ (for|on)\b/.test(after) || /^[^.;!?]{0,60}[“"]/.test(after)
    if (verb === 'reported' || verb === 'estimated' || verb === 'noted' || verb === 'stated') return !/^ (by|as|to be|in the)\b/.test(after)
    return true
  }

  /** The outlet or audience after "told": "told Diyaruna", "told reporters", "told a news conference". */
  private via(from: number): { via: string | undefined; end: number } | null {
    const after = this.text.slice(from, from + 80)
    const named = /^ ((?:the )?(?:\p{Lu}[\p{L}\p{M}'’.&-]*)(?: (?:\p{Lu}[\p{L}\p{M}'’.&-]*|of|al-\p{L}+))*)/u.exec(after)
    if (named) {
      // a token ending in a full stop ends the name unless it is an initialism ("U.N."): "told Tolo TV. He said"
      const tokens: string[] = []
      for (const t of (named[1] ?? '').split(' ')) {
        tokens.push(t)
        if (t.endsWith('.') && !/^(?:\p{Lu}\.)+$/u.test(t)) break
      }
      const v = tokens.join(' ').replace(/[.,]$/, '')
      return { via: v.replace(/^the /, ''), end: from + 1 + v.length }
    }
    const audience = /^ ((?:a |the )?(?:reporters|journalists|lawmakers|parliament|state television|state media|state TV|local media|the media|the press|television|news conference|press conference|briefing|residents|a news conference|a press conference|a briefing))(?![\p{L}])/u.exec(after)
    if (audience) return { via: (audience[1] ?? '').replace(/^(the|a) /, ''), end: from + 1 + (audience[1] ?? '').length }
    return { via: undefined, end: from }
  }

  /** The speaker after the verb or in an appositive before it: "…, said Maj. Gen. X" / "X, a spokesman for Y, said". */
  private inverted(index: number, verb: string, verbEnd: number, clause: number): AttributionCandidate | null {
    if (INVERTIBLE.has(verb) && verb !== 'told') {
      const found = this.speakerAfter(index, verb, verbEnd)
      if (found) return found
    }
    return this.appositive(verb, verbEnd, clause)
  }

  /** "…, said Maj. Gen. Abdul Karim Khalaf, a retired Iraqi military officer." */
  private speakerAfter(index: number, verb: string, verbEnd: number): AttributionCandidate | null {
    const text = this.text
    const after = text.slice(verbEnd, verbEnd + 120)
    const m = /^ ((?:the |a |an )?[\p{L}][\p{L}\p{M}'’.-]*(?: [\p{L}][\p{L}\p{M}'’.-]*){0,8}?)(?=[,.;:!?\n]|$| in a statement| on | in | at | after | before | when | who )/u.exec(after)
    if (!m) return null
    let words = (m[1] ?? '').replace(/\.$/, '').split(' ')
    if (words[0] && /^\p{Ll}/u.test(words[0]) && !/^(the|a|an|police|officials|security|local|military|witnesses|residents|sources|medics|doctors)$/.test(words[0])) return null
    if (words.some((w) => CLAUSE_VERBS.test(w))) return null
    while (words.length > 1 && FUNCTION_END.test(words[words.length - 1] ?? '')) words = words.slice(0, -1)
    const read = readSpeaker(words)
    const s = read ? this.resolve(read, words) : null
    if (!s) return null
    const exact = words.join(' ')
    const appositive = /^, ((?:a|an|the) [^,.;]{3,80}?)(?=[,.;])/.exec(text.slice(verbEnd + 1 + exact.length, verbEnd + 140))
    const role = [s.role, appositive?.[1]].filter((r): r is string => !!r).join(', ')
    return this.finish({ ...s, role }, index, verbEnd + 1 + exact.length, verb, index, null)
  }

  /** "X, a spokesman for Y, said" / "a spokesman for Y, X, said" / "Haditha's mayor, X, said". */
  private appositive(verb: string, verbEnd: number, clause: number): AttributionCandidate | null {
    const text = this.text
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
      return this.finish({ ...s, role: [s.role, chunk1].filter(Boolean).join(', ') }, outerStart + offsetOfWord(chunk2, s.from), verbEnd, verb, verbEnd, verbEnd)
    }
    if (isNamePhrase(w1) && isRolePhrase(w2)) {
      const r = readSpeaker(w1)
      if (!r) return null
      return this.finish({ ...r, role: chunk2.replace(/^(a|an|the) /i, '') }, outerStart, verbEnd, verb, verbEnd, verbEnd)
    }
    return null
  }

  /** Builds the candidate; `told` takes its audience as `via`; the speaker is remembered for later pronouns. */
  private finish(s: Speaker, start: number, end: number, verb: string, quoteAt: number, viaFrom: number | null): AttributionCandidate {
    const value: AttributionValue = { speaker: s.speaker, verb }
    if (s.role) value.role = s.role
    if (viaFrom !== null && (verb === 'told' || verb === 'tells')) {
      const via = this.via(viaFrom)
      if (via?.via) value.via = via.via
      if (via) end = Math.max(end, via.end)
    }
    const quote = quoteBefore(this.text, quoteAt === end ? start : quoteAt)
    if (quote) value.quote = quote
    this.remember(s.speaker, s.person, s.org)
    return { kind: 'attribution', start, end, value }
  }

  /** "according to X" up to the end of the phrase; the speaker is its first member. */
  private according(index: number, verbEnd: number): AttributionCandidate | null {
    const after = this.text.slice(verbEnd, verbEnd + 160)
    // full stops inside initialisms ("the U.N.") do not end the source
    const m = /^ ((?:[^,.;:!?\n“”"()]|\.(?=\p{Lu}\.)){2,120}?)(?=[,;:!?\n“”"()]|\.(?!\p{Lu}\.)|$)/u.exec(after)
    if (!m) return null
    // the source ends where a relative clause about it starts ("two officials who spoke on condition …")
    let phrase = (m[1] ?? '').trim().split(/ (?:who|which|that|whose) /)[0] ?? ''
    if (/(?:^|[ .])\p{Lu}\.\p{Lu}$/u.test(phrase) && after[1 + phrase.length] === '.') phrase += '.'
    const words = phrase.split(WORD_SPLIT)
    if (words.length > 12) return null
    const source = phrase
      .replace(/^(?:a|an|the) (?:statement|report|tally|count|figures|data|estimates?|toll|list|survey) (?:from|by|of|issued by|released by|published by|compiled by) /i, '')
      .split(/ and | as well as | who /)[0] ?? ''
    const sw = source.trim().split(WORD_SPLIT)
    const read = readSpeaker(sw)
    if (!read) return null
    const s = this.resolve(read, sw) ?? read
    phrase = phrase.trim()
    const value: AttributionValue = { speaker: s.speaker, verb: 'according to' }
    if (s.role) value.role = s.role
    this.remember(s.speaker, s.person, s.org)
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
