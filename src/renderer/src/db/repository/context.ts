/**
 * What every part of the repository shares: the database, the injected clock and ids, the one
 * transaction door (`run`), validation into ValidationError, and the checks that tie a claim to
 * its article's text.
 */
import { z } from 'zod'
import { claimKinds, validate, type Article, type Case, type Claim } from '@core/model'
import type { Dismissal, ParallaxDb } from '../database'
import { notFound, translateError, ValidationError } from '../errors'
import type { RepositoryOptions } from './types'

export interface Context {
  db: ParallaxDb
  now: () => string
  newId: () => string
  /** One 'rw' transaction over `tables`, one error vocabulary: the single door every write goes through. */
  run<T>(tables: readonly string[], work: () => Promise<T>): Promise<T>
}

/** Every table a delete or restore of case data may touch. */
export const DATA = ['cases', 'articles', 'claims', 'links', 'dismissals'] as const

export function createContext(db: ParallaxDb, options: RepositoryOptions): Context {
  const { now = () => new Date().toISOString(), newId = () => crypto.randomUUID() } = options
  return {
    db,
    now,
    newId,
    async run(tables, work) {
      try {
        return await db.transaction('rw', [...tables], work)
      } catch (error) {
        throw translateError(error)
      }
    }
  }
}

/** The parsed value, or a ValidationError carrying validate()'s sentence (prefixed with `what`). */
export function check<T>(schema: z.ZodType<T>, data: unknown, what?: string): T {
  const result = validate(schema, data)
  if (result.ok) return result.value
  // validate() says "the data: …" for a problem with the whole value; name the value instead.
  const message = what ? `${what}: ${result.message.replace(/^the data: /, '')}` : result.message
  throw new ValidationError(message)
}

export const dismissalSchema: z.ZodType<Dismissal> = z.object({
  id: z.string().min(1),
  articleId: z.string().min(1),
  kind: z.enum(claimKinds),
  exact: z.string().min(1),
  start: z.number().int().nonnegative(),
  createdAt: z.string()
})

export async function requireCase(ctx: Context, id: string): Promise<Case> {
  const found = await ctx.db.cases.get(id)
  if (!found) throw notFound('This case')
  return found
}

export async function requireArticle(ctx: Context, id: string): Promise<Article> {
  const found = await ctx.db.articles.get(id)
  if (!found) throw notFound('This article')
  return found
}

/** `"Title"`, or words for an untitled article: how messages name an article. */
export function nameArticle(article: Article): string {
  return article.title.trim() ? `"${clip(article.title.trim(), 60)}"` : 'an untitled article'
}

export function clip(text: string, max: number): string {
  return text.length > max ? text.slice(0, max - 1) + '…' : text
}

/** How messages name a claim: by the words it quotes. */
export function nameClaim(claim: Pick<Claim, 'anchor'>): string {
  return `The claim "${clip(claim.anchor.exact, 60)}"`
}

/**
 * Throws a ValidationError unless the claim belongs to the article and, when not orphan, its anchor
 * lies inside the text and quotes it exactly (offsets in UTF-16 code units).
 */
export function checkFits(claim: Claim, article: Article, textLabel = 'the text'): void {
  if (claim.articleId !== article.id) {
    throw new ValidationError(`${nameClaim(claim)} belongs to another article than ${nameArticle(article)}.`)
  }
  if (claim.orphan === true) return
  const { start, end, exact } = claim.anchor
  if (end > article.text.length) {
    throw new ValidationError(
      `${nameClaim(claim)} does not fit ${nameArticle(article)}: it spans ${start}–${end}, outside ${textLabel} (${article.text.length} characters long).`
    )
  }
  const actual = article.text.slice(start, end)
  if (actual !== exact) {
    throw new ValidationError(
      `${nameClaim(claim)} does not fit ${nameArticle(article)}: ${textLabel} at ${start}–${end} reads "${clip(actual, 60)}".`
    )
  }
}
