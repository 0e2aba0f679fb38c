/**
 * What a toll counts, read from the words around it: the group of victims (civilians, children,
 * fighters, security forces, leaders, or just "people"), the subgroups it names ("including three
 * children"), whether it is cumulative (the whole war's, a month's, "since April") rather than one
 * incident's, and whether it was superseded in its own article ("the previous toll was 20",
 * "has risen to 70"). Comparison judges like with like: the same group, the same span, the latest
 * figure. One table per language; Arabic words are looked up folded (foldArabic, clitics off).
 */
import type { Claim } from '@core/model'
import { ARABIC_CALENDAR, MONTH_NAMES, cliticReadings, foldArabic, parseNumber } from '@core/text'

/** A group of victims; `parent` is the group it is part of (children are civilians). */
export type VictimGroup = 'civilian' | 'child' | 'woman' | 'medic' | 'security' | 'leader' | 'militant'
const PARENT: Partial<Record<VictimGroup, VictimGroup>> = { child: 'civilian', woman: 'civilian', medic: 'civilian' }
/** The group a group is part of, or null. */
export const PARENT_OF = (g: VictimGroup): VictimGroup | null => PARENT[g] ?? null
/** A group as a reason names it. */
export const GROUP_WORDS: Record<VictimGroup, string> = {
  civilian: 'civilians',
  child: 'children',
  woman: 'women',
  medic: 'medical staff',
  security: 'security forces',
  leader: 'leaders',
  militant: 'fighters'
}

/** English group words, singular and plural, as written (lower case); features.ts folds the medics' into one term too. */
export const GROUP_WORDS_EN: Record<VictimGroup, string> = {
  child:
    'child children kid kids schoolchild schoolchildren baby babies infant infants minor minors boy boys girl girls',
  woman: 'woman women',
  // "four medics", "15 members of medical staff", "paramedics", "doctors and nurses": who a strike on a hospital kills
  medic: 'medic medics paramedic paramedics medical doctor doctors nurse nurses surgeon surgeons',
  civilian:
    'civilian civilians resident residents villager villagers worshipper worshippers pilgrim pilgrims bystander bystanders passenger passengers student students teacher teachers patient patients',
  security:
    'soldier soldiers troop troops police policeman policemen officer officers serviceman servicemen guard guards personnel',
  leader: 'leader leaders leadership commander commanders chief chiefs emir emirs financier financiers',
  militant:
    'militant militants fighter fighters rebel rebels element elements terrorist terrorists insurgent insurgents jihadist jihadists gunman gunmen extremist extremists militiaman militiamen attacker attackers assailant assailants bomber bombers'
}

/** Arabic group words, folded (foldArabic: one alif, ه for ة, ي for ى), without clitics. */
const GROUP_WORDS_AR: Record<VictimGroup, string> = {
  child: 'طفل طفلا طفله اطفال اطفالا الاطفال رضيع رضع قاصر قاصرين',
  woman: 'امراه امراتان نساء سيده سيدات',
  medic: 'مسعف مسعفا مسعفين مسعفون طبيب طبيبا اطباء ممرض ممرضا ممرضين ممرضون ممرضه ممرضات الكادر_الطبي كادر_طبي',
  civilian: 'مدني مدنيا مدنيين مدنيون مواطن مواطنا مواطنين مواطنون مصلين مصليا طالب طلاب الطلبه طلبه حجاج معتمرين',
  security: 'جندي جنديا جنود شرطي شرطيا شرطه رجال_الامن عسكري عسكريا عسكريين عسكريون مرابط مرابطين مرابطا ضابط ضباط',
  leader: 'قائد قاده قادة زعيم زعماء امير امراء',
  militant:
    'مسلح مسلحا مسلحين مسلحون مقاتل مقاتلا مقاتلين مقاتلون متشدد متشددين ارهابي ارهابيا ارهابيين ارهابيون عنصر عناصر ميليشيا مليشيا مهاجم مهاجما مهاجمين مهاجمون'
}

