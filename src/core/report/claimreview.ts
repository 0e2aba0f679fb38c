/**
 * schema.org ClaimReview (JSON-LD) for the claims a journalist has reviewed (confirmed, disputed,
 * rejected): the markup fact-checkers publish so search engines, fact-check search tools and
 * aggregators can show the verdict. One ClaimReview per reviewed claim, with what Google's and
 * schema.org's guidance asks for: the review's url, the claim in one short sentence, the rating on
 * the reviewer's scale (with its name), the fact-checker, the review's own date, and the claim
 * reviewed: who made it (the speaker of an attribution, else the outlet), when and where it
 * appeared. Unreviewed claims are never published.
 * https://schema.org/ClaimReview · https://developers.google.com/search/docs/appearance/structured-data/factcheck
 */
import { isOrganisationName } from '@core/extract'
import type { Article, Case, Claim } from '@core/model'
import { isWebAddress } from '@core/url'
import { claimSentence } from './claim-sentence'
import { claimsByArticle, orderArticles, type ReportContext, type ReportInput } from './input'
import { renderJsonLd } from './jsonld'
import { DEFAULT_SCALE, findRating, ratingOf, reviewUrlOf, type ReviewerProfile } from './reviewer'

/** Whether a claim's status is a verdict that may be published. */
export function isReviewed(claim: Claim): boolean {
  return claim.status !== 'unreviewed'
}

/** What an export with nothing reviewed says (the app's dialog and the CLI). */
export const NOTHING_REVIEWED =
  'Nothing to publish as ClaimReview: no claim in this export is reviewed. Mark claims confirmed, disputed or rejected first.'

function httpUrl(url: string | undefined): string | undefined {
  const u = url?.trim()
  return isWebAddress(u) ? u : undefined
}

type Agent = { '@type': 'Person' | 'Organization'; name: string; url?: string }

/** Who made the claim: the speaker of an attribution, else the outlet, else the byline. */
function claimAuthor(claim: Claim, article: Article): Agent | undefined {
  if (claim.kind === 'attribution' && claim.value.speaker.trim()) {
    const name = claim.value.speaker.trim()
    return { '@type': isOrganisationName(name) ? 'Organization' : 'Person', name }
  }
  if (article.outlet.trim()) return { '@type': 'Organization', name: article.outlet.trim() }
  if (article.byline.trim()) return { '@type': 'Person', name: article.byline.trim().replace(/^by\s+/i, '') }
  return undefined
}

/** The fact-checker: the organisation (with its home page), else the named reviewer. */
function reviewer(profile: ReviewerProfile | undefined): Agent | undefined {
  const org = profile?.organisation.trim()
  if (org)
    return {
      '@type': 'Organization',
      name: org,
      ...(httpUrl(profile?.organisationUrl) ? { url: httpUrl(profile?.organisationUrl) } : {})
    }
  const person = profile?.author.trim()
  return person ? { '@type': 'Person', name: person } : undefined
}

/** The day of the review (YYYY-MM-DD): when its status was set, else the claim's last change. */
function reviewDate(claim: Claim): string {
  return (claim.review?.reviewedAt ?? claim.updatedAt).slice(0, 10)
}

function review(claim: Claim, article: Article, kase: Case | undefined, ctx: ReportContext) {
  const profile = ctx.reviewer
  const scale = profile?.scale ?? DEFAULT_SCALE
  const rating = ratingOf(claim, scale)
  const values = scale.ratings.map((r) => r.value)
  const url = httpUrl(reviewUrlOf(claim, kase?.id ?? article.caseId, profile))
  const pageUrl = httpUrl(article.url)
  const author = claimAuthor(claim, article)
  const fact = reviewer(profile)
  const person = profile?.author.trim()
  const outlet = article.outlet.trim()
  return {
    '@type': 'ClaimReview',
    ...(url ? { url } : {}),
    claimReviewed: claimSentence(article.text, claim.anchor.start, claim.anchor.end),
    ...(claim.note.trim() ? { reviewBody: claim.note.trim() } : {}),
    reviewRating: {
      '@type': 'Rating',
      ...(rating ? { ratingValue: rating.value, alternateName: rating.name } : {}),
      bestRating: Math.max(...values),
      worstRating: Math.min(...values)
    },
    itemReviewed: {
      '@type': 'Claim',
      ...(author ? { author } : {}),
      ...(article.publishedAt ? { datePublished: article.publishedAt } : {}),
      appearance: {
        '@type': 'NewsArticle',
        ...(pageUrl ? { url: pageUrl } : {}),
        headline: article.title,
        ...(article.publishedAt ? { datePublished: article.publishedAt } : {}),
        ...(outlet ? { publisher: { '@type': 'Organization', name: outlet } } : {})
      }
    },
    ...(fact ? { author: fact } : {}),
    // the named reviewer of an organisation's check
    ...(fact?.['@type'] === 'Organization' && person ? { creator: { '@type': 'Person', name: person } } : {}),
    datePublished: reviewDate(claim)
  }
}

