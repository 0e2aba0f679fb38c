/**
 * Which way a text runs and roughly which language it is in, from the letters it uses. Used at
 * import so a right-to-left article is laid out right to left before anyone edits its metadata;
 * both guesses are cheap and meant to be overridden by the page's own `lang`/`dir` when it has one.
 */

/** Strong right-to-left letters: Hebrew, Arabic (with its supplements and presentation forms), Syriac, Thaana, N'Ko. */
const RTL_LETTER =
  /[\u0590-\u05FF\u0600-\u06FF\u0700-\u074F\u0750-\u077F\u0780-\u07BF\u07C0-\u07FF\u08A0-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u
const HEBREW = /[\u0590-\u05FF\uFB1D-\uFB4F]/u
const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/u
const LATIN = /\p{Script=Latin}/u
const LETTER = /\p{L}/u

/** Share of RTL letters above which a text reads right to left; mixed texts quote names in the other script. */
const RTL_SHARE = 0.4
/** Letters examined: enough for a stable guess, bounded so a 20 MB file costs no more than a page. */
const SAMPLE_CHARS = 20_000

/** 'rtl' when strong Arabic/Hebrew-script letters make up a large share of the letters of `text`, else 'ltr' (also for no letters). */
export function detectDirection(text: string): 'ltr' | 'rtl' {
  let letters = 0
  let rtl = 0
  for (const ch of text.slice(0, SAMPLE_CHARS)) {
    if (!LETTER.test(ch)) continue
    letters++
    if (RTL_LETTER.test(ch)) rtl++
  }
  return letters > 0 && rtl / letters >= RTL_SHARE ? 'rtl' : 'ltr'
}

/**
 * Letters that only one language of the Arabic script uses: Persian پ چ ژ گ ک ی, Urdu ٹ ڈ ڑ ں ے ہ,
 * Arabic ة ي ك (Persian writes ک and ی instead).
 */
const PERSIAN_ONLY = /[\u067E\u0686\u0698\u06AF\u06A9\u06CC]/gu
const URDU_ONLY = /[\u0679\u0688\u0691\u06BA\u06D2\u06C1]/gu
const ARABIC_ONLY = /[\u0629\u064A\u0643]/gu

/** Very common short words, enough to tell these Latin-script languages apart on a paragraph or more. */
const FUNCTION_WORDS: ReadonlyArray<[string, ReadonlySet<string>]> = [
  ['en', new Set(['the', 'and', 'of', 'to', 'in', 'is', 'that', 'was', 'for', 'with', 'said', 'by', 'on'])],
  ['fr', new Set(['le', 'la', 'les', 'et', 'des', 'du', 'est', 'une', 'dans', 'que', 'pour', 'qui', 'au'])],
  ['es', new Set(['el', 'los', 'las', 'y', 'del', 'que', 'en', 'una', 'por', 'con', 'para', 'es', 'fue'])],
  ['de', new Set(['der', 'die', 'und', 'das', 'den', 'ist', 'nicht', 'mit', 'von', 'sich', 'auf', 'ein', 'eine'])]
]

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0
}

/** A rough BCP-47 code from the script and common words of `text`: 'ar', 'fa', 'ur', 'he', 'en', 'fr', 'es', 'de'; '' when unsure. */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, SAMPLE_CHARS)
  let letters = 0
  let hebrew = 0
  let arabic = 0
  let latin = 0
  for (const ch of sample) {
    if (!LETTER.test(ch)) continue
    letters++
    if (HEBREW.test(ch)) hebrew++
    else if (ARABIC_SCRIPT.test(ch)) arabic++
    else if (LATIN.test(ch)) latin++
  }
  if (letters === 0) return ''
  if (hebrew / letters >= 0.5) return 'he'
  if (arabic / letters >= 0.5) {
    const persian = count(sample, PERSIAN_ONLY)
    const urdu = count(sample, URDU_ONLY)
    const arabicOnly = count(sample, ARABIC_ONLY)
    if (urdu > persian && urdu > arabicOnly) return 'ur'
    return persian > arabicOnly ? 'fa' : 'ar'
  }
  if (latin / letters >= 0.5) return guessLatinLanguage(sample)
  return ''
}

function guessLatinLanguage(sample: string): string {
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? []
  if (words.length < 5) return ''
  let best = ''
  let bestShare = 0
  for (const [code, set] of FUNCTION_WORDS) {
    const share = words.filter((w) => set.has(w)).length / words.length
    if (share > bestShare) [best, bestShare] = [code, share]
  }
  // Running text in these languages is 20-40 % function words; below ~8 % it is a list or another language.
  return bestShare >= 0.08 ? best : ''
}
