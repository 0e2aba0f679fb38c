/**
 * The development corpus (../shared/corpus) as the eval reads it: each source file parsed once
 * and kept, article references of the gold resolved to a title and a text, and gold refused —
 * with its file and the quote — when a quote is not in the article it names.
 *
 * Article references (test/eval/corpus/README.md):
 * - `fakes` by `unit_id`: title `article_title`, text `article_content` of casualties/fakes.csv;
 * - `saudinewsnet` by `day` and `url`: title and content of the record in arabic/saudinewsnet/<day>.zip;
 * - `timeml` by `path` (from the corpus root, or from dates/timeml): the title is the text of
 *   <TITLE> (if any), the text the content of <TEXT> with tags removed; the DCT is its date;
 * - `meantime` by `path` (from the corpus root, or from dates/meantime): the title is sentence 0;
 *   the text is the other sentences, tokens joined by one space except before closing punctuation
 *   (, . ; : ! ? ) ] % and clitics 's n't) and after opening brackets and $.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import Papa from 'papaparse'
import { parseTimeml } from './timeml'
import { readZipText } from './zip'

export type Split = 'dev' | 'heldout'

/** The split of the `index`-th file of a corpus sorted by name: every fifth (4, 9, 14, …) is held out. */
export function splitByRule(index: number): Split {
  return index % 5 === 4 ? 'heldout' : 'dev'
}

/** A problem with the corpus or the gold that stops one part of the eval; the message names the file and the reason. */
export class EvalInputError extends Error {}

/** The article a gold file names, resolved from the corpus. */
export interface CorpusArticle {
  /** a short key naming it ("fakes:1914947530") */
  key: string
  title: string
  text: string
  /** a date the corpus itself gives (TimeML's DCT) */
  date?: string
}

export interface ArticleRef {
  corpus: string
  unit_id?: string
  day?: string
  url?: string
  path?: string
  publishedAt?: string
}

interface FakesRow {
  unit_id: string
  article_title: string
  article_content: string
  source: string
  date: string
  location: string
}

interface SaudiRecord {
  title?: string
  content?: string
  url?: string
  source?: string
}

export class Corpus {
  private fakes: Map<string, FakesRow> | null = null
  private readonly days = new Map<string, Map<string, SaudiRecord>>()

  constructor(readonly root: string) {
    if (!existsSync(root) || !statSync(root).isDirectory())
      throw new EvalInputError(`--corpus ${root}: no such folder (give the path of ../shared/corpus)`)
  }

  /** The absolute path of a folder of the corpus; a clear error when it is missing. */
  folder(relative: string, what: string): string {
    const p = path.join(this.root, relative)
    if (!existsSync(p))
      throw new EvalInputError(`${p}: missing (${what} is read from there; is ${this.root} the corpus folder?)`)
    return p
  }

