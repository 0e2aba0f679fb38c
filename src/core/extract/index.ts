/**
 * Claim suggestion: an article's canonical text → suggested claims (casualties, dates,
 * attributions, quantities) with anchors and normalised values, for the journalist to accept or
 * reject; and the same readers applied to a span the journalist selected. Pure and clock-free:
 * relative dates resolve against the publication date passed in, or stay partial.
 */
import { unhandledKind, type Article, type Claim, type ClaimDraft, type ClaimKind, type ClaimValue } from '@core/model'
import { MONTH_NAMES, normalizeDigits } from '@core/text'
import { findAttributions } from './attributions'
import { parseYmd } from './calendar'
import { findCasualties } from './casualties'
import { findDates, resolveDateAnaphora } from './dates'
import { findQuantities } from './quantities'
import { resolveStatementDays } from './statement-days'
export { isOrganisationName } from './names'
import { anchorAt } from '@core/anchor'
import { dropOverlapping, findInUnits, overlaps, splitUnits, type Candidate } from './spans'
import { pendingOf, publicationDay, suggestionKey, type Suggestion } from './review'
export {
  asSuggestions,
  dismissalKey,
  isSuggestionId,
  pendingOf,
  publicationDay,
  storedSuggestionId,
  suggestionId,
  suggestionKey,
  untakenSuggestions,
  type Suggestion
} from './review'

export interface SuggestOptions {
  /** ISO date or date-time; relative dates resolve against its day (the time of day is ignored) */
  publishedAt?: string
}

/**
 * Cheap tests that a sentence may hold a claim of a family; the family's full rules run only on
 * sentences that pass (most of an article's sentences hold no casualty or figure).
 */
const CASUALTY_TRIGGER =
  /kill|slain|bodies|corpses|eliminat|execut|massacr|behead|martyr|dead|die[ds]?\b|death|wound|injur|hurt|captur|missing|displac|perish|lives|abduct|kidnap|casualt|fatalit|toll|prisoner|hostage|[\u0600-\u06FF]/i
const DATE_TRIGGER = new RegExp(
  String.raw`\d|day|night|morrow|week|month|year|spring|summer|autumn|winter|fall|quarter|half|noon|midnight|morning|afternoon|evening|decade|century|nineteen|thousand|${MONTH_NAMES.map((m) => m.slice(0, 3)).join('|')}|[\u0600-\u06FF]`,
  'i'
)
const QUANTITY_TRIGGER =
  /\d|[%$€£]|dozens|hundreds|thousands|scores|one|two|three|four|five|six|seven|eight|nine|ten|twelve|teen|ty\b/i

const KIND_ORDER: Record<string, number> = { casualty: 0, date: 1, attribution: 2, quantity: 3 }

function candidates(text: string, publishedAt: string | undefined): Candidate[] {
  // Arabic-Indic digits become ASCII one for one, so offsets found in `plain` are offsets in `text`
  const plain = normalizeDigits(text)
  const pub = parseYmd(publishedAt)
  const units = splitUnits(plain)
  const casualties = dropOverlapping(findInUnits(plain, units, CASUALTY_TRIGGER, findCasualties))
  const dates = resolveDateAnaphora(dropOverlapping(findInUnits(plain, units, DATE_TRIGGER, (t) => findDates(t, pub))))
  // attributions read across sentences (pronouns, "the ministry"), so they see the whole text
  const attributions = dropOverlapping(findAttributions(plain))
  // "أفادت مصادر … أمس الثلاثاء … الليلة الماضية": the sources' last night, before their statement
  resolveStatementDays(
    plain,
    units,
    dates.filter((c) => c.kind === 'date'),
    attributions.filter((c) => c.kind === 'attribution'),
    pub
  )
  // a figure already claimed as a casualty count or a date is not suggested again as a quantity
  const taken = [...casualties, ...dates].sort((a, b) => a.start - b.start)
  const quantities = dropOverlapping(findInUnits(plain, units, QUANTITY_TRIGGER, findQuantities)).filter(
    (q) => !overlapsAny(taken, q)
  )
  const all: Candidate[] = [...casualties, ...dates, ...attributions, ...quantities]
  for (const c of all) if (c.kind === 'date') c.value.text = text.slice(c.start, c.end)
  return all.sort((a, b) => a.start - b.start || a.end - b.end || (KIND_ORDER[a.kind] ?? 0) - (KIND_ORDER[b.kind] ?? 0))
}