const GROUP_OF: Map<string, VictimGroup> = new Map()
for (const table of [GROUP_WORDS_EN, GROUP_WORDS_AR]) {
  for (const [group, words] of Object.entries(table) as [VictimGroup, string][])
    for (const w of words.split(' ')) GROUP_OF.set(w.replace(/_/g, ' '), group)
}

/**
 * Cumulative phrasing: the toll of a war, a campaign or a period, not of one incident. English as
 * patterns over the words near the figure; "since" needs a time after it ("since 2011", "since
 * April", "since the conflict began"), so "since the blast" stays one incident's; "in years" needs a
 * count or "past" before it, since "the bloodiest day in years" is a superlative's, not a period's.
 */
const CUMULATIVE_EN = new RegExp(
  String.raw`\b(since (?:(?:early |late |mid-?)?(?:19|20)\d\d|${MONTH_NAMES.join('|')}|the (?:start|beginning|outbreak|onset)|(?:the |[\w-]+['’]?s )(?:civil )?(?:war|conflict|uprising|revolution|crisis|offensive|campaign) (?:began|started|erupted|broke out))|so far this (?:year|month)|cumulative|(?:in|over|during|within|for) (?!(?:hours|days|weeks|months|years)\b)(?:the )?(?:past |last |first )?(?:\w+ )?(?:hours|days|weeks|months|years)|(?:in|during) the first (?:half|quarter) of|this year|(?:the|syria'?s?|civil) (?:war|conflict|uprising) (?:has|have|had) (?:killed|claimed)|(?:war|conflict) that has killed|which has killed|has killed more than|death toll (?:of|in) the (?:war|conflict))\b`,
  'i'
)

/**
 * Arabic cumulative cues, folded words in sequence: "منذ" followed by a time (a month: "منذ آذار",
 * "منذ كانون الثاني"), a period ("خلال شهر").
 * "So far" and "in total" (حتى الآن, إجمالي) are not among them in either language: they sum one
 * event's toll as often as a period's.
 */
const CUMULATIVE_AR: readonly string[][] = [
  ['منذ', 'بدايه'],
  ['منذ', 'اندلاع'],
  ['منذ', 'مطلع'],
  ['منذ', 'عام'],
  ...ARABIC_CALENDAR.months.flat().map((month) => ['منذ', ...foldArabic(month).split(' ')]),
  ['خلال', 'شهر'],
  ['خلال', 'الشهر'],
  ['خلال', 'الاشهر'],
  ['خلال', 'النصف'],
  ['خلال', 'العام'],
  ['منذ', 'بدء'],
  ['العام', 'الجاري'],
  ['الشهر', 'الماضي'],
  ['الشهر', 'الجاري']
]

/**
 * Revision cues: the figure near them was replaced in the same article ("the previous death toll
 * was 20", "an earlier toll of 15") or replaces an earlier one ("has risen to 70", "updating").
 */
const SUPERSEDED_EN =
  /\b(?:previous|earlier|initial|preliminary|first) (?:death )?(?:toll|count|figure)\b|\b(?:reported|said|gave|put) earlier\b|\bhad (?:earlier |initially |first )?(?:reported|said|announced|given|put)\b/gi
const LATEST_EN =
  /\b(?:has|had|have) (?:risen|climbed|jumped|increased|grown) to\b|\brose to\b|\bclimbed to\b|\bupdat(?:ed|ing)\b|\bnew (?:death )?toll\b|\blatest (?:death )?toll\b/gi
const SUPERSEDED_AR: readonly string[][] = [
  ['حصيله', 'سابقه'],
  ['حصيله', 'اوليه'],
  ['في', 'وقت', 'سابق'],
  ['الحصيله', 'السابقه'],
  ['الحصيله', 'الاوليه']
]
const LATEST_AR: readonly string[][] = [['ارتفع'], ['ارتفعت'], ['ارتفاع'], ['الحصيله', 'الجديده'], ['حصيله', 'جديده']]

