/**
 * The comparison summary every report shares: the stored links between claims that stand (a
 * manual link overrules the automatic ones of its claims, by core/compare's linksInForce, the rule
 * the reader shows), grouped by relation in core/compare's relationOrder (conflicts first, plain
 * "related" last), each pair oriented in reading order. The words of each verdict (the reason)
 * are the stored link's own; nothing is judged again here.
 */
import { linksInForce, relationLabels, relationOrder } from '@core/compare'
import type { Article, Claim, Link, LinkRelation } from '@core/model'
import { articleLabel, orderArticles, type ReportInput } from './input'

export interface ComparisonSide {
  claim: Claim
  article: Article | undefined
  /** The article's outlet (or title): how the side is named. */
  label: string
}

export interface ComparisonEntry {
  link: Link
  a: ComparisonSide
  b: ComparisonSide
}

export interface ComparisonGroup {
  relation: LinkRelation
  entries: ComparisonEntry[]
}

interface Order {
  article: Map<string, number>
}

function sideOf(claim: Claim, articles: Map<string, Article>): ComparisonSide {
  const article = articles.get(claim.articleId)
  return { claim, article, label: articleLabel(article) }
}

/** Reading position of a claim: its article's place in the report, then its offset. */
function position(claim: Claim, order: Order): [number, number] {
  return [order.article.get(claim.articleId) ?? Number.MAX_SAFE_INTEGER, claim.anchor.start]
}

function before(x: Claim, y: Claim, order: Order): number {
  const [ax, sx] = position(x, order)
  const [ay, sy] = position(y, order)
  return ax - ay || sx - sy || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)
}

/**
 * The links of the input that stand, grouped by relation (empty groups left out), each pair in
 * reading order: an automatic verdict the journalist overruled is reported once, as they set it.
 * A link whose claims are not both in the input is left out: it belongs to a wider report.
 */
export function summarizeComparisons(input: ReportInput): ComparisonGroup[] {
  const articles = new Map(input.articles.map((a) => [a.id, a]))
  const claims = new Map(input.claims.map((c) => [c.id, c]))
  const order: Order = { article: new Map(orderArticles(input).map((a, i) => [a.id, i])) }
  const entries: ComparisonEntry[] = []
  for (const link of linksInForce(input.links, claims)) {
    const x = claims.get(link.claimIds[0])
    const y = claims.get(link.claimIds[1])
    if (!x || !y) continue
    const [first, second] = before(x, y, order) <= 0 ? [x, y] : [y, x]
    entries.push({ link, a: sideOf(first, articles), b: sideOf(second, articles) })
  }
  entries.sort(
    (p, q) =>
      before(p.a.claim, q.a.claim, order) || before(p.b.claim, q.b.claim, order) || (p.link.id < q.link.id ? -1 : 1)
  )
  return relationOrder
    .map((relation) => ({ relation, entries: entries.filter((e) => e.link.relation === relation) }))
    .filter((g) => g.entries.length > 0)
}

/** "2 in conflict, 1 credited to different sources, 3 in agreement", or '' when nothing is linked. */
export function describeCounts(groups: readonly ComparisonGroup[]): string {
  return groups.map((g) => `${g.entries.length} ${relationLabels[g.relation].count}`).join(', ')
}

/**
 * Every claim's verdicts as lines ("conflict with Constructed Wire: “killed 15 …” (reason)"), by
 * claim id, in group order: one pass over the links, not one per claim.
 */
export function verdictsByClaim(groups: readonly ComparisonGroup[]): Map<string, string[]> {
  const out = new Map<string, string[]>()
  const add = (claimId: string, line: string) => {
    const lines = out.get(claimId)
    if (lines) lines.push(line)
    else out.set(claimId, [line])
  }
  for (const group of groups) {
    for (const { link, a, b } of group.entries) {
      const reason = link.reason.trim() ? ` (${link.reason.trim()})` : ''
      add(a.claim.id, `${group.relation} with ${b.label}: “${b.claim.anchor.exact}”${reason}`)
      if (b.claim.id !== a.claim.id)
        add(b.claim.id, `${group.relation} with ${a.label}: “${a.claim.anchor.exact}”${reason}`)
    }
  }
  return out
}
