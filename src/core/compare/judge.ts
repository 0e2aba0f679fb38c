/**
 * Verdicts on two claims already believed to speak of the same fact: agree, compatible, conflict,
 * different-source or related, each with a one-line reason naming both values ("12 vs 15 killed",
 * "29 vs 28 July"). Conservative by design: a conflict is only declared when the kind, the outcome
 * or unit, and the referent all match — "300 km from the nearest large city" and "500 km from
 * Baghdad" are related, never a conflict, because a false conflict sends a journalist chasing nothing.
 */
import { OUTCOME_WORDS, unhandledKind, type CasualtyOutcome, type Claim, type VerdictKind } from '@core/model'
import { sameSource } from './entities'
import { SAME_EVENT_DAYS } from './events'
import { termsOf } from './features'
import { GROUP_WORDS, groupRelation, PARENT_OF, sameVictimsOtherFate, tollScope, type TollScope } from './tolls'
import { amountOf, dateLabel, dateOf, unitOf, type Amount } from './values'

export interface JudgeContext {
  /** the text of the article holding claim a (its canonical text), to read qualifiers and referents around the anchor */
  textA?: string
  /** the same for claim b */
  textB?: string
  /** what claim a counts (tollScope), when the caller has read it already */
  scopeA?: TollScope
  /** the same for claim b */
  scopeB?: TollScope
}

export interface Judgement {
  verdict: VerdictKind
  reason: string
  /** which claim counts the whole when the other is a part of it (a subgroup): the whole may still be matched with the other article's whole */
  whole?: 'a' | 'b'
}

/**
 * Two different figures for one toll, both possible (two lower bounds, a bound and a point), are
 * still reported as a conflict when the larger is a third or more above the smaller: "at least 75"
 * vs "at least 110" dead is a story, "at least 20" vs "25" is not.
 */
export const FAR_APART = 4 / 3

/** The words right after a claim, up to the end of its clause: whom a toll counts, what a distance is measured from. */
function after(claim: Claim, text: string | undefined, chars = 80): string {
  const rest = text ? text.slice(claim.anchor.end, claim.anchor.end + chars) : claim.anchor.suffix
  return rest.split(/[,;:.!?\n]|\b(?:where|which|who|that|when|while|as|and|but|because)\b/)[0] ?? ''
}

/** Content terms of a referent phrase, without figures and units. */
function referentTerms(phrase: string): string[] {
  return termsOf(phrase).filter((t) => !t.startsWith('#') && !t.startsWith('~') && t !== 'km' && t !== 'mile')
}

function compareAmounts(x: Amount, y: Amount, unit: string): Judgement {
  const reason = `${x.label} vs ${y.label}${unit ? ' ' + unit : ''}`
  const same =
    (x.shape === y.shape &&
      x.lo === y.lo &&
      x.hi === y.hi &&
      x.label.replace(/^\D+/, '') === y.label.replace(/^\D+/, '')) ||
    (x.shape === 'vague' && y.shape === 'vague' && x.label === y.label) ||
    // "20" and "at least 20", "40" and "about 40": the same figure, one hedged
    (x.pivot !== null &&
      x.pivot === y.pivot &&
      x.shape !== 'atMost' &&
      y.shape !== 'atMost' &&
      (x.shape === 'point' || y.shape === 'point' || x.shape === y.shape))
  if (same) return { verdict: 'agree', reason }
  // "several" or "scores" is no count to set against a figure: the words say little, the gap less
  if ((x.shape === 'vague') !== (y.shape === 'vague') && (x.hi < y.lo || y.hi < x.lo))
    return { verdict: 'related', reason: `${reason}: a vague word against a figure` }
  if (x.hi < y.lo || y.hi < x.lo) return { verdict: 'conflict', reason }
  if (x.pivot !== null && y.pivot !== null && x.shape !== 'about' && y.shape !== 'about') {
    const ratio = Math.max(x.pivot, y.pivot) / Math.max(1e-9, Math.min(x.pivot, y.pivot))
    if (ratio >= FAR_APART) return { verdict: 'conflict', reason: `${reason}: far apart` }
  }
  return { verdict: 'compatible', reason }
}

