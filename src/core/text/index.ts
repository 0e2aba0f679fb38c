/** Canonical text: normalisation, paragraphs, script direction and language, fingerprints. */
export { normalizeText, splitParagraphs, joinParagraphs } from './normalize'
export { detectDirection, detectLanguage } from './script'
export { hashText } from './hash'