/** Additions: "another two", "a further nine", "three more", "Fifteen others" (not "more than"); Arabic "آخرين" is "others" after any toll, so it is not one. */
const INCREMENT_EN =
  /\b(?:another|a further|an additional|further)\s+[\p{L}\p{N}]+|\b[\p{L}\p{N}]+\s+(?:more|others|other people)\b(?!\s+than)/iu

/** Whether a toll is written as an addition: `lead` the words just before it, `exact` its own words. */
export function hasIncrementCue(lead: string, exact: string): boolean {
  return INCREMENT_EN.test(`${lead.split(/\s+/).slice(-2).join(' ')} ${exact}`.trim())
}

/** Subgroup lead-ins: "including three children", "among them 15 children", "of whom". */
const SUBGROUP_EN =
  /\b(?:including|among them|among whom|of whom|of them)\s+(?:at least |some |about |nearly )?([\p{L}\p{N},]+)(?:\s+([\p{L}-]+))?/giu
const SUBGROUP_AR = ['بينهم', 'منهم', 'بينهن', 'منهن']

/** Any Arabic letter: text without one needs no Arabic lookups. */
const ARABIC = /[\u0600-\u06FF]/

/** Folded Arabic words of a phrase, clitics off where the bare stem is a known word (else folded as is). */
function arabicWords(text: string): string[] {
  return (text.match(/[\u0600-\u06FF]+/g) ?? []).map((w) => foldArabic(w))
}
function stemsOf(folded: string): string[] {
  return cliticReadings(folded).map((r) => r.stem)
}
function hasSequence(words: readonly string[], seqs: readonly (readonly string[])[]): boolean {
  const stems = words.map(stemsOf)
  return seqs.some((seq) => stems.some((_, i) => seq.every((w, k) => stems[i + k]?.includes(w))))
}

/** The group a word names, or null: English lower-cased, Arabic folded with clitics tried off. */
function groupOfWord(word: string): VictimGroup | null {
  if (/[\u0600-\u06FF]/.test(word)) {
    for (const s of stemsOf(foldArabic(word))) {
      const g = GROUP_OF.get(s)
      if (g) return g
    }
    return null
  }
  return GROUP_OF.get(word.toLowerCase()) ?? null
}

/** Words that count victims without saying who they were: a head noun of these is no group ("35 people including 22 children"). */
const GENERIC_WORDS = new Set([
  'people',
  'persons',
  'person',
  'others',
  'individuals',
  'dead',
  'شخص',
  'شخصا',
  'اشخاص',
  'شخصين',
  'اخرين',
  'اخرون',
  'قتيلا',
  'قتلي',
  'قتيل'
])

/** The head group of a victims' phrase: the first group word in it ("civilians including three children" → civilian), or null for "people". */
export function victimGroup(phrase: string): VictimGroup | null {
  for (const w of phrase.match(/[\p{L}]+/gu) ?? []) {
    const g = groupOfWord(w)
    if (g) return g
    // "people", or "including …": what follows names a subgroup, not the head
    if (
      GENERIC_WORDS.has(w.toLowerCase()) ||
      (ARABIC.test(w) && stemsOf(foldArabic(w)).some((s) => GENERIC_WORDS.has(s) || SUBGROUP_AR.includes(s)))
    )
      return null
    if (/^(?:including|among)$/i.test(w)) return null
    // the victims come before a preposition of place, time or agent: "10 injured in terrorist
    // shelling", "killed by militants" name who attacked, not who was hit
    if (AFTER_VICTIMS_EN.has(w.toLowerCase())) return null
  }
  return null
}

/** English words after which a phrase no longer names the victims. */
const AFTER_VICTIMS_EN = new Set([
  'by',
  'in',
  'at',
  'from',
  'during',
  'near',
  'after',
  'when',
  'while',
  'on',
  'against',
  'with',
  'under',
  'following',
  'as',
  'since'
])

/** How two groups stand: the same, one part of the other, different groups, or unknown (a side says only "people"). */
export function groupRelation(a: VictimGroup | null, b: VictimGroup | null): 'same' | 'part' | 'different' | 'unknown' {
  if (a === null || b === null) return 'unknown'
  if (a === b) return 'same'
  if (PARENT[a] === b || PARENT[b] === a) return 'part'
  return 'different'
}

