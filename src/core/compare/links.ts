/**
 * Which link wins. A manual link is the journalist's word on a pair of claims: it replaces
 * compare's verdict for that pair, adds a match compare did not make, and retires compare's other
 * matches of its two claims within the same pair of articles (a claim reports one fact per other
 * article). "Not the same fact" is a manual link of relation `related`: shown, kept, reversible.
 * The reader shows, and every report states, what this rule leaves, so an overruled automatic
 * conflict appears once, as the journalist set it.
 */
import type { Claim, ClaimMatch, Comparison, Link, VerdictKind } from '@core/model'

/** One key for a pair of ids, whatever their order. */
export const pairKey = (x: string, y: string) => (x < y ? `${x}|${y}` : `${y}|${x}`)

/** A match as the journalist's links leave it. */
export interface MergedMatch extends ClaimMatch {
  manual: boolean
  /** The manual link behind this verdict, when there is one. */
  linkId?: string
  /** What compare said, when the journalist overruled it. */
  auto?: { verdict: VerdictKind; reason: string }
}

/**
 * Compare's matches with the manual links among `links` applied. Matches keep their orientation;
 * a manual link is oriented by `comparison.articleIds` (side a first). Manual links whose claims
 * are unknown, of one article, or of an article outside the comparison are ignored.
 */
export function mergeLinks(comparison: Pick<Comparison, 'articleIds' | 'matches'>, links: readonly Link[], claimsById: ReadonlyMap<string, Claim>): MergedMatch[] {
  const manual = new Map<string, Link>()
  // newest wins when a pair somehow has several manual links
  for (const l of links) if (l.origin === 'manual') manual.set(pairKey(l.claimIds[0], l.claimIds[1]), l)
  const inCase = new Set(comparison.articleIds)
  const taken = new Set<string>() // `${articlePairKey}#${claimId}` of every claim a manual link binds
  const added: MergedMatch[] = []
  for (const l of manual.values()) {
    const x = claimsById.get(l.claimIds[0])
    const y = claimsById.get(l.claimIds[1])
    if (!x || !y || x.articleId === y.articleId || !inCase.has(x.articleId) || !inCase.has(y.articleId)) continue
    const [a, b] = comparison.articleIds.indexOf(x.articleId) < comparison.articleIds.indexOf(y.articleId) ? [x, y] : [y, x]
    const ap = pairKey(a.articleId, b.articleId)
    taken.add(`${ap}#${a.id}`).add(`${ap}#${b.id}`)
    added.push({ claimIds: [a.id, b.id], articleIds: [a.articleId, b.articleId], verdict: l.relation, reason: l.reason, score: 1, manual: true, linkId: l.id })
  }
  const byPair = new Map(added.map((m) => [pairKey(m.claimIds[0], m.claimIds[1]), m]))
  const out: MergedMatch[] = []
  for (const m of comparison.matches) {
    const own = byPair.get(pairKey(m.claimIds[0], m.claimIds[1]))
    if (own) {
      own.auto = { verdict: m.verdict, reason: m.reason }
      continue
    }
    const ap = pairKey(m.articleIds[0], m.articleIds[1])
    if (taken.has(`${ap}#${m.claimIds[0]}`) || taken.has(`${ap}#${m.claimIds[1]}`)) continue
    out.push({ ...m, manual: false })
  }
  return [...out, ...added]
}

/**
 * The stored links that stand once manual links have overruled automatic ones (mergeLinks on the
 * automatic links as compare's matches): what a report states. Links whose claims are not both
 * known are kept as they are; the caller decides about them. Order: automatic links that stand,
 * then manual ones, each in the order given.
 */
export function linksInForce(links: readonly Link[], claimsById: ReadonlyMap<string, Claim>): Link[] {
  const known = (l: Link) => claimsById.has(l.claimIds[0]) && claimsById.has(l.claimIds[1])
  const autos = links.filter((l) => l.origin === 'auto' && known(l))
  const articleIds = [...new Set(links.filter(known).flatMap((l) => l.claimIds.map((id) => claimsById.get(id)!.articleId)))]
  const byPair = new Map(links.map((l) => [`${l.origin}:${pairKey(l.claimIds[0], l.claimIds[1])}`, l]))
  const matches: ClaimMatch[] = autos.map((l) => ({
    claimIds: [l.claimIds[0], l.claimIds[1]],
    articleIds: [claimsById.get(l.claimIds[0])!.articleId, claimsById.get(l.claimIds[1])!.articleId],
    verdict: l.relation,
    reason: l.reason,
    score: 1
  }))
  const merged = mergeLinks({ articleIds, matches }, links, claimsById)
  const standing = merged.map((m) => byPair.get(`${m.manual ? 'manual' : 'auto'}:${pairKey(m.claimIds[0], m.claimIds[1])}`)!)
  // a manual link between two claims of one article overrules nothing: it stands as stored
  const within = links.filter((l) => l.origin === 'manual' && known(l) && claimsById.get(l.claimIds[0])!.articleId === claimsById.get(l.claimIds[1])!.articleId)
  return [...standing, ...within, ...links.filter((l) => !known(l))]
}
