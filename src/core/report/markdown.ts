/**
 * The Markdown claim report: title, sources table, comparison summary (conflicts first), then each
 * article's claims by kind in text order. Every piece of user text (titles, quotes, notes) passes
 * through escapeMarkdown, so a quote holding `*`, `|`, `<script>` or a leading `#` reads as written
 * and can neither format the report nor inject HTML into a Markdown renderer.
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

/**
 * Escapes text for Markdown (CommonMark + GFM tables): inline syntax characters anywhere, and block
 * markers (`#`, `-`, `+`, `=`, `1.`) at the start of every line after a break. Line breaks are kept
 * for the caller to lay out; the first line always follows a prefix of the caller's ("Note: ", "| ").
 */
export function escapeMarkdown(text: string): string {
  return revealReordering(text)
    .split(/\r\n|\r|\n/)
    .map((line, i) => {
      const escaped = line
        .trim()
        .replace(/[\\`*_[\]<>|~]/g, '\\$&')
        .replace(/&(?=#?\w+;)/g, '\\&')
        // GFM turns "https://…", "www.…" and "name@host" in plain text into links: an escaped ':', '.' or '@' ends the match
        .replace(/:(?=\/\/)/g, '\\:')
        .replace(/\b(www)\./gi, '$1\\.')
        .replace(/@/g, '\\@')
      return i === 0 ? escaped : escaped.replace(/^([#+=-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2')
    })
    .join('\n')
}

/** Escaped text on one line (table cells, headings). */
function inline(text: string): string {
  return escapeMarkdown(text)
    .split('\n')
    .filter((l) => l !== '')
    .join(' ')
}

/** Escaped text over several lines inside a list item: hard breaks, continuation indented. */
function block(text: string, indent: string): string {
  return escapeMarkdown(text)
    .split('\n')
    .filter((l) => l !== '')
    .join(`\\\n${indent}`)
}

function quoted(text: string): string {
  return `“${inline(text)}”`
}

/** An autolink for an address src/core/url accepts; any other is shown escaped with its invisible characters revealed, never linked. */
function urlCell(url: string): string {
  const u = url.trim()
  return isWebAddress(u) && !/[<>|`]/.test(u) ? `<${u}>` : cell(revealInvisible(u))
}

/** Escaped cell text, or a dash for an empty cell. */
function cell(text: string): string {
  return inline(text) || '—'
}

function sourcesTable(articles: Article[]): string[] {
  const rows = articles.map((a, i) =>
    [
      '',
      String(i + 1),
      cell(a.outlet),
      cell(a.title),
      cell(a.byline),
      cell(formatPublished(a.publishedAt)),
      urlCell(a.url),
      ''
    ]
      .join(' | ')
      .trim()
  )
  return ['| # | Outlet | Title | Byline | Date | URL |', '| --- | --- | --- | --- | --- | --- |', ...rows]
}

function side(s: ComparisonSide): string {
  const value = formatValue(s.claim)
  const page = claimPage(s.claim, s.article)
  const label = `${inline(s.label)}${page ? `, ${page}` : ''}`
  return `**${label}:** ${quoted(s.claim.anchor.exact)}${value ? ` — ${inline(value)}` : ''}`
}

function comparison(input: ReportInput): string[] {
  const groups = summarizeComparisons(input)
  const out = ['## Comparison', '']
  if (groups.length === 0) return [...out, 'No claims are linked across articles yet.', '']
  out.push(`${capitalise(describeCounts(groups))}.`, '')
  for (const group of groups) {
    const label = relationLabels[group.relation]
    out.push(`### ${group.entries.length === 1 ? label.one : label.many} (${group.entries.length})`, '')
    group.entries.forEach(({ link, a, b }, i) => {
      const n = `${i + 1}. `
      const indent = ' '.repeat(n.length)
      out.push(`${n}${side(a)}\\`, `${indent}${side(b)}`)
      if (link.reason.trim()) out[out.length - 1] += `\\\n${indent}*Why:* ${block(link.reason, indent)}`
      out.push('')
    })
  }
  return out
}

function claimItem(claim: Claim, article: Article): string[] {
  const value = formatValue(claim)
  const page = claimPage(claim, article)
  const status = `${statusLabels[claim.status]}${page ? ` · ${page}` : ''}`
  const lines = [`- ${quoted(claim.anchor.exact)}\\`, `  ${value ? `**${inline(value)}**` : '(no value)'} · ${status}`]
  if (claim.note.trim()) lines[1] += `\\\n  Note: ${block(claim.note, '  ')}`
  return lines
}

function articleClaims(own: readonly Claim[] | undefined, article: Article, index: number): string[] {
  const heading = articleHeading(article)
  const out = [`### ${index + 1}. ${heading.name ? `${inline(heading.name)}: ` : ''}${inline(heading.title)}`, '']
  const groups = claimsByKind(own)
  if (groups.length === 0) return [...out, 'No claims tagged.', '']
  for (const group of groups) {
    out.push(`#### ${kindLabels[group.kind].many} (${group.claims.length})`, '')
    for (const claim of group.claims) out.push(...claimItem(claim, article))
    out.push('')
  }
  return out
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}

/** The claim report as Markdown (UTF-8 text, `\n` line ends, ends with one newline). */
export function renderMarkdown(input: ReportInput, ctx: ReportContext): string {
  const articles = orderArticles(input)
  const claims = input.claims.length
  const own = claimsByArticle(input.claims)
  const lines = [
    `# Claim report: ${inline(reportTitle(input))}`,
    '',
    `Generated ${inline(formatTimestamp(ctx.generatedAt))} by Parallax ${inline(ctx.appVersion)}. ` +
      `${articles.length} ${articles.length === 1 ? 'article' : 'articles'}, ${claims} ${claims === 1 ? 'claim' : 'claims'}.`,
    '',
    '## Sources',
    '',
    ...sourcesTable(articles),
    '',
    ...comparison(input),
    '## Claims by article',
    '',
    ...articles.flatMap((a, i) => articleClaims(own.get(a.id), a, i))
  ]
  return lines.join('\n').replace(/\n+$/, '') + '\n'
}
