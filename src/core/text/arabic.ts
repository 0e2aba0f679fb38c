/**
 * Arabic words as news copy writes them, reduced to one key for looking them up in a table: the
 * orthographic variants papers mix freely (أ إ آ ا, ى ي, ة ه, tatweel, harakat) fold together, and
 * the clitics that attach to the front of a word (و ف "and", ب ل ك "with/for/as", ال "the") come
 * off. Readers that work on Arabic (numbers, casualties) look words up through these.
 */

/** Harakat, tanween, shadda, sukun, dagger alif and tatweel: marks that do not change the word. */
const MARKS = /[\u064B-\u0652\u0670\u0640]/g
const ALIFS = /[أإآٱ]/g

/** The lookup key of one Arabic word: no marks, one alif, ى → ي, ة → ه. */
export function foldArabic(word: string): string {
  return word.replace(MARKS, '').replace(ALIFS, 'ا').replace(/ى/g, 'ي').replace(/ة/g, 'ه')
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
  const conj = /^[وف]/.test(folded) ? [folded[0]!] : []
  const afterConj = conj.length ? folded.slice(1) : folded
  if (conj.length) add(conj, afterConj)
  let prep: string[] = []
  let afterPrep = afterConj
  if (/^لل/.test(afterConj)) {
    // "للقتلى": ل + ال with the alif dropped
    add([...conj, 'ل', 'ال'], afterConj.slice(2))
  } else if (/^[بلك]/.test(afterConj)) {
    prep = [afterConj[0]!]
    afterPrep = afterConj.slice(1)
    add([...conj, ...prep], afterPrep)
  }
  if (/^ال/.test(afterPrep)) add([...conj, ...prep, 'ال'], afterPrep.slice(2))
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
