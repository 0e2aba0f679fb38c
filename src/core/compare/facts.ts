/**
 * N-way facts: with three or more articles, claims matched pairwise are clustered into facts (the
 * strike's toll, the raid's date), each with the values reported, by which outlets, the consensus
 * value when more articles report it than any other, and the outliers that conflict with it.
 * Clustering is the transitive closure of pairwise matches that judged the same fact (agree,
 * compatible, conflict); related and different-source matches do not join facts.
 */
import { OUTCOME_WORDS, unhandledKind, type Claim, type ClaimMatch, type Fact, type ReportedValue } from '@core/model'
import { judge, type JudgeContext } from './judge'
import { amountOf, dateLabel, dateOf } from './values'

/** A claim's value as a journalist reads it: "12 killed", "29 July", "about 400 km". */
export function valueLabel(claim: Claim, text?: string): string {
  switch (claim.kind) {
    case 'casualty': {
      const amount = amountOf(claim, text)
      const outcome = OUTCOME_WORDS[claim.value.outcome] ?? claim.value.outcome
      return `${amount?.label ?? claim.value.vague ?? '?'} ${outcome}`
    }
    case 'quantity': {
      const amount = amountOf(claim, text)
      return `${amount?.label ?? '?'} ${claim.value.unit ?? ''}`.trim()
    }
    case 'date': {
      const d = dateOf(claim)
      return d ? dateLabel(d) : claim.value.text || claim.anchor.exact
    }
    case 'attribution':
      return claim.value.speaker
    case 'other':
      return claim.value.text ?? claim.anchor.exact
    default:
      return unhandledKind(claim)
  }
}

/** Union-find over claim ids. */
function clusters(ids: readonly string[], edges: readonly [string, string][]): string[][] {
  const parent = new Map(ids.map((id) => [id, id]))
  const find = (x: string): string => {
    let r = x
    while (parent.get(r) !== r) r = parent.get(r)!
    parent.set(x, r)
    return r
  }
  for (const [a, b] of edges) if (parent.has(a) && parent.has(b)) parent.set(find(a), find(b))
  const groups = new Map<string, string[]>()
  for (const id of ids) {
    const r = find(id)
    const g = groups.get(r)
    if (g) g.push(id)
    else groups.set(r, [id])
  }
  return [...groups.values()]
}

/**
 * Facts reported by at least two articles. `texts` maps article id → canonical text (for
 * qualifiers around anchors). Deterministic: facts in order of their first claim's article and offset.
 */
export function clusterFacts(
  matches: readonly ClaimMatch[],
  claims: readonly Claim[],
  texts: ReadonlyMap<string, string>
): Fact[] {
  const byId = new Map(claims.map((c) => [c.id, c]))
  const edges = matches
    .filter((m) => m.verdict === 'agree' || m.verdict === 'compatible' || m.verdict === 'conflict')
    .filter((m) => byId.get(m.claimIds[0])?.kind !== 'attribution')
    .map((m) => m.claimIds)
  const ids = [...new Set(edges.flat())]
  const order = new Map(claims.map((c, i) => [c.id, i]))
  const facts: Fact[] = []
  for (const group of clusters(ids, edges)) {
    const members = group.map((id) => byId.get(id)!).sort((x, y) => order.get(x.id)! - order.get(y.id)!)
    const articleIds = [...new Set(members.map((c) => c.articleId))]
    if (articleIds.length < 2) continue
    const ctx = (x: Claim, y: Claim): JudgeContext => ({ textA: texts.get(x.articleId), textB: texts.get(y.articleId) })
    // value classes: a claim joins the first class whose first claim it agrees with
    const classes: Claim[][] = []
    for (const c of members) {
      const home = classes.find((k) => judge(k[0]!, c, ctx(k[0]!, c)).verdict === 'agree')
      if (home) home.push(c)
      else classes.push([c])
    }
    const values: ReportedValue[] = classes.map((k) => ({
      label: valueLabel(k[0]!, texts.get(k[0]!.articleId)),
      claimIds: k.map((c) => c.id),
      articleIds: [...new Set(k.map((c) => c.articleId))]
    }))
    const ranked = values.map((v, i) => ({ v, i, n: v.articleIds.length })).sort((x, y) => y.n - x.n || x.i - y.i)
    const top = ranked[0]!
    const hasConsensus = top.n >= 2 && (ranked[1]?.n ?? 0) < top.n
    const outliers: string[] = []
    if (hasConsensus) {
      const rep = classes[top.i]![0]!
      classes.forEach((k, i) => {
        if (i !== top.i && judge(rep, k[0]!, ctx(rep, k[0]!)).verdict === 'conflict')
          outliers.push(...k.map((c) => c.id))
      })
    }
    facts.push({
      kind: members[0]!.kind,
      claimIds: members.map((c) => c.id),
      articleIds,
      values,
      consensus: hasConsensus ? top.v.label : null,
      outliers
    })
  }
  return facts
}

/**
 * The claims of a fact that stand in conflict with another of its claims, by the verdicts in force
 * (compare's matches with the journalist's links laid over them, `mergeLinks`): a fact is disputed
 * when any two of its claims conflict, even when no value has a majority ("12 vs 15 killed" among
 * three outlets, one silent). Empty when the fact is undisputed.
 */
export function conflictingClaims(fact: Fact, verdicts: readonly Pick<ClaimMatch, 'claimIds' | 'verdict'>[]): string[] {
  const inFact = new Set(fact.claimIds)
  const found = new Set<string>()
  for (const v of verdicts) {
    if (v.verdict === 'conflict' && inFact.has(v.claimIds[0]) && inFact.has(v.claimIds[1]))
      v.claimIds.forEach((id) => found.add(id))
  }
  return fact.claimIds.filter((id) => found.has(id))
}
