/**
 * Claim matching between two articles: which claim of B speaks of the same fact as a claim of A.
 * The same kind alone says little (a story has many "killed" claims), so a pair must also report
 * the same event: the sentences holding the claims (and their neighbours, where the date or the
 * name often sits) must share rare terms, names (transliteration-tolerant), places and dates, and
 * the claims must count the same victims in the same unit. Matching reads sentences, not exact
 * span boundaries, so claims tagged by hand and suggested by the extractor match alike.
 * Sources: each matched fact's governing attribution (same sentence, else paragraph, else the one
 * before) is compared, anaphors ("the command", "the statement") resolved to the body named earlier.
 */
import { unhandledKind, type Claim, type ClaimMatch } from '@core/model'
import { sameSource, unnamedSource } from './entities'
import { EventScorer, FullNames, SAME_EVENT_DAYS } from './events'
import { creditOf, resolveCredits, type Credit } from './sources'
import { termsOf, type DocFeatures } from './features'
import { countsFromWriting, englishSpeechVerb } from '@core/text'
import { judge } from './judge'
import { differentPerpetrators, perpetratorsOf } from './actors'
import { differentMeans, meansIn, type Means } from './means'
import { differentPlaces, localitiesIn, samePlace } from './places'
import {
  groupRelation,
  hasIncrementCue,
  samePlaceShare,
  sameVictimsOtherFate,
  tollScope,
  totalsIn,
  type TollScope
} from './tolls'
import { dateOf, unitOf, type DateParts } from './values'

/** Lowest event score at which two claims are taken to report the same fact; calibrated on the al-Qaim gold pairs. */
export const MATCH_THRESHOLD = 0.3

export interface MatchSide {
  articleId: string
  doc: DocFeatures
  claims: readonly Claim[]
  /** the article's publication day (YYYY-MM-DD), when known: an undated toll is of the news of about then */
  publishedAt?: string
}

export interface Site {
  claim: Claim
  sentence: number
}

/** Index of the sentence holding offset `at` (the last sentence starting at or before it). */
function sentenceAt(doc: DocFeatures, at: number): number {
  let lo = 0
  let hi = doc.sentences.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (doc.sentences[mid]!.start <= at) lo = mid
    else hi = mid - 1
  }
  return Math.max(0, lo)
}

/**
 * A fact of a claim read once per claim, not per pair: every claim of A meets every claim of B of its
 * kind (claims are objects the caller keeps unchanged, so a claim's facts stay true).
 */
function perClaim<C extends Claim, T>(read: (c: C) => T): (c: C) => T {
  const known = new WeakMap<C, { value: T }>()
  return (c) => {
    let hit = known.get(c)
    if (!hit) {
      hit = { value: read(c) }
      known.set(c, hit)
    }
    return hit.value
  }
}

/** A fact of a claim's site read once per site (`read` is pure for a site and its document). */
function perClaimOf<T>(read: (s: Site, doc: DocFeatures) => T): (s: Site, doc: DocFeatures) => T {
  const known = new Map<Site, T>()
  return (s, doc) => {
    if (!known.has(s)) known.set(s, read(s, doc))
    return known.get(s)!
  }
}

/** The unit of a quantity claim. */
const unitOfClaim = perClaim((c: Claim & { kind: 'quantity' }) => unitOf(c.value.unit)[0])
/** The date a date claim states (dateOf). */
const dateOfClaim = perClaim((c: Claim) => dateOf(c))

const onePerson = (v: { min?: number; max?: number }) => v.min === 1 && v.max === 1
const many = (v: { min?: number }) => (v.min ?? 0) >= 2

/** Whether two claims could be one fact at all, before any reading of their sentences. */
function comparable(a: Claim, b: Claim, scopes: ReadonlyMap<Claim, TollScope>): boolean {
  if (a.kind !== b.kind) return false
  switch (a.kind) {
    case 'casualty': {
      const y = b as typeof a
      const o = [a.value.outcome, y.value.outcome]
      // "a woman and a child among the wounded" against "… among the dead": the same people, another fate
      if (!(
        o[0] === o[1] ||
        (o.includes('killed_or_wounded') && (o.includes('killed') || o.includes('wounded'))) ||
        sameVictimsOtherFate(a, y)
      ))
        return false
      const sa = scopes.get(a)!
      const sb = scopes.get(y)!
      // one person's death (a named commander, "a senior financier") is not the toll of a strike,
      // unless both count the same victims ("one civilian was among those killed" against "six civilians")
      const sameGroup = sa.group !== null && sa.group === sb.group
      if (!sameGroup && ((onePerson(a.value) && many(y.value)) || (onePerson(y.value) && many(a.value)))) return false
      // a war's toll is not an attack's; "senior leaders killed" and "civilians killed" are different tolls;
      // "another two civilians" adds to a toll of its own article, it is not one
      // "محافظة صلاح الدين 64 قتيلا" in a province-by-province list is that province's share, no rival of a national toll
      // "13 in intensive care" counts some of the wounded, not all of them
      // a series of attacks' total is no rival of one attack's toll
      const attacks = sa.attacks === null || sb.attacks === null || sa.attacks === sb.attacks
      return (
        attacks &&
        sa.cumulative === sb.cumulative &&
        sa.increment === sb.increment &&
        sa.critical === sb.critical &&
        groupRelation(sa.group, sb.group) !== 'different' &&
        samePlaceShare(sa, sb)
      )
    }
    case 'quantity':
      return unitOfClaim(a) === unitOfClaim(b as typeof a)
    case 'date': {
      const x = dateOfClaim(a)
      const y = dateOfClaim(b)
      return x !== null && y !== null && x.calendar === y.calendar
    }
    case 'attribution':
      // attributions are not facts: they are matched through the facts they give (sources, below)
      return false
    case 'other':
      return true
    default:
      return unhandledKind(a)
  }
}

/** Weight of the claim phrases' own overlap ("senior ISIL leaders" ~ "senior Islamic State commanders"). */
const PHRASE_WEIGHT = 0.15
/**
 * Dates need more: two dates in loosely similar sentences are often different events. A date pair
 * whose sentences hold a matched figure, or name the same person (in or next to them), gets
 * DATE_SUPPORT added.
 */
const DATE_THRESHOLD = 0.35
const DATE_SUPPORT = 0.2

/** A toll whose sentence is dated another day than the other's counts another happening: its event score is cut to this share. */
const DIFFERENT_DAYS_FACTOR = 0.3

/** Dates more than SAME_EVENT_DAYS apart are rarely one event misreported; they need much more evidence. */
const FAR_DATES_FACTOR = 0.6

/**
 * A day-precise date as month*31+day (year ignored, as it is often unstated), else 0: two dates
 * are daysApart |x - y| when both are day-precise and of the same calendar.
 */
function dayNumber(d: ReturnType<typeof dateOf>): number {
  return d?.month && d.day ? d.month * 31 + d.day : 0
}

/** The day-precise dates (dayNumber) each sentence holds, by sentence index. */
function daysBySentence(sites: readonly Site[]): Map<number, Set<number>> {
  const out = new Map<number, Set<number>>()
  for (const s of sites) {
    if (s.claim.kind !== 'date') continue
    const day = dayNumber(dateOfClaim(s.claim))
    if (day === 0) continue
    const set = out.get(s.sentence)
    if (set) set.add(day)
    else out.set(s.sentence, new Set([day]))
  }
  return out
}

/** Whether a date pair's sentences name each other's day too: y's sentence x's day, or x's sentence y's. */
function crossNamed(
  x: Site,
  y: Site,
  daysA: ReadonlyMap<number, ReadonlySet<number>>,
  daysB: ReadonlyMap<number, ReadonlySet<number>>
): boolean {
  const dayX = dayNumber(dateOfClaim(x.claim))
  const dayY = dayNumber(dateOfClaim(y.claim))
  return (
    (dayX > 0 && daysB.get(y.sentence)?.has(dayX) === true) || (dayY > 0 && daysA.get(x.sentence)?.has(dayY) === true)
  )
}