/** A subgroup a toll names inside itself: "including three children" → { n: 3, group: 'child' }. */
export interface Subgroup {
  n: number
  group: VictimGroup | null
}

/** Subgroups named in a phrase ("31 civilians including 10 children", "22 مسلحا، بينهم أربعة قادة"). */
export function subgroupsOf(phrase: string): Subgroup[] {
  const out: Subgroup[] = []
  for (const m of phrase.matchAll(SUBGROUP_EN)) {
    const n = m[1]!.toLowerCase() === 'a' ? 1 : parseNumber(m[1]!.replace(/,/g, ''))
    if (n !== null) out.push({ n, group: m[2] ? groupOfWord(m[2]) : null })
  }
  if (!ARABIC.test(phrase)) return out
  const words = phrase.split(/\s+/).map((w) => w.replace(/[\p{P}]+$/u, ''))
  words.forEach((w, i) => {
    if (!SUBGROUP_AR.some((s) => stemsOf(foldArabic(w)).includes(s))) return
    for (let k = i + 1; k <= i + 2 && k < words.length; k++) {
      const n = parseNumber(words[k]!)
      if (n !== null) {
        out.push({ n, group: groupOfWord(words[k + 1] ?? '') })
        break
      }
    }
  })
  return out
}

/** Whether the words around a figure make it a cumulative toll (a war's, a period's), in English or Arabic. */
export function isCumulative(near: string): boolean {
  return CUMULATIVE_EN.test(near) || hasSequence(arabicWords(near), CUMULATIVE_AR)
}

/** Arabic verbs of announcing, folded, that "كان" before them puts in the past perfect. */
const REPORTED_AR = new Set(['اعلن', 'اعلنت', 'ذكر', 'ذكرت', 'قال', 'قالت', 'افاد', 'افادت', 'اكد', 'اكدت'])
/**
 * Where an Arabic past perfect of announcing ends ("وكانت وزارة الداخلية أعلنت … أن 15"): the
 * figure it introduces is the one an article gives before its newer toll. -1 when none.
 */
function pluperfectReport(text: string): number {
  if (!ARABIC.test(text)) return -1
  const words = text.split(/\s+/)
  const stems = words.map((w) => stemsOf(foldArabic(w)))
  let at = -1
  stems.forEach((st, i) => {
    if (!st.some((x) => x === 'كان' || x === 'كانت')) return
    for (let j = i + 1; j <= i + 4 && j < stems.length; j++)
      if (stems[j]!.some((x) => REPORTED_AR.has(x))) at = Math.max(at, (j + 1) / Math.max(1, words.length))
  })
  return at
}

/** Where the last cue of a kind ends in `text` (English pattern or Arabic word sequence), as a share of the text read; -1 when none. */
function lastCue(text: string, en: RegExp, ar: readonly (readonly string[])[]): number {
  let at = -1
  for (const m of text.matchAll(en)) at = Math.max(at, (m.index + m[0].length) / Math.max(1, text.length))
  if (!ARABIC.test(text)) return at
  const words = text.split(/\s+/)
  const stems = words.map((w) => stemsOf(foldArabic(w)))
  stems.forEach((_, i) => {
    if (ar.some((seq) => seq.every((w, k) => stems[i + k]?.includes(w))))
      at = Math.max(at, (i + 1) / Math.max(1, words.length))
  })
  return at
}

/**
 * Whether the words before a figure (in its sentence) say it was superseded ("an earlier toll of
 * 15", "the previous toll was 20", "reported earlier that one person was killed") or that it is the
 * latest ("has risen to 70", "updating … to 32"): the cue nearest the figure decides.
 */
export function revisionOf(before: string): 'superseded' | 'latest' | null {
  const latest = lastCue(before, LATEST_EN, LATEST_AR)
  const superseded = Math.max(lastCue(before, SUPERSEDED_EN, SUPERSEDED_AR), pluperfectReport(before))
  if (latest < 0 && superseded < 0) return null
  return latest > superseded ? 'latest' : 'superseded'
}

