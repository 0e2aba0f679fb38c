/**
 * The reader in jsdom with a real Dexie store (fake-indexeddb) and the real ingest: first start,
 * import, a refused file, metadata editing and undo of a deletion, as a journalist drives them.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { OpenedFile } from '@core/bridge'
import { exportBundle } from '../../src/renderer/src/db'
import { renderReader } from './reader-harness'

const fixture = (...parts: string[]) => join(__dirname, '..', 'fixtures', ...parts)
function setUp(files: OpenedFile[] = []) {
  return renderReader({ platform: { openFiles: async () => files } })
}

const panes = () => document.querySelectorAll<HTMLElement>('.pane')
const fileOf = (name: string, path = fixture('e2e', name)): OpenedFile => ({
  ok: true,
  name,
  bytes: new Uint8Array(readFileSync(path))
})

describe('the reader', () => {
  it('on first start opens the sample whose reports disagree on the toll, dated, with the al-Qaim sample beside it in the library', async () => {
    renderReader({ allSamples: true })
    await waitFor(() => expect(panes()).toHaveLength(2))
    expect(screen.getByRole('heading', { level: 1, name: 'Aleppo shelling (sample)' })).toBeInTheDocument()
    expect(
      within(panes()[0]!).getByRole('heading', {
        name: 'Three civilians killed 12 others injured in terrorist attacks in Aleppo'
      })
    ).toBeInTheDocument()
    expect(
      within(panes()[1]!).getByRole('heading', {
        name: '2 Killed 10 Injured in Terrorist Shelling in Aleppo Residential Neighborhood'
      })
    ).toBeInTheDocument()
    for (const pane of panes()) expect(pane.querySelector('.article-meta')?.textContent).toContain('2016')
    const library = [...document.querySelectorAll('.case .name, .case-name')].map((e) => e.textContent)
    expect(library.join(' | ')).toContain('Al-Qaim (sample)')
  })

  it('opens the al-Qaim sample side by side', async () => {
    setUp()
    await waitFor(() => expect(panes()).toHaveLength(2))
    expect(screen.getByRole('heading', { level: 1, name: 'Al-Qaim (sample)' })).toBeInTheDocument()
    expect(
      within(panes()[0]!).getByRole('heading', { name: 'Noose tightening around ISIL in al-Qaim' })
    ).toBeInTheDocument()
    expect(within(panes()[1]!).getByRole('heading', { name: 'Al Qaim last IS bastion' })).toBeInTheDocument()
    expect(document.querySelector('.article-text')?.textContent).not.toContain('Do you like this article?')
  })

  it('imports opened files, refuses a binary one by name, and shows the newest beside the first', async () => {
    const user = userEvent.setup()
    const services = setUp([fileOf('wire-report.txt'), fileOf('not-really-text.txt')])
    await waitFor(() => expect(panes()).toHaveLength(2))
    await user.click(screen.getByRole('button', { name: 'Open…' }))
    await waitFor(() =>
      expect(
        within(panes()[1]!).getByRole('heading', { name: 'Convoy hit near the border crossing' })
      ).toBeInTheDocument()
    )
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('not-really-text.txt')
    const bundle = await exportBundle(services.db)
    expect(bundle.articles.map((a) => a.title).sort()).toEqual([
      'Al Qaim last IS bastion',
      'Convoy hit near the border crossing',
      'Noose tightening around ISIL in al-Qaim'
    ])
  })

  it('edits an article’s details, refusing a URL that is not http(s)', async () => {
    const user = userEvent.setup()
    const services = setUp()
    await waitFor(() => expect(panes()).toHaveLength(2))
    await user.click(within(panes()[0]!).getByRole('button', { name: 'Details…' }))
    const dialog = screen.getByRole('dialog', { name: 'Article details' })
    await user.clear(within(dialog).getByLabelText('URL'))
    await user.type(within(dialog).getByLabelText('URL'), 'file:///etc/passwd')
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    expect(within(dialog).getByRole('alert')).toHaveTextContent(/http/)
    await user.clear(within(dialog).getByLabelText('Byline'))
    await user.type(within(dialog).getByLabelText('Byline'), 'Alaa Hussain in Baghdad{Escape}')
    expect(screen.queryByRole('dialog')).toBeNull()
    // Escape cancelled: nothing stored changed.
    const [stored] = (await exportBundle(services.db)).articles.filter((a) => a.title.startsWith('Noose'))
    expect(stored?.byline).toBe('Alaa Hussain')
  })

  it('deletes an article and brings it back with Ctrl+Z', async () => {
    const user = userEvent.setup()
    const services = setUp()
    await waitFor(() => expect(panes()).toHaveLength(2))
    const before = JSON.stringify(await exportBundle(services.db))
    await user.click(within(panes()[1]!).getByRole('button', { name: 'Delete' }))
    await waitFor(() => expect(panes()).toHaveLength(1))
    await user.keyboard('{Control>}z{/Control}')
    await waitFor(() => expect(panes()).toHaveLength(2))
    expect(JSON.stringify(await exportBundle(services.db))).toBe(before)
  })
})
