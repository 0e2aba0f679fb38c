/**
 * The facts matrix of a case with three or more articles: one row per fact compare found reported
 * by several outlets, one column per outlet, each cell the value that outlet gave (its quote on
 * hover). The value most outlets agree on is marked ✓ and bold; an outlier is marked ⚠ with its
 * own background and the word "outlier" for screen readers. Clicking a cell selects its claim.
 */
import { useMemo } from 'react'
import { articleName, type Article, type Claim, type Fact } from '@core/model'
import { kindLabel } from '../claims/kinds'
import './compare.css'

interface FactsMatrixProps {
  facts: readonly Fact[]
  articles: readonly Article[]
  claimsById: ReadonlyMap<string, Claim>
  selectedClaimId: string | null
  onSelectClaim: (claimId: string) => void
}

const short = (text: string, n = 48) => (text.length > n ? `${text.slice(0, n - 1)}…` : text)

export function FactsMatrix({ facts, articles, claimsById, selectedClaimId, onSelectClaim }: FactsMatrixProps) {
  const sorted = useMemo(
    // the disputed facts first: those are what a fact-checker came for
    () => [...facts].sort((p, q) => q.outliers.length - p.outliers.length || q.articleIds.length - p.articleIds.length),
    [facts]
  )
  if (facts.length === 0) return <p className="panel-empty">No fact is reported by more than one of these articles yet.</p>
  return (
    <section className="facts-matrix" aria-label="Facts">
      <div className="panel-head">
        <h2>
          Facts <span className="count">{facts.length}</span>
        </h2>
      </div>
      <p className="panel-note">
        <span aria-hidden="true">✓</span> value most outlets report · <span aria-hidden="true">⚠</span> outlier
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
            {sorted.map((fact, i) => {
              const first = claimsById.get(fact.claimIds[0]!)
              return (
                <tr key={`${fact.kind}:${fact.claimIds.join(',')}`} data-fact={i}>
                  <th scope="row" title={first?.anchor.exact}>
                    <span className="fact-kind">{kindLabel(fact.kind)}</span>
                    <bdi className="fact-quote">{first ? short(first.anchor.exact) : ''}</bdi>
                  </th>
                  {articles.map((a) => {
                    const claims = fact.claimIds.map((id) => claimsById.get(id)).filter((c): c is Claim => !!c && c.articleId === a.id)
                    if (claims.length === 0)
                      return (
                        <td key={a.id} className="cell-empty">
                          <span aria-label="not reported">—</span>
                        </td>
                      )
                    return (
                      <td key={a.id}>
                        {claims.map((c) => {
                          const value = fact.values.find((v) => v.claimIds.includes(c.id))
                          const consensus = !!value && value.label === fact.consensus
                          const outlier = fact.outliers.includes(c.id)
                          return (
                            <button
                              key={c.id}
                              type="button"
                              className={`fact-cell${consensus ? ' consensus' : ''}${outlier ? ' outlier' : ''}${c.id === selectedClaimId ? ' selected' : ''}`}
                              title={`“${c.anchor.exact}”`}
                              onClick={() => onSelectClaim(c.id)}
                            >
                              {consensus ? <span aria-label="consensus">✓ </span> : null}
                              {outlier ? <span aria-hidden="true">⚠ </span> : null}
                              <bdi>{value?.label ?? c.anchor.exact}</bdi>
                              {outlier ? <span className="sr-only"> (outlier)</span> : null}
                            </button>
                          )
                        })}
                      </td>
                    )
                  })}
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
    </section>
  )
}
