/**
 * What floats over the text for claims: the tag toolbar over a selection, and the value editor of
 * the claim being edited (reopened with its unsaved changes after a reload).
 */
import type { Services } from '../app/services'
import { ClaimEditor } from '../claims/ClaimEditor'
import { useReopenDraft } from '../claims/draft'
import { TagToolbar } from '../claims/TagToolbar'
import type { useClaims } from '../claims/useClaims'
import { useReviewerScale } from '../export/reviewerProfile'

interface ClaimPopupsProps {
  services: Services
  claims: ReturnType<typeof useClaims>
  /** A reader dialog is open: the popups wait under it. */
  busy: boolean
}

export function ClaimPopups({ services, claims, busy }: ClaimPopupsProps) {
  const { editing, pending, reattachClaim } = claims
  const reviewerScale = useReviewerScale(services.repo, editing?.id)
  useReopenDraft(claims.claims, editing, claims.setEditingId)
  const escaped = editing ? CSS.escape(editing.id) : ''
  const editingRect = editing
    ? (document.querySelector(`.pane [data-claim-id="${escaped}"]`)?.getBoundingClientRect() ?? null)
    : null
  const canReattach = reattachClaim && pending && reattachClaim.articleId === pending.articleId
  return (
    <>
      {pending && !editing && !busy ? (
        <TagToolbar
          rect={pending.rect}
          bounds={pending.bounds}
          onTag={(kind) => void claims.commands.tag(kind)}
          onReattach={canReattach ? () => void claims.commands.reattach() : undefined}
        />
      ) : null}
      {editing && !busy ? (
        <ClaimEditor
          key={editing.id}
          claim={editing}
          scale={reviewerScale}
          anchorRect={editingRect}
          onSave={(edit) => claims.commands.saveEdit(editing, edit)}
          onClose={() => claims.setEditingId(null)}
          onDelete={() => void claims.commands.remove(editing)}
        />
      ) : null}
    </>
  )
}
