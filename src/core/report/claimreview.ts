/**
 * schema.org ClaimReview (JSON-LD) for the claims a journalist has reviewed (confirmed, disputed,
 * rejected): the markup fact-checkers publish so search engines and aggregators can show the
 * verdict. Unreviewed claims are never published. https://schema.org/ClaimReview
 */
import type { Article, Claim, ClaimStatus } from '@core/model'
import { isWebAddress } from '@core/url'
import { statusLabels } from './format-value'
import { claimsByArticle, orderArticles, type ReportContext, type ReportInput } from './input'
import { renderJsonLd } from './jsonld'

/** The rating scale: 3 is the best (confirmed), 1 the worst (rejected). */
const RATINGS: Partial<Record<ClaimStatus, number>> = { confirmed: 3, disputed: 2, rejected: 1 }
const BEST = 3
const WORST = 1

/** Whether a claim's status is a verdict that may be published. */
export function isReviewed(claim: Claim): boolean {
  return RATINGS[claim.status] !== undefined
}

/** Titles and ranks that end in a full stop without ending the sentence ("Brig. Gen. Saad Maan"). */
const ABBREVIATION = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Gen|Brig|Maj|Col|Lt|Capt|Sgt|Gov|Sen|Rep|Prof|St|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z])\.$/
const MAX_SENTENCE = 400

/** Whether text[i] ends a sentence: . ! ? or the Arabic question mark, then a space or line break. */
function endsSentence(text: string, i: number): boolean {
  if (!/[.!?؟]/.test(text[i] ?? '') || !/\s/.test(text[i + 1] ?? ' ')) return false
  return text[i] !== '.' || !ABBREVIATION.test(text.slice(Math.max(0, i - 6), i + 1))
}

/**
 * The sentence a claim sits in (the words a reader of the ClaimReview needs, where the quote alone,
 * "July 29th", says nothing); the quote itself when the sentence is too long to show.
 */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = start
  while (from > 0 && text[from - 1] !== '\n' && !endsSentence(text, from - 2)) from--
  let to = end
  while (to < text.length && text[to] !== '\n' && !endsSentence(text, to - 1)) to++
  const sentence = text.slice(from, to).trim()
  return sentence.length <= MAX_SENTENCE && sentence.includes(text.slice(start, end)) ? sentence : text.slice(start, end)
}

function httpUrl(url: string | undefined): string | undefined {
  const u = url?.trim()
  return isWebAddress(u) ? u : undefined
}

function review(claim: Claim, article: Article, ctx: ReportContext) {
  const outlet = article.outlet.trim()
  const url = httpUrl(article.url)
  const reviewUrl = httpUrl(ctx.reviewUrl)
  return {
    '@type': 'ClaimReview',
    ...(reviewUrl ? { url: reviewUrl } : {}),
    claimReviewed: sentenceAround(article.text, claim.anchor.start, claim.anchor.end),
    ...(claim.note.trim() ? { reviewBody: claim.note.trim() } : {}),
    reviewRating: {
      '@type': 'Rating',
      alternateName: statusLabels[claim.status],
      ratingValue: RATINGS[claim.status],
      bestRating: BEST,
      worstRating: WORST
    },
    itemReviewed: {
      '@type': 'Claim',
      name: claim.anchor.exact,
      ...(outlet ? { author: { '@type': 'Organization', name: outlet } } : {}),
      ...(article.publishedAt ? { datePublished: article.publishedAt } : {}),
      appearance: { '@type': 'CreativeWork', ...(url ? { url } : {}), headline: article.title }
    },
    ...(ctx.author?.trim() ? { author: { '@type': 'Organization', name: ctx.author.trim() } } : {}),
    datePublished: ctx.generatedAt.slice(0, 10)
  }
}

/** The reviewed claims as a schema.org @graph of ClaimReview (JSON-LD, script-safe: see jsonld.ts). */
export function renderClaimReview(input: ReportInput, ctx: ReportContext): string {
  const own = claimsByArticle(input.claims)
  const graph = orderArticles(input).flatMap((article) => (own.get(article.id) ?? []).filter(isReviewed).map((c) => review(c, article, ctx)))
  return renderJsonLd({ '@context': 'https://schema.org', '@graph': graph })
}
