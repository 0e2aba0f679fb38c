/**
 * A full disk: when the store refuses a write (quota exceeded), the reader says so in words a
 * journalist can act on, nothing half-written remains, and the window keeps working — the next
 * write, once there is room, goes through.
 */
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { OpenedFile } from '@core/bridge'
import { exportBundle, translateError, type Repository } from '../../src/renderer/src/db'
import { renderReader } from './reader-harness'

const QUOTA =
  'Parallax could not save because the disk is full (storage quota exceeded). Free some space or delete old cases, then try again.'

/** The real repository, except that the next `failures` writes of `method` hit a full disk. */
function fullDisk<K extends keyof Repository>(repo: Repository, method: K, failures: number): Repository {
  let left = failures
  const real = repo[method] as (...args: unknown[]) => Promise<unknown>
  return {
    ...repo,
    [method]: (...args: unknown[]) => {
      if (left-- > 0)
        return Promise.reject(translateError(new DOMException('The quota has been exceeded.', 'QuotaExceededError')))
      return real(...args)
    }
  }
}

function setUp(wrap: (repo: Repository) => Repository, files: OpenedFile[]) {
  return renderReader({ wrapRepo: wrap, platform: { openFiles: async () => files } })
}

const article = (title: string): OpenedFile => ({
  ok: true,
  name: `${title}.txt`,
  bytes: new TextEncoder().encode(
    `${title}\n\nOfficials said twelve people were killed when the convoy was hit on Sunday.\n\nThe ministry confirmed the toll later that day.`
  )
})
const panes = () => document.querySelectorAll<HTMLElement>('.pane')

describe('storage errors', () => {
  it('a full disk during an import: a clear message, nothing stored, and the next import works', async () => {
    const user = userEvent.setup()
    const services = setUp(
      (repo) => fullDisk(repo, 'importArticles', 1),
      [article('Convoy hit near the border crossing')]
    )
    await waitFor(() => expect(panes()).toHaveLength(2))
    const before = JSON.stringify(await exportBundle(services.db))

    await user.click(screen.getByRole('button', { name: 'Open…' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(QUOTA)
    expect(JSON.stringify(await exportBundle(services.db))).toBe(before)

    // Room again: the same command succeeds, and the reader shows the article.
    await user.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Dismiss' }))
    await user.click(screen.getByRole('button', { name: 'Open…' }))
    await waitFor(() =>
      expect(
        within(panes()[1]!).getByRole('heading', { name: 'Convoy hit near the border crossing' })
      ).toBeInTheDocument()
    )
    expect((await exportBundle(services.db)).articles).toHaveLength(3)
  })

  it('a full disk when creating a case: the dialog says why and stays open; a retry creates it', async () => {
    const user = userEvent.setup()
    setUp((repo) => fullDisk(repo, 'createCase', 1), [])
    await waitFor(() => expect(panes()).toHaveLength(2))
    await user.click(screen.getByRole('button', { name: 'New case' }))
    const dialog = screen.getByRole('dialog', { name: 'New case' })
    await user.type(within(dialog).getByRole('textbox'), 'Border strike')
    await user.click(within(dialog).getByRole('button', { name: 'Create' }))
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(QUOTA)
    await user.click(within(dialog).getByRole('button', { name: 'Create' }))
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Border strike' })).toBeInTheDocument())
  })
})
