/**
 * The edges of an extracted article body (the HTML path). Article extraction keeps, at the top,
 * what sits with the headline — the headline itself, kicker, dek, byline, role, date stamps, share
 * bars, image credits — and, at the bottom, credits, author bios and the lists sites append
 * ("Related Topics", "More on this story"). The body is the story only (DESIGN: title, byline and
 * captions are fields of their own), so these go; what they say (byline, a written date) is
 * handed back for the fields.
 */
import {
  endsInUnpunctuatedScript,
  endsLikeSentence,
  isCaptionLine,
  isChromeLine,
  isCreditLine,
  isInterstitialLine,
  isSentenceLike,
  isTrailerHeading,
  wordCount
} from './chrome'
import { dayFromWrittenDate, isDateLine } from './dates'
import { cleanByline, isAgencyBylineLine, isBylineLine, isNameLine, isRoleLine } from './fields'
import { sameHeadline, titleKey } from './titles'

export interface EdgeContext {
  /** every headline the page states (chosen title, h1, og:title…): a repeat of one at the top goes */
  titles: string[]
  /** the byline already known, '' when none: a bio paragraph of that person at the bottom goes */
  byline: string
  /** a live blog's entries start with timestamps, which are then kept */
  isLiveBlog: boolean
}

export interface TrimmedBody {
  paragraphs: string[]
  /** captions found as credit-carrying lines in the body */
  captions: string[]
  /** a byline read from the dropped header lines or from "Reporting by" credits; '' when none */
  byline: string
  /** `YYYY-MM-DD` from a dropped "Published …" line or a date next to the byline; undefined when none */
  writtenDate: string | undefined
}

/**
 * Paragraphs below which a trailer heading may sit; prose after it makes it a subhead instead.
 * Thai and Lao end sentences with no mark, so a long enough paragraph of theirs is prose as it ends.
 */
function isProse(p: string): boolean {
  const words = wordCount(p)
  return words >= 8 && ((isSentenceLike(p) && endsLikeSentence(p)) || (words >= 20 && endsInUnpunctuatedScript(p)))
}

function bylineOf(line: string): string {
  if (isBylineLine(line)) return cleanByline(line)
  if (isAgencyBylineLine(line)) return cleanByline(line.replace(/,[^,]*$/, ''))
  return ''
}

/** `p` repeats headline `t`: the same words, or nearly all of them (a cut or an extended form), not a sentence built on them. */
function repeatsTitle(p: string, t: string): boolean {
  const kp = titleKey(p).length
  const kt = titleKey(t).length
  return sameHeadline(p, t) && kp >= kt * 0.6 && kp <= kt * 1.3
}

/**
 * Lines the header above an article may span. The headers of the saved pages and of Readability's
 * test pages span at most 4 (16 words, 21 with a dek); a share bar read as one line per button
 * can add a dozen.
 */
const MAX_HEADER_LINES = 30

/** A header line by what it is, wherever in the header it sits. */
function isHeaderMarker(p: string, ctx: EdgeContext): boolean {
  if (ctx.titles.some((t) => repeatsTitle(p, t))) return true
  if (ctx.isLiveBlog && isDateLine(p)) return false // a live blog's entry times are part of its text
  if (isChromeLine(p) || isInterstitialLine(p) || bylineOf(p) || isRoleLine(p)) return true
  // "Island Post, 14 August 2016": a short stamp line naming a date
  return wordCount(p) <= 8 && !endsLikeSentence(p) && dayFromWrittenDate(p) !== undefined
}

/** Header lines: one paragraph per line (a <br>-built header holds headline, byline and date in one). */
function explodeTop(paragraphs: readonly string[]): string[] {
  const out: string[] = []
  let i = 0
  for (; i < paragraphs.length && !isProse(paragraphs[i]!); i++) out.push(...paragraphs[i]!.split('\n'))
  return out.concat(paragraphs.slice(i))
}

