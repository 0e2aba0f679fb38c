/**
 * Page chrome: the lines a "Save as text" or a copy of a whole web page drags along with the
 * article — navigation, section labels, weather, date banners, editor credits, font-size and share
 * widgets, comment boxes, cookie notices. These rules describe the KINDS of line such chrome is
 * made of (short, not a sentence, widget vocabulary), never one outlet's strings, because every
 * site words its chrome differently.
 */

/** Line breaks inside a word count. Arabic and Hebrew words split on spaces like Latin ones. */
export function wordCount(line: string): number {
  return line.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length
}

/** Ends like a sentence: . ! ? … (Arabic ؟ and ۔ too), possibly followed by closing quotes or brackets. */
export function endsLikeSentence(line: string): boolean {
  return /[.!?…؟۔]["'”’»)\]]*$/u.test(line)
}

/** A line that reads as running prose rather than a label: a finished sentence of 5+ words, or 20+ words. */
export function isSentenceLike(line: string): boolean {
  const words = wordCount(line)
  return (words >= 5 && endsLikeSentence(line)) || words >= 20
}

const WEEKDAY = /\b(mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?|sun)(day)?\b/i
const MONTH = /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\b/i
const HIJRI_MONTH = /\b(muharram|safar|rabi|jumada|rajab|sha'?ban|ramadan|shawwal|dhu|al|thani|awwal|ula|akhira|qa'?dah|hijjah)\b/gi

/** A line that is only a date (a page banner, a "last updated" stamp), in Gregorian and/or Hijri. */
export function isDateLine(line: string): boolean {
  if (line.length > 80 || !(WEEKDAY.test(line) || MONTH.test(line) || /\d{4}/.test(line))) return false
  const rest = line
    .replace(new RegExp(WEEKDAY.source, 'gi'), ' ')
    .replace(new RegExp(MONTH.source, 'gi'), ' ')
    .replace(HIJRI_MONTH, ' ')
    .replace(/\b(AH|AD|H|BC|CE|GMT|UTC|am|pm|updated|published|last|on|at)\b/gi, ' ')
    .replace(/[\d\s.,:/|\-–—()]+/g, ' ')
    .trim()
  return rest === ''
}

/** Interface words of news sites (widgets, menus, account, ads), matched as a whole line. */
const WIDGET_LINE = new RegExp(
  '^(' +
    [
      'share( (this|the)? ?(article|story|page|post))?( on \\w+)?', 'tweet', 'e-?mail', 'print', 'copy link', 'save',
      'comments?', '\\d+ comments?(\\(s\\))?', 'comment\\(s\\)', 'leave a comment', 'like', 'follow( us)?( on \\w+)?',
      'subscribe( now| today)?', 'sign (in|up|out)', 'log ?(in|out)', 'register', 'my account', 'menu', 'search',
      'home( page| icon)?', '(arrow|chevron|caret) (up|down|left|right)', '(back to|go to|scroll to) top', 'top',
      'minus', 'plus', 'a\\+', 'a-', '[-+] ?a', 'font size', 'text size', 'listen( to (this )?article)?',
      'advertisement', 'advertisements', 'ad', 'sponsored( content)?', 'read more', 'see more', 'show more', 'load more',
      'related( articles| stories| news| content| posts)?', 'more (stories|news|articles)', 'most (read|popular|viewed)',
      'trending( now)?', 'latest( news)?', 'skip to( main)? content', 'close', 'open', 'accept( all)?( cookies)?',
      'reject( all)?', 'ok(ay)?', 'got it', 'loading\\.*', 'weather', 'next( article| story)?', 'previous( article| story)?',
      'tags?:?', 'topics?:?', 'photo', 'video', 'gallery', 'live', 'breaking( news)?', 'watch', 'download( the)? app'
    ].join('|') +
    ')$',
  'i'
)

/** Conditions a weather widget prints. */
const WEATHER = /^(clear( sky)?|sunny|mostly sunny|cloudy|partly cloudy|mostly cloudy|overcast|few clouds|scattered clouds|broken clouds|rain|light rain|showers|drizzle|thunderstorms?|fog|mist|haze|dust|sandstorm|snow|windy)$/i

/** Phrases that only occur in site furniture, even inside a full sentence (cookie notices, legal lines, comment forms). */
const FURNITURE_PHRASE =
  /\b(cookies?|privacy policy|terms (of|and) (use|service|conditions)|all rights reserved|comment policy|required field|characters? (left|remaining)|newsletter|sign up for|subscribe to (our|the)|download (our|the) app|follow us on)\b/i
/** A copyright notice: short, and led or closed by © or "Copyright" (a long line mentioning © is prose). */
const COPYRIGHT = /^(©|\(c\)|copyright\b)|(©|\bcopyright\b)[^.]{0,60}\.?$/i

/** True for a line that is site furniture wherever it sits (by vocabulary or form, not by position). */
export function isChromeLine(line: string): boolean {
  const t = line.trim()
  if (t === '') return true
  if (!/[\p{L}\p{N}]/u.test(t)) return true // rules, bullets, stray punctuation
  if (WIDGET_LINE.test(t) || WEATHER.test(t)) return true
  if (/^-?\d+(\.\d+)?\s*°\s*[CF]?(\s*\/\s*-?\d+(\.\d+)?\s*°\s*[CF]?)?$/i.test(t)) return true // temperatures
  if (/^\d[\d\s,.]*\/\s*\d[\d,.]*$/.test(t)) return true // counters such as "1500 / 1500"
  if (isDateLine(t)) return true
  if (/^(editor|managing editor|deputy editor|chief editor|publisher|edited by)\b/i.test(t) && wordCount(t) <= 10) return true
  if (FURNITURE_PHRASE.test(t) && t.length < 300) return true
  if (COPYRIGHT.test(t) && wordCount(t) <= 15) return true
  // "Do you like this article?", "Was this story helpful?": questions about the page itself
  if (/\b(this|the) (article|story|page|post)\b/i.test(t) && /\?$/.test(t) && wordCount(t) <= 10) return true
  // breadcrumbs and menus: several short items split by | > » • ·
  if ((t.match(/\s[|>»•·]\s/g)?.length ?? 0) >= 2 && !endsLikeSentence(t)) return true
  // SHOUTED short labels ("OMAN", "SHARE ARTICLE"): section names and buttons, not prose
  if (wordCount(t) <= 6 && /\p{Lu}/u.test(t) && t === t.toUpperCase() && !/\p{Ll}/u.test(t)) return true
  return false
}

/**
 * Interstitials that sites drop into the middle of an article; removed anywhere, unlike other
 * chrome, because no article sentence is ever exactly one of these.
 */
export function isInterstitialLine(line: string): boolean {
  return /^(advertisement|advertisements|sponsored content|story continues below( advertisement)?|scroll to continue( with content| reading)?|continue reading( below)?)$/i.test(
    line.trim()
  )
}

/** A wire-service credit on its own line at the end of a story ("— AFP", "(Reuters)"): part of the body. */
export function isWireCreditLine(line: string): boolean {
  return /^(?:[-–—]{1,2}\s*\p{Lu}[\p{L}.&' ]{1,30}|\(\p{Lu}[\p{L}.&' ]{1,30}\))$/u.test(line.trim())
}

/** A photo caption by its credit: "… [Name / AFP]", "… (Photo: …)", "Photo: …", "… Photograph: Name/Agency". */
export function isCaptionLine(line: string): boolean {
  const t = line.trim()
  return (
    /\[[^\]]*(\/|\bphoto|\bimage|\bfile\b|\bafp\b|\breuters\b|\bap\b|\bepa\b|\bgetty\b)[^\]]*\]$/i.test(t) ||
    /\((photo|image|picture|file photo|credit)\b[^)]*\)$/i.test(t) ||
    /^(photo|image|picture|file photo|caption|photograph)\s*(credit)?\s*:/i.test(t) ||
    /\b(photo|photograph|image|picture)(\s+credit)?\s*:\s*[^.]{2,80}$/i.test(t)
  )
}
