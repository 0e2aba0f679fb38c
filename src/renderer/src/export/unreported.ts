/**
 * The export's view of what the Verdicts tab shows but a report would not carry (core/report's
 * unreportedVerdicts over the case's verdict rows), for the whole case or one article's report.
 */
import { useCallback, useMemo } from 'react'
import type { Claim } from '@core/model'
import { unreportedVerdicts, type ShownVerdict, type Unreported } from '@core/report'
import type { VerdictRow } from '../compare/view'

export type UnreportedOf = (articleId?: string) => Unreported

/** What a report of the case (or of one article) would leave out of the shown verdicts. */
export function useUnreported(caseRows: readonly VerdictRow[], stored: readonly Claim[]): UnreportedOf {
  const storedIds = useMemo(() => new Set(stored.map((c) => c.id)), [stored])
  const paired = useMemo(
    () =>
      caseRows.flatMap((row) =>
        row.b && row.verdict !== 'only-in-one'
          ? [{ row, verdict: { claimIds: [row.a.claimId, row.b.claimId], relation: row.verdict } as ShownVerdict }]
          : []
      ),
    [caseRows]
  )
  return useCallback(
    (articleId?: string) =>
      unreportedVerdicts(
        paired
          .filter(({ row }) => !articleId || row.a.articleId === articleId || row.b?.articleId === articleId)
          .map((p) => p.verdict),
        (id) => storedIds.has(id)
      ),
    [paired, storedIds]
  )
}