/**
 * Arabic words, folded, that name a province, state or city before its name ("محافظة صلاح الدين",
 * "ولاية لويزيانا"). A sentence naming two or more of them beside its tolls breaks a total down by
 * place ("Baghdad 335 killed, Diyala 170 …"): each of those tolls is one place's share.
 */
const PLACE_WORDS_AR = new Set(['محافظه', 'ولايه', 'اقليم', 'مدينه'])

/** The places (folded name after a place word, without ال) of an Arabic stretch of text, in order. */
function placesNamed(text: string): string[] {
  if (!ARABIC.test(text)) return []
  const words = arabicWords(text)
  const out: string[] = []
  for (let i = 0; i + 1 < words.length; i++) {
    if (!stemsOf(words[i]!).some((w) => PLACE_WORDS_AR.has(w))) continue
    const name = words[i + 1]!.replace(/^ال/, '')
    if (name.length >= 3) out.push(name)
  }
  return out
}

/**
 * Where a toll was counted when its sentence breaks tolls down by place: the place named nearest
 * before it (else the first after it), and whether the sentence names two places or more. Null
 * place when the sentence names none.
 */
export function tollPlace(claim: Claim, text: string | undefined): { place: string | null; breakdown: boolean } {
  if (!text || !ARABIC.test(claim.anchor.exact)) return { place: null, breakdown: false }
  const before =
    text
      .slice(Math.max(0, claim.anchor.start - 400), claim.anchor.start)
      .split(/[.!?؟](?=\s|$)|\n/)
      .at(-1) ?? ''
  const after = text.slice(claim.anchor.end, claim.anchor.end + 400).split(/[.!?؟](?=\s|$)|\n/)[0] ?? ''
  const earlier = placesNamed(before)
  const later = placesNamed(after)
  const all = new Set([...earlier, ...later])
  return { place: earlier.at(-1) ?? later[0] ?? null, breakdown: all.size >= 2 }
}

/**
 * Whether two tolls may count the same victims by place: one place's share of a breakdown is not
 * another named place's toll. A toll whose sentence names no place may be of any.
 */
export function samePlaceShare(a: TollScope, b: TollScope): boolean {
  return !(a.breakdown || b.breakdown) || a.place === null || b.place === null || a.place === b.place
}

/**
 * The particular people a toll names, as the sorted groups of a conjoined victims' phrase ("امرأة
 * وطفلا", "a woman and a child" → "child+woman"), or null. Only a phrase of two or more different
 * person words and nothing else names particular people: "two civilians" killed and "two civilians"
 * wounded may be four people, "a woman and a child" among the wounded and among the dead are two.
 */
export function namedVictims(who: string | undefined): string | null {
  if (!who) return null
  const groups = new Set<VictimGroup>()
  for (const w of who.match(/[\p{L}]+/gu) ?? []) {
    if (/^(?:and|a|an|the)$/i.test(w) || w === 'و') continue
    const g = groupOfWord(w)
    if (!g) return null
    groups.add(g)
  }
  return groups.size >= 2 ? [...groups].sort().join('+') : null
}

/** Whether two tolls of different fates (killed, wounded) name the same particular people, as many of them: one article has them dead, the other hurt. */
export function sameVictimsOtherFate(a: Claim, b: Claim): boolean {
  if (a.kind !== 'casualty' || b.kind !== 'casualty') return false
  const [x, y] = [a.value, b.value]
  if (!((x.outcome === 'killed' && y.outcome === 'wounded') || (x.outcome === 'wounded' && y.outcome === 'killed')))
    return false
  if (x.min === undefined || x.min !== x.max || x.min !== y.min || y.min !== y.max || !x.who || !y.who) return false
  const key = namedVictims(x.who)
  return key !== null && key === namedVictims(y.who)
}