/** Figures this many times apart ("2" and "17 killed") need FAR_FIGURES_THRESHOLD to be taken for one toll. */
const FAR_FIGURES_RATIO = 3
const FAR_FIGURES_THRESHOLD = 0.4

/** Whether two claims' figures are FAR_FIGURES_RATIO or more apart. */
function farApart(a: Claim, b: Claim): boolean {
  const fig = (c: Claim) => {
    const v = c.value as { min?: number | null; max?: number | null; amount?: number | null }
    return v.min ?? v.amount ?? v.max ?? null
  }
  const x = fig(a)
  const y = fig(b)
  return x !== null && y !== null && x > 0 && y > 0 && Math.max(x, y) / Math.min(x, y) >= FAR_FIGURES_RATIO
}

/**
 * Marks the tolls written as additions to an earlier toll of the same outcome in their article
 * ("killed 17 civilians while shelling killed another two", "three more people had died"): only
 * where the article's previous toll, within the sentence before, has the same outcome, since
 * "killed six and injured another ten" adds the wounded to no wounded toll.
 */
function markIncrements(sites: readonly Site[], text: string, scopes: Map<Claim, TollScope>): void {
  let previous: Site | null = null
  for (const s of sites) {
    if (s.claim.kind !== 'casualty') continue
    const scope = scopes.get(s.claim)!
    const lead = text.slice(Math.max(0, s.claim.anchor.start - 20), s.claim.anchor.start)
    if (
      previous &&
      previous.claim.kind === 'casualty' &&
      previous.claim.value.outcome === s.claim.value.outcome &&
      s.sentence - previous.sentence <= 1 &&
      hasIncrementCue(lead, s.claim.anchor.exact)
    ) {
      scopes.set(s.claim, { ...scope, increment: true })
    }
    previous = s
  }
}

/** Whether two tolls of one article state the same figure for the same outcome and victims: one claim said twice. */
function sameFigure(a: Claim, b: Claim, scopes: ReadonlyMap<Claim, TollScope>, anySpan = false): boolean {
  if (a.kind !== 'casualty' || b.kind !== 'casualty' || a.value.outcome !== b.value.outcome) return false
  // "22" and "at least 22" are one figure, once hedged
  if (typeof a.value.min !== 'number' || a.value.min !== b.value.min) return false
  if (a.value.max !== b.value.max && a.value.max !== undefined && b.value.max !== undefined) return false
  const sa = scopes.get(a)!
  const sb = scopes.get(b)!
  return (
    (anySpan || sa.cumulative === sb.cumulative) &&
    sa.increment === sb.increment &&
    groupRelation(sa.group, sb.group) !== 'different'
  )
}

/** Most restatements of one toll linked in an article. */
const RESTATEMENTS = 3

/** Bonus to the score of two tolls whose sentences name the same town or district. */
const SAME_PLACE_BONUS = 0.1

/** Bonus to the score of two claims stating the same figure (not "one", which every story has). */
const SAME_FIGURE_BONUS = 0.1

/** Bonus to the score of the two articles' lead tolls of one outcome (leadTolls). */
const LEAD_BONUS = 0.1

/** Bonus to the score of two tolls that name the same group of victims (civilians and civilians, not "people"). */
const SAME_VICTIMS_BONUS = 0.05

/**
 * Bonus to the score of two tolls that each sum a series of attacks ("the three Kabul bombings
 * killed a total of 49", "a series of attacks in Kabul that killed 51"): a story gives a day's
 * total once, and two reports' totals of it are worded anew around the figure, so their sentences
 * share few words. Counted only while their days agree (a day apart cuts the score first).
 */
const SERIES_BONUS = 0.2

/** Whether two tolls name the same group of victims. */
function sameVictims(a: Claim, b: Claim, scopes: ReadonlyMap<Claim, TollScope>): boolean {
  const ga = scopes.get(a)?.group
  return ga !== undefined && ga !== null && ga === scopes.get(b)?.group
}

/** Whether two figure claims state the same number, above one. */
function sameValue(a: Claim, b: Claim): boolean {
  const v = (c: Claim) => {
    const x = c.value as { min?: number | null; amount?: number | null }
    return x.min ?? x.amount ?? null
  }
  const x = v(a)
  return x !== null && x > 1 && x === v(b)
}

/** How many sentences into an article its lead toll may sit (FA-KES bodies repeat the headline first). */
const LEAD_TOLL_SENTENCES = 4

/** The first toll of each outcome near the top of an article (not cumulative, superseded or an addition): what the story leads with. */
function leadTolls(
  sites: readonly Site[],
  scopes: ReadonlyMap<Claim, TollScope>,
  superseded: ReadonlyMap<Claim, Claim>
): Claim[] {
  const firsts = new Map<string, Claim>()
  for (const s of sites) {
    const c = s.claim
    if (
      c.kind !== 'casualty' ||
      s.sentence >= LEAD_TOLL_SENTENCES ||
      typeof c.value.min !== 'number' ||
      superseded.has(c)
    )
      continue
    const scope = scopes.get(c)!
    if (scope.cumulative || scope.increment || firsts.has(c.value.outcome)) continue
    firsts.set(c.value.outcome, c)
  }
  return [...firsts.values()]
}

/** Characters between a toll and the other outcome's toll written right after it ("شخصين وجرح 9", "killed 5 and wounded 12"). */
const COMPANION_GAP = 6

/**
 * The toll of the other outcome (wounded for killed, killed for wounded) that goes with a matched
 * toll: the one written right after it, or else the article's only such toll, when the matched toll
 * is its article's lead toll or restates it (a story about one attack has one count of its wounded;
 * a toll of an earlier attack it recalls has none of its own). Null when there is none or several.
 * `tolls` are the article's figure tolls by outcome, neither superseded nor cumulative (companionTolls).
 */
function companionOf(
  site: Site,
  tolls: ReadonlyMap<string, readonly Site[]>,
  scopes: ReadonlyMap<Claim, TollScope>,
  leads: readonly Claim[]
): Site | null {
  const c = site.claim
  if (c.kind !== 'casualty' || !figures(c)) return null
  const other = c.value.outcome === 'killed' ? 'wounded' : c.value.outcome === 'wounded' ? 'killed' : null
  const list = other ? tolls.get(other) : undefined
  if (!list) return null
  const beside = list.find(
    (s) =>
      s.sentence === site.sentence &&
      s.claim.anchor.start >= c.anchor.end &&
      s.claim.anchor.start - c.anchor.end <= COMPANION_GAP
  )
  if (beside) return beside
  const lead = leads.find((l) => l.kind === 'casualty' && l.value.outcome === c.value.outcome)
  const leading = lead !== undefined && (lead === c || sameFigure(lead, c, scopes))
  return leading && list.length === 1 ? list[0]! : null
}

/** An article's figure tolls by outcome, leaving out those it superseded and totals over time: what companionOf chooses from. */
function companionTolls(
  sites: readonly Site[],
  scopes: ReadonlyMap<Claim, TollScope>,
  superseded: ReadonlyMap<Claim, Claim>
): Map<string, Site[]> {
  const out = new Map<string, Site[]>()
  for (const s of sites) {
    if (s.claim.kind !== 'casualty' || !figures(s.claim) || superseded.has(s.claim) || scopes.get(s.claim)!.cumulative)
      continue
    const list = out.get(s.claim.value.outcome)
    if (list) list.push(s)
    else out.set(s.claim.value.outcome, [s])
  }
  return out
}

/**
 * A headline or lead that repeats a toll the body calls a total ("More than 100 terrorists killed"
 * over "… have been killed in two days") is that total: the same figure of the same victims and
 * outcome in one article is one claim, cumulative when any mention says so.
 */