  private fakesRows(): Map<string, FakesRow> {
    if (this.fakes) return this.fakes
    const file = path.join(this.folder('casualties', 'FA-KES'), 'fakes.csv')
    if (!existsSync(file)) throw new EvalInputError(`${file}: missing (FA-KES articles are read from there)`)
    const parsed = Papa.parse<FakesRow>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true })
    this.fakes = new Map(parsed.data.map((r) => [String(r.unit_id), r]))
    return this.fakes
  }

  private day(day: string): Map<string, SaudiRecord> {
    const cached = this.days.get(day)
    if (cached) return cached
    const file = path.join(this.folder('arabic/saudinewsnet', 'SaudiNewsNet'), `${day}.zip`)
    if (!existsSync(file)) throw new EvalInputError(`${file}: missing (no SaudiNewsNet archive for ${day})`)
    const records = new Map<string, SaudiRecord>()
    for (const [entry, json] of readZipText(file, readFileSync(file))) {
      let list: unknown
      try {
        list = JSON.parse(json)
      } catch (e) {
        throw new EvalInputError(`${file}: ${entry} is not JSON (${(e as Error).message})`)
      }
      for (const r of Array.isArray(list) ? (list as SaudiRecord[]) : []) if (r.url) records.set(r.url, r)
    }
    this.days.set(day, records)
    return records
  }

  private file(relative: string, base: string): string {
    for (const p of [path.join(this.root, relative), path.join(this.root, base, relative)]) if (existsSync(p)) return p
    throw new EvalInputError(`${relative}: no such file in ${this.root} or ${path.join(this.root, base)}`)
  }

  /** Resolves an article reference; throws an EvalInputError starting with `where` when it names nothing. */
  article(ref: ArticleRef, where: string): CorpusArticle {
    switch (ref.corpus) {
      case 'fakes': {
        const row = this.fakesRows().get(String(ref.unit_id))
        if (!row) throw new EvalInputError(`${where}: no FA-KES article with unit_id ${ref.unit_id}`)
        return { key: `fakes:${ref.unit_id}`, title: row.article_title ?? '', text: row.article_content ?? '' }
      }
      case 'saudinewsnet': {
        if (!ref.day || !ref.url) throw new EvalInputError(`${where}: a saudinewsnet reference needs "day" and "url"`)
        const r = this.day(ref.day).get(ref.url)
        if (!r) throw new EvalInputError(`${where}: no SaudiNewsNet record of ${ref.day} with url ${ref.url}`)
        return { key: `saudinewsnet:${ref.day}:${ref.url}`, title: r.title ?? '', text: r.content ?? '' }
      }
      case 'timeml': {
        const file = this.file(ref.path ?? '', 'dates/timeml')
        const doc = parseTimeml(file, readFileSync(file, 'utf8'))
        return { key: `timeml:${ref.path}`, title: doc.title, text: doc.text, ...(doc.dct ? { date: doc.dct } : {}) }
      }
      case 'meantime': {
        const file = this.file(ref.path ?? '', 'dates/meantime')
        return { key: `meantime:${ref.path}`, ...meantimeText(readFileSync(file, 'utf8')) }
      }
      default:
        throw new EvalInputError(
          `${where}: unknown corpus ${JSON.stringify(ref.corpus)} (fakes, saudinewsnet, timeml or meantime)`
        )
    }
  }
}

const NO_SPACE_BEFORE = /^(?:[,.;:!?)\]%]|'s|’s|n't|n’t)$/i
const NO_SPACE_AFTER = /^[([$]$/

/** A MEANTIME document's title (sentence 0) and text (the rest), by the token rule in the header. */
export function meantimeText(xml: string): { title: string; text: string } {
  const sentences: string[] = []
  const token = /<token\b[^>]*\bsentence="(\d+)"[^>]*>([^<]*)<\/token>/g
  let prev = ''
  for (let m = token.exec(xml); m; m = token.exec(xml)) {
    const s = Number(m[1])
    const t = (m[2] ?? '')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
    if (sentences[s] === undefined) {
      sentences[s] = t
      prev = t
      continue
    }
    sentences[s] += NO_SPACE_BEFORE.test(t) || NO_SPACE_AFTER.test(prev) ? t : ` ${t}`
    prev = t
  }
  const [title = '', ...rest] = sentences.filter((x) => x !== undefined)
  return { title, text: rest.join(' ') }
}

/**
 * Refuses a gold file whose quote is not in its article: every quote must be an exact substring
 * of the article's title or text as stored in the corpus.
 */
export function checkQuotes(file: string, article: CorpusArticle, quotes: ReadonlyArray<string | undefined>): void {
  for (const q of quotes) {
    if (typeof q !== 'string' || q === '')
      throw new EvalInputError(`${file}: an empty or missing quote (in ${article.key})`)
    if (!article.text.includes(q) && !article.title.includes(q))
      throw new EvalInputError(`${file}: ${JSON.stringify(q)} is not in the title or text of ${article.key}`)
  }
}

/** Reads a JSON gold file; an EvalInputError naming the file when it is not JSON. */
export function readJson<T>(file: string): T {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T
  } catch (e) {
    throw new EvalInputError(`${file}: not valid JSON (${(e as Error).message})`)
  }
}

/** Checks the split field of a gold file. */
export function splitOf(file: string, value: unknown): Split {
  if (value === 'dev' || value === 'heldout') return value
  throw new EvalInputError(`${file}: "split" must be "dev" or "heldout", not ${JSON.stringify(value)}`)
}
