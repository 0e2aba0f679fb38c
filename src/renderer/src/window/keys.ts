/**
 * What a key press does in the reader window, as a pure decision: review a selected suggestion,
 * tag the selected text, or run a shortcut's command (app/shortcuts.ts). The keyboard hook only
 * reads the event and the DOM and carries the decision out.
 */
import type { ClaimKind } from '@core/model'
import { kindForKey } from '../claims/kinds'
import { commandForKey, type Command, type KeyPress } from '../app/shortcuts'

export type KeyAction =
  | { kind: 'accept-suggestion' }
  | { kind: 'reject-suggestion' }
  | { kind: 'reattach' }
  | { kind: 'tag'; claimKind: ClaimKind }
  | { kind: 'run'; command: Command }
  /** Escape with nothing to close: the newest notice goes, if nothing modal is open. */
  | { kind: 'dismiss-notice' }

export interface KeyContext {
  /** A reader dialog is open. */
  busy: boolean
  inTextField: boolean
  /** Focus is in the claims list, whose own keys act on the list. */
  inClaimList: boolean
  /** A suggestion is selected, text is selected to tag, an orphan waits to be re-attached, a claim is edited. */
  suggestion: boolean
  pending: boolean
  reattach: boolean
  editing: boolean
  menuOwnsShortcuts: boolean
  mac: boolean
}

/** The action a key press means, or null when it is not the reader's (the browser keeps it). */
export function keyAction(press: KeyPress, context: KeyContext): KeyAction | null {
  const plain = !context.busy && !context.inTextField && !press.ctrlKey && !press.metaKey && !press.altKey
  // A selected suggestion: Enter accepts it, Backspace (or Delete) rejects it.
  if (plain && context.suggestion && !context.pending && !context.inClaimList) {
    if (press.key === 'Enter') return { kind: 'accept-suggestion' }
    if (press.key === 'Backspace' || press.key === 'Delete') return { kind: 'reject-suggestion' }
  }
  // Plain keys tag the selected text: C, D, A, Q, O or 1–5; Enter re-attaches an orphan.
  if (plain && context.pending) {
    if (press.key === 'Enter' && context.reattach) return { kind: 'reattach' }
    const claimKind = kindForKey(press.key)
    if (claimKind) return { kind: 'tag', claimKind }
  }
  const shortcut = { menuOwnsShortcuts: context.menuOwnsShortcuts, inTextField: context.inTextField, mac: context.mac }
  const command = commandForKey(press, shortcut)
  if (!command) return null
  if (command === 'close-dialog' && !context.busy && !context.editing && !context.pending && !context.reattach) {
    return context.inTextField ? null : { kind: 'dismiss-notice' }
  }
  return { kind: 'run', command }
}
