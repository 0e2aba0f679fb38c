/**
 * The JSON bundle (`parallax/1`): written deterministically (arrays in makeBundle's order, object
 * keys sorted, no export timestamp), so the same records always give the same bytes; and read
 * back through one door that refuses a bad bundle whole, saying what is wrong and where
 * ("articles[3] (id a-12) title: …"), before anything is written. The door never throws: every
 * step is linear in the file's size, and nesting, record counts and field sizes are bounded
 * (BUNDLE_LIMITS) before anything costly is built.
 */
import { isSuggestionId, storedSuggestionId } from '@core/extract'
import { BUNDLE_FORMAT, bundleSchema, makeBundle, type Bundle } from '@core/model'
import { MAX_BUNDLE_BYTES } from '@core/source'
import type { z } from 'zod'
import { BUNDLE_LIMITS, brokenCharacter, checkFields, quote } from './bundle-rules'
import { formatNumber } from './format-value'
import type { ReportInput } from './input'
import { findJsonSyntaxError, findNestingProblem, lineColumn } from './json-error'

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
  const ordered = {
    format: b.format,
    cases: sortKeys(b.cases),
    articles: sortKeys(b.articles),
    claims: sortKeys(b.claims),
    links: sortKeys(b.links)
  }
  return JSON.stringify(ordered, null, 2) + '\n'
}

export type BundleCheck = { ok: true; bundle: Bundle } | { ok: false; message: string }

const MAX_PROBLEMS_SHOWN = 3

type Table = 'cases' | 'articles' | 'claims' | 'links'
const TABLES: readonly Table[] = ['cases', 'articles', 'claims', 'links']

/** The first few problems in words, and how many there were in all (a million broken records cost a count, not a million sentences). */
class Problems {
  readonly shown: string[] = []
  count = 0
  add(message: string | (() => string)): void {
    if (this.count++ < MAX_PROBLEMS_SHOWN) this.shown.push(typeof message === 'string' ? message : message())
  }
  refusal(): BundleCheck {
    const more = this.count - this.shown.length
    return {
      ok: false,
      message:
        this.shown.join('; ') +
        (more > 0 ? ` (and ${formatNumber(more)} more ${more === 1 ? 'problem' : 'problems'})` : '')
    }
  }
}

/** How a message names a record's id: as is when plain, quoted and escaped otherwise. */
function idText(id: string): string {
  return /^[\w.:@-]{1,80}$/.test(id) ? id : quote(id)
}

/** "claims[3] (id c-12)": a record named by its place and, when it has one, its id. */
function where(table: string, index: number, row: unknown): string {
  const id =
    row !== null && typeof row === 'object' && typeof (row as { id?: unknown }).id === 'string'
      ? ` (id ${idText((row as { id: string }).id)})`
      : ''
  return `${table}[${index}]${id}`
}

function syntaxMessage(json: string): string {
  const error = findJsonSyntaxError(json)
  if (!error) return 'The file is not valid JSON.'
  const found =
    json[error.offset] === undefined
      ? 'the end of the file'
      : JSON.stringify(json.slice(error.offset, error.offset + 12))
  return `The file is not valid JSON at ${lineColumn(json, error.offset)}: expected ${error.expected}, found ${found}.`
}

function describeSchemaIssues(data: unknown, issues: readonly z.core.$ZodIssue[], problems: Problems): void {
  for (const issue of issues) {
    problems.add(() => {
      const [table, index, ...rest] = issue.path
      if (typeof table === 'string' && typeof index === 'number') {
        const rows = (data as Record<string, unknown>)[table]
        const field = rest.length ? ` ${rest.map(String).join('.')}` : ''
        return `${where(table, index, Array.isArray(rows) ? rows[index] : undefined)}${field}: ${issue.message}`
      }
      return `${issue.path.length ? issue.path.map(String).join('.') : 'the bundle'}: ${issue.message}`
    })
  }
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
  if (typeof format === 'string' && /^parallax\/[\w.-]{1,20}$/.test(format)) {
    return `This is a ${format} bundle; this version of Parallax reads ${BUNDLE_FORMAT}.`
  }
  const shown =
    typeof format === 'string'
      ? quote(format)
      : typeof format === 'object'
        ? Array.isArray(format)
          ? 'an array'
          : 'an object'
        : String(format)
  return `This is not a Parallax bundle: its format is ${shown}, not "${BUNDLE_FORMAT}".`
}

