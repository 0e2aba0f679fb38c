/**
 * Who a toll's sentence says did the killing: the subject before an active verb ("Daesh has
 * killed 33 young men", "Syrian Army Kills 48") or the agent after a passive one ("were killed by
 * the coalition", "killed in Turkish air strikes"). Sides of a war are read as families of names,
 * so "ISIS", "ISIL", "IS" and "Daesh" are one; the government and its allies are one family, since
 * outlets blame "the regime" and "Russian jets" for the same raid. Two tolls whose sentences name
 * their perpetrators, with no family in common, count different happenings: an execution by
 * Daesh is not the army's strike on Daesh. Victims are never read as perpetrators ("killing 48
 * ISIL terrorists" names ISIL as the dead).
 */
import type { Claim } from '@core/model'

export type Actor = 'jihadist' | 'government' | 'coalition' | 'rebel' | 'kurdish' | 'turkish'

/** English names per family, over the lower-cased text (the first family that a name fits). */
const ACTORS_EN: ReadonlyArray<[Actor, RegExp]> = [
  [
    'jihadist',
    /\b(?:isis|isil|daesh|islamic state|al-?qaeda|nusra|jabhat|fateh al-sham|fatah al sham|hts|tahrir al-sham)\b/
  ],
  [
    'government',
    /\b(?:regime|government|pro-government|pro-regime|army|troops|loyalists?|assad|russian?|russia'?s|moscow|iranian|hezbollah|syrian (?:forces|military|aircraft|warplanes|jets))\b/
  ],
  ['coalition', /\b(?:coalition|us-led|u\.s\.-led|u\.s\.|american|pentagon|french|british)\b/],
  ['rebel', /\b(?:rebels?|opposition|fsa|free syrian army|jaish|jaysh|faylaq|ahrar|insurgents)\b/],
  ['kurdish', /\b(?:kurdish|ypg|sdf|pkk|peshmerga)\b/],
  ['turkish', /\b(?:turkish|turkey|ankara)\b/]
]

/** A passive toll's agent: "by the coalition", "in Turkish air strikes", "in a Daesh attack". */
const AGENT_AFTER =
  /^[^.;]{0,40}?\b(?:by|in|during|after)\s+((?:a |an |the )?[\p{L}.'’ -]{2,40}?)\s*(?:air ?strikes?|raids?|shelling|attacks?|bombing|bombardment|offensive|assault|fire|rockets?|jets|warplanes|$|[,.;])/iu

/** How far before a toll its subject may start: the clause it opens, or the sentence a participle ends. */
const SUBJECT_REACH = 120
const PARTICIPLE_REACH = 250

/** Families a stretch names. */
function familiesIn(text: string): Set<Actor> {
  const lower = text.toLowerCase()
  const out = new Set<Actor>()
  // "IS" only in capitals: "is" is a verb
  if (/\bIS\b/.test(text)) out.add('jihadist')
  for (const [actor, re] of ACTORS_EN) if (re.test(lower)) out.add(actor)
  return out
}

/**
 * The families a toll's sentence names as its perpetrators (empty when it names none): the words
 * of its clause before the toll when the toll is a verb's object ("X killed 33"), else the agent
 * after it ("33 were killed by X"). `sentenceStart` bounds the look back.
 */
export function perpetratorsOf(claim: Claim, text: string, sentenceStart: number): Set<Actor> {
  if (claim.kind !== 'casualty') return new Set()
  // "…, killing 48": a participle's subject is its sentence's; "X killed 33": the clause's, back to
  // the last comma or clause word
  if (/^(?:killing|wounding|injuring|leaving|claiming)\b/i.test(claim.anchor.exact)) {
    const from = Math.max(sentenceStart, claim.anchor.start - PARTICIPLE_REACH)
    return familiesIn(
      text
        .slice(from, claim.anchor.start)
        .split(/[;"“”]/)
        .at(-1) ?? ''
    )
  }
  if (/^(?:kill|kills|killed|wounded|injured|left|claimed|slew|executed)\b/i.test(claim.anchor.exact)) {
    const from = Math.max(sentenceStart, claim.anchor.start - SUBJECT_REACH)
    return familiesIn(
      text
        .slice(from, claim.anchor.start)
        .split(/[,;:"“”]|\b(?:and|but|while|as|after|said|says|say)\b/i)
        .at(-1) ?? ''
    )
  }
  const after = AGENT_AFTER.exec(text.slice(claim.anchor.end, claim.anchor.end + 100))
  return after ? familiesIn(after[1]!) : new Set()
}

/** Whether two tolls' perpetrators are both named and of no family in common. */
export function differentPerpetrators(a: ReadonlySet<Actor>, b: ReadonlySet<Actor>): boolean {
  if (a.size === 0 || b.size === 0) return false
  for (const x of a) if (b.has(x)) return false
  return true
}
