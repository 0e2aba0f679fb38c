/**
 * The facts matrix of a case with three or more articles: one row per fact compare found reported
 * by several outlets, one column per outlet, each cell the value that outlet gave (its quote on
 * hover). The value most outlets agree on is marked ✓ and bold; an outlier is marked ⚠ with its
 * own background and the word "outlier" for screen readers. A fact two of whose claims conflict
 * (by the verdicts in force, core/compare's conflictingClaims) is marked ≠ and listed first, its
 * conflicting values marked too, even when no value has a majority. Clicking a cell selects its claim.
 */
import { useMemo } from 'react'
import { conflictingClaims } from '@core/compare'
import { articleName, type Article, type Claim, type ClaimMatch, type Fact } from '@core/model'
import { kindLabel } from '../claims/kinds'
import './compare.css'

interface FactsMatrixProps {
  facts: readonly Fact[]
  articles: readonly Article[]
  claimsById: ReadonlyMap<string, Claim>
  /** The verdicts in force (compare's, with the journalist's links over them). */
  verdicts: readonly Pick<ClaimMatch, 'claimIds' | 'verdict'>[]
  selectedClaimId: string | null
  onSelectClaim: (claimId: string) => void
}

const short = (text: string, n = 48) => (text.length > n ? `${text.slice(0, n - 1)}…` : text)

/** The facts in the order a fact-checker reads them: disputed first, then by outliers, then by outlets. */
export function factsInOrder(facts: readonly Fact[], verdicts: FactsMatrixProps['verdicts']) {
  return facts
    .map((fact) => ({ fact, conflicting: conflictingClaims(fact, verdicts) }))
    .sort(
      (p, q) =>
        Number(q.conflicting.length > 0) - Number(p.conflicting.length > 0) ||
        q.fact.outliers.length - p.fact.outliers.length ||
        q.fact.articleIds.length - p.fact.articleIds.length
    )
}

export function FactsMatrix({
  facts,
  articles,
  claimsById,
  verdicts,
  selectedClaimId,
  onSelectClaim
}: FactsMatrixProps) {
  const sorted = useMemo(() => factsInOrder(facts, verdicts), [facts, verdicts])
  const disputed = sorted.filter((s) => s.conflicting.length > 0).length
  if (facts.length === 0)
    return <p className="panel-empty">No fact is reported by more than one of these articles yet.</p>
  return (
    <section className="facts-matrix" aria-label="Facts">
      <div className="panel-head">
        <h2>
          Facts <span className="count">{facts.length}</span>
        </h2>
        {disputed > 0 ? <span className="facts-disputed">{`≠ ${disputed} in conflict`}</span> : null}
      </div>
      <p className="panel-note">
        <span aria-hidden="true">✓</span> value most outlets report · <span aria-hidden="true">⚠</span> outlier ·{' '}
        <span aria-hidden="true">≠</span> values in conflict
      </p>
      <div className="matrix-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">Fact</th>
              {articles.map((a) => (
                <th key={a.id} scope="col" title={a.title}>
                  <bdi>{articleName(a)}</bdi>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sorted.map(({ fact, conflicting }, i) => (
              <FactRow
                key={`${fact.kind}:${fact.claimIds.join(',')}`}
                index={i}
                fact={fact}
                conflicting={conflicting}
                articles={articles}
                claimsById={claimsById}
                selectedClaimId={selectedClaimId}
                onSelectClaim={onSelectClaim}
              />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}

interface FactRowProps extends Pick<FactsMatrixProps, 'articles' | 'claimsById' | 'selectedClaimId' | 'onSelectClaim'> {
  index: number
  fact: Fact
  conflicting: readonly string[]
}

function FactRow({ index, fact, conflicting, articles, claimsById, selectedClaimId, onSelectClaim }: FactRowProps) {
  const first = claimsById.get(fact.claimIds[0]!)
  return (
    <tr data-fact={index} className={conflicting.length ? 'fact-conflict' : undefined}>
      <th scope="row" title={first?.anchor.exact}>
        {conflicting.length ? <span className="fact-conflict-flag">≠ Conflict</span> : null}
        <span className="fact-kind">{kindLabel(fact.kind)}</span>
        <bdi className="fact-quote">{first ? short(first.anchor.exact) : ''}</bdi>
      </th>
      {articles.map((a) => {
        const claims = fact.claimIds
          .map((id) => claimsById.get(id))
          .filter((c): c is Claim => !!c && c.articleId === a.id)
        if (claims.length === 0)
          return (
            <td key={a.id} className="cell-empty">
              <span aria-label="not reported">—</span>
            </td>
          )
        return (
          <td key={a.id}>
            {claims.map((c) => (
              <FactCell
                key={c.id}
                claim={c}
                fact={fact}
                conflicting={conflicting}
                selected={c.id === selectedClaimId}
                onSelect={() => onSelectClaim(c.id)}
              />
            ))}
          </td>
        )
      })}
    </tr>
  )
}

/** How a claim's value stands in its fact: the majority's, an outlier, or one of the conflicting. */
export function cellMarks(fact: Fact, claimId: string, conflicting: readonly string[]) {
  const value = fact.values.find((v) => v.claimIds.includes(claimId))
  const outlier = fact.outliers.includes(claimId)
  return {
    value,
    consensus: !!value && value.label === fact.consensus,
    outlier,
    conflict: !outlier && conflicting.includes(claimId)
  }
}

function FactCell({
  claim: c,
  fact,
  conflicting,
  selected,
  onSelect
}: {
  claim: Claim
  fact: Fact
  conflicting: readonly string[]
  selected: boolean
  onSelect: () => void
}) {
  const { value, consensus, outlier, conflict } = cellMarks(fact, c.id, conflicting)
  return (
    <button
      type="button"
      className={`fact-cell${consensus ? ' consensus' : ''}${outlier ? ' outlier' : ''}${conflict ? ' in-conflict' : ''}${selected ? ' selected' : ''}`}
      title={`“${c.anchor.exact}”`}
      onClick={onSelect}
    >
      {consensus ? <span aria-label="consensus">✓ </span> : null}
      {outlier ? <span aria-hidden="true">⚠ </span> : null}
      {conflict ? <span aria-hidden="true">≠ </span> : null}
      <bdi>{value?.label ?? c.anchor.exact}</bdi>
      {outlier ? <span className="sr-only"> (outlier)</span> : null}
      {conflict ? <span className="sr-only"> (in conflict)</span> : null}
    </button>
  )
}