/** More records than Parallax reads, checked before any record is: the count alone says it. */
function countProblem(data: Record<string, unknown>): string | null {
  for (const table of TABLES) {
    const rows = data[table]
    const max = BUNDLE_LIMITS.records[table]
    if (Array.isArray(rows) && rows.length > max) {
      return `${table}: the bundle holds ${formatNumber(rows.length)} ${table}; Parallax reads at most ${formatNumber(max)} in one bundle.`
    }
  }
  return null
}

function fields(b: Bundle, problems: Problems): void {
  for (const table of TABLES) {
    const check = checkFields[table] as (record: unknown, report: (field: string, problem: string) => void) => void
    b[table].forEach((row, i) =>
      check(row, (field, problem) => problems.add(() => `${where(table, i, row)} ${field}: ${problem}`))
    )
  }
}

function duplicates(b: Bundle, problems: Problems): void {
  for (const table of TABLES) {
    const first = new Map<string, number>()
    b[table].forEach((row, i) => {
      const seen = first.get(row.id)
      if (seen === undefined) first.set(row.id, i)
      else problems.add(() => `${where(table, i, row)}: the id is used twice (also ${table}[${seen}])`)
    })
  }
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff
/** Whether `offset` falls between the two halves of a surrogate pair of `text`. */
const splitsPair = (text: string, offset: number) =>
  offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset))

/** Each case lists exactly its articles, once each; each article's case is in the bundle and lists it. */
function membership(b: Bundle, problems: Problems): void {
  const caseOf = new Map(b.articles.map((a) => [a.id, a.caseId]))
  const cases = new Set(b.cases.map((c) => c.id))
  const listed = new Map<string, Set<string>>()
  b.cases.forEach((c, i) => {
    const at = () => where('cases', i, c)
    const seen = new Set<string>()
    c.articleIds.forEach((id, k) => {
      const owner = caseOf.get(id)
      if (seen.has(id)) problems.add(() => `${at()} articleIds[${k}]: article ${idText(id)} is listed twice`)
      else if (owner === undefined)
        problems.add(() => `${at()} articleIds[${k}]: article ${idText(id)} is not in the bundle`)
      // an article of a case not in the bundle is reported as such, below
      else if (owner !== c.id && cases.has(owner))
        problems.add(() => `${at()} articleIds[${k}]: article ${idText(id)} belongs to case ${idText(owner)}`)
      seen.add(id)
    })
    listed.set(c.id, seen)
  })
  b.articles.forEach((a, i) => {
    const list = listed.get(a.caseId)
    if (!list) problems.add(() => `${where('articles', i, a)}: its case ${idText(a.caseId)} is not in the bundle`)
    else if (!list.has(a.id))
      problems.add(() => `${where('articles', i, a)}: its case ${idText(a.caseId)} does not list it in articleIds`)
  })
}

/** Every claim on an article of the bundle, its anchor inside the text, quoting it, splitting no character. */
function anchors(b: Bundle, problems: Problems): void {
  const texts = new Map(b.articles.map((a) => [a.id, a.text]))
  b.claims.forEach((c, i) => {
    const at = () => where('claims', i, c)
    const text = texts.get(c.articleId)
    if (text === undefined)
      return problems.add(() => `${at()}: its article ${idText(c.articleId)} is not in the bundle`)
    // An orphan's offsets are not meaningful (its quote is the last known one): nothing to check in the text.
    if (c.orphan === true) {
      const broken = brokenCharacter(c.anchor.exact)
      if (broken) problems.add(() => `${at()} anchor.exact: ${broken}`)
      return
    }
    const { start, end, exact } = c.anchor
    if (end > text.length) {
      problems.add(
        () =>
          `${at()}: anchor end ${end} is past the end of article ${idText(c.articleId)}'s text (${text.length} characters)`
      )
    } else if (start > end) {
      problems.add(() => `${at()}: anchor start ${start} is after its end ${end}`)
    } else if (splitsPair(text, start) || splitsPair(text, end)) {
      const offset = splitsPair(text, start) ? start : end
      problems.add(() => `${at()}: the anchor splits a character (a surrogate pair) at offset ${offset}`)
    } else if (text.slice(start, end) !== exact) {
      problems.add(
        () =>
          `${at()}: the anchor's exact text ${quote(exact)} does not match article ${idText(c.articleId)}'s text at ${start}–${end} (${quote(text.slice(start, end))})`
      )
    }
  })
}

