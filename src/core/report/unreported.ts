/**
 * What a report would leave out of what the reader shows. A report is made of stored records only;
 * the Verdicts tab also judges suggestions the journalist has not accepted yet. Whatever the tab
 * shows must be reportable, so the export says which verdicts rest on unaccepted suggestions and
 * which claims would have to be accepted to report them — never silently less.
 */
import { relationLabels, relationOrder } from '@core/compare'
import type { LinkRelation } from '@core/model'

/** A verdict between two claims as the reader shows it (ids of stored claims or suggestions). */
export interface ShownVerdict {
  claimIds: readonly [string, string]
  relation: LinkRelation
}

export interface Unreported {
  /** The shown verdicts a report would not carry: one or both of their claims is not stored. */
  verdicts: ShownVerdict[]
  /** How many of each relation, in the verdict order of reports (conflicts first); none left out when empty. */
  counts: { relation: LinkRelation; count: number }[]
  /** The claims behind those verdicts that are not stored, each once, in the verdicts' order: accepting them makes the verdicts reportable. */
  claimIds: string[]
}

/** The shown verdicts whose claims are not all stored (`isStored` says which ids are stored claims). */
export function unreportedVerdicts(shown: readonly ShownVerdict[], isStored: (claimId: string) => boolean): Unreported {
  const verdicts = shown.filter((v) => !v.claimIds.every(isStored))
  const claimIds = [...new Set(verdicts.flatMap((v) => v.claimIds.filter((id) => !isStored(id))))]
  const counts = relationOrder
    .map((relation) => ({ relation, count: verdicts.filter((v) => v.relation === relation).length }))
    .filter((c) => c.count > 0)
  return { verdicts, counts, claimIds }
}

/**
 * One sentence for the export: "3 conflicts and 1 agreement shown in the Verdicts tab are between
 * suggested claims not accepted yet: this report leaves them out." Null when nothing is left out.
 */
export function describeUnreported(unreported: Unreported): string | null {
  if (unreported.verdicts.length === 0) return null
  const parts = unreported.counts.map(
    ({ relation, count }) =>
      `${count} ${count === 1 ? relationLabels[relation].one.toLowerCase() : relationLabels[relation].many.toLowerCase()}`
  )
  const list = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`
  const verb = unreported.verdicts.length === 1 ? 'is' : 'are'
  return `${list} shown in the Verdicts tab ${verb} between suggested claims not accepted yet: this report leaves ${unreported.verdicts.length === 1 ? 'it' : 'them'} out.`
}