/**
 * The condition words that make a wounded count a part of the wounded: those in intensive care,
 * critically or seriously hurt. English as written; Arabic folded (foldArabic), any clitic before.
 */
const CRITICAL_EN = /\b(?:critical(?:ly)?|serious(?:ly)?|severe(?:ly)?|grave(?:ly)?|intensive care|life-threatening)\b/i
const CRITICAL_AR = /(?:العنايه المركزه|حرجه|خطره|خطيره|بالغه)/

/** Where the words turn to some of the count ("9 others, some critically", "ثلاثة منهم حالتهم خطرة"): a condition after it is theirs. */
const PARTITIVE_EN = /\b(?:some|several|many|most|few|of them|of whom|including|among)\b/i
const PARTITIVE_AR = /(?:منهم|بينهم|بعضهم|احدهم|معظمهم)/

/** Whether a wounded toll's own words (`own`: who, the claim, the rest of its clause) state a condition of all it counts. */
export function inCriticalCondition(own: string): boolean {
  const folded = foldArabic(own)
  return CRITICAL_EN.test(own.split(PARTITIVE_EN)[0]!) || CRITICAL_AR.test(folded.split(PARTITIVE_AR)[0]!)
}

/**
 * How many attacks a toll counts: "a series of bombings", "a wave of attacks", "سلسلة هجمات",
 * "تفجيرات كابل الثلاثة" sum several; "the attack", "a suicide bombing", "الهجوم الانتحاري" count
 * one. A series' total is no rival of one attack's toll (that attack may be one of the series).
 * A number of attackers or blasts is not a series: outlets count one coordinated assault as "three
 * suicide-bomber attacks" or "the attack", and "twin bombings" as one attack or two.
 * English as written; Arabic folded, clitics off.
 */
const SEVERAL_ATTACKS_EN =
  /\b(?:series|wave|string|spate|chain) of (?:[\w-]+ )?(?:attacks|bombings|blasts|explosions|air ?strikes|raids|car bombs)\b/gi
const ONE_ATTACK_EN =
  /\b(?:the|a|an|this|that|one|single|latest|same)\s+(?:[\w-]+\s+){0,2}?(?:attack|bombing|blast|explosion|air ?strike|raid|car bomb|ambush|massacre)\b(?!s)/gi
const SERIES_AR = new Set(['سلسله', 'موجه'])
const ATTACKS_AR = new Set(['هجمات', 'تفجيرات', 'انفجارات', 'اعتداءات', 'غارات'])
const ATTACK_AR = new Set(['هجوم', 'تفجير', 'انفجار', 'اعتداء', 'غاره'])
/** Number words that count a plural's items after it ("تفجيرات كابل الثلاثة"), folded, without ال. */
const COUNT_AFTER_AR = new Set(['ثلاث', 'ثلاثه', 'اربع', 'اربعه', 'خمس', 'خمسه', 'سته', 'سبعه'])

/** Whether the toll near `near[at]` counts several attacks or one, by the cue nearest it; null when the words say neither. */
export function attacksCounted(near: string, at: number): 'several' | 'one' | null {
  let best: { d: number; n: 'several' | 'one' } | null = null
  const consider = (start: number, end: number, n: 'several' | 'one') => {
    const d = start > at ? start - at : Math.max(0, at - end)
    if (!best || d < best.d) best = { d, n }
  }
  for (const m of near.matchAll(SEVERAL_ATTACKS_EN)) consider(m.index, m.index + m[0].length, 'several')
  for (const m of near.matchAll(ONE_ATTACK_EN)) consider(m.index, m.index + m[0].length, 'one')
  if (ARABIC.test(near)) {
    const words = [...near.matchAll(/[\u0600-\u06FF]+/g)]
    const stems = words.map((w) => stemsOf(foldArabic(w[0])))
    words.forEach((w, i) => {
      const end = w.index + w[0].length
      const series = i > 0 && stems[i - 1]!.some((x) => SERIES_AR.has(x))
      const counted = [1, 2].some((k) => stems[i + k]?.some((x) => COUNT_AFTER_AR.has(x.replace(/^ال/, ''))))
      if (stems[i]!.some((x) => ATTACKS_AR.has(x)) && (series || counted)) consider(w.index, end, 'several')
      else if (stems[i]!.some((x) => ATTACK_AR.has(x))) consider(w.index, end, 'one')
    })
  }
  return (best as { n: 'several' | 'one' } | null)?.n ?? null
}

