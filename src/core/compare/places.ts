/**
 * Localities a sentence names as such: "the village of Salsana", "Salaheddin district", "the
 * rebel-held town of Atareb", "حي السليمانية". News copy marks a town, village or district with
 * its kind, so no gazetteer is needed to see that two tolls were counted in different places; a
 * country or province ("in Idlib province") is too wide to tell events apart and is not read.
 * One table per language of the words that mark a locality.
 */
import { foldArabic } from '@core/text'
import { nameSkeleton } from './entities'

/** English words that say the name beside them is a locality (not a city, a province or a country, which hold many). */
const LOCALITY_EN = '(?:town|village|district|neighbou?rhood|suburb|camp|quarter|area|hamlet)s?'
/** "the village of X", "the rebel-held town of X" (not "the area of Idlib province") */
const BEFORE_EN = new RegExp(
  `\\b(?:${LOCALITY_EN})\\s+of\\s+((?:(?:al|el|ad|ar|as|ash|at|az)-)?\\p{Lu}[\\p{L}'-]+)(?![\\p{L}'-])(?!\\s+(?:province|governorate|region|countryside|city))`,
  'gu'
)
/** "Salsana village", "al-Sulaymaniyah neighborhood" */
const AFTER_EN = new RegExp(`((?:(?:al|el|ad|ar|as|ash|at|az)-)?\\p{Lu}[\\p{L}'-]+)\\s+(?:${LOCALITY_EN})\\b`, 'gu')
/** Arabic locality words, folded: بلدة قرية حي مخيم ضاحية (the name follows; منطقة is as often followed by an adjective). */
const LOCALITY_AR = new Set(['بلده', 'قريه', 'حي', 'مخيم', 'ضاحيه', 'بلدات', 'قري'])
/** Whether a text holds any locality word, in either language (the names are read only then). */
const ANY_LOCALITY = new RegExp(`\\b(?:${LOCALITY_EN})\\b|[\\u0600-\\u06FF]`, 'i')

/** Capitalised words that are no place names however they are placed ("the Islamic State area"). */
const NOT_PLACES = new Set(
  'the this that a an opposition rebel regime government border capital islamic syrian iraqi turkish kurdish afghan russian american northern southern eastern western central'.split(
    ' '
  )
)

/** Keys of the localities a stretch of text names (transliteration-tolerant skeletons, Arabic folded). */
export function localitiesIn(text: string): string[] {
  // most sentences have no locality word at all: one cheap look says so
  if (!ANY_LOCALITY.test(text)) return []
  const out = new Set<string>()
  for (const re of [BEFORE_EN, AFTER_EN]) {
    for (const m of text.matchAll(re)) {
      const name = m[1]!.replace(/^(?:al|el|ad|ar|as|ash|at|az)-/i, '')
      if (NOT_PLACES.has(name.toLowerCase())) continue
      const key = nameSkeleton(name)
      if (key.length >= 3) out.add(key)
    }
  }
  const words = text.match(/[\u0600-\u06FF]+/g) ?? []
  for (let i = 0; i + 1 < words.length; i++) {
    if (!LOCALITY_AR.has(foldArabic(words[i]!))) continue
    const name = foldArabic(words[i + 1]!).replace(/^ال/, '')
    if (name.length >= 3) out.add('ar:' + name)
  }
  return [...out]
}

/** Whether two sentences each name a locality and none in common: their happenings were in different places. */
export function differentPlaces(a: readonly string[], b: readonly string[]): boolean {
  return a.length > 0 && b.length > 0 && !a.some((x) => b.includes(x))
}

/** Whether two sentences name a locality in common. */
export function samePlace(a: readonly string[], b: readonly string[]): boolean {
  return a.some((x) => b.includes(x))
}
