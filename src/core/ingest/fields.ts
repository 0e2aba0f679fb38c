/**
 * Cleaning of the metadata fields an import finds (byline, date, URL, fallback title), shared by
 * the plain-text and HTML paths so both give the journalist the same shapes.
 */
import { asciiDigits } from './dates'
import { MONTH_NAMES } from '@core/text'
import { isWebAddress } from '@core/url'

/** Words that introduce a byline: English "By", "Written by"…; Arabic بقلم ("by the pen of"), كتب/كتبت ("wrote"). */
const BYLINE_LEAD = /^(?:(?:written|words|reporting|text|story)\s+by|by|بقلم|كتب|كتبت)\s*[:：]?\s+/iu

/** A month as a stamp writes it, full or cut short ("Aug", "Sept.", "August"), from core/text's names. */
const MONTH = `(?:${MONTH_NAMES.map((m) => m.slice(0, 3)).join('|')})[a-z]*\\.?`
/** Where a byline's name part ends: a " | " or " - " separator, or a "Published"/"Updated" stamp or date after the name. */
const BYLINE_TAIL = new RegExp(
  String.raw`\s[|•·]\s|\s[-–—]\s|\s*\b(published|updated|posted|last updated)\b|\s+\d{1,2}\s+${MONTH}\s+\d{4}|\s+${MONTH}\s+\d{1,2}\b|\s+\d{1,2}[:/.]\d{1,2}`,
  'i'
)

/** The name part of a byline line: what precedes a separator or a date stamp. */
function namePart(s: string): string {
  const m = BYLINE_TAIL.exec(s)
  return m ? s.slice(0, m.index) : s
}

/**
 * True when `line` is a byline line ("By Alaa Hussain in Baghdad", "By Jane Roe and John Smith |
 * Published 12:04 GMT, 14 August 2016"): a byline lead and a short name part (a stamp after it may be long).
 */
export function isBylineLine(line: string): boolean {
  const t = line.trim()
  const name = namePart(t)
  return (
    BYLINE_LEAD.test(t) && name.split(/\s+/).length <= 15 && !/[.!?]$/.test(name.replace(/\b\p{Lu}\.$/u, '').trim())
  )
}

/** News agencies that sign copy, as in "Jane Roe, Reuters" or "By the Associated Press". */
const AGENCY =
  /^(reuters|ap|afp|associated press|agence france-presse|bloomberg|dpa|xinhua|anadolu( agency)?|efe|ansa|pti|upi|kyodo|yonhap|tass|interfax|press association|pa media|staff)$/i
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:al|el|bin|van|von|de|da|di|du|le|la)[-\s])?\p{Lu}[\p{L}'’.-]*){1,3}`

/** A person's name signed with an agency ("Jane Roe, Reuters", "Jane Roe and Omar Khalil, AFP"). */
export function isAgencyBylineLine(line: string): boolean {
  const m = new RegExp(String.raw`^(${NAME}(?:\s*(?:,|and|&)\s*${NAME})*)\s*,\s*([\p{L} .-]{2,30})$`, 'u').exec(
    line.trim()
  )
  return !!m && AGENCY.test(m[2]!.trim())
}

/** Last words that make a name an organisation's or a desk's: "WebMD Health News", "Staff", "Metro Desk". */
const ORGANISATION_TAIL = new RegExp(
  String.raw`(^|\s)(news|newsroom|staff|desk|team|editors|editorial( board)?|agency|agencies|bureau|wire|media|press|` +
    'online|reporters|correspondents)$',
  'i'
)

/** True for a byline that names an organisation rather than a person: a news agency, or a name ending like a desk's. */
export function isOrganisationName(name: string): boolean {
  const t = name.trim().replace(/^the\s+/i, '')
  return AGENCY.test(t) || ORGANISATION_TAIL.test(t) || /^https?:|www\.|\.(com|org|net)\b/i.test(t)
}

/** A reporter's role under their name: "Middle East correspondent", "Staff Writer", "مراسل الجزيرة". */
export function isRoleLine(line: string): boolean {
  const t = line.trim()
  return (
    t.split(/\s+/).length <= 8 &&
    !/[.!?]$/.test(t) &&
    /\b(correspondent|reporter|editor|writer|columnist|contributor|analyst|producer|bureau chief|staff)s?\b|^(مراسل|مراسلة|محرر|محررة)/iu.test(
      t
    )
  )
}

/** A bare name line (two to four capitalised words, or several joined by "and"), as sites print bylines without "By". */
export function isNameLine(line: string): boolean {
  return new RegExp(String.raw`^${NAME}(?:\s*(?:,|and|&)\s*${NAME})*$`, 'u').test(line.trim())
}

/**
 * A web address or e-mail address in brackets after a name: "Jane Roe (https://example.org/jroe/)",
 * "Jane Roe <jroe@example.org>", as personal sites and mail-style author fields write them.
 */
const BRACKETED_ADDRESS =
  /\s*[(<[]\s*(?:mailto:)?[^\s()<>[\]]*(?:\/\/|@|www\.|\.[a-z]{2,}(?=[/)>\]]))[^\s()<>[\]]*\s*[)>\]]/gi

