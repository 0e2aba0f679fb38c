import { describe, expect, it } from 'vitest'
import { commandForKey, type KeyPress, type ShortcutContext } from '../../src/renderer/src/app/shortcuts'

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods
})
const browser: ShortcutContext = { menuOwnsShortcuts: false, inTextField: false, mac: false }

describe('commandForKey', () => {
  it.each([
    ['Ctrl+O opens files', press('o', { ctrlKey: true }), 'open-files'],
    ['Ctrl+Shift+V pastes an article', press('V', { ctrlKey: true, shiftKey: true }), 'paste-text'],
    ['Ctrl+N makes a new case', press('n', { ctrlKey: true }), 'new-case'],
    ['Ctrl+F finds in the library', press('f', { ctrlKey: true }), 'find'],
    ['Ctrl+Z undoes', press('z', { ctrlKey: true }), 'undo'],
    ['Ctrl+Shift+Z redoes', press('Z', { ctrlKey: true, shiftKey: true }), 'redo'],
    ['Ctrl+Y redoes', press('y', { ctrlKey: true }), 'redo'],
    ['Escape closes a dialog', press('Escape'), 'close-dialog'],
    ['a plain letter is not ours', press('o'), null],
    ['Ctrl+Alt+O is not ours', press('o', { ctrlKey: true, altKey: true }), null],
    ['Ctrl+Shift+O is not ours', press('O', { ctrlKey: true, shiftKey: true }), null]
  ])('%s', (_, key, expected) => {
    expect(commandForKey(key, browser)).toBe(expected)
  })

  it('uses Cmd, not Ctrl, on macOS', () => {
    const mac = { ...browser, mac: true }
    expect(commandForKey(press('o', { metaKey: true }), mac)).toBe('open-files')
    expect(commandForKey(press('o', { ctrlKey: true }), mac)).toBeNull()
  })

  it('leaves the menu’s shortcuts to the menu in Electron, but keeps undo', () => {
    const electron = { ...browser, menuOwnsShortcuts: true }
    expect(commandForKey(press('o', { ctrlKey: true }), electron)).toBeNull()
    expect(commandForKey(press('V', { ctrlKey: true, shiftKey: true }), electron)).toBeNull()
    expect(commandForKey(press('z', { ctrlKey: true }), electron)).toBe('undo')
  })

  it('lets a text field keep its own undo and paste', () => {
    const typing = { ...browser, inTextField: true }
    expect(commandForKey(press('z', { ctrlKey: true }), typing)).toBeNull()
    expect(commandForKey(press('V', { ctrlKey: true, shiftKey: true }), typing)).toBeNull()
    expect(commandForKey(press('o', { ctrlKey: true }), typing)).toBe('open-files')
  })
})