/** Every link joins two claims of the bundle, of two different articles of one case. */
function links(b: Bundle, problems: Problems): void {
  const caseOf = new Map(b.articles.map((a) => [a.id, a.caseId]))
  const cases = new Set(b.cases.map((c) => c.id))
  const articleOf = new Map(b.claims.map((c) => [c.id, c.articleId]))
  b.links.forEach((l, i) => {
    const at = () => where('links', i, l)
    const [a, z] = l.claimIds
    const missing = l.claimIds.filter((id) => !articleOf.has(id))
    if (missing.length)
      return missing.forEach((id) => problems.add(() => `${at()}: its claim ${idText(id)} is not in the bundle`))
    if (a === z) return problems.add(() => `${at()}: it links claim ${idText(a)} with itself`)
    const [articleA, articleZ] = [articleOf.get(a)!, articleOf.get(z)!]
    const [caseA, caseZ] = [caseOf.get(articleA), caseOf.get(articleZ)]
    // a claim of a missing article, or an article of a missing case, is reported as such already
    if (caseA === undefined || caseZ === undefined || !cases.has(caseA) || !cases.has(caseZ)) return
    if (articleA === articleZ)
      return problems.add(
        () => `${at()}: both its claims are in article ${idText(articleA)}; a link joins claims of two articles`
      )
    if (caseA !== caseZ)
      problems.add(
        () =>
          `${at()}: its claims are in two cases (${idText(String(caseA))} and ${idText(String(caseZ))}); a link joins claims of one case`
      )
  })
}

/** Reads a bundle file's text; refuses it whole (with what is wrong and where) or returns the checked bundle. Never throws. */
export function parseBundle(json: string): BundleCheck {
  try {
    return checkBundle(json)
  } catch (error) {
    // Only a failure of the engine itself (memory) can reach here: still a sentence, never a stack.
    return {
      ok: false,
      message: `The bundle could not be read (${error instanceof RangeError ? 'it is too large for this machine' : 'an internal error'}).`
    }
  }
}

function checkBundle(json: string): BundleCheck {
  const body = json.charCodeAt(0) === 0xfeff ? json.slice(1) : json
  if (body.trim() === '') return { ok: false, message: 'The file is empty; a Parallax bundle is a JSON document.' }
  if (body.length > MAX_BUNDLE_BYTES)
    return {
      ok: false,
      message: `The file is larger than a bundle can be (${formatNumber(MAX_BUNDLE_BYTES)} characters).`
    }
  const nesting = findNestingProblem(body, BUNDLE_LIMITS.depth, BUNDLE_LIMITS.containers)
  if (nesting?.kind === 'depth') {
    return {
      ok: false,
      message: `The file nests arrays or objects more than ${BUNDLE_LIMITS.depth} levels deep (at ${lineColumn(body, nesting.offset)}); a Parallax bundle is never that deep.`
    }
  }
  if (nesting) {
    return {
      ok: false,
      message: `The file holds more than ${formatNumber(BUNDLE_LIMITS.containers)} arrays and objects (the one past them at ${lineColumn(body, nesting.offset)}); a bundle of the most records Parallax reads holds fewer.`
    }
  }
  let data: unknown
  try {
    data = JSON.parse(body)
  } catch {
    return { ok: false, message: syntaxMessage(body) }
  }
  const format = formatProblem(data)
  if (format) return { ok: false, message: format }
  const tooMany = countProblem(data as Record<string, unknown>)
  if (tooMany) return { ok: false, message: tooMany }

  const problems = new Problems()
  const parsed = bundleSchema.safeParse(data)
  if (!parsed.success) {
    describeSchemaIssues(data, parsed.error.issues, problems)
    return problems.refusal()
  }
  const bundle: Bundle = parsed.data
  fields(bundle, problems)
  // References assume sane fields: an id with a control character is reported once, not again as missing.
  if (problems.count) return problems.refusal()
  duplicates(bundle, problems)
  membership(bundle, problems)
  anchors(bundle, problems)
  links(bundle, problems)
  if (problems.count) return problems.refusal()
  const stored = withStoredClaimIds(bundle)
  if (stored !== bundle) duplicates(stored, problems)
  return problems.count ? problems.refusal() : { ok: true, bundle: stored }
}

/**
 * A bundle's claims are records to store: a suggestion's `s:` id (the CLI's bundles carry them)
 * becomes the id it keeps once stored, in the links too, so the app never takes a stored claim for
 * a suggestion still to review.
 */
function withStoredClaimIds(b: Bundle): Bundle {
  if (!b.claims.some((c) => isSuggestionId(c.id))) return b
  return {
    ...b,
    claims: b.claims.map((c) => ({ ...c, id: storedSuggestionId(c.id) })),
    links: b.links.map((l) => ({
      ...l,
      claimIds: [storedSuggestionId(l.claimIds[0]), storedSuggestionId(l.claimIds[1])]
    }))
  }
}
