/** Canonical text: normalisation, paragraphs, script direction and language, fingerprints. */
export { normalizeLine, normalizeText, splitParagraphs, joinParagraphs, unfoldPresentationForms } from './normalize'
export { detectDirection, detectLanguage } from './script'
export { hashText } from './hash'
export { ARABIC_QUALIFIERS, ENGLISH_QUALIFIERS, type FigureQualifiers } from './figure-qualifiers'
export { segmentSentences, segmentTokens, type TextSpan, type Token } from './segment'
export {
  normalizeDigits,
  parseNumber,
  parseOrdinal,
  readNumberAt,
  readArabicNumber,
  arabicVague,
  arabicOrdinalDay,
  ARABIC_ORDINAL_DAY_SOURCE,
  NUMBER_SOURCE,
  ORDINAL_DIGITS_SOURCE,
  ENGLISH_NUMBER_WORDS,
  englishNumberWord
} from './numbers'
export { arabicLoose, foldArabic, cliticReadings, type CliticReading } from './arabic'
export {
  englishSpeechVerb,
  ENGLISH_SPEECH_FORMS,
  ENGLISH_SPEECH_LEMMAS,
  PUBLISHED_OBJECT,
  type SpeechVerb,
  type SpeechObject
} from './speech-verbs'
export { hasBidiControls, isolate, revealControls, revealInvisible, revealReordering } from './controls'
export {
  ARABIC_CALENDAR,
  ENGLISH_CALENDAR,
  MONTH_ABBREVIATIONS,
  MONTH_NAMES,
  WEEKDAY_NAMES,
  countsFromWriting,
  hijriMonthNumber,
  indexOfWord,
  monthNumber,
  weekdayNumber,
  wordsSource,
  type CalendarWords,
  type DayPart
} from './calendar-words'
export {
  ARABIC_ACCORDING,
  ARABIC_BODIES,
  ARABIC_CHANNELS,
  ARABIC_DECLARATIONS,
  ARABIC_NAME_ADJECTIVES,
  ARABIC_NAME_PARTICLES,
  ARABIC_NOT_SPEAKERS,
  ARABIC_OBJECTS,
  ARABIC_OCCASIONS,
  ARABIC_OUTLET_NOUNS,
  ARABIC_OUTLETS,
  ARABIC_PLACES,
  ARABIC_RANKS,
  ARABIC_REPORTING_VERBS,
  ARABIC_ROLES,
  ARABIC_SOURCES,
  ARABIC_SPEAKER_STOPS,
  ARABIC_STATEMENTS,
  ARABIC_TIME_ADJECTIVES,
  ARABIC_TIME_NOUNS,
  REPORTING_FORMS,
  type ArabicReportingVerb,
  type ReportingForm
} from './attribution-words'
export { isDateValueIso, readDateValueIso, type IsoDateParts } from './iso-dates'
export { NAME_TITLES } from './name-titles'
