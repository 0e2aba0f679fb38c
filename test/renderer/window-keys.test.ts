/** What a key press does in the reader window (window/keys.ts), decided without a DOM. */
import { describe, expect, it } from 'vitest'
import type { KeyPress } from '../../src/renderer/src/app/shortcuts'
import { keyAction, type KeyContext } from '../../src/renderer/src/window/keys'

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods
})
const calm: KeyContext = {
  busy: false,
  inTextField: false,
  inClaimList: false,
  suggestion: false,
  pending: false,
  reattach: false,
  editing: false,
  menuOwnsShortcuts: false,
  mac: false
}

describe('keys in the reader window', () => {
  it('Enter accepts and Backspace or Delete rejects a selected suggestion, but not inside the claims list', () => {
    const selected = { ...calm, suggestion: true }
    expect(keyAction(press('Enter'), selected)).toEqual({ kind: 'accept-suggestion' })
    expect(keyAction(press('Delete'), selected)).toEqual({ kind: 'reject-suggestion' })
    expect(keyAction(press('Backspace'), { ...selected, inClaimList: true })).toBeNull()
  })

  it('a plain letter tags selected text, Enter re-attaches an orphan; not under a dialog or in a field', () => {
    const pending = { ...calm, pending: true }
    expect(keyAction(press('c'), pending)).toEqual({ kind: 'tag', claimKind: 'casualty' })
    expect(keyAction(press('Enter'), { ...pending, reattach: true })).toEqual({ kind: 'reattach' })
    expect(keyAction(press('c'), { ...pending, busy: true })).toBeNull()
    expect(keyAction(press('c'), { ...pending, inTextField: true })).toBeNull()
  })

  it('Escape closes what is open; with nothing open it dismisses the newest notice, unless typing', () => {
    expect(keyAction(press('Escape'), { ...calm, editing: true })).toEqual({ kind: 'run', command: 'close-dialog' })
    expect(keyAction(press('Escape'), calm)).toEqual({ kind: 'dismiss-notice' })
    expect(keyAction(press('Escape'), { ...calm, inTextField: true })).toBeNull()
  })

  it('shortcuts run their command', () => {
    expect(keyAction(press('z', { ctrlKey: true }), calm)).toEqual({ kind: 'run', command: 'undo' })
    expect(keyAction(press('o', { ctrlKey: true }), { ...calm, menuOwnsShortcuts: true })).toBeNull()
  })
})
