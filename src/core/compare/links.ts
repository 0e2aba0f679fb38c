/**
 * Which link wins, and how verdicts are ordered and named. A manual link is the journalist's word on a pair of claims: it replaces
 * compare's verdict for that pair, adds a match compare did not make, and retires compare's other
 * matches of its two claims within the same pair of articles (a claim reports one fact per other
 * article). "Not the same fact" is a manual link of relation `related`: shown, kept, reversible.
 * Of several manual links on one pair, the newest stands. The reader shows, and every report
 * states, what this rule leaves, so an overruled automatic conflict appears once, as the
 * journalist set it. The order and names of the relations are here too, so the reader's rows,
 * the reports and the CLI list verdicts alike.
 */
import type { Claim, ClaimMatch, Comparison, Link, LinkRelation, VerdictKind } from '@core/model'

/** The order an editor needs verdicts in: conflicts first, then different sources, compatible, agree, and plain "related" last. */
export const relationOrder: readonly LinkRelation[] = ['conflict', 'different-source', 'compatible', 'agree', 'related']

/** How a relation is named: one verdict, a heading over several, and in a count ("2 in conflict"). */
export const relationLabels: Record<LinkRelation, { one: string; many: string; count: string }> = {
  conflict: { one: 'Conflict', many: 'Conflicts', count: 'in conflict' },
  'different-source': { one: 'Different source', many: 'Different sources', count: 'credited to different sources' },
  compatible: { one: 'Compatible', many: 'Compatible', count: 'compatible' },
  agree: { one: 'Agreement', many: 'Agreements', count: 'in agreement' },
  related: { one: 'Related', many: 'Related', count: 'related' }
}

/** One key for a pair of ids, whatever their order. */
export const pairKey = (x: string, y: string) => (x < y ? `${x}|${y}` : `${y}|${x}`)

/** Milliseconds of an ISO timestamp, or NaN; stamps of different zones compare by the instant. */
const instant = (stamp: string) => Date.parse(stamp)

/**
 * Whether link `l` was made after `held`: by the instant of `createdAt` (by the text where one does
 * not parse), then by id, so the winner is the same in whatever order the links are stored.
 */
function newer(l: Link, held: Link): boolean {
  const [t, u] = [instant(l.createdAt), instant(held.createdAt)]
  const order =
    Number.isNaN(t) || Number.isNaN(u)
      ? l.createdAt < held.createdAt
        ? -1
        : l.createdAt > held.createdAt
          ? 1
          : 0
      : t - u
  return order > 0 || (order === 0 && l.id > held.id)
}

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
export function mergeLinks(
  comparison: Pick<Comparison, 'articleIds' | 'matches'>,
  links: readonly Link[],
  claimsById: ReadonlyMap<string, Claim>
): MergedMatch[] {
  const manual = new Map<string, Link>()
  // the newest wins when a pair somehow has several manual links
  for (const l of links) {
    if (l.origin !== 'manual') continue
    const key = pairKey(l.claimIds[0], l.claimIds[1])
    const held = manual.get(key)
    if (!held || newer(l, held)) manual.set(key, l)
  }
  const place = new Map(comparison.articleIds.map((id, i) => [id, i]))
  const taken = new Set<string>() // `${articlePairKey}#${claimId}` of every claim a manual link binds
  const added: MergedMatch[] = []
  for (const l of manual.values()) {
    const x = claimsById.get(l.claimIds[0])
    const y = claimsById.get(l.claimIds[1])
    if (!x || !y || x.articleId === y.articleId || !place.has(x.articleId) || !place.has(y.articleId)) continue
    const [a, b] = place.get(x.articleId)! < place.get(y.articleId)! ? [x, y] : [y, x]
    const ap = pairKey(a.articleId, b.articleId)
    taken.add(`${ap}#${a.id}`).add(`${ap}#${b.id}`)
    added.push({
      claimIds: [a.id, b.id],
      articleIds: [a.articleId, b.articleId],
      verdict: l.relation,
      reason: l.reason,
      score: 1,
      manual: true,
      linkId: l.id
    })
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
 * automatic links as compare's matches): what a report states. Of several links of one origin on
 * one pair, the newest is read. A manual link between two claims of one article overrules nothing
 * and stands as stored. Links whose claims are not both known are kept as they are; the caller
 * decides about them. Order: automatic links that stand, then manual ones, then the unknown.
 */
export function linksInForce(links: readonly Link[], claimsById: ReadonlyMap<string, Claim>): Link[] {
  const known = (l: Link) => claimsById.has(l.claimIds[0]) && claimsById.has(l.claimIds[1])
  const articleOf = (id: string) => claimsById.get(id)!.articleId
  const newest = new Map<string, Link>() // by `${origin}:${pairKey}`
  for (const l of links) {
    if (!known(l)) continue
    const key = `${l.origin}:${pairKey(l.claimIds[0], l.claimIds[1])}`
    const held = newest.get(key)
    if (!held || newer(l, held)) newest.set(key, l)
  }
  const kept = [...newest.values()]
  const articleIds = [...new Set(kept.flatMap((l) => l.claimIds.map(articleOf)))]
  const matches: ClaimMatch[] = kept
    .filter((l) => l.origin === 'auto')
    .map((l) => ({
      claimIds: [l.claimIds[0], l.claimIds[1]],
      articleIds: [articleOf(l.claimIds[0]), articleOf(l.claimIds[1])],
      verdict: l.relation,
      reason: l.reason,
      score: 1
    }))
  const merged = mergeLinks({ articleIds, matches }, kept, claimsById)
  const standing = merged.map((m) =>
    newest.get(`${m.manual ? 'manual' : 'auto'}:${pairKey(m.claimIds[0], m.claimIds[1])}`)!
  )
  const within = kept.filter((l) => l.origin === 'manual' && articleOf(l.claimIds[0]) === articleOf(l.claimIds[1]))
  return [...standing, ...within, ...links.filter((l) => !known(l))]
}