/** What a casualty claim counts, read once per claim. */
export interface TollScope {
  group: VictimGroup | null
  /** the province or city its sentence counts it in, and whether that sentence breaks tolls down by place (tollPlace) */
  place: string | null
  breakdown: boolean
  subgroups: Subgroup[]
  cumulative: boolean
  revision: 'superseded' | 'latest' | null
  /** written as an addition to an earlier toll of its article (set by matching, which sees the article's tolls) */
  increment: boolean
  /** a count of the wounded in a stated condition ("13 in intensive care", "five critically injured"): part of the wounded, not their toll */
  critical: boolean
  /** whether it sums several attacks or counts one, as its sentence says (attacksCounted); null when it says neither */
  attacks: 'several' | 'one' | null
}

/** The stretch of a claim's sentence around it (at most `reach` characters each side): where "since 2011" or "the previous toll" sit. */
export function nearClaim(claim: Claim, text: string | undefined, reach = 100): string {
  if (!text) return `${claim.anchor.prefix}${claim.anchor.exact}${claim.anchor.suffix}`
  const before = text.slice(Math.max(0, claim.anchor.start - reach), claim.anchor.start)
  const after = text.slice(claim.anchor.end, claim.anchor.end + reach)
  const cutBefore = before.split(/[.!?؟\n](?=\s|$)|\n/).at(-1) ?? ''
  const cutAfter = after.split(/[.!?؟](?=\s|$)|\n/)[0] ?? ''
  return `${cutBefore}${claim.anchor.exact}${cutAfter}`
}

/** The words of a claim's sentence before it and its own (at most 120 characters before): where "an earlier toll" or "has risen to" sit. */
function beforeClaim(claim: Claim, text: string | undefined): string {
  const before = text ? text.slice(Math.max(0, claim.anchor.start - 120), claim.anchor.start) : claim.anchor.prefix
  return `${before.split(/[.!?؟](?=\s)|\n/).at(-1) ?? ''}${claim.anchor.exact}`
}

/** Scopes read, per claim object and the text it was read in (claims are kept unchanged by their callers). */
const scopeCache = new WeakMap<Claim, { text: string | undefined; scope: TollScope }>()

/** The scope of a casualty claim (its group from `who` and the words after it; cumulative and revised from its sentence). */
export function tollScope(claim: Claim, text: string | undefined): TollScope {
  const hit = scopeCache.get(claim)
  if (hit && hit.text === text) return hit.scope
  const scope = readScope(claim, text)
  scopeCache.set(claim, { text, scope })
  return scope
}

function readScope(claim: Claim, text: string | undefined): TollScope {
  const who = claim.kind === 'casualty' ? (claim.value.who ?? '') : ''
  const near = nearClaim(claim, text)
  const after = text ? text.slice(claim.anchor.end, claim.anchor.end + 40) : claim.anchor.suffix
  const own = `${who} ${claim.anchor.exact} ${after.split(/[,;:.!?\n]/)[0] ?? ''}`
  return {
    group: victimGroup(`${who} ${claim.anchor.exact}`) ?? victimGroup(own),
    ...tollPlace(claim, text),
    subgroups: subgroupsOf(`${claim.anchor.exact}${after.split(/[.;!?\n]/)[0] ?? ''}`),
    cumulative: isCumulative(near),
    revision: revisionOf(beforeClaim(claim, text)),
    increment: false,
    critical: claim.kind === 'casualty' && claim.value.outcome === 'wounded' && inCriticalCondition(own),
    attacks: attacksOf(claim, near)
  }
}

