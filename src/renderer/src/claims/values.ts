/**
 * Claim values in the editor: a form's fields (strings, as typed) to and from a kind's value, with
 * the checks the model makes plus the ones only a form needs (a minimum above its maximum, a
 * number that is not a number). Pure, so every kind's editing is tested without a browser.
 */
import {
  attributionValueSchema,
  casualtyValueSchema,
  dateGranularities,
  dateValueSchema,
  otherValueSchema,
  quantityValueSchema,
  validate,
  type ClaimKind,
  type ClaimValue
} from '@core/model'
import { isDateValueIso } from '@core/text'

export type Fields = Record<string, string>

export interface FieldSpec {
  name: string
  label: string
  type: 'text' | 'number' | 'select'
  options?: readonly { value: string; label: string }[]
  placeholder?: string
}

const outcomeOptions = [
  { value: 'killed', label: 'killed' },
  { value: 'wounded', label: 'wounded' },
  { value: 'killed_or_wounded', label: 'killed or wounded' },
  { value: 'captured', label: 'captured' },
  { value: 'missing', label: 'missing' },
  { value: 'displaced', label: 'displaced' }
]
const granularityOptions = dateGranularities.map((v) => ({ value: v, label: v }))
const calendarOptions = [
  { value: 'gregorian', label: 'Gregorian' },
  { value: 'hijri', label: 'Hijri' }
]

export const fieldSpecs: Record<ClaimKind, readonly FieldSpec[]> = {
  casualty: [
    { name: 'outcome', label: 'Outcome', type: 'select', options: outcomeOptions },
    { name: 'min', label: 'At least', type: 'number' },
    { name: 'max', label: 'At most', type: 'number', placeholder: 'blank for “at least”' },
    { name: 'vague', label: 'Vague amount', type: 'text', placeholder: 'dozens, hundreds…' },
    { name: 'who', label: 'Who', type: 'text', placeholder: 'senior ISIL leaders' }
  ],
  date: [
    { name: 'iso', label: 'ISO date', type: 'text', placeholder: '2016-07-29, 2014-06, --07-29' },
    { name: 'granularity', label: 'Granularity', type: 'select', options: granularityOptions },
    { name: 'calendar', label: 'Calendar', type: 'select', options: calendarOptions },
    { name: 'text', label: 'As written', type: 'text' }
  ],
  attribution: [
    { name: 'speaker', label: 'Speaker', type: 'text' },
    { name: 'role', label: 'Role', type: 'text', placeholder: 'Interior Ministry spokesman' },
    { name: 'via', label: 'Via', type: 'text', placeholder: 'the outlet or channel: AFP, Diyaruna' },
    { name: 'verb', label: 'Verb', type: 'text', placeholder: 'said, told, announced' },
    { name: 'quote', label: 'Quote', type: 'text' }
  ],
  quantity: [
    { name: 'amount', label: 'Amount', type: 'number' },
    { name: 'min', label: 'At least', type: 'number' },
    { name: 'max', label: 'At most', type: 'number' },
    { name: 'vague', label: 'Vague amount', type: 'text', placeholder: 'dozens, hundreds…' },
    { name: 'unit', label: 'Unit', type: 'text', placeholder: 'km, vehicles, fighters' },
    { name: 'what', label: 'What', type: 'text', placeholder: 'distance to Baghdad' }
  ],
  other: [{ name: 'text', label: 'Value', type: 'text' }]
}

/** A value as form fields (every field present, '' when absent). */
export function fieldsOf(kind: ClaimKind, value: ClaimValue | undefined): Fields {
  const fields: Fields = {}
  const source = (value ?? {}) as Record<string, unknown>
  for (const spec of fieldSpecs[kind]) {
    const v = source[spec.name]
    fields[spec.name] = v === undefined || v === null ? '' : String(v)
  }
  return fields
}

/** The value a new claim of `kind` starts with when its text cannot be read. */
export function emptyValue(kind: ClaimKind, exact: string): ClaimValue {
  switch (kind) {
    case 'casualty':
      return { outcome: 'killed' }
    case 'date':
      return { iso: '', granularity: 'day', calendar: 'gregorian', text: exact }
    case 'attribution':
      return { speaker: '' }
    case 'quantity':
      return {}
    case 'other':
      return {}
  }
}

const schemas = {
  casualty: casualtyValueSchema,
  date: dateValueSchema,
  attribution: attributionValueSchema,
  quantity: quantityValueSchema,
  other: otherValueSchema
} as const satisfies Record<ClaimKind, unknown>

export type ValueCheck = { ok: true; value: ClaimValue } | { ok: false; errors: Record<string, string> }

/** Form fields → a valid value of `kind`, or the message for each field that is wrong. */
export function valueFromFields(kind: ClaimKind, fields: Fields): ValueCheck {
  const errors: Record<string, string> = {}
  const out: Record<string, unknown> = {}
  for (const spec of fieldSpecs[kind]) {
    const raw = (fields[spec.name] ?? '').trim()
    if (raw === '') continue
    if (spec.type === 'number') {
      const n = Number(raw.replace(/[,\s]/g, ''))
      if (!Number.isFinite(n)) errors[spec.name] = 'Enter a number'
      else if (kind === 'casualty' && (!Number.isInteger(n) || n < 0))
        errors[spec.name] = 'Enter a whole number, 0 or more'
      else out[spec.name] = n
    } else out[spec.name] = raw
  }
  if (typeof out.min === 'number' && typeof out.max === 'number' && out.min > out.max)
    errors.max = 'Must not be below “At least”'
  if (kind === 'casualty' && !out.outcome) out.outcome = 'killed'
  if (kind === 'attribution' && !out.speaker) errors.speaker = 'Who is speaking?'
  if (kind === 'date') {
    out.granularity ??= 'day'
    out.calendar ??= 'gregorian'
    out.text ??= ''
    out.iso ??= ''
    if (out.iso && !isDateValueIso(String(out.iso))) errors.iso = 'Use 2016-07-29, 2016-07, 2016, --07-29 or weekday:4'
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors }
  const checked = validate(schemas[kind] as never, out)
  if (!checked.ok) return { ok: false, errors: { _: checked.message } }
  return { ok: true, value: checked.value as ClaimValue }
}

/** "a, b,  c" → ["a", "b", "c"]: tags as typed, without blanks or repeats. */
export function tagsFromText(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean)
    )
  ]
}
