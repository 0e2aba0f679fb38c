/**
 * Quantities: other figures a checker would verify — distances and areas ("some 500 km"), money,
 * shares, and counts of fighters, weapons, vehicles, strikes, buildings or displaced people
 * ("over 1,500 IS fighters", "six four-wheel-drive vehicles"). A bare number is never enough: a
 * unit or a counted noun from these classes must follow, so ages, times, phone numbers and page
 * counters stay quiet. Counts that a casualty claim already covers are dropped by the caller.
 */
import { COUNT_MARK, groupsIn, markCounts, readCount } from './amounts'
import { matchesOf, type Candidate } from './spans'
import { pattern } from './pattern'

type QuantityCandidate = Extract<Candidate, { kind: 'quantity' }>

// Null-prototype dictionaries: looked up with words of imported text, where "constructor" or
// "__proto__" must find nothing rather than Object.prototype's members.
const UNITS: Record<string, string> = Object.assign(Object.create(null), {
  km: 'km',
  kilometres: 'km',
  kilometers: 'km',
  kilometre: 'km',
  kilometer: 'km',
  miles: 'mi',
  mile: 'mi',
  metres: 'm',
  meters: 'm',
  metre: 'm',
  meter: 'm',
  feet: 'ft',
  ft: 'ft',
  tonnes: 't',
  tons: 't',
  tonne: 't',
  ton: 't',
  kg: 'kg',
  kilograms: 'kg',
  kilogrammes: 'kg',
  hectares: 'ha',
  hectare: 'ha',
  acres: 'acre',
  '%': '%',
  percent: '%',
  'per cent': '%',
  barrels: 'barrels',
  litres: 'l',
  liters: 'l',
  'square kilometres': 'km²',
  'square kilometers': 'km²',
  'sq km': 'km²',
  km2: 'km²',
  'square miles': 'mi²',
  dollars: 'USD',
  euros: 'EUR',
  dinars: 'dinars',
  rials: 'rials',
  pounds: 'GBP'
})
const UNIT_SOURCE =
  '(?:square (?:kilometres|kilometers|miles)|sq km|km2|per cent|kilometres|kilometers|kilometre|kilometer|km|miles|mile|' +
  'metres|meters|metre|meter|feet|ft|tonnes|tons|tonne|ton|kg|kilogrammes|kilograms|hectares|hectare|acres|percent|' +
  'barrels|litres|liters|dollars|euros|dinars|rials)(?![\\p{L}])|%'

/** Counted things worth checking: combatants, materiel, strikes, the displaced, buildings. */
const COUNTED =
  'fighters|militants|insurgents|jihadists|extremists|rebels|gunmen|troops|soldiers|policemen|officers|recruits|' +
  'volunteers|members|commanders|vehicles|cars|trucks|tanks|humvees|aircraft|planes|jets|warplanes|helicopters|' +
  'drones|missiles|rockets|shells|mortars|bombs|strikes|airstrikes|raids|sorties|attacks|refugees|families|' +
  'households|homes|houses|buildings|villages|towns|schools|hospitals|prisoners|detainees|hostages|suspects|' +
  'weapons|rifles|barrels|tents|camps|checkpoints|bases|positions'

const MODIFIER = "(?:[\\p{L}][\\p{L}'’-]*)"
/** A word between a count and its noun: a name ("IS"), a compound ("four-wheel-drive") or an adjective, not a plural or a verb. */
const GOOD_MODIFIER = /^(?:\p{Lu}|[\p{L}]+-[\p{L}]|\p{Ll}(?![\p{L}]*(?:ing|s)$))/u

const UNIT_QUANTITY = pattern(
  `(?<![\\p{L}\\d$£€#/.,'’-])(?<cur>(?:us)?\\$|€|£)?(?<count>${COUNT_MARK})(?:(?<unit> ?(?:${UNIT_SOURCE})))`,
  'gud'
)
const MONEY = new RegExp(
  `(?<![\\p{L}\\d])(?<cur>(?:US)?\\$|€|£)(?<count>\\d[\\d,]*(?:\\.\\d+)?(?: (?:million|billion|thousand)|bn|m)?)(?![\\d\\p{L}])`,
  'gu'
)

