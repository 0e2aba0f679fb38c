/**
 * Plain text (and Markdown reduced to text) → title, byline, body and captions. Text saved from a
 * web page carries the page around the article; we find the article as the run of prose between
 * the first and last sentence-like lines, and read the title and byline from what lies above it.
 * Inside the article nothing is dropped except ad interstitials and photo captions, so a short
 * line such as "Crucially." or a subhead stays where the author put it.
 */
import { joinParagraphs, normalizeText } from '@core/text'
import {
  endsLikeSentence,
  isCaptionLine,
  isChromeLine,
  isCreditLine,
  isInterstitialLine,
  isSentenceLike,
  isTrailerHeading,
  isWireCreditLine,
  wordCount
} from './chrome'
import { cleanByline, isAgencyBylineLine, isBylineLine, isNameLine, isRoleLine } from './fields'
import { cleanHeadline } from './titles'

export interface TextParts {
  /** '' when no headline-like line was found above the article */
  title: string
  byline: string
  /** canonical body: paragraphs joined by one blank line */
  text: string
  captions: string[]
}

interface Line {
  text: string
  /** paragraph the line belongs to in the source: lines of one block share it */
  block: number
}

/** Longest headline we accept, in words; longer non-sentences are usually a dek or a list. */
const MAX_TITLE_WORDS = 30
/** Non-sentence lines at the bottom edge up to this many words are footer material (related links, tags). */
const MAX_FOOTER_WORDS = 12

function key(line: string): string {
  return line.toLowerCase().replace(/\s+/g, ' ').trim()
}

/** Lines of `text` with the block (paragraph) number each belongs to; blank lines separate blocks. */
function toLines(text: string): Line[] {
  const lines: Line[] = []
  let block = 0
  for (const raw of normalizeText(text).split('\n')) {
    if (raw === '') block++
    else lines.push({ text: raw, block })
  }
  return lines
}

/**
 * Photo captions: lines carrying a photo credit, and sentence-like lines that occur more than once
 * (a saved page repeats a caption as image alt text and as figcaption). Each kept once, in order.
 */
function takeCaptions(lines: Line[]): { rest: Line[]; captions: string[] } {
  const seen = new Map<string, number>()
  for (const l of lines) seen.set(key(l.text), (seen.get(key(l.text)) ?? 0) + 1)
  const captions: string[] = []
  const taken = new Set<string>()
  const rest: Line[] = []
  for (const l of lines) {
    const k = key(l.text)
    const repeated = (seen.get(k) ?? 0) > 1 && (isSentenceLike(l.text) || wordCount(l.text) >= 12)
    if (isCaptionLine(l.text) || repeated) {
      if (!taken.has(k)) captions.push(l.text)
      taken.add(k)
    } else rest.push(l)
  }
  return { rest, captions }
}

/** A line that can be a headline: a few words, not a finished sentence, not chrome, not a byline. */
function isHeadlineLike(line: string): boolean {
  const words = wordCount(line)
  return (
    words >= 3 &&
    words <= MAX_TITLE_WORDS &&
    !/[.:,;]["'”’»)]*$/.test(line) &&
    !isChromeLine(line) &&
    !isBylineLine(line)
  )
}

/**
 * The headline among the lines above the body: the longest headline-like line that does not follow
 * another one. A headline is followed by its dek (standfirst), never the other way round, and the
 * dek is often the longer of the two.
 */
function guessTitle(above: readonly Line[]): string {
  let title = ''
  for (let i = 0; i < above.length; i++) {
    const t = above[i]!.text
    const followsHeadline = i > 0 && isHeadlineLike(above[i - 1]!.text)
    if (isHeadlineLike(t) && !followsHeadline && wordCount(t) > wordCount(title)) title = t
  }
  return cleanHeadline(title)
}

/** The byline above the body: a "By …" line, a "Name, Agency" line, or a bare name over a role line ("Environment correspondent"). */
function findByline(above: readonly Line[]): string {
  for (let i = 0; i < above.length; i++) {
    const t = above[i]!.text
    if (isBylineLine(t)) return cleanByline(t)
    if (isAgencyBylineLine(t)) return cleanByline(t.replace(/,[^,]*$/, ''))
    if (isNameLine(t) && isRoleLine(above[i + 1]?.text ?? '')) return t
  }
  return ''
}

/** Index of the first line of the article body: the first sentence-like line that is not chrome or a byline; -1 when none. */
function findBodyStart(lines: Line[], titleHint: string): number {
  return lines.findIndex(
    (l) => isSentenceLike(l.text) && !isChromeLine(l.text) && !isBylineLine(l.text) && key(l.text) !== key(titleHint)
  )
}

/**
 * Index of the first line of a trailer section ("Most read", "Related stories") after `start`
 * that is followed by lists rather than prose; lines.length when there is none.
 */
function findTrailer(lines: Line[], start: number): number {
  for (let i = start + 1; i < lines.length; i++) {
    if (!isTrailerHeading(lines[i]!.text)) continue
    const after = lines.slice(i + 1)
    const prose = after.filter((l) => isSentenceLike(l.text) && endsLikeSentence(l.text)).length
    if (prose * 2 <= after.length) return i
  }
  return lines.length
}

/** Index of the last body line: skips, from the bottom, trailer lists, credits, chrome and short non-sentences (but not a wire credit). */
function findBodyEnd(lines: Line[], start: number): number {
  let end = findTrailer(lines, start) - 1
  while (end > start) {
    const t = lines[end]!.text
    const footer =
      isChromeLine(t) ||
      isCreditLine(t) ||
      (!endsLikeSentence(t) && wordCount(t) <= MAX_FOOTER_WORDS && !isWireCreditLine(t))
    if (!footer) break
    end--
  }
  return end
}

function toParagraphs(lines: Line[]): string[] {
  const paragraphs: string[] = []
  let current: string[] = []
  let block = -1
  for (const l of lines) {
    if (l.block !== block && current.length) {
      paragraphs.push(current.join('\n'))
      current = []
    }
    block = l.block
    current.push(l.text)
  }
  if (current.length) paragraphs.push(current.join('\n'))
  return paragraphs
}

/**
 * Splits saved-page text into its parts. `titleHint` is a title the format states outright (a
 * Markdown `# heading`); it wins over the guessed headline and its line is not part of the body.
 */
export function extractTextParts(raw: string, titleHint = ''): TextParts {
  const { rest, captions } = takeCaptions(toLines(raw).filter((l) => !isInterstitialLine(l.text)))
  const start = findBodyStart(rest, titleHint)
  if (start < 0) {
    // No prose at all (a list, a one-line note): keep everything that is not chrome.
    const kept = rest.filter((l) => !isChromeLine(l.text) && key(l.text) !== key(titleHint))
    return { title: titleHint, byline: '', text: joinParagraphs(toParagraphs(kept)), captions }
  }
  const end = findBodyEnd(rest, start)
  const above = rest.slice(0, start)
  return {
    title: titleHint || guessTitle(above),
    byline: findByline(above),
    text: joinParagraphs(toParagraphs(rest.slice(start, end + 1))),
    captions
  }
}
