/**
 * The CSV claim table: one row per claim, every value field in a column of its own, for
 * spreadsheets. Tags are a JSON array in their cell; start and end count code points, as the Web
 * Annotation export does (the header says so). RFC 4180 (CRLF line ends, every field quoted, quotes doubled), UTF-8 with a
 * byte-order mark so spreadsheet programs read Arabic right.
 */
import { pageAt, type Article, type Claim } from '@core/model'
import { formatValue } from './format-value'
import { codePointOffsetsOf, EXPORT_OFFSET_UNIT } from './offsets'
import { claimsByArticle, claimsByKind, orderArticles, type ReportInput } from './input'
import { summarizeComparisons, verdictsByClaim } from './summary'

const BOM = '\uFEFF'
const CRLF = '\r\n'

/**
 * Where a cell may begin, when a formula starter (= + - @ tab CR) follows: the start of the text,
 * or just after any character some program splits a row on (our comma, the semicolon of locales
 * whose decimal mark is a comma, tab, bar, line breaks: a reader that ignores our quotes splits
 * there too), past spaces and quotes (a quote there may only open a quoted cell). A tab or CR is a
 * starter and a separator at once ("\t=1" gets both apostrophes): the lookbehind lets matches touch.
 */
const FORMULA_AT_CELL_START = /(?<=^|[,;\t|\r\n])[ "]*(?=[=+\-@\t\r])/g
const SEPARATOR = /[,;\t|\r\n]/
const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r'])

/** `text` with an apostrophe before each formula starter where a cell may begin (one regex scan: exports of 200,000 claims). */
function defuseFormulas(text: string): string {
  if (!SEPARATOR.test(text)) {
    // only the start can begin a cell: most fields (ids, kinds, names) are done after a glance
    let k = 0
    while (text[k] === ' ' || text[k] === '"') k++
    if (!FORMULA_START.has(text[k] ?? '')) return text
  }
  return text.replace(FORMULA_AT_CELL_START, "$&'")
}

/**
 * Escapes one field for CSV (RFC 4180): always quoted, quotes doubled. Text that a spreadsheet would
 * run as a formula — = + - @, tab or CR where a cell may start, also where a `;`-splitting reader
 * finds one inside our field ("Weekly;=1+1;") — gets an apostrophe before it, as OWASP advises
 * against CSV injection: quotes and notes are hostile data. Numbers we write ourselves are never touched.
 */
export function escapeCsv(field: string | number | undefined, kind: 'text' | 'number' = 'text'): string {
  if (field === undefined) return '""'
  const s = kind === 'text' ? defuseFormulas(String(field)) : String(field)
  return `"${s.replace(/"/g, '""')}"`
}

type Column = [
  header: string,
  cell: (claim: Claim, article: Article | undefined) => string | number | undefined,
  kind?: 'number'
]

function valueField<K extends Claim['kind']>(kind: K, key: string) {
  return (claim: Claim) =>
    claim.kind === kind ? (claim.value as Record<string, string | number | undefined>)[key] : undefined
}

/** The columns in order; the header row is their names. */
function columns(verdicts: (claim: Claim) => string): Column[] {
  return [
    ['claim id', (c) => c.id],
    ['article', (_, a) => a?.title ?? ''],
    // empty when unknown: a title in this column would read as an outlet
    ['outlet', (_, a) => a?.outlet.trim() ?? ''],
    ['article id', (c) => c.articleId],
    ['kind', (c) => c.kind],
    ['quote', (c) => c.anchor.exact],
    ['value', (c) => formatValue(c)],
    ['outcome', valueField('casualty', 'outcome')],
    ['min', (c) => (c.kind === 'casualty' || c.kind === 'quantity' ? c.value.min : undefined), 'number'],
    ['max', (c) => (c.kind === 'casualty' || c.kind === 'quantity' ? c.value.max : undefined), 'number'],
    ['amount', valueField('quantity', 'amount'), 'number'],
    ['unit', valueField('quantity', 'unit')],
    ['vague', valueField('casualty', 'vague')],
    ['who', valueField('casualty', 'who')],
    ['what', valueField('quantity', 'what')],
    ['date', valueField('date', 'iso')],
    ['granularity', valueField('date', 'granularity')],
    ['calendar', valueField('date', 'calendar')],
    ['as written', valueField('date', 'text')],
    ['speaker', valueField('attribution', 'speaker')],
    ['role', valueField('attribution', 'role')],
    ['via', valueField('attribution', 'via')],
    ['verb', valueField('attribution', 'verb')],
    ['attributed quote', valueField('attribution', 'quote')],
    ['text', valueField('other', 'text')],
    ['status', (c) => c.status],
    // the review (ClaimReview's rating and address are the profile's defaults when these are empty)
    ['reviewed', (c) => c.review?.reviewedAt],
    ['rating', (c) => c.review?.rating],
    ['review url', (c) => c.review?.url],
    ['note', (c) => c.note],
    // a JSON array: a tag may hold a comma ("Aleppo, east"), and a list joined by commas could not be read back
    ['tags', (c) => JSON.stringify(c.tags)],
    ['verdicts', verdicts],
    [`start (${EXPORT_OFFSET_UNIT})`, (c, a) => (a ? codePointOffsetsOf(a)(c.anchor.start) : c.anchor.start), 'number'],
    [`end (${EXPORT_OFFSET_UNIT})`, (c, a) => (a ? codePointOffsetsOf(a)(c.anchor.end) : c.anchor.end), 'number'],
    // the page of a PDF where the claim's paragraph starts; empty for other articles
    ['page', (c, a) => (a ? (pageAt(a, c.anchor.start) ?? undefined) : undefined), 'number'],
    ['origin', (c) => c.origin],
    ['updated', (c) => c.updatedAt]
  ]
}

/** Header names of the CSV, in column order (for readers of the file and for tests). */
export const csvHeaders: readonly string[] = columns(() => '').map(([h]) => h)

/** The claims as CSV: BOM, header row, one row per claim (articles in report order, claims by kind in text order), CRLF after every row. */
export function renderCsv(input: ReportInput): string {
  const verdicts = verdictsByClaim(summarizeComparisons(input))
  const cols = columns((c) => (verdicts.get(c.id) ?? []).join('\n'))
  const rows = [cols.map(([h]) => escapeCsv(h)).join(',')]
  const own = claimsByArticle(input.claims)
  for (const article of orderArticles(input)) {
    for (const group of claimsByKind(own.get(article.id))) {
      for (const claim of group.claims)
        rows.push(cols.map(([, cell, kind]) => escapeCsv(cell(claim, article), kind ?? 'text')).join(','))
    }
  }
  return BOM + rows.join(CRLF) + CRLF
}
