/**
 * Arabic words as news copy writes them, reduced to one key for looking them up in a table: the
 * orthographic variants papers mix freely (أ إ آ ا, ى ي, ة ه, tatweel, harakat) fold together, and
 * the clitics that attach to the front of a word (و ف "and", ب ل ك "with/for/as", ال "the") come
 * off. Readers that work on Arabic (numbers, casualties) look words up through these.
 */

/** Harakat, tanween, shadda, sukun, dagger alif and tatweel: marks that do not change the word. */
const isMark = (c: number) => (c >= 0x064b && c <= 0x0652) || c === 0x0670 || c === 0x0640
/** أ إ آ ٱ: written for ا. */
const isAlif = (c: number) => c === 0x0623 || c === 0x0625 || c === 0x0622 || c === 0x0671
/** Any code unit that folding changes (a mark, an alif form, ى, ة): most words have none. */
const FOLDS = /[\u064B-\u0652\u0670\u0640\u0622\u0623\u0625\u0671\u0649\u0629]/

/**
 * The lookup key of one Arabic word: no marks, one alif, ى → ي, ة → ه. One pass over the word
 * (readers fold every word of a text, so this is on the hot path of Arabic suggestions).
 */
export function foldArabic(word: string): string {
  if (!FOLDS.test(word)) return word
  let out = ''
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k)
    if (isMark(c)) continue
    out += isAlif(c) ? 'ا' : c === 0x0649 ? 'ي' : c === 0x0629 ? 'ه' : word[k]
  }
  return out
}

/** One way of reading a word: its prefixes (folded) and the stem left after them. */
export interface CliticReading {
  /** "و", "ف", "ب", "ل", "ك", "ال" in order, as found */
  prefixes: string[]
  stem: string
}

/**
 * The readings of a folded word with its front clitics taken off, longest stem first: the word as
 * it is, then without و/ف, then without ب/ل/ك, then without ال (لل = ل + ال). A table decides which
 * reading is meant ("وفاه" is a word, not و + "فاه"), so every reading is offered.
 */
export function cliticReadings(folded: string): CliticReading[] {
  const out: CliticReading[] = [{ prefixes: [], stem: folded }]
  const add = (prefixes: string[], stem: string) => {
    if (stem.length >= 2) out.push({ prefixes, stem })
  }
  // plain character tests, not regexes: every word of an Arabic text is read this way
  const c0 = folded[0]
  const conj = c0 === 'و' || c0 === 'ف' ? [c0] : []
  const afterConj = conj.length ? folded.slice(1) : folded
  if (conj.length) add(conj, afterConj)
  let prep: string[] = []
  let afterPrep = afterConj
  const p0 = afterConj[0]
  if (p0 === 'ل' && afterConj[1] === 'ل') {
    // "للقتلى": ل + ال with the alif dropped
    add([...conj, 'ل', 'ال'], afterConj.slice(2))
  } else if (p0 === 'ب' || p0 === 'ل' || p0 === 'ك') {
    prep = [p0]
    afterPrep = afterConj.slice(1)
    add([...conj, ...prep], afterPrep)
  }
  if (afterPrep[0] === 'ا' && afterPrep[1] === 'ل') add([...conj, ...prep, 'ال'], afterPrep.slice(2))
  return out
}

/**
 * Regex source matching an Arabic word in any of the spellings foldArabic folds together (no flags
 * needed): for tables that compile their words into patterns rather than look them up.
 */
export function arabicLoose(word: string): string {
  return word
    .replace(/ـ/g, '')
    .replace(/[اأإآ]/g, '[اأإآ]')
    .replace(/[يى](?=$| )/g, '[يى]')
    .replace(/[ةه](?=$| )/g, '[ةه]')
}
