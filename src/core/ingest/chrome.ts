/**
 * Page chrome: the lines a "Save as text" or a copy of a whole web page drags along with the
 * article — navigation, section labels, weather, date banners, editor credits, font-size and share
 * widgets, comment boxes, cookie notices. These rules describe the KINDS of line such chrome is
 * made of (short, not a sentence, widget vocabulary), never one outlet's strings, because every
 * site words its chrome differently.
 */
import { isDateLine } from './dates'

/** Chinese characters and Japanese kana: written without spaces, about two to a word. */
const HAN_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu
/** Thai, Lao, Khmer and Myanmar letters: written without spaces, about four to a word. */
const SOUTHEAST_ASIAN = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/gu
const NO_SPACE_SCRIPT = new RegExp(`${HAN_KANA.source}|${SOUTHEAST_ASIAN.source}`, 'u')

/**
 * Words in a line. Latin, Arabic, Hebrew, Korean words split on spaces; scripts written without
 * spaces count by characters (two Chinese or Japanese, four Thai, to a word), so that a paragraph
 * of them is as long as it reads and a 10-character label stays short.
 */
export function wordCount(line: string): number {
  const spaced = line.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w) && !NO_SPACE_SCRIPT.test(w)).length
  if (!NO_SPACE_SCRIPT.test(line)) return spaced
  // a run mixing scripts ("DeepMind新电脑") counts its Latin part as one word and its characters
  const mixed = line.split(/\s+/).filter((w) => NO_SPACE_SCRIPT.test(w) && /[\p{Script=Latin}\p{N}]/u.test(w)).length
  const hanKana = line.match(HAN_KANA)?.length ?? 0
  const southeast = line.match(SOUTHEAST_ASIAN)?.length ?? 0
  return spaced + mixed + Math.ceil(hanKana / 2) + Math.ceil(southeast / 4)
}

/**
 * Ends like a sentence: . ! ? … (Arabic ؟ and ۔; Chinese and Japanese 。！？ and the half-width ｡;
 * Khmer ។, Myanmar ။), possibly followed by closing quotes or brackets (”」』）》 too).
 */