const COUNTED_QUANTITY = pattern(
  `(?<![\\p{L}\\d$£€#/.,'’-])(?<count>${COUNT_MARK})(?!%)(?<of> of(?: the| its| their)?)?(?<mods>(?: ${MODIFIER}){0,3}?) (?<noun>${COUNTED}|(?:air|drone|missile) strikes|people displaced|displaced people)(?![\\p{L}])`,
  'gud'
)

function make(
  start: number,
  end: number,
  count: ReturnType<typeof readCount>,
  unit: string,
  what?: string
): QuantityCandidate | null {
  if (!count) return null
  const value: QuantityCandidate['value'] = { unit }
  if (count.amount !== undefined) value.amount = count.amount
  if (count.min !== undefined && count.min !== count.max) value.min = count.min
  if (count.max !== undefined && count.min !== count.max) value.max = count.max
  if (count.vague) value.vague = count.vague
  // "dozens of homes": the counted noun is already the unit; `what` adds only what the unit does not say.
  if (what && what !== unit) value.what = what
  return { kind: 'quantity', start, end, value }
}

/** Quantity suggestions in `text` (digits already ASCII). */
export function findQuantities(text: string): QuantityCandidate[] {
  const out: QuantityCandidate[] = []
  const marked = markCounts(text)
  for (const m of matchesOf(UNIT_QUANTITY, marked)) {
    const g = groupsIn(text, m)
    const count = readCount(g.count ?? '')
    if (!count || count.vague) continue
    const unitWord = (g.unit ?? '').trim().toLowerCase()
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12)
    // "26°C / 26°C"-style counters and "12 feet tall" heights are fine; skip "5 m" where m may be minutes or million
    if (/^\s*\/\s*\d/.test(after)) continue
    const unit = g.cur ? (g.cur === '€' ? 'EUR' : g.cur === '£' ? 'GBP' : 'USD') : (UNITS[unitWord] ?? unitWord)
    const c = make(m.index, m.index + m[0].length, count, unit)
    if (c) out.push(c)
  }
  for (const m of matchesOf(MONEY, text)) {
    const g = m.groups ?? {}
    const count = readCount((g.count ?? '').replace(/m$/, ' million').replace(/bn$/, ' billion'))
    const cur = g.cur === '€' ? 'EUR' : g.cur === '£' ? 'GBP' : 'USD'
    const c = make(m.index, m.index + m[0].length, count, cur)
    if (c) out.push(c)
  }
  for (const m of matchesOf(COUNTED_QUANTITY, marked)) {
    const g = groupsIn(text, m)
    const count = readCount(g.count ?? '')
    if (!count) continue
    // a vague word counts only as "hundreds of …"; "several vehicles" is not worth a check
    if (
      count.vague &&
      (!g.of || !/^(dozens|hundreds|thousands|scores|tens of thousands|hundreds of thousands)$/.test(count.vague))
    )
      continue
    if (!count.vague && g.of) continue
    if (count.amount === 1 || /^(1[89]\d\d|20\d\d)$/.test(g.count ?? '')) continue
    // "two army officers said" describes a source, not a figure to check
    if (
      /^ (?:said|say|says|told|added|confirmed|reported)\b/.test(
        text.slice(m.index + m[0].length, m.index + m[0].length + 12)
      )
    )
      continue
    if (
      !(g.mods ?? '')
        .trim()
        .split(' ')
        .every((w) => w === '' || GOOD_MODIFIER.test(w))
    )
      continue
    const noun = (g.noun ?? '').toLowerCase()
    const what = `${(g.mods ?? '').trim()} ${g.noun ?? ''}`.trim()
    const c = make(
      m.index,
      m.index + m[0].length,
      count,
      noun.replace(/people displaced|displaced people/, 'displaced people'),
      what
    )
    if (c) out.push(c)
  }
  return out
}
