/**
 * What an incoming record would change in a stored one, in the journalist's words ("status:
 * Unreviewed → Confirmed", "text: 5,208 characters … → 5,310 characters …"), and whether two
 * versions of a record differ at all. Timestamps never count as a difference: the sender chooses
 * them, so they are shown for context and decide nothing.
 */
import type { Article, Case, Claim, Link } from '@core/model'
import { formatNumber, formatPublished, formatValue, kindLabels, statusLabels } from './format-value'

export interface FieldChange {
  /** The field as the journalist knows it: "title", "text", "status", "note", "value"… */
  field: string
  /** How it reads here, and in the bundle (plain text, clipped). */
  stored: string
  incoming: string
}

type Table = 'cases' | 'articles' | 'claims' | 'links'
type RecordOf = { cases: Case; articles: Article; claims: Claim; links: Link }

/** Fields that never make two versions differ: times (the sender sets them) and a case's article list (it follows the articles). */
const IGNORED: { [T in Table]: readonly string[] } = {
  cases: ['createdAt', 'updatedAt', 'articleIds'],
  articles: ['importedAt', 'updatedAt'],
  claims: ['createdAt', 'updatedAt'],
  links: ['createdAt']
}

/** Deep equality of plain data; an undefined property equals an absent one. Records are a few levels deep (checked at the door). */
function equalData(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a)) {
    const other = b as unknown[]
    return a.length === other.length && a.every((x, i) => equalData(x, other[i]))
  }
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined)
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined)
  return (
    ka.length === kb.length &&
    ka.every((k) => equalData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  )
}

/** Whether two versions of a record hold the same content (timestamps, a case's article list and any `also` fields aside). */
export function sameContent<T extends Table>(
  table: T,
  a: RecordOf[T],
  b: RecordOf[T],
  also: readonly string[] = []
): boolean {
  const ignored = IGNORED[table]
  const [x, y] = [a as unknown as Record<string, unknown>, b as unknown as Record<string, unknown>]
  const counts = (k: string) => !ignored.includes(k) && !also.includes(k)
  for (const k of Object.keys(x)) if (counts(k) && !equalData(x[k], y[k])) return false
  // a field only `b` has (a's is absent or undefined)
  for (const k of Object.keys(y)) if (counts(k) && x[k] === undefined && y[k] !== undefined) return false
  return true
}

/** At most `max` characters, cut with an ellipsis; whitespace runs read as one space. */
function excerpt(s: string, max = 200): string {
  const flat = s.replace(/\s+/g, ' ').trim()
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat
}

const none = (s: string) => s || '(none)'
const characters = (n: number) => `${formatNumber(n)} ${n === 1 ? 'character' : 'characters'}`

/** Two long texts: their lengths and a few words either side of the first place they differ. */
function textChange(stored: string, incoming: string): FieldChange {
  let at = 0
  const shorter = Math.min(stored.length, incoming.length)
  while (at < shorter && stored.charCodeAt(at) === incoming.charCodeAt(at)) at++
  const from = Math.max(0, at - 30)
  const around = (s: string) =>
    (from > 0 ? '…' : '') + excerpt(s.slice(from, at + 60), 90) + (at + 60 < s.length ? '…' : '')
  return {
    field: 'text',
    stored: `${characters(stored.length)}: ${around(stored)}`,
    incoming: `${characters(incoming.length)}: ${around(incoming)}`
  }
}

type Describe<T> = (a: T, b: T) => FieldChange[]

/** One change when `show` reads differently for the two versions. */
function field<T>(name: string, show: (r: T) => string): Describe<T> {
  return (a, b) => {
    const [x, y] = [show(a), show(b)]
    return x === y ? [] : [{ field: name, stored: x, incoming: y }]
  }
}

const describers: { [T in Table]: Describe<RecordOf[T]>[] } = {
  cases: [field('name', (c) => excerpt(c.name))],
  articles: [
    field('title', (a) => none(excerpt(a.title))),
    field('outlet', (a) => none(excerpt(a.outlet))),
    field('byline', (a) => none(excerpt(a.byline))),
    field('web address', (a) => none(excerpt(a.url, 300))),
    field('publication date', (a) => none(formatPublished(a.publishedAt))),
    field('language', (a) => none(a.lang)),
    field('direction', (a) => (a.dir === 'rtl' ? 'right to left' : 'left to right')),
    (a, b) => (a.text === b.text ? [] : [textChange(a.text, b.text)]),
    field('captions', (a) =>
      a.captions.length ? `${a.captions.length}: ${excerpt(a.captions.join(' · '))}` : '(none)'
    ),
    field('source file', (a) => `${excerpt(a.sourceName, 80)} (${a.sourceFormat}, ${excerpt(a.contentHash, 24)})`)
  ],
  claims: [
    field('kind', (c) => kindLabels[c.kind].one),
    field('value', (c) => none(excerpt(formatValue(c)))),
    field('quote', (c) => `“${excerpt(c.anchor.exact, 120)}” at ${c.anchor.start}–${c.anchor.end}`),
    field('place', (c) => (c.orphan ? 'orphaned (not placed in the text)' : 'in the text')),
    field('status', (c) => statusLabels[c.status]),
    field('note', (c) => none(excerpt(c.note))),
    field('tags', (c) => none(excerpt(c.tags.join(', ')))),
    field('review', (c) =>
      c.review
        ? [c.review.rating, c.review.url && excerpt(c.review.url, 300)].filter(Boolean).join(', ') || 'reviewed'
        : '(none)'
    ),
    field('origin', (c) => (c.origin === 'manual' ? 'tagged by hand' : 'suggested'))
  ],
  links: [
    field('verdict', (l) => l.relation),
    field('reason', (l) => none(excerpt(l.reason))),
    field('made', (l) => (l.origin === 'manual' ? 'by hand' : 'by comparison')),
    field('claims', (l) => l.claimIds.join(' → '))
  ]
}

/**
 * What taking `incoming` instead of `stored` would change, field by field. A difference no field
 * reads (a value detail the words do not show, say) is still listed, as "other details".
 */
export function describeChanges<T extends Table>(table: T, stored: RecordOf[T], incoming: RecordOf[T]): FieldChange[] {
  const changes = (describers[table] as Describe<RecordOf[T]>[]).flatMap((d) => d(stored, incoming))
  if (changes.length === 0 && !sameContent(table, stored, incoming))
    changes.push({ field: 'other details', stored: 'as stored', incoming: 'different' })
  return changes
}
