/**
 * The JSON bundle (`parallax/1`): written deterministically (arrays in makeBundle's order, object
 * keys sorted, no export timestamp), so the same records always give the same bytes; and read
 * back through one door that refuses a bad bundle whole, saying what is wrong and where
 * ("claims[3] (id c-12): …"), before anything is written.
 */
import { BUNDLE_FORMAT, bundleSchema, makeBundle, type Bundle } from '@core/model'
import type { z } from 'zod'
import type { ReportInput } from './input'
import { findJsonSyntaxError } from './json-error'

/** Plain data with object keys in code-unit order, recursively; arrays keep their order. */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (value === null || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(value).sort()) {
    const v = (value as Record<string, unknown>)[key]
    if (v !== undefined) out[key] = sortKeys(v)
  }
  return out
}

/** The records as a `parallax/1` bundle: two-space JSON, `format` first, then the tables; ends with a newline. */
export function renderBundle(input: ReportInput): string {
  const b = makeBundle({ cases: input.cases, articles: input.articles, claims: input.claims, links: input.links })
  const ordered = { format: b.format, cases: sortKeys(b.cases), articles: sortKeys(b.articles), claims: sortKeys(b.claims), links: sortKeys(b.links) }
  return JSON.stringify(ordered, null, 2) + '\n'
}

export type BundleCheck = { ok: true; bundle: Bundle } | { ok: false; message: string }

const MAX_PROBLEMS_SHOWN = 3

/** Line and column (1-based) of a code-unit offset, for JSON syntax errors. */
function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  const column = offset - before.lastIndexOf('\n')
  return `line ${line}, column ${column}`
}

function syntaxMessage(json: string): string {
  if (json.trim() === '') return 'The file is empty; a Parallax bundle is a JSON document.'
  const error = findJsonSyntaxError(json)
  if (!error) return 'The file is not valid JSON.'
  const found = json[error.offset] === undefined ? 'the end of the file' : JSON.stringify(json.slice(error.offset, error.offset + 12))
  return `The file is not valid JSON at ${lineColumn(json, error.offset)}: expected ${error.expected}, found ${found}.`
}

type Table = 'cases' | 'articles' | 'claims' | 'links'

/** "claims[3] (id c-12)": a record named by its place and, when it has one, its id. */
function where(data: unknown, table: string, index: number): string {
  const rows = (data as Record<string, unknown>)[table]
  const row = Array.isArray(rows) ? (rows[index] as { id?: unknown } | undefined) : undefined
  const id = row && typeof row === 'object' && typeof row.id === 'string' ? ` (id ${row.id})` : ''
  return `${table}[${index}]${id}`
}

function describeSchemaIssues(data: unknown, issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    const [table, index, ...rest] = issue.path
    if (typeof table === 'string' && typeof index === 'number') {
      const field = rest.length ? ` ${rest.map(String).join('.')}` : ''
      return `${where(data, table, index)}${field}: ${issue.message}`
    }
    return `${issue.path.length ? issue.path.map(String).join('.') : 'the bundle'}: ${issue.message}`
  })
}

function duplicates(b: Bundle, problems: string[]): void {
  for (const table of ['cases', 'articles', 'claims', 'links'] as Table[]) {
    const first = new Map<string, number>()
    b[table].forEach((row, i) => {
      const seen = first.get(row.id)
      if (seen === undefined) first.set(row.id, i)
      else problems.push(`${table}[${i}] (id ${row.id}): the id is used twice (also ${table}[${seen}])`)
    })
  }
}

/** The references between tables and the anchors inside the texts. */
function integrity(b: Bundle, problems: string[]): void {
  const cases = new Set(b.cases.map((c) => c.id))
  const texts = new Map(b.articles.map((a) => [a.id, a.text]))
  const claims = new Set(b.claims.map((c) => c.id))
  b.articles.forEach((a, i) => {
    if (!cases.has(a.caseId)) problems.push(`articles[${i}] (id ${a.id}): its case ${a.caseId} is not in the bundle`)
  })
  b.claims.forEach((c, i) => {
    const at = `claims[${i}] (id ${c.id})`
    const text = texts.get(c.articleId)
    if (text === undefined) return void problems.push(`${at}: its article ${c.articleId} is not in the bundle`)
    const { start, end, exact } = c.anchor
    if (end > text.length) {
      problems.push(`${at}: anchor end ${end} is past the end of article ${c.articleId}'s text (${text.length} characters)`)
    } else if (start > end) {
      problems.push(`${at}: anchor start ${start} is after its end ${end}`)
    } else if (text.slice(start, end) !== exact) {
      const found = text.slice(start, end)
      problems.push(`${at}: the anchor's exact text ${clip(exact)} does not match article ${c.articleId}'s text at ${start}–${end} (${clip(found)})`)
    }
  })
  b.links.forEach((l, i) => {
    for (const id of l.claimIds) if (!claims.has(id)) problems.push(`links[${i}] (id ${l.id}): its claim ${id} is not in the bundle`)
  })
}

/** A quoted excerpt of at most 40 characters, for messages. */
function clip(s: string): string {
  return JSON.stringify(s.length > 40 ? s.slice(0, 39) + '…' : s)
}

function refuse(problems: string[]): BundleCheck {
  const shown = problems.slice(0, MAX_PROBLEMS_SHOWN).join('; ')
  const more = problems.length > MAX_PROBLEMS_SHOWN ? ` (and ${problems.length - MAX_PROBLEMS_SHOWN} more problems)` : ''
  return { ok: false, message: shown + more }
}

/** The format line, checked before the schema so an old or new bundle says so instead of listing fields. */
function formatProblem(data: unknown): string | null {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    const kind = Array.isArray(data) ? 'an array' : data === null ? 'null' : `a ${typeof data}`
    return `This is not a Parallax bundle: the file holds ${kind}, not an object with "format": "${BUNDLE_FORMAT}".`
  }
  const format = (data as { format?: unknown }).format
  if (format === BUNDLE_FORMAT) return null
  if (format === undefined) return `This is not a Parallax bundle: it has no "format" (expected "${BUNDLE_FORMAT}").`
  if (typeof format === 'string' && /^parallax\/\S+$/.test(format)) {
    return `This is a ${format} bundle; this version of Parallax reads ${BUNDLE_FORMAT}.`
  }
  return `This is not a Parallax bundle: its format is ${JSON.stringify(format).slice(0, 60)}, not "${BUNDLE_FORMAT}".`
}

/** Reads a bundle file's text; refuses it whole (with what is wrong and where) or returns the checked bundle. */
export function parseBundle(json: string): BundleCheck {
  const body = json.charCodeAt(0) === 0xfeff ? json.slice(1) : json
  let data: unknown
  try {
    data = JSON.parse(body)
  } catch {
    return { ok: false, message: syntaxMessage(body) }
  }
  const format = formatProblem(data)
  if (format) return { ok: false, message: format }
  const parsed = bundleSchema.safeParse(data)
  if (!parsed.success) return refuse(describeSchemaIssues(data, parsed.error.issues))
  const bundle: Bundle = parsed.data
  const problems: string[] = []
  duplicates(bundle, problems)
  integrity(bundle, problems)
  return problems.length ? refuse(problems) : { ok: true, bundle }
}