/** Binary search in spans sorted by start: does any overlap `item`? */
function overlapsAny(
  sorted: ReadonlyArray<{ start: number; end: number }>,
  item: { start: number; end: number }
): boolean {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((sorted[mid]?.start ?? 0) < item.end) lo = mid + 1
    else hi = mid
  }
  // spans are short (a few words): looking back a handful of entries covers every overlap
  for (let k = lo - 1; k >= 0 && k >= lo - 8; k--)
    if (overlaps(sorted[k] as { start: number; end: number }, item)) return true
  return false
}

/**
 * Suggestions are computed once per article text and publication day (by its content hash): the
 * reader, the count the suggest command shows and the comparison all ask for the same ones.
 * Callers must not change the drafts returned.
 */
const computed = new Map<string, ClaimDraft[]>()
const COMPUTED_LIMIT = 64

/**
 * Suggested claims for an article's canonical text, in text order; anchors are UTF-16 offsets
 * into text (end exclusive) with exact, prefix and suffix (32 chars each side).
 */
export function suggestClaims(article: { text: string; publishedAt?: string }, options?: SuggestOptions): ClaimDraft[] {
  const publishedAt = publicationDay(options?.publishedAt ?? article.publishedAt)
  const key = suggestionKey({ text: article.text, publishedAt })
  const known = computed.get(key)
  if (known) return known.slice()
  const drafts = draftsOf(article.text, publishedAt)
  if (computed.size >= COMPUTED_LIMIT) computed.delete(computed.keys().next().value as string)
  computed.set(key, drafts)
  return drafts.slice()
}

function draftsOf(text: string, publishedAt: string | undefined): ClaimDraft[] {
  return candidates(text, publishedAt).map(
    (c) =>
      ({
        kind: c.kind,
        anchor: anchorAt(text, c.start, c.end),
        value: c.value,
        origin: 'suggested',
        status: 'unreviewed',
        note: '',
        tags: []
      }) as ClaimDraft
  )
}

/** The suggestions of one article still to review: none rejected before, none on a stored claim of its kind. */
export function pendingSuggestions(
  article: Pick<Article, 'id' | 'text' | 'publishedAt'>,
  stored: readonly Claim[],
  dismissed: ReadonlySet<string>,
  now = ''
): Suggestion[] {
  return pendingOf(article, suggestClaims(article), stored, dismissed, now)
}

/** Parses a span the journalist selected, for pre-filling the value editor; null when nothing can be read. */
export function parseClaimValue(kind: ClaimKind, text: string, options?: SuggestOptions): ClaimValue | null {
  const plain = normalizeDigits(text)
  const pub = parseYmd(publicationDay(options?.publishedAt))
  let found: Candidate[]
  switch (kind) {
    case 'other':
      return text.trim() ? { text: text.trim() } : null
    case 'casualty':
      found = findCasualties(plain)
      break
    case 'date':
      found = findDates(plain, pub)
      break
    case 'attribution':
      found = findAttributions(plain)
      break
    case 'quantity':
      found = findQuantities(plain)
      // "12 fighters" selected as a figure
      if (found.length === 0) found = findCasualties(plain).map(asQuantity)
      break
    default:
      return unhandledKind(kind)
  }
  if (found.length === 0) return null
  // the reading covering most of the selection is the one the journalist meant
  const best = found.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a))
  if (best.kind === 'date') best.value.text = text.slice(best.start, best.end)
  return best.value
}

/** A casualty count read as a plain quantity ("12 fighters" selected as a figure). */
function asQuantity(c: Candidate): Candidate {
  if (c.kind !== 'casualty') return c
  const value: Extract<Candidate, { kind: 'quantity' }>['value'] = {}
  if (c.value.min !== undefined && c.value.min === c.value.max) value.amount = c.value.min
  else {
    if (c.value.min !== undefined) value.min = c.value.min
    if (c.value.max !== undefined) value.max = c.value.max
  }
  if (c.value.who) value.what = c.value.who
  return { kind: 'quantity', start: c.start, end: c.end, value }
}
