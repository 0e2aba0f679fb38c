/**
 * Article: one outlet's account of a story, as Parallax stores and shows it.
 * `text` is the canonical body (NFC, `\n` line ends, paragraphs joined by one blank line); every
 * offset anywhere in Parallax counts UTF-16 code units into it. Title, byline and captions are
 * fields of their own and never part of `text`.
 */
import { z } from 'zod'
import { webAddressProblem } from '@core/url'

export const textDirections = ['ltr', 'rtl'] as const
export type TextDirection = (typeof textDirections)[number]

export const sourceFormats = ['text', 'markdown', 'html', 'paste', 'pdf', 'docx'] as const
export type SourceFormat = (typeof sourceFormats)[number]

/** An ISO-8601 calendar date (`2016-08-14`) or date-time; empty means unknown. */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/, 'must be an ISO date such as 2016-08-14')

export const articleSchema = z.object({
  id: z.string().min(1),
  caseId: z.string().min(1),
  title: z.string(),
  outlet: z.string(),
  byline: z.string(),
  url: z.string(),
  publishedAt: isoDate.optional(),
  lang: z.string(),
  dir: z.enum(textDirections),
  text: z.string(),
  captions: z.array(z.string()),
  /**
   * Footnotes and endnotes of a PDF or Word document, each as its own text ("[1] …"): kept apart
   * from `text` so a note never splits a paragraph or counts as the body's claim. Absent for web pages.
   */
  notes: z.array(z.string()).optional(),
  /**
   * Where the pages of the original document begin, for PDFs: `{ at, page }` says the paragraph
   * starting at offset `at` (UTF-16, into `text`) and those after it start on page `page` (1-based),
   * until the next entry. Sorted by `at`; the first entry is at 0.
   */
  pages: z.array(z.object({ at: z.number().int().nonnegative(), page: z.number().int().positive() })).optional(),
  sourceFormat: z.enum(sourceFormats),
  sourceName: z.string(),
  contentHash: z.string(),
  importedAt: z.string(),
  updatedAt: z.string()
})

export type Article = z.infer<typeof articleSchema>

/** What ingest makes of a file before it is stored: an Article without its identity and case. */
export type ArticleDraft = Omit<Article, 'id' | 'caseId' | 'importedAt' | 'updatedAt'>

/** The metadata a journalist may edit by hand. */
export const articleMetadataSchema = z.object({
  title: z.string().trim().min(1, 'A title is needed').max(500),
  outlet: z.string().trim().max(200),
  byline: z.string().trim().max(300),
  url: z
    .string()
    .trim()
    .superRefine((u, ctx) => {
      const problem = u === '' ? null : webAddressProblem(u)
      if (problem) ctx.addIssue({ code: 'custom', message: `This web address cannot be used: ${problem}` })
    }),
  publishedAt: z.union([z.literal(''), isoDate]).optional()
})
export type ArticleMetadata = z.infer<typeof articleMetadataSchema>

/** The page (1-based) of the original document where the paragraph holding `offset` starts; null when the article has no pages (not a PDF). */
export function pageAt(article: Pick<Article, 'pages'>, offset: number): number | null {
  const pages = article.pages
  if (!pages || pages.length === 0) return null
  let page = pages[0]!.page
  for (const entry of pages) {
    if (entry.at > offset) break
    page = entry.page
  }
  return page
}

/** "p. 3" for a claim or passage at `offset` of a PDF's article (its paragraph's page), for lists and reports; '' when the article has no pages. */
export function pageLabel(article: Pick<Article, 'pages'>, offset: number): string {
  const page = pageAt(article, offset)
  return page === null ? '' : `p. ${page}`
}

/** Gives a draft its identity and case; `now` is an ISO timestamp passed in (core reads no clock). */
export function articleFromDraft(draft: ArticleDraft, ids: { id: string; caseId: string }, now: string): Article {
  return { ...draft, ...ids, importedAt: now, updatedAt: now }
}
