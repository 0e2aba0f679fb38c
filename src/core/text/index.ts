/** Canonical text: normalisation, paragraphs, script direction and language, fingerprints. */
export { normalizeLine, normalizeText, splitParagraphs, joinParagraphs } from './normalize'
export { detectDirection, detectLanguage } from './script'
export { hashText } from './hash'
export { segmentSentences, segmentTokens, type TextSpan, type Token } from './segment'
export { normalizeDigits, parseNumber, parseOrdinal, readNumberAt, readArabicNumber, arabicVague, NUMBER_SOURCE, ORDINAL_DIGITS_SOURCE } from './numbers'
export { arabicLoose, foldArabic, cliticReadings, type CliticReading } from './arabic'
export { englishSpeechVerb, ENGLISH_SPEECH_LEMMAS, PUBLISHED_OBJECT, type SpeechVerb, type SpeechObject } from './speech-verbs'
export { hasBidiControls, isolate, revealControls, revealInvisible, revealReordering } from './controls'
export {
  ARABIC_CALENDAR,
  ENGLISH_CALENDAR,
  MONTH_NAMES,
  WEEKDAY_NAMES,
  hijriMonthNumber,
  indexOfWord,
  monthNumber,
  weekdayNumber,
  wordsSource,
  type CalendarWords,
  type DayPart
} from './calendar-words'