function judgeCasualty(a: Claim, b: Claim, ctx: JudgeContext): Judgement {
  const va = a.value as { outcome: CasualtyOutcome; who?: string }
  const vb = b.value as { outcome: CasualtyOutcome; who?: string }
  const x = amountOf(a, ctx.textA)
  const y = amountOf(b, ctx.textB)
  const wa = OUTCOME_WORDS[va.outcome]
  const wb = OUTCOME_WORDS[vb.outcome]
  if (!x || !y) return { verdict: 'related', reason: `${wa} vs ${wb}: no figure to compare` }
  const sa = ctx.scopeA ?? tollScope(a, ctx.textA)
  const sb = ctx.scopeB ?? tollScope(b, ctx.textB)
  const la = `${x.label} ${wa}${sa.group ? ` (${GROUP_WORDS[sa.group]})` : ''}`
  const lb = `${y.label} ${wb}${sb.group ? ` (${GROUP_WORDS[sb.group]})` : ''}`
  // a war's or a month's toll is not one attack's, whatever the figures
  if (sa.cumulative !== sb.cumulative) {
    return {
      verdict: 'related',
      reason: `${la}${sa.cumulative ? ', cumulative' : ''} vs ${lb}${sb.cumulative ? ', cumulative' : ''}: a total over time and one incident's toll`
    }
  }
  const relation = groupRelation(sa.group, sb.group)
  if (relation === 'different') return { verdict: 'related', reason: `${la} vs ${lb}: different victims` }
  // "four people" and "two soldiers": soldiers, fighters or children may be among the people (civilians are the people a monitor counts)
  if (
    relation === 'unknown' &&
    va.outcome === vb.outcome &&
    (sa.group ?? sb.group) !== null &&
    (sa.group ?? sb.group) !== 'civilian'
  ) {
    const [part, whole] = sa.group !== null ? [x, y] : [y, x]
    if (part.lo <= whole.hi && compareAmounts(x, y, wa).verdict === 'conflict')
      return { verdict: 'compatible', reason: `${la} vs ${lb}: may be among them` }
  }
  if (relation === 'part') {
    const [part, whole, pl, wl] = PARENT_OF(sa.group!) === sb.group ? [x, y, la, lb] : [y, x, lb, la]
    if (va.outcome === vb.outcome && part.lo > whole.hi)
      return { verdict: 'conflict', reason: `${pl} vs ${wl}: more in the subgroup than in the group` }
    return {
      verdict: 'compatible',
      reason: `${la} vs ${lb}: a subgroup of the victims`,
      whole: whole === y ? 'b' : 'a'
    }
  }
  // "31 civilians including 10" against "10 civilians": the other figure is the subgroup it names
  // (not "including a child" against "one civilian": one is every story's figure, a match by chance)
  const named = (s: TollScope, m: Amount, other: TollScope) =>
    m.pivot !== null &&
    m.pivot > 1 &&
    s.subgroups.some(
      (g) =>
        g.n === m.pivot &&
        (g.group === null || other.group === null || groupRelation(g.group, other.group) !== 'different')
    )
  if (va.outcome === vb.outcome && (named(sb, x, sa) || named(sa, y, sb))) {
    return {
      verdict: 'compatible',
      reason: `${la} vs ${lb}: the subgroup named in the other's toll`,
      whole: named(sb, x, sa) ? 'b' : 'a'
    }
  }
  if (va.outcome === vb.outcome) {
    const j = compareAmounts(x, y, wa)
    // two totals over time (a fortnight's, the war's) may span different periods: not rivals
    if (j.verdict === 'conflict' && sa.cumulative && sb.cumulative)
      return { verdict: 'related', reason: `${j.reason}: totals over periods that may differ` }
    return j
  }
  if (sameVictimsOtherFate(a, b))
    return {
      verdict: 'conflict',
      reason: `${x.label} ${wa} vs ${y.label} ${wb}: the same people (${va.who} / ${vb.who}), another fate`
    }
  const subset = (small: string, big: string) =>
    big === 'killed_or_wounded' && (small === 'killed' || small === 'wounded')
  const reason = `${x.label} ${wa} vs ${y.label} ${wb}`
  if (subset(va.outcome, vb.outcome) || subset(vb.outcome, va.outcome)) {
    // the killed are among the killed-or-wounded: consistent unless the part exceeds the whole
    const [part, whole] = subset(va.outcome, vb.outcome) ? [x, y] : [y, x]
    if (part.lo > whole.hi)
      return { verdict: 'conflict', reason: `${reason}: more ${OUTCOME_WORDS.killed} than killed or wounded` }
    return { verdict: 'compatible', reason: `${reason}: different outcome sets` }
  }
  return { verdict: 'related', reason: `${reason}: different outcomes` }
}

