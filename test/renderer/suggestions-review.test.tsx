/**
 * Suggestions in the reader (jsdom, a real store, the suggestion client inline as where there is
 * no Worker): asked for, they arrive with a notice of how many; while an asked article's are
 * still being found, the review bar says "Finding claims…".
 */
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ReviewBar } from '../../src/renderer/src/claims/ReviewBar'
import { emptyFilter } from '../../src/renderer/src/claims/filter'
import { renderReader } from './reader-harness'

const panes = () => document.querySelectorAll<HTMLElement>('.pane')

describe('suggestions in the reader', () => {
  it('asked for, they arrive with a notice saying how many wait for review, and nothing is still being found', async () => {
    const user = userEvent.setup()
    renderReader()
    await waitFor(() => expect(panes()).toHaveLength(2))
    const panel = document.querySelector<HTMLElement>('.claims-panel')!
    await user.click(within(panel).getByRole('button', { name: 'Suggest claims' }))
    const notice = await screen.findByText(/suggested claims to review: Enter accepts, Backspace rejects/, undefined, {
      timeout: 10_000
    })
    const count = Number(notice.textContent?.match(/^(\d+)/)?.[1])
    expect(count).toBeGreaterThan(10)
    await waitFor(() => expect(within(panel).getByRole('button', { name: `${count} to review` })).toBeInTheDocument())
    expect(within(panel).queryByText('Finding claims…')).toBeNull()
    expect(document.querySelectorAll('.pane .hl-suggestion').length).toBeGreaterThan(0)
  })

  it('the review bar says “Finding claims…” while suggestions are being found, and not otherwise', () => {
    const props = {
      pending: [],
      unasked: [],
      scopeSize: 2,
      outletOf: () => undefined,
      filter: emptyFilter,
      onFilter: () => {},
      onAccept: () => {},
      onSuggest: () => {},
      suggestOnImport: false,
      onSuggestOnImport: () => {}
    }
    const { rerender } = render(<ReviewBar {...props} finding />)
    expect(screen.getByRole('status')).toHaveTextContent('Finding claims…')
    rerender(<ReviewBar {...props} finding={false} />)
    expect(screen.queryByText('Finding claims…')).toBeNull()
  })
})
