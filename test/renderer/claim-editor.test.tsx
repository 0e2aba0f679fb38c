/** The value editor as a journalist uses it: from the keyboard, with each kind's fields. */
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import type { Claim } from '@core/model'
import { ClaimEditor, revealControls } from '../../src/renderer/src/claims/ClaimEditor'

const base = {
  id: 'c1',
  articleId: 'a1',
  origin: 'manual',
  status: 'unreviewed',
  note: '',
  tags: [] as string[],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z'
} as const

const casualty: Claim = {
  ...base,
  kind: 'casualty',
  value: { outcome: 'killed', min: 12, max: 12 },
  anchor: { start: 0, end: 29, exact: 'killed 12 senior ISIL leaders', prefix: '', suffix: '' }
}

function open(claim: Claim) {
  const onSave = vi.fn(async () => {})
  const onClose = vi.fn()
  const onDelete = vi.fn()
  render(<ClaimEditor claim={claim} anchorRect={null} onSave={onSave} onClose={onClose} onDelete={onDelete} />)
  return { onSave, onClose, onDelete, user: userEvent.setup() }
}

describe('ClaimEditor', () => {
  it('opens with the kind’s fields filled in and focus in the first field', () => {
    open(casualty)
    expect(screen.getByLabelText('Kind')).toHaveFocus()
    expect(screen.getByLabelText('Outcome')).toHaveValue('killed')
    expect(screen.getByLabelText('At least')).toHaveValue('12')
    expect(screen.getByLabelText('At most')).toHaveValue('12')
  })

  it('saves with Enter what was typed, with status, note and tags', async () => {
    const { onSave, user } = open(casualty)
    await user.clear(screen.getByLabelText('At most'))
    await user.type(screen.getByLabelText('Who'), 'senior ISIL leaders')
    await user.selectOptions(screen.getByLabelText('Status'), 'disputed')
    await user.type(screen.getByLabelText('Note'), 'AFP says 15')
    await user.type(screen.getByLabelText('Tags'), 'toll, leadership{Enter}')
    expect(onSave).toHaveBeenCalledWith({
      kind: 'casualty',
      value: { outcome: 'killed', min: 12, who: 'senior ISIL leaders' },
      status: 'disputed',
      note: 'AFP says 15',
      tags: ['toll', 'leadership'],
      review: { rating: '', url: '' }
    })
  })

  it('offers a reviewed claim a rating on the scale (its status’s by default) and the address of its published check', async () => {
    const { onSave, user } = open(casualty)
    expect(screen.queryByLabelText('Rating')).toBeNull()
    await user.selectOptions(screen.getByLabelText('Status'), 'disputed')
    expect(screen.getByLabelText('Rating')).toHaveDisplayValue('Misleading (for disputed)')
    await user.selectOptions(screen.getByLabelText('Rating'), 'False')
    await user.type(screen.getByLabelText('Published check'), 'https://check.example.org/12{Enter}')
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({ status: 'disputed', review: { rating: 'False', url: 'https://check.example.org/12' } })
    )
  })

  it('moves through every field with Tab', async () => {
    const { user } = open(casualty)
    const order = ['Kind', 'Outcome', 'At least', 'At most', 'Vague amount', 'Who', 'Status', 'Note', 'Tags']
    for (const label of order.slice(1)) {
      await user.tab()
      expect(screen.getByLabelText(label)).toHaveFocus()
    }
  })

  it('closes with Escape without saving', async () => {
    const { onSave, onClose, user } = open(casualty)
    await user.type(screen.getByLabelText('Who'), 'civilians{Escape}')
    expect(onClose).toHaveBeenCalled()
    expect(onSave).not.toHaveBeenCalled()
  })

  it('refuses a minimum above the maximum and says where', async () => {
    const { onSave, user } = open(casualty)
    await user.clear(screen.getByLabelText('At least'))
    await user.type(screen.getByLabelText('At least'), '15{Enter}')
    expect(onSave).not.toHaveBeenCalled()
    expect(screen.getByRole('alert')).toHaveTextContent('Must not be below')
    expect(screen.getByLabelText('At most')).toHaveAttribute('aria-invalid', 'true')
  })

  it('changes kind, showing that kind’s fields', async () => {
    const { onSave, user } = open(casualty)
    await user.selectOptions(screen.getByLabelText('Kind'), 'quantity')
    expect(screen.queryByLabelText('Outcome')).toBeNull()
    await user.type(screen.getByLabelText('Amount'), '12')
    await user.type(screen.getByLabelText('Unit'), 'leaders{Enter}')
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({ kind: 'quantity', value: { amount: 12, unit: 'leaders' } })
    )
  })

  it.each([
    ['date', { iso: '--07-29', granularity: 'day', calendar: 'gregorian', text: 'July 29th' }, 'ISO date', '--07-29'],
    [
      'attribution',
      { speaker: 'Saad Maan', role: 'Interior Ministry spokesman', via: 'Diyaruna', verb: 'told' },
      'Via',
      'Diyaruna'
    ],
    ['quantity', { min: 300, unit: 'kilometres' }, 'At least', '300'],
    ['other', { text: 'renamed Fateh al-Sham Front' }, 'Value', 'renamed Fateh al-Sham Front']
  ] as const)('edits a %s claim', (kind, value, label, shown) => {
    open({ ...base, kind, value, anchor: { start: 0, end: 1, exact: 'x', prefix: '', suffix: '' } } as unknown as Claim)
    expect(screen.getByLabelText(label)).toHaveValue(shown)
  })

  it('shows bidi control characters in the quote, so a quote cannot be disguised', () => {
    open({ ...casualty, anchor: { ...casualty.anchor, exact: 'killed \u202e21\u202c people' } })
    expect(screen.getByTitle('The quoted text')).toHaveTextContent('killed ⟨U+202E⟩21⟨U+202C⟩ people')
    expect(revealControls('plain')).toBe('plain')
  })
})