function spreadCumulative(sites: readonly Site[], scopes: Map<Claim, TollScope>): void {
  const tolls = sites
    .filter((s) => s.claim.kind === 'casualty' && typeof (s.claim.value as { min?: number }).min === 'number')
    .map((s) => s.claim)
  for (const x of tolls) {
    const sx = scopes.get(x)!
    if (sx.cumulative) continue
    const total = tolls.find((y) => y !== x && scopes.get(y)!.cumulative && sameFigure(x, y, scopes, true))
    if (total) scopes.set(x, { ...sx, cumulative: true })
  }
}

/** More sentences than this in one paragraph: a page flattened to one block, whose paragraphs say nothing of who said what. */
const FLAT_PARAGRAPH = 8

/** Longest source name a conflict's reason quotes: a longer one is a misread clause, not a name. */
const SPEAKER_WORDS = 6

/** Whether a claim states a figure (not "a group", "dozens"). */
function figures(claim: Claim): boolean {
  if (claim.kind !== 'casualty' && claim.kind !== 'quantity') return false
  const v = claim.value as { min?: number | null; max?: number | null; amount?: number | null }
  return typeof (v.min ?? v.max ?? v.amount) === 'number'
}

/** Share of a claim phrase's content terms (figures aside) that the other phrase has: "senior ISIL leaders" ~ "senior Islamic State commanders". */
function phraseOverlap(ta: readonly string[], tb: ReadonlySet<string>): number {
  if (ta.length === 0 || tb.size === 0) return 0
  let shared = 0
  for (const t of ta) if (tb.has(t)) shared++
  return shared / Math.max(ta.length, tb.size)
}

/** Content terms (figures aside) of a claim's phrase: its anchor and the rest of its clause. */
function phraseTerms(claim: Claim, text: string): string[] {
  const phrase =
    text.slice(claim.anchor.start, Math.min(text.length, claim.anchor.end + 40)).split(/[,;.]/)[0] ?? claim.anchor.exact
  return termsOf(phrase).filter((t) => !t.startsWith('#'))
}

/**
 * A date claim that is the article's dateline ("Sun 01 Feb 2015", "Date of publication 8 April
 * 2017" at the top of the text): the day of publishing, not of an event, so never an event's rival.
 */
function isDateline(claim: Claim, text: string): boolean {
  if (claim.kind !== 'date' || claim.anchor.start > DATELINE_REACH || !/\d{4}/.test(claim.anchor.exact)) return false
  const before = text.slice(0, claim.anchor.start)
  // "Posted on July 12 2016 by …", "Published: 27 June 2016" stamp the page, "on" or not
  if (PAGE_STAMP.test(before)) return true
  // "killed on 1 July 2016" dates an event; "AFP Friday 1 Jul 2016 Separate air raids…" stamps the page
  return !/\b(?:on|in|since|from|until|till|by|of|to|between|and|before|after)\s*$/i.test(before)
}
/** The words a page's publishing or updating stamp ends with, just before its date. */
const PAGE_STAMP =
  /\b(?:posted|published|updated|last updated|first published|date of publication|publication date)(?: on| at)?\s*[:\-–]?\s*$/i

/**
 * A date that ends a photo caption, before its credit ("… in Idlib province Syria August 6 2016 (TRT
 * World and Agencies)", "… on Friday. REUTERS/Ammar Abdullah"): a saved page keeps its pictures'
 * captions in the text, and the day a picture was taken (often an earlier one, from the archive)
 * is not the day of the story's events.
 */
function isCaptionDate(claim: Claim, text: string): boolean {
  if (claim.kind !== 'date') return false
  // the credit ends the caption: right after the date, or at the end of the date's sentence
  const rest = text.slice(claim.anchor.end, claim.anchor.end + CAPTION_REACH)
  const credit = PHOTO_CREDIT.exec(rest)
  return credit !== null && !/[.!?]\s+\p{Lu}/u.test(rest.slice(0, credit.index))
}
/** How far after a date (UTF-16 units) its caption's credit may sit: a caption is a sentence or two. */
const CAPTION_REACH = 300
const PHOTO_CREDIT =
  /\((?:[^()]{0,40}\b)?(?:agenc(?:y|ies)|reuters|afp|epa|getty(?: images)?|photo|file photo|anadolu(?: agency)?)\b[^()]{0,30}\)|\b(?:REUTERS|AFP|EPA|AP Photo)\s*\/|\b(?:photo|photograph|picture)\s*:/i

/**
 * A date that starts a state of affairs rather than dating a happening ("has controlled the
 * province since March", "an air war since September 2015", "منذ عامين"): set only against
 * another such start, never against the day of an attack.
 */
function startsPeriod(claim: Claim, text: string): boolean {
  return (
    claim.kind === 'date' &&
    /(?:\bsince|(?<![\u0600-\u06FF])منذ)\s*$/i.test(
      text.slice(Math.max(0, claim.anchor.start - 12), claim.anchor.start)
    )
  )
}

/** A date that stamps the page (its dateline) or a picture (a caption's), not an event of the story. */
function isStamp(claim: Claim, text: string): boolean {
  return isDateline(claim, text) || isCaptionDate(claim, text)
}

/**
 * A date that is the day a statement was made, written right after its verb ("a monitor said
 * Thursday", "told AFP on Friday"): the day of the telling, not of what it tells, so never an
 * event's rival (a Thursday report of Friday's strike in another time zone, of a strike the day before).
 */
function isStatementDay(claim: Claim, text: string): boolean {
  if (claim.kind !== 'date') return false
  const before = text.slice(Math.max(0, claim.anchor.start - 40), claim.anchor.start)
  const m = STATEMENT_DAY_LEAD.exec(before)
  return (m !== null && englishSpeechVerb(m[1]!.toLowerCase()) !== undefined) || opensTelling(claim, text)
}

/**
 * A day that opens a sentence telling what someone said: "On Sunday a monitor said at least 82 …"
 * (not "… killed 12 on Sunday, a monitor said", where the day is the killing's).
 */