/** Index of the first paragraph after the header (everything before it is dropped), and what the header said. */
function readHeader(
  ps: readonly string[],
  ctx: EdgeContext
): { start: number; byline: string; date: string | undefined } {
  let firstProse = ps.findIndex((p) => isSentenceLike(p) && !isHeaderMarker(p, ctx))
  if (firstProse < 0) firstProse = ps.length
  let cut = -1
  let leading = -1
  for (let i = 0; i < firstProse; i++) {
    const p = ps[i]!
    const nameWithRole = isNameLine(p) && (isRoleLine(ps[i + 1] ?? '') || isDateLine(ps[i + 1] ?? ''))
    if (isHeaderMarker(p, ctx) || nameWithRole) {
      cut = i
      if (leading === i - 1) leading = i
    }
  }
  // a header is a few lines (headline, kicker, byline, stamps, a share bar); markers strewn through
  // more lines than that before any prose are part of what the article opens with (a product grid,
  // a table of contents, a list of entries), of which only a run of markers at the very top goes
  if (cut >= MAX_HEADER_LINES) cut = leading
  let byline = ''
  let date: string | undefined
  for (let i = 0; i <= cut; i++) {
    const p = ps[i]!
    const found = bylineOf(p) || (isNameLine(p) && isRoleLine(ps[i + 1] ?? '') ? p : '')
    if (found && !byline) byline = found
    // a labelled stamp ("Published: …") or a date in or right after the byline line; never "Updated …"
    const labelled = /^\W*(published|posted|first published|نشر)/iu.test(p)
    const withByline = (found !== '' || bylineOf(ps[i - 1] ?? '') !== '') && !/updated|modified/i.test(p)
    if (!date && (labelled || withByline)) date = dayFromWrittenDate(p)
  }
  return { start: cut + 1, byline, date }
}

/** `counts[j]`: how many of `ps[j..]` are prose, for j from `from` to ps.length. */
function countProseFrom(ps: readonly string[], from: number): number[] {
  const counts = new Array<number>(ps.length + 1).fill(0)
  for (let j = ps.length - 1; j >= from; j--) counts[j] = counts[j + 1]! + (isProse(ps[j]!) ? 1 : 0)
  return counts
}

/** Index just past the last body paragraph: drops trailer lists, credits, bios and chrome from the bottom. */
function findEnd(ps: readonly string[], start: number, ctx: EdgeContext, credits: string[]): number {
  let end = ps.length
  // prose paragraphs from each index to the bottom, counted once: a page with many subheads that
  // read like trailer headings would otherwise re-read all that follows each of them
  let proseFrom: number[] | undefined
  for (let i = start + 1; i < ps.length; i++) {
    if (!isTrailerHeading(ps[i]!)) continue
    proseFrom ??= countProseFrom(ps, start + 1)
    if (proseFrom[i + 1]! * 2 <= ps.length - i - 1) {
      end = i
      break
    }
  }
  const name = titleKey(ctx.byline)
  while (end > start) {
    const p = ps[end - 1]!
    const bio = name !== '' && titleKey(p).startsWith(name) && wordCount(p) <= 60 && !/\bsaid\b/i.test(p)
    if (isCreditLine(p)) credits.unshift(p)
    else if (!(isChromeLine(p) || bio || isTrailerHeading(p))) break
    end--
  }
  return end
}

/** The names a "Reporting by A and B in Place; Editing by C" credit gives for the reporting. */
function bylineFromCredits(credits: readonly string[]): string {
  for (const c of credits) {
    const m = /^\(?\s*reporting by\s+([^;)]+)/i.exec(c.trim())
    if (m) return cleanByline(m[1]!)
  }
  return ''
}

/** Trims the header and trailer from the edges of article paragraphs, and takes caption lines out. */
export function trimArticleEdges(paragraphs: readonly string[], ctx: EdgeContext): TrimmedBody {
  const captions: string[] = []
  const kept = explodeTop(paragraphs).filter((p) => {
    if (isInterstitialLine(p)) return false
    if (!isCaptionLine(p)) return true
    captions.push(p)
    return false
  })
  const header = readHeader(kept, ctx)
  const credits: string[] = []
  const end = findEnd(kept, header.start, { ...ctx, byline: ctx.byline || header.byline }, credits)
  return {
    paragraphs: kept.slice(header.start, end),
    captions,
    byline: header.byline || bylineFromCredits(credits),
    writtenDate: header.date
  }
}
