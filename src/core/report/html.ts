/**
 * The HTML claim report, and the source of the PDF (main prints it). One self-contained file:
 * inline CSS with print rules, no script, no external resource (a CSP meta forbids loading any),
 * and links only to the sources' own http(s) URLs. Every piece of user text passes through
 * escapeHtml; each article's quotes carry its lang and dir so Arabic reads right to left, and free
 * text (notes, names) is isolated with dir="auto".
 */
import { relationLabels } from '@core/compare'
import type { Article, Claim } from '@core/model'
import { revealInvisible, revealReordering } from '@core/text'
import { isWebAddress } from '@core/url'
import { formatPublished, formatTimestamp, formatValue, kindLabels, statusLabels } from './format-value'
import {
  articleHeading,
  claimPage,
  claimsByArticle,
  claimsByKind,
  orderArticles,
  reportTitle,
  type ReportContext,
  type ReportInput
} from './input'
import { describeCounts, summarizeComparisons, type ComparisonSide } from './summary'

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/**
 * Escapes text for HTML element content and double- or single-quoted attribute values. Direction
 * overrides and isolates are shown as markers (⟨U+202E⟩), so a quote or title reads as stored.
 */
export function escapeHtml(text: string): string {
  return revealReordering(text).replace(/[&<>"']/g, (ch) => HTML_ENTITIES[ch] ?? ch)
}

const CSS = `
:root { color-scheme: light; }
body { font: 15px/1.5 Georgia, "Times New Roman", serif; color: #1a1a1a; max-width: 52rem; margin: 2rem auto; padding: 0 1.5rem; }
h1, h2, h3, h4 { font-family: "Helvetica Neue", Arial, sans-serif; line-height: 1.25; }
h1 { font-size: 1.7rem; margin-bottom: .25rem; }
h2 { font-size: 1.3rem; border-bottom: 1px solid #bbb; padding-bottom: .2rem; margin-top: 2rem; }
h3 { font-size: 1.1rem; margin-top: 1.5rem; }
h4 { font-size: .95rem; text-transform: uppercase; letter-spacing: .04em; color: #555; margin: 1rem 0 .4rem; }
.meta { color: #555; font-size: .9rem; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { border: 1px solid #ccc; padding: .3rem .5rem; text-align: start; vertical-align: top; }
th { background: #f2f2f2; }
td.url { word-break: break-all; }
ol.pairs, ul.claims { padding-inline-start: 1.4rem; }
ol.pairs > li, ul.claims > li { margin-bottom: .8rem; break-inside: avoid; }
.side { display: block; }
.outlet { font-weight: bold; }
q { quotes: "\\201C" "\\201D"; }
.value { font-weight: bold; }
.reason, .note { display: block; color: #333; white-space: pre-line; }
.status { font-size: .8rem; padding: 0 .35rem; border-radius: .2rem; border: 1px solid #999; }
.status-confirmed { background: #e3f3e3; border-color: #4a8a4a; }
.status-disputed { background: #fff1d6; border-color: #b07800; }
.status-rejected { background: #fbe0e0; border-color: #a33; }
section.conflict h3 { color: #a33; }
footer { margin-top: 2.5rem; border-top: 1px solid #bbb; padding-top: .4rem; font-size: .8rem; color: #555; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  a { color: inherit; text-decoration: none; }
  h2, h3, h4 { break-after: avoid; }
  tr, li { break-inside: avoid; }
  .status { border-color: #000; background: none; }
}
`.trim()

/** A BCP 47-looking tag, or nothing: the stored lang is data from outside and only ever an attribute value. */
function langAttrs(article: Article | undefined): string {
  if (!article) return ' dir="auto"'
  const lang = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(article.lang) ? ` lang="${escapeHtml(article.lang)}"` : ''
  return `${lang} dir="${article.dir === 'rtl' ? 'rtl' : 'ltr'}"`
}

/** Free text of unknown direction (names, notes): isolated so an Arabic note does not reorder its line. */
function bdi(text: string): string {
  return `<bdi>${escapeHtml(text)}</bdi>`
}

/** A table cell's text, or a dash when it is empty. */
function cell(text: string): string {
  return text.trim() ? bdi(text) : '—'
}

/** A link for an address src/core/url accepts; any other is shown as text with its invisible characters revealed. */
function link(url: string): string {
  const u = url.trim()
  if (!isWebAddress(u)) return cell(revealInvisible(u))
  return `<a href="${escapeHtml(u)}" rel="noreferrer">${escapeHtml(u)}</a>`
}

function quote(claim: Claim, article: Article | undefined): string {
  return `<q${langAttrs(article)}>${escapeHtml(claim.anchor.exact)}</q>`
}

function statusBadge(claim: Claim): string {
  return `<span class="status status-${claim.status}">${statusLabels[claim.status]}</span>`
}

function sources(articles: Article[]): string[] {
  const rows = articles.map(
    (a, i) =>
      `<tr><td>${i + 1}</td><td>${cell(a.outlet)}</td><td${langAttrs(a)}>${escapeHtml(a.title)}</td><td>${cell(a.byline)}</td>` +
      `<td>${cell(formatPublished(a.publishedAt))}</td><td class="url">${link(a.url)}</td></tr>`
  )
  return [
    '<h2>Sources</h2>',
    '<table>',
    '<thead><tr><th>#</th><th>Outlet</th><th>Title</th><th>Byline</th><th>Date</th><th>URL</th></tr></thead>',
    '<tbody>',
    ...rows,
    '</tbody>',
    '</table>'
  ]
}

/** Where a PDF's claim stands ("p. 3"), or nothing for other articles. */
function page(claim: Claim, article: Article | undefined): string {
  const label = claimPage(claim, article)
  return label ? ` <span class="page">${label}</span>` : ''
}

function side(s: ComparisonSide): string {
  const value = formatValue(s.claim)
  const at = claimPage(s.claim, s.article)
  const label = `<span class="outlet">${bdi(s.label)}${at ? `, ${at}` : ''}:</span>`
  return `<span class="side">${label} ${quote(s.claim, s.article)}${value ? ` — ${bdi(value)}` : ''}</span>`
}

function comparison(input: ReportInput): string[] {
  const groups = summarizeComparisons(input)
  const out = ['<h2>Comparison</h2>']
  if (groups.length === 0) return [...out, '<p>No claims are linked across articles yet.</p>']
  const counts = describeCounts(groups)
  out.push(`<p>${escapeHtml(counts.charAt(0).toUpperCase() + counts.slice(1))}.</p>`)
  for (const group of groups) {
    const label = relationLabels[group.relation]
    out.push(
      `<section class="${group.relation}">`,
      `<h3>${group.entries.length === 1 ? label.one : label.many} (${group.entries.length})</h3>`,
      '<ol class="pairs">'
    )
    for (const { link: l, a, b } of group.entries) {
      const reason = l.reason.trim()
        ? `<span class="reason" dir="auto"><em>Why:</em> ${escapeHtml(l.reason.trim())}</span>`
        : ''
      out.push(`<li>${side(a)}${side(b)}${reason}</li>`)
    }
    out.push('</ol>', '</section>')
  }
  return out
}

function claimItem(claim: Claim, article: Article): string {
  const value = formatValue(claim)
  const note = claim.note.trim() ? `<span class="note" dir="auto">Note: ${escapeHtml(claim.note.trim())}</span>` : ''
  const shown = `<span class="value">${value ? bdi(value) : '(no value)'}</span>`
  return `<li>${quote(claim, article)}<br>${shown} ${statusBadge(claim)}${page(claim, article)}${note}</li>`
}

function articleClaims(own: readonly Claim[] | undefined, article: Article, index: number): string[] {
  const heading = articleHeading(article)
  const out = [
    '<section class="article">',
    `<h3>${index + 1}. ${heading.name ? `${bdi(heading.name)}: ` : ''}<span${langAttrs(article)}>${escapeHtml(heading.title)}</span></h3>`
  ]
  const groups = claimsByKind(own)
  if (groups.length === 0) out.push('<p>No claims tagged.</p>')
  for (const group of groups) {
    out.push(`<h4>${kindLabels[group.kind].many} (${group.claims.length})</h4>`, '<ul class="claims">')
    for (const claim of group.claims) out.push(claimItem(claim, article))
    out.push('</ul>')
  }
  out.push('</section>')
  return out
}

/** The claim report as one self-contained HTML document (UTF-8, ends with one newline). */
export function renderHtml(input: ReportInput, ctx: ReportContext): string {
  const articles = orderArticles(input)
  const own = claimsByArticle(input.claims)
  const title = `Claim report: ${reportTitle(input)}`
  const claims = input.claims.length
  const generated = `Generated ${formatTimestamp(ctx.generatedAt)} by Parallax ${ctx.appVersion}.`
  const lines = [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="Parallax ${escapeHtml(ctx.appVersion)}">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>\n${CSS}\n</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1 dir="auto">${escapeHtml(title)}</h1>`,
    `<p class="meta">${escapeHtml(generated)} ${articles.length} ${articles.length === 1 ? 'article' : 'articles'}, ${claims} ${claims === 1 ? 'claim' : 'claims'}.</p>`,
    '</header>',
    '<main>',
    ...sources(articles),
    ...comparison(input),
    '<h2>Claims by article</h2>',
    ...articles.flatMap((a, i) => articleClaims(own.get(a.id), a, i)),
    '</main>',
    `<footer>${escapeHtml(generated)}</footer>`,
    '</body>',
    '</html>'
  ]
  return lines.join('\n') + '\n'
}
