import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { menuCommands } from '@core/bridge'
import { buildMenuTemplate } from '../../src/main/menu'

type Item = MenuItemConstructorOptions

function submenu(template: Item[], label: string): Item[] {
  const menu = template.find((item) => item.label === label)
  expect(menu, `${label} menu`).toBeDefined()
  return menu!.submenu as Item[]
}

function item(items: Item[], label: string): Item {
  const found = items.find((i) => i.label === label)
  expect(found, label).toBeDefined()
  return found!
}

function click(entry: Item) {
  ;(entry.click as () => void)()
}

describe('buildMenuTemplate', () => {
  it('has File › Open… on CmdOrCtrl+O, sending open-files', () => {
    const send = vi.fn()
    const open = item(submenu(buildMenuTemplate('linux', send), 'File'), 'Open…')
    expect(open.accelerator).toBe('CmdOrCtrl+O')
    click(open)
    expect(send).toHaveBeenCalledExactlyOnceWith('open-files')
  })

  it('has Paste Text as Article… on CmdOrCtrl+Shift+V and New Case on CmdOrCtrl+N', () => {
    const send = vi.fn()
    const file = submenu(buildMenuTemplate('win32', send), 'File')
    const paste = item(file, 'Paste Text as Article…')
    expect(paste.accelerator).toBe('CmdOrCtrl+Shift+V')
    click(paste)
    const newCase = item(file, 'New Case')
    expect(newCase.accelerator).toBe('CmdOrCtrl+N')
    click(newCase)
    expect(send.mock.calls).toEqual([['paste-text'], ['new-case']])
  })

  it('sends Find and Library from Edit and View', () => {
    const send = vi.fn()
    const template = buildMenuTemplate('linux', send)
    const find = item(submenu(template, 'Edit'), 'Find…')
    expect(find.accelerator).toBe('CmdOrCtrl+F')
    click(find)
    const library = item(submenu(template, 'View'), 'Library')
    expect(library.accelerator).toBe('CmdOrCtrl+1')
    click(library)
    expect(send.mock.calls).toEqual([['find'], ['show-library']])
  })

  it('has Export… on CmdOrCtrl+E, Print to PDF… on CmdOrCtrl+P, and the bundle and backup items in File', () => {
    const send = vi.fn()
    const file = submenu(buildMenuTemplate('linux', send), 'File')
    expect(item(file, 'Export…').accelerator).toBe('CmdOrCtrl+E')
    expect(item(file, 'Print to PDF…').accelerator).toBe('CmdOrCtrl+P')
    for (const label of ['Export…', 'Print to PDF…', 'Import Bundle…', 'Back Up Library…', 'Restore from Backup…'])
      click(item(file, label))
    expect(send.mock.calls.flat()).toEqual(['export', 'print-pdf', 'import-bundle', 'backup', 'restore'])
  })

  it('sends only commands of the contract, and offers every one of them', () => {
    const sent = new Set<string>()
    const walk = (items: Item[]) => {
      for (const entry of items) {
        if (entry.click) click(entry)
        if (Array.isArray(entry.submenu)) walk(entry.submenu)
      }
    }
    walk(buildMenuTemplate('darwin', (command) => sent.add(command)))
    expect([...sent].sort()).toEqual([...menuCommands].sort())
  })

  it('has the macOS app menu only on macOS, with Quit there and Close in File', () => {
    const mac = buildMenuTemplate('darwin', vi.fn())
    expect(mac[0]!.label).toBe('Parallax')
    expect((mac[0]!.submenu as Item[]).some((i) => i.role === 'quit')).toBe(true)
    expect(submenu(mac, 'File').some((i) => i.role === 'close')).toBe(true)

    const linux = buildMenuTemplate('linux', vi.fn())
    expect(linux[0]!.label).toBe('File')
    expect(submenu(linux, 'File').some((i) => i.role === 'quit')).toBe(true)
    expect(linux.find((i) => i.role === 'help')?.submenu).toEqual([expect.objectContaining({ role: 'about' })])
  })

  it('offers developer tools only when not packaged', () => {
    const roles = (packaged: boolean) =>
      submenu(buildMenuTemplate('linux', vi.fn(), { packaged }), 'View').map((i) => i.role)
    expect(roles(false)).toContain('toggleDevTools')
    expect(roles(true)).not.toContain('toggleDevTools')
    expect(roles(true)).toEqual(
      expect.arrayContaining(['reload', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen'])
    )
  })

  it('has standard Edit roles and a Window menu', () => {
    const template = buildMenuTemplate('linux', vi.fn())
    expect(submenu(template, 'Edit').map((i) => i.role)).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll'])
    )
    expect(template.some((i) => i.role === 'windowMenu')).toBe(true)
  })
})
