/** Plain-text layout for the commands' readable output: one-line excerpts and aligned columns. */
import { claimKinds, type Article, type Claim } from '@core/model'
import { formatPublished, kindLabels } from '@core/report'

/** Text on one line: runs of white space (line breaks included) become one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/**
 * At most `max` characters on one line: cut at the last word break that keeps at least half of
 * the room (else mid-word), marked with an ellipsis. Never splits a surrogate pair.
 */
export function clip(text: string, max: number): string {
  const line = oneLine(text)
  if ([...line].length <= max) return line
  const head = [...line].slice(0, max - 1).join('')
  const space = head.lastIndexOf(' ')
  return (space >= head.length / 2 ? head.slice(0, space) : head).trimEnd() + '…'
}

/** A quote as shown: “…”, clipped to `max` characters inside the marks. */
export function quote(text: string, max: number): string {
  return `“${clip(text, max)}”`
}

/** Rows of cells as aligned columns (two spaces apart, `indent` first); the last column is not padded. */
export function columns(rows: readonly (readonly string[])[], indent = '  '): string {
  const widths: number[] = []
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)))
  return rows
    .map(
      (row) =>
        indent +
        row
          .map((cell, i) => (i === row.length - 1 ? cell : cell + ' '.repeat((widths[i] ?? 0) - [...cell].length)))
          .join('  ')
    )
    .map((line) => line.trimEnd() + '\n')
    .join('')
}

/** "Diyaruna, 15 August 2016": the outlet and date of an article, whichever are known ('' when neither). */
export function outletAndDate(article: Article): string {
  return [article.outlet.trim(), formatPublished(article.publishedAt)].filter(Boolean).join(', ')
}

/** How an article is named in verdicts: its outlet, else its title, else the file it came from. */
export function articleName(article: Article): string {
  return article.outlet.trim() || article.title.trim() || article.sourceName
}

/** "1 claim", "3 claims". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}

/** "3 casualties, 4 dates, 1 attribution": claims counted by kind, in the kinds' order ('' for none). */
export function kindCounts(claims: readonly Claim[]): string {
  return claimKinds
    .map((kind) => ({ kind, n: claims.filter((c) => c.kind === kind).length }))
    .filter(({ n }) => n > 0)
    .map(({ kind, n }) => plural(n, kindLabels[kind].one.toLowerCase(), kindLabels[kind].many.toLowerCase()))
    .join(', ')
}