export function endsLikeSentence(line: string): boolean {
  return /[.!?…؟۔。！？｡។။]["'”’»)\]」』）》〉】]*$/u.test(line)
}

/** Thai and Lao mark no sentence end (a space does): a line of theirs ends like one when it ends in a letter. */
export function endsInUnpunctuatedScript(line: string): boolean {
  return /[\p{Script=Thai}\p{Script=Lao}]\s*$/u.test(line)
}

/** A line that reads as running prose rather than a label: a finished sentence of 5+ words, or 20+ words. */
export function isSentenceLike(line: string): boolean {
  const words = wordCount(line)
  return (words >= 5 && endsLikeSentence(line)) || words >= 20
}

/** Interface words of news sites (widgets, menus, account, ads), matched as a whole line. */
const WIDGET_LINE = new RegExp(
  '^(' +
    [
      'share( (this|the)? ?(article|story|page|post))?( on \\w+)?',
      'tweet',
      'e-?mail',
      'print',
      'copy link',
      'save',
      'comments?',
      '\\d+ comments?(\\(s\\))?',
      'comment\\(s\\)',
      'leave a comment',
      'like',
      'follow( us)?( on \\w+)?',
      'subscribe( now| today)?',
      'sign (in|up|out)',
      'log ?(in|out)',
      'register',
      'my account',
      'menu',
      'search',
      'home( page| icon)?',
      '(arrow|chevron|caret) (up|down|left|right)',
      '(back to|go to|scroll to) top',
      'top',
      'minus',
      'plus',
      'a\\+',
      'a-',
      '[-+] ?a',
      'font size',
      'text size',
      'listen( to (this )?article)?',
      'advertisement',
      'advertisements',
      'ad',
      'sponsored( content)?',
      'read more',
      'see more',
      'show more',
      'load more',
      'related( articles| stories| news| content| posts)?',
      'more (stories|news|articles)',
      'most (read|popular|viewed)',
      'trending( now)?',
      'latest( news)?',
      'skip to( main)? content',
      'close',
      'open',
      'accept( all)?( cookies)?',
      'reject( all)?',
      'ok(ay)?',
      'got it',
      'loading\\.*',
      'weather',
      'next( article| story)?',
      'previous( article| story)?',
      'tags?:?',
      'topics?:?',
      'photo',
      'video',
      'gallery',
      'live',
      'breaking( news)?',
      'watch',
      'download( the)? app'
    ].join('|') +
    ')$',
  'i'
)

/** Conditions a weather widget prints. */
const WEATHER =
  /^(clear( sky)?|sunny|mostly sunny|cloudy|partly cloudy|mostly cloudy|overcast|few clouds|scattered clouds|broken clouds|rain|light rain|showers|drizzle|thunderstorms?|fog|mist|haze|dust|sandstorm|snow|windy)$/i

/** Phrases that only occur in site furniture, even inside a full sentence (cookie notices, legal lines, comment forms). */
const FURNITURE_PHRASE =
  /\b(cookies?|privacy policy|your privacy|manage (options|preferences|settings)|terms (of|and) (use|service|conditions)|all rights reserved|comment policy|required field|characters? (left|remaining)|subscribe to (our|the)|download (our|the) app|our standards|trust principles|editorial (standards|guidelines)|licensing rights|intended (solely|only) for the)\b/i
/** Calls to action that a reported sentence can also contain ("urged residents to sign up for flood warnings"): furniture only when nobody is quoted. */
const WEAK_FURNITURE_PHRASE = /\b(newsletter|sign up for|follow us on)\b/i
const ATTRIBUTION = /\b(said|says|told|according to|urged|added)\b/i
/** A copyright notice: short, and led or closed by © or "Copyright" (a long line mentioning © is prose). */
const COPYRIGHT = /^(©|\(c\)|copyright\b)|(©|\bcopyright\b)[^.]{0,60}\.?$/i

/** Most words a menu or breadcrumb item has on average ("Home | World | Middle East"). */
const MENU_ITEM_WORDS = 8

/** True for a line that is site furniture wherever it sits (by vocabulary or form, not by position). */
export function isChromeLine(line: string): boolean {
  const t = line.trim()
  if (t === '') return true
  if (!/[\p{L}\p{N}]/u.test(t)) return true // rules, bullets, stray punctuation
  if (WIDGET_LINE.test(t) || WEATHER.test(t)) return true
  if (/^-?\d+(\.\d+)?\s*°\s*[CF]?(\s*\/\s*-?\d+(\.\d+)?\s*°\s*[CF]?)?$/i.test(t)) return true // temperatures
  if (/^\d[\d\s,.]*\/\s*\d[\d,.]*$/.test(t)) return true // counters such as "1500 / 1500"
  if (isDateLine(t)) return true
  if (isWidgetRun(t)) return true
  if (/^\d+\s*(min(ute)?s?|hrs?|hours?)\s+(read|listen|watch)$/i.test(t)) return true // reading-time badges
  // a wire story's revision note: "(Adds details of the operation, quote from mayor)"
  if (/^\((adds|updates|recasts|changes|corrects|rewrites|new throughout|refiles)\b[^)]*\)$/i.test(t)) return true
  if (/^(editor|managing editor|deputy editor|chief editor|publisher|edited by)\b/i.test(t) && wordCount(t) <= 10)
    return true
  if (FURNITURE_PHRASE.test(t) && t.length < 300) return true
  if (WEAK_FURNITURE_PHRASE.test(t) && t.length < 300 && !ATTRIBUTION.test(t)) return true
  if (COPYRIGHT.test(t) && wordCount(t) <= 15) return true
  // "Do you like this article?", "Was this story helpful?": questions about the page itself
  if (/\b(this|the) (article|story|page|post)\b/i.test(t) && /\?$/.test(t) && wordCount(t) <= 10) return true
  // breadcrumbs and menus: several short items split by | > » • · (a long paragraph with a few bars
  // in it, such as a story run together with its footer, is prose: its items are not short)
  const items = (t.match(/\s[|>»•·]\s/g)?.length ?? 0) + 1
  if (items >= 3 && !endsLikeSentence(t) && wordCount(t) <= items * MENU_ITEM_WORDS) return true
  // SHOUTED short labels ("OMAN", "SHARE ARTICLE"): section names and buttons, not prose. A line
  // with letters of a script that has no case (Chinese, Arabic, Thai…) is none: "UFAA" in a
  // Chinese sentence is an acronym, not shouting
  if (wordCount(t) <= 6 && /\p{Lu}/u.test(t) && t === t.toUpperCase() && !/[\p{Ll}\p{Lo}]/u.test(t)) return true
  return false
}

/**
 * Words of share bars, toolbars and reading-time badges ("Share X Facebook Email Link", "5 min read",
 * "مشاركة فيسبوك تويتر"): a line made of nothing else is a widget, however the site arranges it.
 */
