/** Node side of the benchmark inputs: the fixture paragraphs read from disk (see gen.ts). */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

export * from './gen'

/** The publication date the benchmark articles are read against. */
export const PUBLISHED = '2016-08-15'

const FIXTURES = path.join(__dirname, '..', 'test', 'fixtures')
const ARTICLES = path.join(FIXTURES, 'articles')
/** The Arabic fixtures (constructed for the import tests; see test/fixtures/README.md). */
const ARABIC_PAGES = ['html/arabic-news-site.html', 'html/arabic-page.html']
const ARABIC_TEXTS = ['e2e/arabic-report.txt']

/** The fixture articles, in file-name order (stable across machines). */
export function fixtureTexts(): string[] {
  return readdirSync(ARTICLES)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(path.join(ARTICLES, f), 'utf8'))
}

/** Body paragraphs of the fixtures: blocks of at least 8 words (headings and bylines are left out). */
export function fixtureParagraphs(): string[] {
  return fixtureTexts()
    .flatMap((t) => t.split(/\n\s*\n/))
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.split(' ').length >= 8)
}

/**
 * Body paragraphs of the Arabic fixtures, the Arabic text Parallax ships: the <p> and <figcaption>
 * blocks of the saved pages (tags dropped) and the paragraphs of the plain-text report, at least 8
 * words each, as for the English pool. Few paragraphs: the generator repeats them, lightly edited.
 */
export function fixtureArabicParagraphs(): string[] {
  const fromPages = ARABIC_PAGES.flatMap((f) =>
    [...readFileSync(path.join(FIXTURES, f), 'utf8').matchAll(/<(p|figcaption)\b[^>]*>([\s\S]*?)<\/\1>/g)].map((m) =>
      m[2]!.replace(/<[^>]*>/g, '')
    )
  )
  const fromTexts = ARABIC_TEXTS.flatMap((f) => readFileSync(path.join(FIXTURES, f), 'utf8').split(/\n\s*\n/))
  return [...fromPages, ...fromTexts]
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => /[\u0600-\u06FF]/.test(p) && p.split(' ').length >= 8)
}