function judgeDate(a: Claim, b: Claim): Judgement {
  const x = dateOf(a)
  const y = dateOf(b)
  const ta = a.kind === 'date' ? a.value.text || a.anchor.exact : a.anchor.exact
  const tb = b.kind === 'date' ? b.value.text || b.anchor.exact : b.anchor.exact
  if (!x || !y) return { verdict: 'related', reason: `${ta} vs ${tb}: not comparable` }
  if (x.calendar !== y.calendar) return { verdict: 'related', reason: `${ta} vs ${tb}: different calendars` }
  const la = dateLabel(x)
  const lb = dateLabel(y)
  // "29 vs 28 July": when only the day differs, say the month once
  const sameMonthYear = x.day !== undefined && y.day !== undefined && x.month === y.month && x.year === y.year
  const reason = sameMonthYear ? `${x.day} vs ${y.day} ${dateLabel({ ...x, day: undefined })}` : `${la} vs ${lb}`
  if (x.weekday !== undefined || y.weekday !== undefined) {
    if (x.weekday !== undefined && y.weekday !== undefined)
      return { verdict: x.weekday === y.weekday ? 'agree' : 'conflict', reason }
    return { verdict: 'compatible', reason: `${reason}: a weekday and a date` }
  }
  // dates weeks or years apart date different happenings ("10 June" and "late May", "1881"): not rivals
  if (x.year !== undefined && y.year !== undefined && Math.abs(x.year - y.year) >= 2)
    return { verdict: 'related', reason: `${reason}: years apart, different events` }
  if (x.month !== undefined && y.month !== undefined && x.day !== undefined && y.day !== undefined) {
    // an unstated year is the article's own: the other date's, for this count
    const year = x.year ?? y.year ?? 2000
    const days =
      Math.abs(Date.UTC(x.year ?? year, x.month - 1, x.day) - Date.UTC(y.year ?? year, y.month - 1, y.day)) / 86_400_000
    if (days > SAME_EVENT_DAYS)
      return { verdict: 'related', reason: `${reason}: ${Math.round(days)} days apart, different events` }
  }
  // a night runs past midnight: "overnight" (the night of the 12th) and "Thursday the 13th" may be one
  // time; "Thursday night" against "early Friday morning" says two times, as written
  const nightOf = (c: Claim) => c.kind === 'date' && c.value.partOfDay === 'night'
  const partOf = (c: Claim) => (c.kind === 'date' ? c.value.partOfDay : undefined)
  if (
    (nightOf(a) || nightOf(b)) &&
    partOf(nightOf(a) ? b : a) === undefined &&
    x.day !== undefined &&
    y.day !== undefined &&
    x.month !== undefined &&
    y.month !== undefined
  ) {
    const [night, other] = nightOf(a) ? [x, y] : [y, x]
    const year = night.year ?? other.year ?? 2000
    const after =
      (Date.UTC(other.year ?? year, other.month! - 1, other.day!) -
        Date.UTC(night.year ?? year, night.month! - 1, night.day!)) /
      86_400_000
    if (after === 1) return { verdict: 'compatible', reason: `${reason}: a night and the day after it` }
  }
  let coarser = false
  for (const f of ['year', 'month', 'day'] as const) {
    const p = x[f]
    const q = y[f]
    if (p !== undefined && q !== undefined && p !== q) return { verdict: 'conflict', reason }
    // an unstated year is the article's own year, not a vaguer date; a missing month or day is vaguer
    if ((p === undefined) !== (q === undefined) && f !== 'year') coarser = true
  }
  return coarser ? { verdict: 'compatible', reason: `${reason}: one is less precise` } : { verdict: 'agree', reason }
}