const WIDGET_WORDS = new Set(
  (
    'share shares sharing this article story page post on via to the with facebook twitter x whatsapp linkedin ' +
    'telegram reddit messenger pinterest flipboard email e-mail mail print copy link links save bookmark comment ' +
    'comments tweet gift listen audio min mins minute minutes read reading time font size text purchase licensing rights ' +
    'مشاركة شارك فيسبوك تويتر واتساب تلغرام طباعة نسخ الرابط حفظ'
  ).split(' ')
)

const WEAK_WIDGET_WORDS = new Set(
  'this article story page post on via to the with read time text font size min mins minute minutes'.split(' ')
)

/** True for a short line made only of share/toolbar words (and counts): a widget row. */
export function isWidgetRun(line: string): boolean {
  const words = line
    .toLowerCase()
    .split(/[\s|·•,/]+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w))
  if (words.length === 0 || words.length > 12) return false
  const bare = words.map((w) => w.replace(/[.:()]+/g, ''))
  // one real widget word is needed: "on the" or "read this" alone are no toolbar
  return (
    bare.every((w) => WIDGET_WORDS.has(w) || /^\d+$/.test(w)) &&
    bare.some((w) => WIDGET_WORDS.has(w) && !WEAK_WIDGET_WORDS.has(w))
  )
}

const INTERSTITIAL =
  /^(advertisement|advertisements|sponsored content|story continues below( advertisement)?|scroll to continue( with content| reading)?|continue reading( below)?|ad failed to load|article continues (below|after advertisement))$/i
/** A line whose first part is no interstitial is none: checked before splitting every paragraph of a long page. */
const INTERSTITIAL_START = new RegExp(INTERSTITIAL.source.replace(/\$$/, ''), 'i')
/** A teaser link dropped into a story ("Read more: …", "READ MORE: …", "اقرأ أيضاً: …"), at most this many words. */
const TEASER =
  /^(read more|also read|read also|see also|related|more on this|recommended|watch|اقرأ أيضا|اقرأ أيضاً|اقرأ المزيد)\s*[:|–—-]\s*\S/iu
/** An image credit without a caption ("Image source, Getty Images", "Photo credit: …"): the picture's, not the article's. */
const IMAGE_CREDIT = /^(image|photo|picture|video|graphic) (source|credit)s?\s*[,:]/i

/**
 * Interstitials that sites drop into the middle of an article; removed anywhere, unlike other
 * chrome, because no article sentence is ever exactly one of these. Parts joined by · or | are
 * judged one by one ("Advertisement · Scroll to continue").
 */
export function isInterstitialLine(line: string): boolean {
  const t = line.trim()
  if (TEASER.test(t) && wordCount(t) <= 25) return true
  if (IMAGE_CREDIT.test(t) && wordCount(t) <= 12) return true
  if (!INTERSTITIAL_START.test(t)) return false
  const parts = t.split(/\s+[·|•]\s+/)
  return parts.every((p) => INTERSTITIAL.test(p))
}

/**
 * The heading of what sites append after a story (related links, "More on this story", "Most read",
 * "Read next"): everything from it on is links to other pages when no prose follows it.
 */
export function isTrailerHeading(line: string): boolean {
  const t = line.trim().replace(/[:\s]+$/, '')
  return /^(related( topics| stories| articles| content| coverage| news| reading| links)?|more on this (story|topic)|more (from|in) .{1,40}|more (stories|news|articles)|most (read|popular|viewed|shared|watched)|top stories|read next|up next|recommended( for you| stories| reading)?|you (may|might) (also )?(like|be interested in)|also in the news|editor'?s picks|trending( now)?|latest (news|stories)|الأكثر قراءة|الأكثر مشاهدة|اقرأ أيضا|اقرأ أيضاً|مواضيع ذات صلة|أخبار ذات صلة|مقالات ذات صلة)$/iu.test(
    t
  )
}

/**
 * Production credits after a story: "Reporting by X in Baghdad; Editing by Y", "(Writing by …)",
 * "Source: Agencies", "المصدر: الجزيرة". They name who worked on the copy, not what happened, so
 * they leave the body (the reporters may become the byline).
 */
export function isCreditLine(line: string): boolean {
  const t = line.trim().replace(/^\(|\)$/g, '')
  if (
    /^(additional )?(reporting|writing|editing|compiled|produced|research|graphics?|translation|translated|fact-?checking) by\b/i.test(
      t
    )
  ) {
    return wordCount(t) <= 60 && !/[.!?]\s+\p{Lu}/u.test(t)
  }
  return /^(source|sources|with agencies|المصدر|المصادر)\s*[:：]/iu.test(t) && wordCount(t) <= 10
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