/**
 * True for a user name rather than a name as a byline prints it: one word in lower case, with
 * digits, dots, dashes or underscores perhaps, or a handle ("devindra", "mcupdate", "j_roe",
 * "@jroe"), as blog platforms and some <meta> authors give the account that posted. A name in a
 * script without case ("مراسلنا") is no user name by this.
 */
export function isUserName(name: string): boolean {
  const t = name.trim()
  return /^@?[\p{Ll}\p{N}._-]+$/u.test(t) && /\p{Ll}/u.test(t)
}

/** The person (or people) in a byline: without "By", a trailing "in <Place>", dates, "| Outlet" or a bracketed address; '' when it is no name. */
export function cleanByline(raw: string | null | undefined): string {
  if (!raw) return ''
  let s = raw.replace(/\s+/g, ' ').trim().replace(BRACKETED_ADDRESS, '').trim()
  if (/^https?:\/\//i.test(s) || s.length > 150) return ''
  s = namePart(s.replace(BYLINE_LEAD, ''))
  // "in Baghdad", "in Washington and Baghdad": where the reporter filed from, not who they are
  s = s.replace(/\s+in\s+\p{Lu}[\p{L}'’.-]*(?:(?:\s+|,\s*|\s+and\s+)\p{Lu}[\p{L}'’.-]*)*$/u, '')
  s = s.replace(/[\s,;:]+$/, '').trim()
  return /\p{L}/u.test(s) ? s : ''
}

/** Calendar sanity for a parsed date: a real month and day, and a year a news article can have. */
function plausible(y: number, m: number, d: number): boolean {
  return y >= 1800 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= 31
}

/**
 * A publication date as Parallax stores it: `YYYY-MM-DD`, or `YYYY-MM-DDThh:mm[:ss][zone]` when a
 * time is given (kept in the page's own zone); other formats are parsed and given in UTC. undefined when unreadable.
 */
export function normalizePublishedAt(raw: string | null | undefined): string | undefined {
  const s = asciiDigits(raw ?? '').trim()
  if (!s) return undefined
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(s)
  if (iso) {
    const [, y, m, d, time, zone] = iso
    if (!plausible(Number(y), Number(m), Number(d))) return undefined
    const date = `${y}-${m}-${d}`
    return time ? `${date}T${time}${(zone ?? '').toUpperCase()}` : date
  }
  const ms = Date.parse(s)
  if (!Number.isFinite(ms)) return undefined
  const at = new Date(ms)
  if (!plausible(at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate())) return undefined
  return at.toISOString()
}

/** `raw` when it is a web address Parallax links to (src/core/url), else '' (relative links, javascript:, disguised hosts). */
export function httpUrl(raw: string | null | undefined): string {
  const s = (raw ?? '').trim()
  return isWebAddress(s) ? s : ''
}

/** A stand-in title from a file name: without folders and extension, with dashes and underscores as spaces. */
export function titleFromFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? ''
  const stem = base.replace(/\.[^.]+$/, '')
  return stem.replace(/[-_]+/g, ' ').replace(/\s+/g, ' ').trim()
}

/** A stand-in title from the opening words of `text`: at most `maxWords` words, with … when cut. */
export function titleFromText(text: string, maxWords = 10): string {
  const words = text.split(/\s+/).filter(Boolean)
  const head = words
    .slice(0, maxWords)
    .join(' ')
    .replace(/[\s,;:.]+$/, '')
  return words.length > maxWords ? `${head}…` : head
}
