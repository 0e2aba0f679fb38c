/** Node side of the benchmark inputs: the fixture paragraphs read from disk (see gen.ts). */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

export * from './gen'

const ARTICLES = path.join(__dirname, '..', 'test', 'fixtures', 'articles')

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