function opensTelling(claim: Claim, text: string): boolean {
  if (claim.kind !== 'date') return false
  if (!/(?:^|[.!?]["”]?\s+|\n)On $/.test(text.slice(Math.max(0, claim.anchor.start - 6), claim.anchor.start)))
    return false
  const opens = STATEMENT_DAY_OPENS.exec(text.slice(claim.anchor.end, claim.anchor.end + 60))
  return opens !== null && englishSpeechVerb(opens[1]!.toLowerCase()) !== undefined
}
/** After a day that opens a sentence: a speaker of one to four words, then the verb that tells ("a monitor said"). */
const STATEMENT_DAY_OPENS = /^,? (?:(?:the|a|an) )?(?:[\p{L}'’-]+ ){0,3}?[\p{L}'’-]+ (\p{Ll}+)\b/u
/** A verb (and its listener, "told AFP") just before a date: "said Thursday", "told Reuters on Friday", "said late on Sunday". */
const STATEMENT_DAY_LEAD =
  /(?<![\p{L}])(\p{Ll}+)(?: \p{Lu}[\p{L}]*){0,2}(?: (?:late|early))?(?: on| in a statement on)? $/u

/** How far into an article (UTF-16 units) a dated stamp is still its dateline: the headline, agency and date a saved page starts with. */
const DATELINE_REACH = 160

/** Days since 1970-01-01 of a day-precise date with its year, else null. */
function epochDay(d: DateParts | null): number | null {
  return d?.year !== undefined && d.month !== undefined && d.day !== undefined
    ? Math.round(Date.UTC(d.year, d.month - 1, d.day) / 86_400_000)
    : null
}

/** When the events of a sentence happened, from the date claims in it: days (epoch) and weekdays (0 = Sunday). */
interface When {
  days: number[]
  weekdays: number[]
  /** some day was counted from the publication day ("yesterday"), so may be a day out (countsFromWriting) */
  counted: boolean
}

/** The days and weekdays each sentence's own date claims state (`stamps`, the datelines and captions, aside). */
function whenBySentence(sites: readonly Site[], text: string, stamps: ReadonlySet<Claim>): Map<number, When> {
  const out = new Map<number, When>()
  for (const s of sites) {
    // a stamp dates no happening, nor does a sentence's opening day of the telling ("On Sunday a monitor said …")
    if (s.claim.kind !== 'date' || stamps.has(s.claim) || opensTelling(s.claim, text)) continue
    const d = dateOfClaim(s.claim)
    const day = epochDay(d)
    const weekday = day !== null ? (day + 4) % 7 : d?.weekday
    if (weekday === undefined) continue
    const w = out.get(s.sentence) ?? { days: [], weekdays: [], counted: false }
    if (day !== null && countsFromWriting(s.claim.value.text)) w.counted = true
    // a night runs into the next day: "overnight" is that day too, and so is "late Tuesday" (a
    // report of the next day says "early Wednesday" of the same strike)
    const night = endOfDay(s.claim, text) === 'late'
    if (day !== null) w.days.push(day, ...(night ? [day + 1] : []))
    w.weekdays.push(weekday, ...(night ? [(weekday + 1) % 7] : []))
    out.set(s.sentence, w)
  }
  return out
}

/** The sentences of a story's top: headline (FA-KES keeps it in the body), agency line, lead. */
const LEAD_SENTENCES = 3

/** How many sentences back an undated sentence takes its day from: news copy dates an event once and tells it on. */
const DATE_CARRIES = 3

/** The days of sentence i: its own dates, else those of the nearest dated sentence at most DATE_CARRIES before it. */
function dayOf(when: ReadonlyMap<number, When>, i: number): When | undefined {
  const k = datedBy(when, i)
  return k === -1 ? undefined : when.get(k)
}

/** The sentence whose dates date sentence i (dayOf), or -1. */
function datedBy(when: ReadonlyMap<number, When>, i: number): number {
  for (let k = i; k >= Math.max(0, i - DATE_CARRIES); k--) if (when.has(k)) return k
  // above its first date (a headline, the lead's first words) a story tells of the day its lead dates
  for (let k = i + 1; k < LEAD_SENTENCES; k++) if (when.has(k)) return k
  return -1
}

/**
 * How far apart (days) two articles' publication may be before a toll one of them leaves undated is
 * taken for another happening than the other's: a story tells the news of its week, and a weekly or
 * a late write-up runs some days behind.
 */
const PUBLICATION_DAYS = 7

/** The epoch day of a YYYY-MM-DD publication date, or null. */
function publicationDay(publishedAt: string | undefined): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(publishedAt ?? '')
  return m ? Math.round(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!) / 86_400_000) : null
}

/**
 * The days a toll's news is of, for differentNews: those its sentence is dated by (dayOf), none
 * known when its own sentence holds only a coarser date ("in early October"), and for a sentence
 * told with no date its article's publication day.
 */
function newsDays(when: When | undefined, coarse: boolean, published: number | null): number[] | null {
  if (when) return when.days.length > 0 ? when.days : null
  return coarse || published === null ? null : [published]
}

/**
 * Whether a toll that one side or both leave undated is of another time than the other's: more
 * than PUBLICATION_DAYS between their news days (newsDays). Two dated sentences are read by
 * differentDays instead.
 */
function differentNews(x: number[] | null, y: number[] | null, undated: boolean): boolean {
  if (!undated || !x || !y) return false
  return !x.some((p) => y.some((q) => Math.abs(p - q) <= PUBLICATION_DAYS))
}

/**
 * Whether two sentences date their happenings on different days ("on Tuesday" against "on
 * Thursday"), days more than `slack` apart: the same figure a day later is one toll reported again,
 * different ones are not; a day counted from the publication day ("yesterday") may itself be a day
 * out, so one more day of slack is given when either side has one.
 */
function differentDays(x: When | undefined, y: When | undefined, slack: number): boolean {
  if (!x || !y) return false
  if (x.days.length > 0 && y.days.length > 0) {
    const near = slack + (x.counted || y.counted ? 1 : 0)
    return !x.days.some((p) => y.days.some((q) => Math.abs(p - q) <= near))
  }
  return !x.weekdays.some((p) => y.weekdays.some((q) => Math.min((p - q + 7) % 7, (q - p + 7) % 7) <= slack))
}

/** How far apart (UTF-16 units) a toll and the one that revises it may sit: the same passage, not the article's other events. */
const REVISION_REACH = 600

/**
 * Tolls of an article that it superseded itself: a figure beside "the previous toll" or
 * "preliminary toll", or an earlier figure of the same outcome and group where a later one "has
 * risen to" another. Each superseded claim maps to the claim that replaced it.
 */
function supersededIn(claims: readonly Claim[], scopes: ReadonlyMap<Claim, TollScope>): Map<Claim, Claim> {
  const out = new Map<Claim, Claim>()
  const replaced = new Set<Claim>()
  const tolls = claims.filter(
    (c): c is Claim & { kind: 'casualty' } => c.kind === 'casualty' && typeof c.value.min === 'number'
  )
  for (const x of tolls) {
    const sx = scopes.get(x)!
    const rivals = tolls.filter((y) => {
      const sy = scopes.get(y)!
      return (
        y !== x &&
        Math.abs(y.anchor.start - x.anchor.start) <= REVISION_REACH &&
        y.value.outcome === x.value.outcome &&
        y.value.min !== x.value.min &&
        sy.revision !== 'superseded' &&
        sy.cumulative === sx.cumulative &&
        sx.group === sy.group
      )
    })
    // "has risen to 70" replaces one earlier figure of the same victims, the one just before it
    const latest =
      sx.revision === 'superseded'
        ? rivals
        : rivals.filter(
            (y) =>
              scopes.get(y)!.revision === 'latest' &&
              !replaced.has(y) &&
              y.anchor.start > x.anchor.start &&
              (y.value.min ?? 0) > (x.value.min ?? 0)
          )
    if (sx.revision === 'latest' || latest.length === 0) continue
    const nearest = latest.sort(
      (p, q) => Math.abs(p.anchor.start - x.anchor.start) - Math.abs(q.anchor.start - x.anchor.start)
    )[0]!
    out.set(x, nearest)
    if (sx.revision !== 'superseded') replaced.add(nearest)
  }
  return out
}

/** Words that join two dates into one span or choice: "Saturday and Sunday", "Monday or Tuesday", "June 2 to 4". */
const DATE_JOIN = /^,?\s*(?:and|or|to|through|until|till|-|–|و|او|إلى|الى)\s*$/

/** Each date claim joined to the next one ("on Saturday and Sunday"), both ways: the other date of its span. */
function coordinatedDays(sites: readonly Site[], text: string): Map<Claim, Claim> {
  const dates = sites.filter((s) => s.claim.kind === 'date')
  const out = new Map<Claim, Claim>()
  for (let k = 0; k + 1 < dates.length; k++) {
    const x = dates[k]!.claim
    const y = dates[k + 1]!.claim
    if (y.anchor.start >= x.anchor.end && DATE_JOIN.test(text.slice(x.anchor.end, y.anchor.start))) {
      out.set(x, y)
      out.set(y, x)
    }
  }
  return out
}

/** Whether a date is told as the end of its day ("late Tuesday", "Tuesday night") or the start of it ("early Wednesday"). */
function endOfDay(claim: Claim, text: string): 'late' | 'early' | null {
  if (claim.kind !== 'date') return null
  const before = text.slice(Math.max(0, claim.anchor.start - 24), claim.anchor.start)
  if (claim.value.partOfDay === 'night' || /\blate(?: on)? $/i.test(before)) return 'late'
  if (/\b(?:early(?: on)?|in the early hours of|before dawn on|before dawn) $/i.test(before)) return 'early'
  return null
}

/**
 * Whether two dates a day apart are the two sides of one midnight: the earlier told late ("late
 * Tuesday"), the later early ("early on Wednesday"), as reports written either side of it (or in
 * two time zones) say. Still a conflict as written; the reason says how close they are.
 */
function aroundMidnight(p: Site, q: Site, textP: string, textQ: string): boolean {
  const [dp, dq] = [epochDay(dateOfClaim(p.claim)), epochDay(dateOfClaim(q.claim))]
  if (dp === null || dq === null || Math.abs(dp - dq) !== 1) return false
  const [first, last] =
    dp < dq
      ? [endOfDay(p.claim, textP), endOfDay(q.claim, textQ)]
      : [endOfDay(q.claim, textQ), endOfDay(p.claim, textP)]
  return first === 'late' && last === 'early'
}

/** Whether `other` states the other day of the span `date` is part of. */
function oneOfItsDays(date: Claim, other: Claim, spans: ReadonlyMap<Claim, Claim>): boolean {
  const sibling = spans.get(date)
  return sibling !== undefined && judge(sibling, other).verdict === 'agree'
}

/**
 * Why `other`'s figure is one part of `total`, when its article sums `total` from parts and one
 * part states that figure ("6 in all: 3 + 3, one part of which is 3"); else null.
 */
function partFor(total: Claim, other: Claim, totals: ReadonlyMap<Claim, Claim[]>): string | null {
  const parts = totals.get(total)
  const figure = (c: Claim) => (c.value as { min?: number }).min
  if (!parts || !parts.some((c) => figure(c) === figure(other))) return null
  return `${figure(total)} in all in its article (${parts.map(figure).join(' + ')}), one part of which is ${figure(other)}`
}

/**
 * A part of a toll both articles agree on (17 of "19 killed on Sunday": 17 by air strikes, 2 by
 * shelling) belongs to that toll's happening: a figure of the other article larger than the whole
 * ("34 killed" by other strikes in another province) is of another happening, not a rival of the
 * part. Such conflicts are dropped.
 */
function dropLargerThanWhole(
  matches: ClaimMatch[],
  totals: ReadonlyMap<Claim, Claim[]>,
  claimOf: (id: string) => Claim
): void {
  const wholeOf = new Map<Claim, Claim>()
  for (const [total, parts] of totals) for (const part of parts) wholeOf.set(part, total)
  if (wholeOf.size === 0) return
  const agreed = new Set(
    matches.filter((m) => m.verdict === 'agree' || m.verdict === 'compatible').flatMap((m) => m.claimIds)
  )
  const most = (c: Claim) => (c.kind === 'casualty' ? (c.value.max ?? c.value.min) : undefined)
  const least = (c: Claim) => (c.kind === 'casualty' ? c.value.min : undefined)
  const beyond = (part: Claim, other: Claim) => {
    const whole = wholeOf.get(part)
    const [top, figure] = [whole && most(whole), least(other)]
    return whole !== undefined && agreed.has(whole.id) && top !== undefined && figure !== undefined && figure > top
  }
  for (let k = matches.length - 1; k >= 0; k--) {
    const m = matches[k]!
    if (m.verdict !== 'conflict') continue
    const [p, q] = m.claimIds.map(claimOf) as [Claim, Claim]
    if (beyond(p, q) || beyond(q, p)) matches.splice(k, 1)
  }
}

/**
 * Matches the claims of two articles one-to-one and judges each pair. `aligned` holds aligned
 * sentence pairs as i*1_000_003+j. `maxPairs` caps the claim pairs scored; partial says it ran out.
 */
export function matchClaims(
  A: MatchSide,
  B: MatchSide,
  idf: ReadonlyMap<string, number>,
  aligned: ReadonlySet<number>,
  maxPairs = 500_000
): { matches: ClaimMatch[]; partial: boolean } {
  const scorer = new EventScorer(A.doc, B.doc, idf, aligned)
  const sites = (side: MatchSide) =>
    [...side.claims]
      .sort((x, y) => x.anchor.start - y.anchor.start)
      .map((claim) => ({ claim, sentence: sentenceAt(side.doc, claim.anchor.start) }))
  const sa = sites(A)
  const sb = sites(B)
  const ctx = { textA: A.doc.text, textB: B.doc.text }
  const scopes = new Map<Claim, TollScope>()
  for (const x of sa) if (x.claim.kind === 'casualty') scopes.set(x.claim, tollScope(x.claim, A.doc.text))
  for (const y of sb) if (y.claim.kind === 'casualty') scopes.set(y.claim, tollScope(y.claim, B.doc.text))
  markIncrements(sa, A.doc.text, scopes)
  markIncrements(sb, B.doc.text, scopes)
  spreadCumulative(sa, scopes)
  spreadCumulative(sb, scopes)
  const supersededA = supersededIn(A.claims, scopes)
  const supersededB = supersededIn(B.claims, scopes)
  // the localities of each sentence, read when first asked (by sentence index, per side)
  const places: [string[][], string[][]] = [[], []]
  const placesOf = (doc: DocFeatures, i: number) => {
    const side = places[doc === A.doc ? 0 : 1]
    return (side[i] ??= localitiesIn(doc.text.slice(doc.sentences[i]!.start, doc.sentences[i]!.end)))
  }
  // the means (air strikes, a suicide blast, shelling) of each sentence, likewise
  const means: [Set<Means>[], Set<Means>[]] = [[], []]
  const meansOf = (doc: DocFeatures, i: number) => {
    const side = means[doc === A.doc ? 0 : 1]
    return (side[i] ??= meansIn(doc.text.slice(doc.sentences[i]!.start, doc.sentences[i]!.end)))
  }
  const perpetrators = perClaimOf((s: Site, doc: DocFeatures) =>
    perpetratorsOf(s.claim, doc.text, doc.sentences[s.sentence]!.start)
  )
  const tollSentencesA = new Set(
    sa.filter((x) => x.claim.kind === 'casualty' && figures(x.claim)).map((x) => x.sentence)
  )
  const tollSentencesB = new Set(
    sb.filter((y) => y.claim.kind === 'casualty' && figures(y.claim)).map((y) => y.sentence)
  )
  const siteA = new Map(sa.map((x) => [x.claim, x]))
  const siteB = new Map(sb.map((y) => [y.claim, y]))
  const [publishedA, publishedB] = [publicationDay(A.publishedAt), publicationDay(B.publishedAt)]
  // the dates that stamp the page or a picture (datelines, captions), read once per claim
  const datelines = new Set(
    [...sa.filter((x) => isStamp(x.claim, A.doc.text)), ...sb.filter((y) => isStamp(y.claim, B.doc.text))].map(
      (s) => s.claim
    )
  )
  const datedSentences = (sites: readonly Site[]) =>
    new Set(sites.filter((s) => s.claim.kind === 'date' && !datelines.has(s.claim)).map((s) => s.sentence))
  const [datedA, datedB] = [datedSentences(sa), datedSentences(sb)]
  const whenA = whenBySentence(sa, A.doc.text, datelines)
  const whenB = whenBySentence(sb, B.doc.text, datelines)
  const periodStarts = new Set(
    [
      ...sa.filter((x) => startsPeriod(x.claim, A.doc.text)),
      ...sb.filter((y) => startsPeriod(y.claim, B.doc.text))
    ].map((s) => s.claim)
  )
  // the day of a statement may agree with an event's, never conflict with it
  const statementDays = new Set(
    [
      ...sa.filter((x) => isStatementDay(x.claim, A.doc.text)),
      ...sb.filter((y) => isStatementDay(y.claim, B.doc.text))
    ].map((s) => s.claim)
  )
  /** "(its latest figure; earlier 20)" when an article revised the toll a match compares */
  const revised = (c: Claim, superseded: ReadonlyMap<Claim, Claim>) => {
    const earlier = [...superseded].filter(([, by]) => by === c).map(([x]) => (x.value as { min?: number }).min)
    return earlier.length > 0 ? ` (its latest figure; earlier ${earlier.join(', ')})` : ''
  }
  const articleIds: [string, string] = [A.articleId, B.articleId]
  let partial = false
  let scored = 0

  const used = new Set<string>()
  const matches: ClaimMatch[] = []
  const seenPair = new Set<string>()
  const push = (ca: Claim, cb: Claim, verdict: ClaimMatch['verdict'], reason: string, score: number) => {
    const key = ca.id + '\u0000' + cb.id
    if (seenPair.has(key)) return
    seenPair.add(key)
    used.add(ca.id).add(cb.id)
    matches.push({
      claimIds: [ca.id, cb.id],
      articleIds,
      verdict,
      reason,
      score: Math.min(1, Math.round(score * 1000) / 1000)
    })
  }
  const factPairs: { x: Site; y: Site; score: number; reason: string }[] = []
  /** sentence pairs holding a matched figure: a date in both is that event's date */
  const eventSentences = new Set<number>()

  // the phrases of the claims figures are compared by (dates and attributions never read theirs)
  const phrased = (s: Site) => s.claim.kind !== 'date' && s.claim.kind !== 'attribution'
  const phrasesA = new Map(sa.filter(phrased).map((x) => [x.claim, phraseTerms(x.claim, A.doc.text)]))
  const phrasesB = new Map(sb.filter(phrased).map((y) => [y.claim, new Set(phraseTerms(y.claim, B.doc.text))]))

  const names = new FullNames(A.doc, B.doc)
  const leadIds = new Set(
    [...leadTolls(sa, scopes, supersededA), ...leadTolls(sb, scopes, supersededB)].map((c) => c.id)
  )
  const sbByKind = new Map<string, Site[]>()
  for (const y of sb) {
    const list = sbByKind.get(y.claim.kind)
    if (list) list.push(y)
    else sbByKind.set(y.claim.kind, [y])
  }
  const datesB = (sbByKind.get('date') ?? []).map((y) => dateOfClaim(y.claim))
  const daysB = datesB.map(dayNumber)
  const sentenceDaysA = daysBySentence(sa)
  const sentenceDaysB = daysBySentence(sb)

  /**
   * The event score of two tolls or figures: their sentences' and phrases' likeness, with the
   * bonuses and cuts of what each says of its happening; -Infinity when surely below `floor`.
   */
  const figureScore = (x: Site, y: Site, floor: number): number => {
    let score =
      scorer.score(x.sentence, y.sentence, false) +
      PHRASE_WEIGHT * phraseOverlap(phrasesA.get(x.claim)!, phrasesB.get(y.claim)!)
    // no bonus could lift most pairs to the threshold: the days and places need not be read for them
    if (score + SAME_FIGURE_BONUS + SAME_PLACE_BONUS + SAME_VICTIMS_BONUS + LEAD_BONUS + SERIES_BONUS < floor)
      return -Infinity
    // one exact figure in two similar sentences is rarely chance: the same toll, most likely
    if (sameValue(x.claim, y.claim)) score += SAME_FIGURE_BONUS
    // and two counts of the same named victims ("six civilians", "eight civilians") more likely one count than two
    if (sameVictims(x.claim, y.claim, scopes)) score += SAME_VICTIMS_BONUS
    // the tolls two reports lead with are the first a journalist sets side by side
    if (leadIds.has(x.claim.id) && leadIds.has(y.claim.id)) score += LEAD_BONUS
    // the totals two reports give of one series of attacks
    if (scopes.get(x.claim)?.attacks === 'several' && scopes.get(y.claim)?.attacks === 'several') score += SERIES_BONUS
    // tolls of sentences dated on different days are of different happenings, however alike their words
    const [dayX, dayY] = [dayOf(whenA, x.sentence), dayOf(whenB, y.sentence)]
    if (differentDays(dayX, dayY, sameValue(x.claim, y.claim) ? 1 : 0)) score *= DIFFERENT_DAYS_FACTOR
    // a toll told with no date at all is of its article's news: not of a story weeks apart
    else if (
      differentNews(
        newsDays(dayX, datedA.has(x.sentence), publishedA),
        newsDays(dayY, datedB.has(y.sentence), publishedB),
        !dayX || !dayY
      )
    )
      score *= DIFFERENT_DAYS_FACTOR
    // and so are tolls of sentences that name different towns or districts; one named in both is the same happening's
    else if (differentPlaces(placesOf(A.doc, x.sentence), placesOf(B.doc, y.sentence))) score *= DIFFERENT_DAYS_FACTOR
    else if (samePlace(placesOf(A.doc, x.sentence), placesOf(B.doc, y.sentence))) score += SAME_PLACE_BONUS
    // and so are tolls of a suicide bombing and of air strikes, of shelling and of an execution
    else if (differentMeans(meansOf(A.doc, x.sentence), meansOf(B.doc, y.sentence))) score *= DIFFERENT_DAYS_FACTOR
    // and tolls of Daesh's killings and of the army's
    else if (differentPerpetrators(perpetrators(x, A.doc), perpetrators(y, B.doc))) score *= DIFFERENT_DAYS_FACTOR
    return score
  }

  // figures first, then dates: a date pair is far surer when its sentences hold a matched toll
  for (const phase of ['figures', 'dates'] as const) {
    const candidates: { x: Site; y: Site; score: number; tier: number }[] = []
    for (const x of sa) {
      const kind = x.claim.kind
      if (kind === 'attribution' || (kind === 'date') !== (phase === 'dates')) continue
      if (datelines.has(x.claim)) continue
      // claims of another kind are never comparable: only B's claims of this kind are visited, in order
      const ys = sbByKind.get(kind) ?? []
      const dx = kind === 'date' ? dateOfClaim(x.claim) : null
      const dayX = dayNumber(dx)
      for (let k = 0; k < ys.length; k++) {
        const y = ys[k]!
        if (kind === 'date') {
          // comparable() on two dates, with each date read once per claim rather than per pair
          const dy = datesB[k]!
          if (dx === null || dy === null || dx.calendar !== dy.calendar || datelines.has(y.claim)) continue
          if (periodStarts.has(x.claim) !== periodStarts.has(y.claim)) continue
        } else if (!comparable(x.claim, y.claim, scopes)) continue
        if (++scored > maxPairs) {
          partial = true
          break
        }
        let score: number
        let threshold = MATCH_THRESHOLD
        let event: number
        if (kind === 'date') {
          const dayY = daysB[k]!
          const factor = dayX > 0 && dayY > 0 && Math.abs(dayX - dayY) > SAME_EVENT_DAYS ? FAR_DATES_FACTOR : 1
          threshold = DATE_THRESHOLD
          const tolled = eventSentences.has(x.sentence * 1_000_003 + y.sentence)
          // sentences that each report a toll, and not the same one, date different happenings
          // (asked before the event score, which such a pair never needs)
          if (!tolled && tollSentencesA.has(x.sentence) && tollSentencesB.has(y.sentence)) continue
          // below this even the names' support could not lift the pair to the threshold (the margin
          // keeps every pair that rounding could lift): its event score need not be known exactly
          event = scorer.datedAbove(x.sentence, y.sentence, threshold / factor - DATE_SUPPORT - 1e-9)
          if ((event + DATE_SUPPORT) * factor < threshold) continue
          // the names are read only when their support could lift the pair over the threshold (as here), once per sentence pair
          const supported = tolled || names.shared(x.sentence, y.sentence)
          score = (event + (supported ? DATE_SUPPORT : 0)) * factor
          // dates of sentences that name different towns date different happenings
          if (differentPlaces(placesOf(A.doc, x.sentence), placesOf(B.doc, y.sentence))) score *= DIFFERENT_DAYS_FACTOR
        } else {
          score = figureScore(x, y, MATCH_THRESHOLD)
          if (score === -Infinity) continue
        }
        // figures far apart are more likely two happenings than one misreported: they need surer events
        // (and the leads' bonus does not count there: a story may lead with an earlier attack's toll)
        if (kind !== 'date' && farApart(x.claim, y.claim))
          threshold = FAR_FIGURES_THRESHOLD + (leadIds.has(x.claim.id) && leadIds.has(y.claim.id) ? LEAD_BONUS : 0)
        if (score >= threshold) candidates.push({ x, y, score, tier: figures(x.claim) && figures(y.claim) ? 0 : 1 })
      }
      if (partial) break
    }
    // figure against figure is what a journalist checks: such pairs are assigned before "a group" or "dozens"
    candidates.sort(
      (p, q) =>
        p.tier - q.tier ||
        q.score - p.score ||
        p.x.claim.anchor.start - q.x.claim.anchor.start ||
        p.y.claim.anchor.start - q.y.claim.anchor.start
    )
    for (const found of candidates) {
      // an article that revised its toll is compared by its latest figure, unless both give the earlier one
      const xs = supersededA.has(found.x.claim)
      const ys = supersededB.has(found.y.claim)
      const c = {
        ...found,
        x: xs && !ys ? siteA.get(supersededA.get(found.x.claim)!)! : found.x,
        y: ys && !xs ? siteB.get(supersededB.get(found.y.claim)!)! : found.y
      }
      if (used.has(c.x.claim.id) || used.has(c.y.claim.id)) continue
      if ((c.x !== found.x || c.y !== found.y) && !comparable(c.x.claim, c.y.claim, scopes)) continue
      const j = judge(c.x.claim, c.y.claim, { ...ctx, scopeA: scopes.get(c.x.claim), scopeB: scopes.get(c.y.claim) })
      // a sentence that names the other's very day as well as another ("flown home on Friday after
      // Thursday's crash") tells of two happenings: its other day is no rival of that day
      if (phase === 'dates' && j.verdict === 'conflict' && crossNamed(c.x, c.y, sentenceDaysA, sentenceDaysB)) continue
      const reason = j.reason + revised(c.x.claim, supersededA) + revised(c.y.claim, supersededB)
      push(c.x.claim, c.y.claim, j.verdict as ClaimMatch['verdict'], reason, c.score)
      // a part set against its whole leaves the whole free for the other article's whole ("31 civilians
      // including 10" is the subgroup's match, and still the rival or the agreement of "at least 31")
      if (j.whole) used.delete(j.whole === 'a' ? c.x.claim.id : c.y.claim.id)
      factPairs.push({ ...c, reason })
      eventSentences.add(c.x.sentence * 1_000_003 + c.y.sentence)
      // and the sentences that date them ("… in Kabul the day before yesterday. The three bombings killed 49")
      const [byX, byY] = [datedBy(whenA, c.x.sentence), datedBy(whenB, c.y.sentence)]
      // (figures both: "dozens" against 21 is too loose a match to date anything by)
      if (phase === 'figures' && c.tier === 0 && byX !== -1 && byY !== -1) eventSentences.add(byX * 1_000_003 + byY)
    }
  }

  // the wounded of a matched death toll are the same event's wounded, however unlike their sentences
  // ("قتل مسلح … شخصين وجرح 9" against "سبعة أشخاص أصيبوا" three sentences after "وقتل شخصان")
  const leadsA = leadTolls(sa, scopes, supersededA)
  const leadsB = leadTolls(sb, scopes, supersededB)
  const companionsA = companionTolls(sa, scopes, supersededA)
  const companionsB = companionTolls(sb, scopes, supersededB)
  for (const f of [...factPairs]) {
    const x = companionOf(f.x, companionsA, scopes, leadsA)
    const y = x && companionOf(f.y, companionsB, scopes, leadsB)
    if (!x || !y || used.has(x.claim.id) || used.has(y.claim.id) || !comparable(x.claim, y.claim, scopes)) continue
    const j = judge(x.claim, y.claim, { ...ctx, scopeA: scopes.get(x.claim), scopeB: scopes.get(y.claim) })
    const reason = `${j.reason} (beside ${f.reason})`
    push(x.claim, y.claim, j.verdict as ClaimMatch['verdict'], reason, f.score)
    factPairs.push({ x, y, score: f.score, reason })
  }

  // a toll restated in its article (the headline repeated as the lead, the lead in the body) is the
  // same claim: each restatement left unmatched gets the verdict its first mention got
  // (a story restates a toll two or three times, headline, lead, body: more alike figures are other counts)
  // (sameFigure needs the same figure: each side's tolls are looked up by it rather than all visited per fact)
  const byFigure = (side: readonly Site[]) => {
    const out = new Map<number, Site[]>()
    for (const s of side) {
      if (s.claim.kind !== 'casualty' || typeof s.claim.value.min !== 'number') continue
      const list = out.get(s.claim.value.min)
      if (list) list.push(s)
      else out.set(s.claim.value.min, [s])
    }
    return out
  }
  const figuresA = byFigure(sa)
  const figuresB = byFigure(sb)
  const restated = (c: Claim, side: ReadonlyMap<number, Site[]>) => {
    const min = (c.value as { min?: unknown }).min
    if (typeof min !== 'number') return []
    return (side.get(min) ?? []).filter((s) => s.claim !== c && sameFigure(s.claim, c, scopes)).slice(0, RESTATEMENTS)
  }
  for (const f of [...factPairs]) {
    if (f.x.claim.kind !== 'casualty') continue
    const link = (x: Claim, y: Claim) => {
      const j = judge(x, y, { ...ctx, scopeA: scopes.get(x), scopeB: scopes.get(y) })
      push(
        x,
        y,
        j.verdict as ClaimMatch['verdict'],
        j.reason + revised(x, supersededA) + revised(y, supersededB),
        f.score
      )
    }
    for (const y of restated(f.y.claim, figuresB)) link(f.x.claim, y.claim)
    for (const x of restated(f.x.claim, figuresA)) link(x.claim, f.y.claim)
  }

  // sources of matched facts: the same fact credited to different bodies is worth showing
  const attrA = sa.filter((s) => s.claim.kind === 'attribution')
  const attrB = sb.filter((s) => s.claim.kind === 'attribution')
  const creditsA = resolveCredits(attrA.map((s) => s.claim))
  const creditsB = resolveCredits(attrB.map((s) => s.claim))
  // a conflict's reason says who gave each figure, where the article says
  const paraSizes = new Map<DocFeatures, number[]>()
  for (const doc of [A.doc, B.doc]) {
    const sizes: number[] = []
    for (const s of doc.sentences) sizes[s.para] = (sizes[s.para] ?? 0) + 1
    paraSizes.set(doc, sizes)
  }
  const giver = (site: Site, doc: DocFeatures, attributions: readonly Site[], credits: Map<string, Credit>) => {
    // a source named in a few words, governing the claim's paragraph (creditOf); where the text has no
    // real paragraphs (a page flattened to one), only in the claim's sentence or the next
    const flat = (paraSizes.get(doc)![doc.sentences[site.sentence]!.para] ?? 0) > FLAT_PARAGRAPH
    const near = flat
      ? attributions.filter((s) => s.sentence === site.sentence || s.sentence === site.sentence + 1)
      : attributions
    const speaker = near.length > 0 ? creditOf(site, doc, near, credits)?.speaker : undefined
    return speaker && speaker.split(/\s+/).length <= SPEAKER_WORDS ? speaker : undefined
  }
  // an article that sets two sources' figures side by side ("one civilian, an IS page said"; "eight
  // civilians, an activist network reported") gives the other article's toll two rivals: each is shown
  const fate = (c: Claim) => (c.value as { outcome?: string }).outcome
  for (const f of [...factPairs]) {
    for (const [mine, rival, others, doc, attributions, credits] of [
      [f.x, f.y, sb, B.doc, attrB, creditsB],
      [f.y, f.x, sa, A.doc, attrA, creditsA]
    ] as const) {
      if (rival.claim.kind !== 'casualty' || !figures(rival.claim)) continue
      const group = scopes.get(rival.claim)!.group
      const said = group === null ? undefined : giver(rival, doc, attributions, credits)
      if (!said) continue
      for (const other of others) {
        const c = other.claim
        if (
          c.kind !== 'casualty' ||
          used.has(c.id) ||
          !figures(c) ||
          fate(c) !== fate(rival.claim) ||
          scopes.get(c)!.group !== group
        )
          continue
        if (sameFigure(rival.claim, c, scopes)) continue
        // a headline's or lead's total sums the story's counts: no second source's figure for a count below it
        if (other.sentence < LEAD_SENTENCES && rival.sentence >= LEAD_SENTENCES) continue
        const [x, y] = mine === f.x ? [mine, other] : [other, mine]
        if (!comparable(x.claim, y.claim, scopes)) continue
        const says = giver(other, doc, attributions, credits)
        if (!says || sameSource(said, says)) continue
        const score = figureScore(x, y, MATCH_THRESHOLD)
        if (score < MATCH_THRESHOLD) continue
        const j = judge(x.claim, y.claim, { ...ctx, scopeA: scopes.get(x.claim), scopeB: scopes.get(y.claim) })
        push(x.claim, y.claim, j.verdict as ClaimMatch['verdict'], j.reason, score)
      }
    }
  }

  // a total its article breaks into parts ("six children killed in two attacks": three at a school,
  // three brothers at home) against the other's figure for one part is that part, not a rival toll
  const headlines = new Set([...sa, ...sb].filter((s) => s.sentence < LEAD_SENTENCES).map((s) => s.claim))
  const totals = new Map([...totalsIn(A.claims, scopes, headlines), ...totalsIn(B.claims, scopes, headlines)])
  const siteById = new Map([...sa, ...sb].map((x) => [x.claim.id, x]))
  const claimOf = (id: string) => siteById.get(id)!.claim
  for (const m of matches) {
    if (m.verdict !== 'conflict') continue
    const [p, q] = m.claimIds.map(claimOf)
    const part = partFor(p!, q!, totals) ?? partFor(q!, p!, totals)
    if (!part) continue
    m.verdict = 'compatible'
    m.reason = `${m.reason.split(' (')[0]}: ${part}`
  }
  dropLargerThanWhole(matches, totals, claimOf)

  // "on Saturday and Sunday" names both days: against "Sunday" it is one of them, not a rival day
  const spans = new Map([...coordinatedDays(sa, A.doc.text), ...coordinatedDays(sb, B.doc.text)])
  for (const m of matches) {
    if (m.verdict !== 'conflict') continue
    const [p, q] = m.claimIds.map(claimOf)
    if (p!.kind !== 'date') continue
    if (oneOfItsDays(p!, q!, spans) || oneOfItsDays(q!, p!, spans)) {
      m.verdict = 'compatible'
      m.reason = `${m.reason.split(' (')[0]}: one of the days a span names`
    } else if (statementDays.has(p!) !== statementDays.has(q!)) {
      // the day a monitor spoke is not a rival of the day a strike happened (it may agree with it)
      m.verdict = 'related'
      m.reason = `${m.reason.split(' (')[0]}: the day of a statement and the day of an event`
    } else if (aroundMidnight(siteById.get(m.claimIds[0])!, siteById.get(m.claimIds[1])!, A.doc.text, B.doc.text)) {
      // still two dates as written (a journalist asks which, or which time zone), but say why they are close
      m.reason = `${m.reason}: late one day and early the next, around midnight`
    }
  }

  // where the two articles agree on a toll, another figure one of them gives beside it is that
  // article's own difference (an earlier count, another strike), not a rival of the other's
  const agreed = new Set(matches.filter((m) => m.verdict === 'agree').flatMap((m) => m.claimIds))
  const agreesWith = new Map<string, Set<string>>()
  for (const m of matches) {
    if (m.verdict !== 'agree') continue
    for (const [p, q] of [m.claimIds, [m.claimIds[1], m.claimIds[0]]] as const)
      (agreesWith.get(p) ?? agreesWith.set(p, new Set()).get(p)!).add(q)
  }
  // (unless the other figure is its article's lead toll: what the story says happened)
  const leads = new Set([...leadTolls(sa, scopes, supersededA), ...leadTolls(sb, scopes, supersededB)].map((c) => c.id))
  for (let k = matches.length - 1; k >= 0; k--) {
    const m = matches[k]!
    if (m.verdict !== 'conflict') continue
    const [p, q] = m.claimIds
    const aside = (x: string, y: string) => agreed.has(x) && !agreesWith.get(x)!.has(y) && !leads.has(y)
    if (aside(p, q) || aside(q, p)) matches.splice(k, 1)
  }

  for (const m of matches) {
    if (m.verdict !== 'conflict') continue
    const [x, y] = m.claimIds.map((id) => siteById.get(id)!)
    const ka = giver(x!, A.doc, attrA, creditsA)
    const kb = giver(y!, B.doc, attrB, creditsB)
    if (ka || kb) m.reason += ` (${ka ?? 'unattributed'} vs ${kb ?? 'unattributed'})`
  }
  for (const f of factPairs) {
    const ka = creditOf(f.x, A.doc, attrA, creditsA)
    const kb = creditOf(f.y, B.doc, attrB, creditsB)
    // "officials", "local officials", "military sources" name no one: nothing to set against a named source
    if (!ka || !kb || unnamedSource(ka.speaker) || unnamedSource(kb.speaker)) continue
    if (sameSource(ka.speaker, kb.speaker))
      push(ka.claim, kb.claim, 'agree', `${ka.speaker} vs ${kb.speaker}: same source, on ${f.reason}`, f.score)
    else push(ka.claim, kb.claim, 'different-source', `${ka.speaker} vs ${kb.speaker}, on ${f.reason}`, f.score)
  }
  // the same speaker quoted on the same event in both, though no figure of theirs was matched
  const speakersB = attrB.map(
    (y) => creditsB.get(y.claim.id)?.speaker ?? (y.claim.value as { speaker: string }).speaker
  )
  /** per speaker of A, whether each attribution of B has the same source (speakers repeat: asked once) */
  const sameAs = new Map<string, boolean[]>()
  for (const x of attrA) {
    if (used.has(x.claim.id) || x.claim.kind !== 'attribution') continue
    const speakerA = creditsA.get(x.claim.id)?.speaker ?? x.claim.value.speaker
    let same = sameAs.get(speakerA)
    if (!same) {
      same = speakersB.map((sb) => sameSource(speakerA, sb))
      sameAs.set(speakerA, same)
    }
    let best: { y: Site; score: number } | null = null
    for (let k = 0; k < attrB.length; k++) {
      const y = attrB[k]!
      if (!same[k] || used.has(y.claim.id) || y.claim.kind !== 'attribution') continue
      const score = scorer.score(x.sentence, y.sentence, false)
      if (score >= MATCH_THRESHOLD && (!best || score > best.score)) best = { y, score }
    }
    if (best) {
      const speakerB = creditsB.get(best.y.claim.id)?.speaker ?? (best.y.claim.value as { speaker: string }).speaker
      push(x.claim, best.y.claim, 'agree', `${speakerA} vs ${speakerB}: same source`, best.score)
    }
  }
  return { matches, partial }
}
