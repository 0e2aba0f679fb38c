/**
 * Import bundle, before anything is written: what the bundle would add, what is already here, and
 * each stored record it holds another version of, field by field ("status: Confirmed → Rejected").
 * Every such record keeps the stored version unless the journalist ticks "Take the bundle's
 * version" (or takes them all). Enter imports as chosen, Escape cancels, Tab walks the choices.
 */
import { useMemo, useState } from 'react'
import {
  formatTimestamp,
  listCounts,
  resolveMerge,
  describeReanchored,
  type Conflict,
  type MergeChoice,
  type MergePlan
} from '@core/report'
import { Dialog } from '../ui/Dialog'
import { toggled } from '../ui/sets'

/** More conflicts than this are counted, not listed; "Take every bundle version" still covers them. */
const SHOWN_CONFLICTS = 100

interface ImportDialogProps {
  name: string
  plan: MergePlan
  onConfirm(choice: MergeChoice): void
  onCancel(): void
}

function ConflictRow({
  conflict,
  taken,
  onToggle,
  first
}: {
  conflict: Conflict
  taken: boolean
  onToggle(): void
  first: boolean
}) {
  const { label } = conflict
  return (
    <li className="import-conflict">
      <label>
        <input type="checkbox" checked={taken} onChange={onToggle} data-autofocus={first ? true : undefined} />
        Take the bundle’s version of the {label.kind.toLowerCase()} “<bdi>{label.name}</bdi>”
        {label.context ? (
          <>
            {' '}
            in “<bdi>{label.context}</bdi>”
          </>
        ) : null}
      </label>
      <table className="import-changes">
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Yours</th>
            <th scope="col">In the bundle</th>
          </tr>
        </thead>
        <tbody>
          {conflict.changes.map((change) => (
            <tr key={change.field}>
              <th scope="row">{change.field}</th>
              <td dir="auto">{change.stored}</td>
              <td dir="auto">{change.incoming}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">
        Last changed here {formatTimestamp(conflict.storedEdited)}, in the bundle{' '}
        {formatTimestamp(conflict.incomingEdited)}.
      </p>
    </li>
  )
}

export function ImportDialog({ name, plan, onConfirm, onCancel }: ImportDialogProps) {
  const [taken, setTaken] = useState<ReadonlySet<string>>(() => new Set())
  const write = useMemo(() => resolveMerge(plan, taken), [plan, taken])
  const { conflicts } = plan
  const toggle = (key: string) => setTaken(toggled(taken, key))
  const shown = conflicts.slice(0, SHOWN_CONFLICTS)
  const reanchored = describeReanchored(write.reanchored)
  const { updated } = write.summary
  const takenCount = updated.cases + updated.articles + updated.claims + updated.links

  return (
    <Dialog title="Import bundle?" submitLabel="Import" onSubmit={() => onConfirm(taken)} onCancel={onCancel} wide>
      <ImportSummary name={name} plan={plan} />
      {conflicts.length ? (
        <fieldset className="import-conflicts">
          <legend>
            {conflicts.length === 1 ? 'A record' : `${conflicts.length} records`} the bundle holds in another version:{' '}
            {takenCount} taken
          </legend>
          <div className="import-bulk">
            <button type="button" onClick={() => setTaken(new Set(conflicts.map((c) => c.key)))}>
              Take every bundle version
            </button>
            <button type="button" onClick={() => setTaken(new Set())}>
              Keep all of mine
            </button>
          </div>
          <ol>
            {shown.map((c, i) => (
              <ConflictRow
                key={c.key}
                conflict={c}
                taken={taken.has(c.key)}
                onToggle={() => toggle(c.key)}
                first={i === 0}
              />
            ))}
          </ol>
          {conflicts.length > shown.length ? (
            <p className="hint">
              And {conflicts.length - shown.length} more: they keep your version unless you take every bundle version.
            </p>
          ) : null}
        </fieldset>
      ) : null}
      {reanchored.map((sentence) => (
        <p key={sentence} className="hint">
          {sentence}
        </p>
      ))}
      <p className="hint">Importing can be undone afterwards (Ctrl+Z, or Undo in its notice).</p>
    </Dialog>
  )
}

/** What the bundle would add, put into cases you have, skip, and change. */
function ImportSummary({ name, plan }: { name: string; plan: MergePlan }) {
  const { conflicts, joining } = plan
  const addedList = listCounts(plan.added)
  const identicalList = listCounts(plan.identical)
  return (
    <>
      <p>
        The bundle <bdi>{name}</bdi> would:
      </p>
      <ul className="import-summary">
        {addedList ? <li>add {addedList}</li> : null}
        {plan.claimsOnStoredArticles ? (
          <li>
            put {plan.claimsOnStoredArticles} new {plan.claimsOnStoredArticles === 1 ? 'claim' : 'claims'} on articles
            you already have
          </li>
        ) : null}
        {joining.map((j) => (
          <li key={j.caseId}>
            put {j.articles} new {j.articles === 1 ? 'article' : 'articles'} into your case “<bdi>{j.name}</bdi>”
          </li>
        ))}
        {identicalList ? <li>skip {identicalList} you already have, unchanged</li> : null}
        {conflicts.length ? (
          <li>
            <strong>
              change {conflicts.length} {conflicts.length === 1 ? 'record' : 'records'} you have
            </strong>{' '}
            — only if you take the bundle’s version below; otherwise yours {conflicts.length === 1 ? 'stays' : 'stay'}{' '}
            as {conflicts.length === 1 ? 'it is' : 'they are'}
          </li>
        ) : null}
      </ul>
    </>
  )
}
