/**
 * Hard-wrapped text → paragraphs. Wire copy, e-mail and printer pages break every line at a fixed
 * column (often 72), so each printed line would otherwise become a line of the article. A line was
 * broken by the wrapper exactly when the next line's first word would not have fitted after it
 * (greedy wrapping, the rule every wrapper uses); a line that stops short was ended on purpose
 * (an address, a signature, verse) and keeps its break.
 */
import { endsLikeSentence } from './chrome'

/** Longest width we treat as a wrap column; longer lines mean the text was not wrapped. */
const MAX_WRAP_COLUMN = 80
/** Fewer forced breaks than this say nothing about a file. */
const MIN_FORCED_BREAKS = 3

function firstWordLength(line: string): number {
  return (line.trimStart().split(/\s+/)[0] ?? '').length
}

/** True when the break after `line` was made by a wrapper at `width`: the next word would not have fitted. */
function isForcedBreak(line: string, next: string, width: number): boolean {
  if (next.trim() === '' || line.trim() === '') return false
  if (line.length + 1 + firstWordLength(next) > width) return true
  // Wrappers that break a few columns early still leave an unfinished sentence running on in lower case.
  return line.length >= width * 0.6 && !endsLikeSentence(line.trim()) && /^\s*\p{Ll}/u.test(next)
}

/**
 * The wrap column of `lines` when they are clearly hard-wrapped — nearly all lines ≤ 80 characters
 * and several breaks forced by the width — else 0. Short verse-like lines never qualify: their
 * next words would have fitted.
 */
export function wrapColumn(lines: readonly string[]): number {
  const filled = lines.filter((l) => l.trim() !== '')
  if (filled.length < 4) return 0
  const long = filled.filter((l) => l.length > MAX_WRAP_COLUMN).length
  if (long > filled.length * 0.05) return 0
  // a loop, not Math.max(...lengths): spreading 200,000 lines overflows the call stack
  let width = 0
  for (const l of filled) width = Math.max(width, l.length)
  let pairs = 0
  let forced = 0
  for (let i = 0; i + 1 < lines.length; i++) {
    if (lines[i]!.trim() === '' || lines[i + 1]!.trim() === '') continue
    pairs++
    const wrapped = lines[i]!.length + 1 + firstWordLength(lines[i + 1]!) > width
    const runOn = !endsLikeSentence(lines[i]!.trim()) && /^\s*\p{Ll}/u.test(lines[i + 1]!)
    if (wrapped && runOn) forced++
  }
  return forced >= MIN_FORCED_BREAKS && forced >= pairs * 0.3 ? width : 0
}

/**
 * `text` with the lines a wrapper broke joined back into their paragraphs; unchanged when the text
 * is not clearly hard-wrapped. Blank lines (paragraph breaks) and deliberate short lines stay.
 */
export function reflowHardWrapped(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  const width = wrapColumn(lines)
  if (width === 0) return text
  const out: string[] = []
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const prev = lines[i - 1]
    if (prev !== undefined && out.length && isForcedBreak(prev, line, width)) out[out.length - 1] += ` ${line.trim()}`
    else out.push(line)
  }
  return out.join('\n')
}
