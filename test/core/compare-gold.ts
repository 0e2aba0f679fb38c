/**
 * Claims for the compare tests, built the way a journalist would tag them: the gold claims of the
 * two real articles (found by their `exact` text), and for the constructed wire (which has no claims
 * gold) the claims a careful journalist would tag, with the values they would give.
 */
import { articleFromDraft, claimFromDraft, type Article, type Claim, type ClaimDraft } from '@core/model'
import { ingestFile, ingestPastedText } from '@core/ingest'
import { env, fixtureBytes, fixtureJson, imported } from './fixtures'

export const NOW = '2024-05-01T00:00:00.000Z'

/** An article of test/fixtures/articles by file stem, with id = stem. */
export function loadArticle(stem: string): Article {
  const draft = imported(ingestFile({ name: `${stem}.txt`, bytes: fixtureBytes(`articles/${stem}.txt`) }, env)).article
  return articleFromDraft(draft, { id: stem, caseId: 'al-qaim' }, NOW)
}

/** The span of the `occurrence`-th appearance of `exact` in the article's text; throws if absent. */
export function spanOf(article: Article, exact: string, occurrence = 0): { start: number; end: number } {
  let at = -1
  for (let k = 0; k <= occurrence; k++) {
    at = article.text.indexOf(exact, at + 1)
    if (at < 0) throw new Error(`"${exact}" is not in ${article.id}`)
  }
  return { start: at, end: at + exact.length }
}

let counter = 0

/** A claim anchored at `exact` in the article (prefix and suffix up to 32 characters). */
export function claimAt(
  article: Article,
  kind: Claim['kind'],
  exact: string,
  value: Record<string, unknown>,
  occurrence = 0
): Claim {
  const { start, end } = spanOf(article, exact, occurrence)
  const anchor = {
    start,
    end,
    exact,
    prefix: article.text.slice(Math.max(0, start - 32), start),
    suffix: article.text.slice(end, end + 32)
  }
  const v = kind === 'date' ? { calendar: 'gregorian', text: exact, ...value } : value
  const draft = {
    kind,
    anchor,
    value: v,
    origin: 'manual',
    status: 'confirmed',
    note: '',
    tags: []
  } as unknown as ClaimDraft
  return claimFromDraft(draft, { id: `${article.id}#${++counter}`, articleId: article.id }, NOW)
}

interface GoldClaim {
  kind: Claim['kind']
  exact: string
  value: Record<string, unknown>
}

/** The gold claims of a real article that are present in its imported text (the caption date is not). */
export function goldClaims(article: Article): Claim[] {
  const gold = fixtureJson<{ claims: GoldClaim[] }>(`gold/${article.id}.claims.json`).claims
  return gold.filter((g) => article.text.includes(g.exact)).map((g) => claimAt(article, g.kind, g.exact, g.value))
}

/** The constructed wire's claims, as a careful journalist would tag them. */
export function wireClaims(w: Article): Claim[] {
  return [
    claimAt(w, 'date', 'Aug 14', { iso: '--08-14', granularity: 'day' }),
    claimAt(w, 'attribution', 'Iraqi officials said', { speaker: 'Iraqi officials', verb: 'said' }),
    claimAt(w, 'date', 'Sunday', { iso: 'weekday:7', granularity: 'weekday' }),
    claimAt(w, 'casualty', 'killed 15 senior Islamic State commanders', {
      outcome: 'killed',
      min: 15,
      max: 15,
      who: 'senior Islamic State commanders'
    }),
    claimAt(w, 'date', 'July 28', { iso: '--07-28', granularity: 'day' }),
    claimAt(w, 'attribution', 'the Defence Ministry said', { speaker: 'Defence Ministry', verb: 'said' }),
    claimAt(w, 'casualty', 'One of the dead, Abu Taha al-Azzawi', { outcome: 'killed', min: 1, max: 1 }),
    claimAt(w, 'attribution', 'the ministry said', { speaker: 'Defence Ministry', verb: 'said' }),
    claimAt(w, 'casualty', "Sami Jassem al-Jabouri, who ran the group's oil and gas revenue, was killed", {
      outcome: 'killed',
      min: 1,
      max: 1
    }),
    claimAt(w, 'date', 'August 12', { iso: '--08-12', granularity: 'day' }),
    claimAt(w, 'attribution', 'the coalition said', { speaker: 'coalition', verb: 'said' }),
    claimAt(w, 'casualty', 'At least 20 militants died', { outcome: 'killed', min: 20 }),
    claimAt(w, 'date', 'June 3', { iso: '--06-03', granularity: 'day' }),
    claimAt(w, 'attribution', 'according to the Interior Ministry', {
      speaker: 'Interior Ministry',
      verb: 'according to'
    }),
    claimAt(w, 'date', 'On June 17', { iso: '--06-17', granularity: 'day' }),
    claimAt(w, 'quantity', 'six vehicles', { amount: 6, unit: 'vehicles' }),
    claimAt(w, 'casualty', 'killing 25 fighters', { outcome: 'killed', min: 25, max: 25 }),
    claimAt(w, 'attribution', 'Interior Ministry spokesman Brigadier General Saad Maan told reporters', {
      speaker: 'Saad Maan',
      role: 'Interior Ministry spokesman',
      via: 'reporters',
      verb: 'told'
    }),
    claimAt(w, 'quantity', 'about 400 kilometres', { amount: 400, unit: 'km' }),
    claimAt(w, 'attribution', 'local officials said', { speaker: 'local officials', verb: 'said' }),
    claimAt(w, 'attribution', 'security adviser Fadel Abu Ragheef said', {
      speaker: 'Fadel Abu Ragheef',
      role: 'security adviser',
      verb: 'said'
    })
  ]
}

/** Whether a claim's anchor overlaps a span: matching must not depend on exact span boundaries. */
export function overlaps(claim: Claim | undefined, span: { start: number; end: number }): boolean {
  return claim !== undefined && claim.anchor.start < span.end && span.start < claim.anchor.end
}

let pasted = 0
/** A short report pasted in (under a headline, as the reader imports it), with the next id of `caseId`. */
export function pastedArticle(text: string, caseId: string): Article {
  const draft = imported(ingestPastedText(`Report on the strike\n\n${text}`, env)).article
  return articleFromDraft(draft, { id: `art${++pasted}`, caseId }, NOW)
}