function judgeQuantity(a: Claim, b: Claim, ctx: JudgeContext): Judgement {
  const va = a.value as { unit?: string; what?: string }
  const vb = b.value as { unit?: string; what?: string }
  const [ua, fa] = unitOf(va.unit)
  const [ub, fb] = unitOf(vb.unit)
  const x = amountOf(a, ctx.textA)
  const y = amountOf(b, ctx.textB)
  if (!x || !y) return { verdict: 'related', reason: `${a.anchor.exact} vs ${b.anchor.exact}: no figure to compare` }
  if (ua !== ub)
    return {
      verdict: 'related',
      reason: `${x.label} ${va.unit ?? ''} vs ${y.label} ${vb.unit ?? ''}: different units`.replace(/ +/g, ' ')
    }
  const ra = va.what ?? after(a, ctx.textA)
  const rb = vb.what ?? after(b, ctx.textB)
  const refA = referentTerms(ra)
  const refB = referentTerms(rb)
  if (refA.length > 0 && refB.length > 0 && !refA.some((t) => refB.includes(t))) {
    return {
      verdict: 'related',
      reason: `${x.label} ${ua} (${ra.trim()}) vs ${y.label} ${ub} (${rb.trim()}): different referents`
    }
  }
  const scale = (m: Amount, f: number): Amount =>
    f === 1 ? m : { ...m, lo: m.lo * f, hi: m.hi * f, pivot: m.pivot === null ? null : m.pivot * f }
  return compareAmounts(scale(x, fa), scale(y, fb), fa === fb ? (va.unit ?? ua) : ua)
}

/**
 * Judges two claims (of different articles) taken to report the same fact. `context` gives the
 * articles' texts so qualifiers ("at least") and referents ("from Baghdad") outside the anchors
 * count; without it the anchors' prefix and suffix are read. Claims of different kinds are `related`.
 */
export function judge(a: Claim, b: Claim, context: JudgeContext = {}): Judgement {
  if (a.kind !== b.kind) return { verdict: 'related', reason: `a ${a.kind} vs a ${b.kind}` }
  switch (a.kind) {
    case 'casualty':
      return judgeCasualty(a, b, context)
    case 'date':
      return judgeDate(a, b)
    case 'quantity':
      return judgeQuantity(a, b, context)
    case 'attribution': {
      const sa = a.value.speaker
      const sb = (b.value as { speaker: string }).speaker
      return sameSource(sa, sb)
        ? { verdict: 'agree', reason: `${sa} vs ${sb}: same source` }
        : { verdict: 'different-source', reason: `${sa} vs ${sb}` }
    }
    case 'other': {
      const ta = a.value.text ?? a.anchor.exact
      const tb = (b.value as { text?: string }).text ?? b.anchor.exact
      const same = ta.trim().toLowerCase() === tb.trim().toLowerCase()
      return { verdict: same ? 'agree' : 'related', reason: `${ta} vs ${tb}` }
    }
    default:
      return unhandledKind(a)
  }
}