/** The reviewed claims with their article and case, in reading order. */
function reviewed(input: ReportInput): { claim: Claim; article: Article; kase: Case | undefined }[] {
  const own = claimsByArticle(input.claims)
  const cases = new Map(input.cases.map((c) => [c.id, c]))
  return orderArticles(input).flatMap((article) =>
    (own.get(article.id) ?? [])
      .filter(isReviewed)
      .map((claim) => ({ claim, article, kase: cases.get(article.caseId) ?? input.cases[0] }))
  )
}

/** How many claims of the input a ClaimReview export would publish. */
export function countReviewed(input: ReportInput): number {
  return input.claims.filter(isReviewed).length
}

/** The reviewed claims as a schema.org @graph of ClaimReview (JSON-LD, script-safe: see jsonld.ts); an empty graph when none is reviewed. */
export function renderClaimReview(input: ReportInput, ctx: ReportContext): string {
  const graph = reviewed(input).map(({ claim, article, kase }) => review(claim, article, kase, ctx))
  return renderJsonLd({ '@context': 'https://schema.org', '@graph': graph })
}

/** A file name from a claim id: letters, digits, dot, dash and underscore kept, the rest as `_`. */
function safeName(id: string): string {
  return (
    id
      .replace(/[^\p{L}\p{N}._-]/gu, '_')
      .replace(/^\.+/, '_')
      .slice(0, 120) || 'claim'
  )
}

/** One ClaimReview document per reviewed claim, to publish on the claim's own page: `<claim id>.claimreview.jsonld` and its text. */
export function renderClaimReviewFiles(
  input: ReportInput,
  ctx: ReportContext
): { claimId: string; name: string; text: string }[] {
  const used = new Set<string>()
  return reviewed(input).map(({ claim, article, kase }) => {
    let name = safeName(claim.id)
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${safeName(claim.id)}-${n}`
    used.add(name.toLowerCase())
    return {
      claimId: claim.id,
      name: `${name}.claimreview.jsonld`,
      text: renderJsonLd({ '@context': 'https://schema.org', ...review(claim, article, kase, ctx) })
    }
  })
}

/**
 * What a publisher would miss in each review ("“July 28” (Constructed Wire): no url of the
 * published fact-check"): the required and recommended properties left out because the profile or
 * the article does not say them. Empty when every review is complete.
 */
export function claimReviewGaps(input: ReportInput, ctx: ReportContext): string[] {
  const out: string[] = []
  const profile = ctx.reviewer
  for (const { claim, article, kase } of reviewed(input)) {
    const missing: string[] = []
    if (!httpUrl(reviewUrlOf(claim, kase?.id ?? article.caseId, profile)))
      missing.push(
        'no web address of the published fact-check (set the URL pattern of the reviewer profile, or the claim’s review address)'
      )
    if (!reviewer(profile)) missing.push('no fact-checker (set the organisation of the reviewer profile)')
    if (!claimAuthor(claim, article)) missing.push('no author of the claim (set the article’s outlet)')
    if (!article.publishedAt) missing.push('no date the claim appeared (set the article’s publication date)')
    if (!httpUrl(article.url)) missing.push('no web address where the claim appeared (set the article’s web address)')
    const chosen = claim.review?.rating
    if (chosen && !findRating(profile?.scale ?? DEFAULT_SCALE, chosen))
      missing.push(`its rating “${chosen}” is not on the rating scale, so its status’s rating is used`)
    const quote = claim.anchor.exact.length > 40 ? claim.anchor.exact.slice(0, 39) + '…' : claim.anchor.exact
    const label = article.outlet.trim() || article.title.trim() || article.id
    for (const m of missing) out.push(`“${quote}” (${label}): ${m}`)
  }
  return out
}