/** attacksCounted over the claim's sentence stretch (`near`, nearClaim's), the claim's own place in it given. */
function attacksOf(claim: Claim, near: string): 'several' | 'one' | null {
  return attacksCounted(near, Math.max(0, near.indexOf(claim.anchor.exact)))
}

/** How far after a total (UTF-16 units) its parts may be told: the same passage ("… in two attacks. … A second attack …"). */
const PARTS_REACH = 900
/** Most tolls read after a total when looking for its parts: a story breaks a total into two or three. */
const PARTS_LOOKED_AT = 8
/** A lower bound ("more than 100") is the sum of parts that reach it and exceed it by at most this share. */
const BOUND_SLACK = 0.15

/**
 * Tolls of an article that its later tolls add up to: "at least six children were killed in rebel
 * rocket attacks" told on as three children at a school and three brothers in a house; "more than
 * 100 terrorists killed" as 50, 20 and 34. Each total maps to its parts (two or three tolls of the
 * same outcome, exact figures, within the passage that follows, or for a headline's or lead's toll
 * of named victims anywhere below it among the same victims; not an earlier toll the article
 * revised, as "15 killed, but three more died" is a revision). Comparison reads a total against
 * another article's figure for one part as the part, not as a rival toll.
 */
export function totalsIn(
  claims: readonly Claim[],
  scopes: ReadonlyMap<Claim, TollScope>,
  headlines: ReadonlySet<Claim> = new Set()
): Map<Claim, Claim[]> {
  const tolls = claims
    .filter(
      (c): c is Claim & { kind: 'casualty' } =>
        c.kind === 'casualty' && typeof c.value.min === 'number' && c.value.min > 0
    )
    .sort((x, y) => x.anchor.start - y.anchor.start)
  const out = new Map<Claim, Claim[]>()
  for (const [k, total] of tolls.entries()) {
    const st = scopes.get(total)
    if (!st || st.cumulative || total.value.min! < 2) continue
    const sum = total.value.min!
    const bound = total.value.max === undefined
    // a headline or lead sums up its whole story: its parts may be told anywhere after it, of the
    // victims it names ("More than 100 ISIS terrorists killed": 50, 20 and 34 terrorists below)
    const whole = headlines.has(total) && st.group !== null
    const reach = (c: Claim) =>
      c.anchor.start - total.anchor.end <= PARTS_REACH || (whole && scopes.get(c)?.group === st.group)
    const parts = tolls
      .slice(k + 1)
      .filter((c) => {
        const sc = scopes.get(c)
        const v = c.value
        return (
          reach(c) &&
          v.outcome === total.value.outcome &&
          v.max === v.min &&
          v.min! < sum &&
          sc !== undefined &&
          !sc.cumulative &&
          sc.revision !== 'superseded'
        )
      })
      .slice(0, PARTS_LOOKED_AT)
    const fits = (s: number) => (bound ? s >= sum && s <= sum * (1 + BOUND_SLACK) : s === sum)
    const found = subsetSumming(
      parts,
      fits,
      (x, y) => x.value.min !== y.value.min || scopes.get(x)!.group !== scopes.get(y)!.group
    )
    if (found) out.set(total, found)
  }
  return out
}

/** Two or three of the parts (in text order), each `distinct` from the others, whose figures `fit`; the earliest such, or null. */
function subsetSumming<C extends Claim & { kind: 'casualty' }>(
  parts: readonly C[],
  fits: (sum: number) => boolean,
  distinct: (x: C, y: C) => boolean
): Claim[] | null {
  const n = parts.length
  const v = (i: number) => parts[i]!.value.min!
  // "three children were killed" told twice is one part, not two
  const apart = (i: number, j: number) => distinct(parts[i]!, parts[j]!)
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (!apart(i, j)) continue
      if (fits(v(i) + v(j))) return [parts[i]!, parts[j]!]
      for (let l = j + 1; l < n; l++)
        if (apart(i, l) && apart(j, l) && fits(v(i) + v(j) + v(l))) return [parts[i]!, parts[j]!, parts[l]!]
    }
  }
  return null
}
