/**
 * The journalist's word on two claims: overrule compare's verdict, say two claims are not the same
 * fact, link two claims compare did not pair, or hand the pair back to compare. Each is one manual
 * Link (origin 'manual'), so it survives every recomputation, and each pushes its undo entry: data,
 * the store changes that reverse it (`verdictEntry`, `automaticEntry`), never a closure.
 *
 * The model, kept small on purpose:
 *   - a relation chosen by hand → one manual link with that relation, reason "Set by hand: …";
 *   - "not the same fact" → a manual link of relation `related`, reason "Not the same fact (set by
 *     hand)": compare's match is retired, the pair stays visible and can be reset;
 *   - "automatic" → the manual link is deleted and compare's verdict shows again.
 * Links join stored claims only, so a pending suggestion on either side is accepted first (stored
 * as a suggested claim), as it would be from the suggestion list.
 */
import type { Claim, ClaimDraft, Link, LinkRelation } from '@core/model'
import type { Services } from '../app/services'
import type { ChangeEntry } from '../app/undo'
import type { StoreChange } from '../app/storeChanges'
import { isSuggestionId } from './run'
import { infoOf } from './verdicts'

export type VerdictChoice = LinkRelation | 'not-same' | 'automatic'

export const NOT_SAME_REASON = 'Not the same fact (set by hand)'

export function reasonFor(choice: LinkRelation | 'not-same', auto?: { reason: string }): string {
  if (choice === 'not-same') return NOT_SAME_REASON
  return `Set by hand: ${infoOf(choice).label.toLowerCase()}${auto ? ` (compare said: ${auto.reason})` : ''}`
}

function draftOf(claim: Claim): ClaimDraft {
  const { id: _id, articleId: _a, createdAt: _c, updatedAt: _u, ...draft } = claim
  return draft as ClaimDraft
}

/** The verdict given back to compare: undoing puts the journalist's links back. */
export const automaticEntry = (removed: readonly Link[]): ChangeEntry => ({
  label: 'Give the verdict back to compare',
  change: { kind: 'put-links', links: removed }
})

/**
 * A verdict set by hand: undoing deletes its link, puts back the links it replaced and deletes the
 * suggestions it accepted (in that order; a redo runs the reverse, as the history's `all` does).
 */
export function verdictEntry(
  choice: LinkRelation | 'not-same',
  created: Link,
  removed: readonly Link[],
  accepted: readonly Claim[]
): ChangeEntry {
  const changes: StoreChange[] = [{ kind: 'delete-links', linkIds: [created.id] }]
  if (removed.length) changes.push({ kind: 'put-links', links: removed })
  if (accepted.length) changes.push({ kind: 'delete-claims', claimIds: accepted.map((c) => c.id) })
  return {
    label: choice === 'not-same' ? 'Mark as not the same fact' : `Set verdict to ${infoOf(choice).label.toLowerCase()}`,
    change: { kind: 'all', changes }
  }
}

/**
 * Sets the relation of two claims (of different articles) by hand; `replacing` are the ids of the
 * manual links between them now. Returns the stored ids of the two claims (new ones for accepted
 * suggestions), so a view can keep the pair selected.
 */
export async function setRelation(
  services: Pick<Services, 'repo' | 'undo'>,
  x: Claim,
  y: Claim,
  choice: VerdictChoice,
  context: { replacing: readonly string[]; auto?: { reason: string } }
): Promise<[string, string]> {
  const { repo, undo } = services
  if (choice === 'automatic') {
    if (context.replacing.length === 0) return [x.id, y.id]
    undo.push(automaticEntry(await repo.deleteLinks(context.replacing)))
    return [x.id, y.id]
  }
  const pending = [x, y].filter((c) => isSuggestionId(c.id))
  const accepted = pending.length
    ? await repo.createClaimsIn(pending.map((c) => ({ articleId: c.articleId, draft: draftOf(c) })))
    : []
  const stored = (c: Claim) => (isSuggestionId(c.id) ? accepted[pending.indexOf(c)]!.id : c.id)
  const ids: [string, string] = [stored(x), stored(y)]
  let removed: Link[] = []
  let created: Link
  try {
    removed = context.replacing.length ? await repo.deleteLinks(context.replacing) : []
    created = await repo.createLink({
      claimIds: ids,
      relation: choice === 'not-same' ? 'related' : choice,
      origin: 'manual',
      reason: reasonFor(choice, context.auto)
    })
  } catch (error) {
    // three writes, not one transaction: put back what the first ones did
    if (removed.length) await repo.putLinks(removed).catch(() => {})
    if (accepted.length) await repo.deleteClaims(accepted.map((c) => c.id)).catch(() => {})
    throw error
  }
  undo.push(verdictEntry(choice, created, removed, accepted))
  return ids
}
